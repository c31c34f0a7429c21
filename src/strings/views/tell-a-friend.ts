/**
 * The words of the tell-a-friend view (src/views/tell-a-friend.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const tellAFriendViewText = {
  /** The legend of the bars. */
  good: 'Good story',
  bad: 'Bad story',
  /** The legend of the outlined bars of a pinned run. */
  pinned: (label: string) => `Pinned: ${label}`,
  title: 'People who have heard each story, by generation',
  description:
    'Grouped bars: for each generation of retelling, how many people in all have heard the good story and the bad one.',
  /** The live region while a run plays; the counts come formatted. */
  narrate: (generation: number, unhappy: string, population: string, happy: string) =>
    `Generation ${generation}: ${unhappy} of ${population} people have heard the bad story, ${happy} the good one.`,
} as const;
