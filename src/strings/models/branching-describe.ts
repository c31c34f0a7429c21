/**
 * The plain-English summary of a run (the page's no-JavaScript summary); numbers come formatted. Read only by
 * src/models/branching-describe.ts, which the browser loads when a run needs new words: a file of their own, so they
 * stay out of the chunk the model's figure loads (./branching.ts goes there whole).
 */
export const branchingDescribeText = {
  /** How the single run ended, by its outcome. */
  outcome: {
    fizzled: 'fizzled out',
    viral: 'went viral',
    ongoing: 'was still spreading when we stopped following it',
  },
  /** The single run; `outcome` is one of the phrases above. */
  single: (outcome: string, generations: number, total: number, totalText: string) =>
    `This complaint ${outcome} after ${generations} ${generations === 1 ? 'generation' : 'generations'}, ` +
    `reaching ${totalText} ${total === 1 ? 'person' : 'people'}.`,
  /** The ensemble; `ongoing` is the share still going at the last generation, null when there were none. */
  many: (v: {
    runs: string;
    pFizzle: string;
    pViral: string;
    cap: string;
    ongoing: string | null;
    maxGenerations: number;
  }) =>
    `Of ${v.runs} complaints simulated with the same settings, ${v.pFizzle} ` +
    `fizzled out and ${v.pViral} reached ${v.cap} people` +
    (v.ongoing !== null
      ? `; ${v.ongoing} were still going after ${v.maxGenerations} ${v.maxGenerations === 1 ? 'generation' : 'generations'}.`
      : '.'),
  /** Theory for R ≤ 1; `meanTotal` is null when the expected size is not finite. */
  diesOut: (r: string, meanTotal: string | null) =>
    `With R = ${r} every chain dies out in the end` +
    (meanTotal !== null ? `, reaching ${meanTotal} people on average.` : '.'),
  /** Theory for R > 1. */
  mayGrow: (r: string, kappa: string, extinction: string) =>
    `With R = ${r} and κ = ${kappa}, theory says ${extinction} of chains die out and the rest grow without limit.`,
  summary: (single: string, many: string, theory: string) => `${single} ${many} ${theory}`,
} as const;
