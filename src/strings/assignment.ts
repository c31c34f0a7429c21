/** The assignment page a student opens from an instructor's link. */
export const assignment = {} as const;
