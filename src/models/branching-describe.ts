/**
 * The summary in words of the branching process: one plain-English paragraph about a run (the page's
 * no-JavaScript summary). Kept apart from the model (./branching.ts) so the browser loads it only when a run
 * needs new words; the page already shows the summary of the run it was built with.
 */
import type { BranchingParams, BranchingResult } from './branching.ts';
import { branchingDescribeText as words } from '../strings/models/branching-describe.ts';
import { formatCount, formatNumber, formatPercent, formatShares } from './format.ts';

/** The summary of one run, numbers formatted. */
export function describe(result: BranchingResult, params: BranchingParams): string {
  const { run, ensemble, analytic } = result;
  const generations = run.counts.length - 1;
  const single = words.single(words.outcome[run.outcome], generations, run.total, formatCount(run.total));
  // Fizzled, viral and still going are one whole: written so they add up to 100%.
  const [pFizzle, pViral, pOngoing] = formatShares([ensemble.pFizzle, ensemble.pViral, ensemble.pOngoing]);
  const many = words.many({
    runs: formatCount(ensemble.runs),
    pFizzle,
    pViral,
    cap: formatCount(params.cap),
    ongoing: ensemble.ongoing > 0 ? pOngoing : null,
    maxGenerations: params.maxGenerations,
  });
  const theory =
    params.r <= 1
      ? words.diesOut(
          formatNumber(params.r),
          analytic.meanTotal !== null ? formatNumber(analytic.meanTotal) : null,
        )
      : words.mayGrow(formatNumber(params.r), formatNumber(params.kappa), formatPercent(analytic.extinction));
  return words.summary(single, many, theory);
}
