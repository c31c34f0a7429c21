/**
 * The summary in words of the cost of silence: one plain-English paragraph about a run (the page's
 * no-JavaScript summary). Kept apart from the model (./cost-of-silence.ts) so the browser loads it only when
 * a run needs new words; the page already shows the summary of the run it was built with.
 */
import type { CostOfSilenceParams, CostOfSilenceResult } from './cost-of-silence.ts';
import { costOfSilenceDescribeText as words } from '../strings/models/cost-of-silence-describe.ts';
import { formatCount, formatDollars, formatNumber, formatPercent } from './format.ts';

/** The summary of one run, numbers formatted. */
export function describe(result: CostOfSilenceResult, params: CostOfSilenceParams): string {
  const { fixCost, reach } = params;
  const comparison =
    fixCost > 0 && result.expectedLoss > 0
      ? result.lossToFixRatio >= 1
        ? words.timesTheFix(formatNumber(result.lossToFixRatio, result.lossToFixRatio >= 10 ? 0 : 1))
        : words.lessThanTheFix
      : null;
  const loss = words.loss({
    fixCost: formatDollars(fixCost),
    reach: formatCount(reach),
    customerShare: formatPercent(params.customerShare),
    leaveShare: formatPercent(params.leaveShare),
    customersLost: formatNumber(result.customersLost),
    clv: formatDollars(params.clv),
    loss: formatDollars(result.expectedLoss),
    comparison,
  });
  const breakEven =
    result.breakEvenReach === null
      ? words.noBreakEven
      : fixCost === 0
        ? words.freeFix
        : words.breakEven(formatCount(result.breakEvenReach));
  return words.summary(loss, breakEven);
}
