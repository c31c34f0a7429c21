/** Words every model shares: normalize notices, units, number formatting, worker messages. */
export const modelText = {} as const;
