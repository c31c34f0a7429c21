/** The tell-a-friend model and its view: parameters, presets, series, summary and narration. */
export const tellAFriendText = {} as const;
