/**
 * The summary in words of the Bass diffusion model: one plain-English paragraph about a run (the page's
 * no-JavaScript summary). Kept apart from the model (./bass.ts) so the browser loads it only when a run needs
 * new words; the page already shows the summary of the run it was built with.
 */
import type { BassParams, BassResult } from './bass.ts';
import { outsideInfluenceShare } from './bass-math.ts';
import { bassDescribeText as words } from '../strings/models/bass-describe.ts';
import { bassText } from '../strings/models/bass.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';

/** The summary of one run, numbers formatted. */
export function describe(result: BassResult, params: BassParams): string {
  const { p, q, m, periods } = params;
  const unit = bassText.timeUnits[params.timeUnit];
  const end = result.cumulative[result.cumulative.length - 1] ?? 0;
  const peak =
    result.peakTime > 0
      ? words.peak(formatNumber(result.peakTime, 1), unit, formatPercent(result.peakShare), formatCount(m))
      : words.peakAtStart;
  // The split of all adoptions between the two influences, (p/q)·ln(1 + q/p) from outside; not q/p, which
  // compares coefficients, not adopters.
  const outside = outsideInfluenceShare(p, q);
  const balance =
    p > 0 && q > 0
      ? words.outsideShare(formatPercent(outside), formatPercent(1 - outside))
      : q === 0
        ? words.noWordOfMouth
        : null;
  return words.summary({
    p: formatNumber(p, 4),
    q: formatNumber(q, 4),
    unit,
    peak,
    periods,
    adopted: formatCount(end),
    adoptedShare: formatPercent(end / m),
    balance,
  });
}
