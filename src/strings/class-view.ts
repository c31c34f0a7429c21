/** The class view: instructors load students' submission files. */
export const classView = {} as const;
