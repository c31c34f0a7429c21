import type { TimeUnitWords } from './bass.ts';

/**
 * The plain-English summary of a run (the page's no-JavaScript summary); numbers come formatted. Read only by
 * src/models/bass-describe.ts, which the browser loads when a run needs new words: a file of their own, so they
 * stay out of the chunk the model's figure loads (./bass.ts goes there whole).
 */
export const bassDescribeText = {
  peak: (time: string, unit: TimeUnitWords, share: string, m: string) =>
    `new adoptions peak after ${time} ${time === '1' ? unit.one : unit.many}, when ${share} of the eventual ${m} have adopted.`,
  /** Instead of `peak` when p ≥ q. */
  peakAtStart:
    'new adoptions are highest at the very start and fall from there, because outside influence (p) is at least as ' +
    'strong as word of mouth (q).',
  /**
   * The `balance` when p > 0 and q > 0: how all adoptions split between the two influences over the whole
   * curve, (p/q)·ln(1 + q/p) from outside influence and the rest by word of mouth (both formatted as %).
   */
  outsideShare: (outside: string, wordOfMouth: string) =>
    `Over the whole curve, outside influence brings in ${outside} of adopters and word of mouth ${wordOfMouth}.`,
  /** The `balance` when q = 0. */
  noWordOfMouth: 'With no word of mouth, adoption only slows down as the market fills.',
  /** `peak` is one of the two phrases above; `balance` is null when there is nothing to add. */
  summary: (v: {
    p: string;
    q: string;
    unit: TimeUnitWords;
    peak: string;
    periods: number;
    adopted: string;
    adoptedShare: string;
    balance: string | null;
  }) =>
    `With p = ${v.p} and q = ${v.q} per ${v.unit.one}, ${v.peak} ` +
    `After ${v.periods} ${v.periods === 1 ? v.unit.one : v.unit.many}, ${v.adopted} (${v.adoptedShare}) have adopted.` +
    (v.balance !== null ? ` ${v.balance}` : ''),
} as const;
