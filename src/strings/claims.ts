/**
 * How <ClaimValue> writes the numbers a claim's ensemble gives (src/components/ClaimValue.astro): the median,
 * the 10–90% band (eight runs in ten fall inside it) and the share of runs in which a claim holds; and the
 * build error of a claim that does not hold. Numbers are formatted by src/lib/answers.ts in `locale`; these
 * templates only place them. Build-time only.
 */
import { locale } from './locale.ts';

export const claimText = {
  locale,
  /** The 10–90% band: "12%–30%". */
  band: (low: string, high: string) => `${low}–${high}`,
  /** The median with its band: "22% (8 runs in 10: 0%–38%)". */
  medianAndBand: (median: string, band: string) => `${median} (8 runs in 10: ${band})`,
  /** The share of runs in which a claim holds: "85% of runs". */
  shareOfRuns: (percent: string) => `${percent} of runs`,

  /**
   * The build error of a claim that does not hold (src/build/claims.ts, claimFailure), for lesson writers: one
   * line each for the claim, its sentence, the test, the settings and the numbers found.
   */
  failure: {
    heading: (id: string, page: string) => `Claim "${id}" on ${page} does not hold.`,
    sentence: (text: string) => `Sentence: “${text}”`,
    between: (metric: string, low: string, high: string) => `${metric} is between ${low} and ${high}`,
    bound: (metric: string, test: string, bound: string) => `${metric} is ${test} ${bound}`,
    compared: (metric: string, test: string, other: string, changes: string) =>
      `${metric} is ${test} ${other} with ${changes}`,
    ruleShare: (percent: string, runs: number) => `on at least ${percent}% of ${runs} runs`,
    ruleMedian: (runs: number, paired: boolean) =>
      `as the median of ${runs} runs${paired ? ', seed by seed' : ''}`,
    claimed: (what: string, rule: string) => `Claimed: ${what}, ${rule}.`,
    settings: (text: string) => `Settings: ${text}`,
    value: (name: string, numbers: string) => `${name} = ${numbers}`,
    difference: 'difference',
    found: (runs: number, values: string[], percent: string) =>
      `Found (median [10%, 90%] over ${runs} runs): ${values.join('; ')}; the condition holds on ${percent}% of runs.`,
  },
} as const;
