/**
 * The plain-English summary of a run (the page's no-JavaScript summary); numbers come formatted. Read only by
 * src/models/cost-of-silence-describe.ts, which the browser loads when a run needs new words: a file of their own, so they
 * stay out of the chunk the model's figure loads (./cost-of-silence.ts goes there whole).
 */
export const costOfSilenceDescribeText = {
  /** How the loss compares with the fix, when both are above zero. */
  timesTheFix: (ratio: string) => `${ratio} times the cost of the fix`,
  lessThanTheFix: 'less than the cost of the fix',
  /** The arithmetic; `comparison` is one of the two phrases above, or null. */
  loss: (v: {
    fixCost: string;
    reach: string;
    customerShare: string;
    leaveShare: string;
    customersLost: string;
    clv: string;
    loss: string;
    comparison: string | null;
  }) =>
    `Making it right would have cost ${v.fixCost}. If ${v.reach} people hear the story, ` +
    `${v.customerShare} of them are customers and ${v.leaveShare} of those leave, ` +
    `about ${v.customersLost} customers worth ${v.clv} each are lost: an expected ` +
    `loss of ${v.loss}${v.comparison !== null ? `, ${v.comparison}` : ''}.`,
  noBreakEven:
    'With these shares no reach makes the story cost anything, so nothing would justify the fix on these grounds alone.',
  freeFix: 'The fix was free, so it pays from the first hearer.',
  breakEven: (reach: string) => `The fix pays for itself once about ${reach} people hear the story.`,
  /** `breakEven` is one of the three sentences above. */
  summary: (loss: string, breakEven: string) => `${loss} ${breakEven}`,
} as const;
