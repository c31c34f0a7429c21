/** The branching model and its view: parameters, presets, series, summary and narration. */
export const branchingText = {} as const;
