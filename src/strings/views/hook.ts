/**
 * The words of the home page's small live figure (src/components/Hook.astro, src/elements/hook/hook-element.ts):
 * a hundred complaints with the same chances of being passed on, drawn as a grid of small trees.
 */
export const hookText = {
  heading: 'Will a complaint fizzle or explode?',
  caption:
    'Each square is a customer who posts a complaint; the dots below it are the people who pass it on. ' +
    'A hundred complaints, all with the same chances: most die after a person or two, a few explode.',
  /** The one control: the R of the branching model. */
  control: 'People each person tells, on average',
  /** Said when the slider moves: the value, with one decimal. */
  value: (r: string) => `${r} on average`,
  link: 'Watch it happen to a real complaint: United Breaks Guitars',
  title: 'A hundred complaints, each a small tree',
  description:
    'A grid of small trees, one per complaint: the customer at the top of each cell, the people who passed it ' +
    'on below. Most trees are a lone square or a short twig; a complaint that went viral is framed.',
  legend: { firstTeller: 'Customer who complains', viral: 'Went viral (framed)' },
  /** The line over the grid and the live region; the counts come formatted. */
  headline: (v: { fizzled: string; viral: string; ongoing: string | null }) =>
    `${v.fizzled} died out, ${v.viral} went viral` + (v.ongoing ? `, ${v.ongoing} still going` : '') + '.',
} as const;
