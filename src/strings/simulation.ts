/** The simulation's own interface: toolbar, controls, notices, narration frame, data table, embed code, predict and check prompts. */
export const simulation = {} as const;
