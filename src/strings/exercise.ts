/** Exercise pages and the exercise index. */
export const exercise = {} as const;
