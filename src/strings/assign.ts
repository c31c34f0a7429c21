/** The assignment builder for instructors. */
export const assign = {} as const;
