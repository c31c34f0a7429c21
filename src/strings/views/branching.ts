/**
 * The words of the branching view (src/views/branching.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const branchingViewText = {
  histogram: {
    xLabel: 'People reached in all (log scale)',
    yLabel: 'Runs',
    /** The marker at the average size. */
    mean: (value: string) => `mean ${value}`,
    /** The marker at the total of the run drawn as a tree below. */
    thisRun: (value: string) => `this run ${value}`,
    /** The marker at the earlier, pinned run's total. */
    pinnedRun: (value: string) => `pinned run ${value}`,
    /** The marker over the hatched bar of runs that reached the cap. */
    viral: (cap: string) => `went viral (${cap}+)`,
    /** The legend of the outline drawn over the bars: the pinned run's ensemble. */
    pinned: (label: string) => `Pinned: ${label}`,
    title: (runs: string) => `How big ${runs} stories grew`,
    description:
      'Bars: how many runs reached each total number of people. The last bar, hatched, counts the runs that reached the cap and went viral. Rules mark the mean and the run drawn as a tree.',
  },
  grid: {
    title: (chains: string) => `${chains} chains at once`,
    description:
      'A grid of small trees, one per run of the same story with the same settings: the first teller at the top of each cell, the people they told below. Most chains stop after a person or two; a chain that went viral is framed.',
    firstTeller: 'First teller',
    viral: 'Went viral (framed)',
    /** The line over the grid; the counts come formatted. */
    headline: (v: { chains: string; fizzled: string; viral: string; ongoing: string | null }) =>
      `${v.chains} chains: ${v.fizzled} died out, ${v.viral} went viral` +
      (v.ongoing ? `, ${v.ongoing} still going` : '') +
      '.',
    /** While the figure waits for a guess: only the first tellers are drawn. */
    waiting: (chains: string) => `${chains} first tellers. Make your guess, then watch the chains grow.`,
  },
  tree: {
    title: 'One run: who told whom',
    description:
      'A tree: the customer at the top, each person below linked to the one who told them, one row per generation.',
  },
  /** The live region while a run plays; `reached` decides "person" or "people", the rest come formatted. */
  narrate: (v: {
    generation: number;
    reached: number;
    reachedText: string;
    runs: string;
    fizzled: string;
    viral: string;
  }) =>
    `Generation ${v.generation}: this run has reached ${v.reachedText} ${v.reached === 1 ? 'person' : 'people'}. ` +
    `Over ${v.runs} runs, ${v.fizzled} fizzled out and ${v.viral} went viral.`,
} as const;
