/** The cost-of-silence model and its view: parameters, presets, series, summary and narration. */
export const costOfSilenceText = {} as const;
