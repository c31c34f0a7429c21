/**
 * The words of the branching view (src/elements/views/branching.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const branchingViewText = {
  histogram: {
    xLabel: 'People reached in all (log scale)',
    yLabel: 'Runs',
    /** The marker at the average size. */
    mean: (value: string) => `mean ${value}`,
    title: (runs: string) => `How big ${runs} stories grew`,
    description:
      'Bars: how many runs reached each total number of people. The last bar counts the runs that reached the cap and went viral.',
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
