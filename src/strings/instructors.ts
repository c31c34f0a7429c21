/** Instructor pages: the index and the per-case guides' chrome. */
export const instructors = {} as const;
