/** Chart labels, legends and accessible descriptions shared by the chart layer. */
export const charts = {} as const;
