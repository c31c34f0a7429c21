/** The cascade model and its view: parameters, presets, series, summary and narration. */
export const cascadeText = {} as const;
