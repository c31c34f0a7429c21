/** The case library, search, compare, at-a-glance, timeline and topic pages. */
export const library = {} as const;
