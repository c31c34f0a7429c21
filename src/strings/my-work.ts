/** My work: saved answers, runs, exports, imports and recovery notices. */
export const myWork = {} as const;
