/** The Bass model and its view: parameters, presets, series, summary and narration. */
export const bassText = {} as const;
