/**
 * The summary in words of the tell-a-friend model: one plain-English paragraph about a run (the page's
 * no-JavaScript summary). Kept apart from the model (./tell-a-friend.ts) so the browser loads it only when a
 * run needs new words; the page already shows the summary of the run it was built with.
 */
import type { TellAFriendParams, TellAFriendResult } from './tell-a-friend.ts';
import { tellAFriendDescribeText as words } from '../strings/models/tell-a-friend-describe.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';

function last(values: readonly number[]): number {
  return values[values.length - 1] ?? 0;
}

/** The summary of one run, numbers formatted. */
export function describe(result: TellAFriendResult, params: TellAFriendParams): string {
  const { population, generations } = params;
  const happy = last(result.happy.heard);
  const unhappy = last(result.unhappy.heard);
  const ratio = happy > 0 ? unhappy / happy : 0;
  const growthHappy = params.kHappy * params.rHappy;
  const growthUnhappy = params.kUnhappy * params.rUnhappy;
  const comparison =
    ratio >= 1.05
      ? words.badReachesMore(formatNumber(ratio))
      : ratio <= 0.95
        ? words.goodReachesMore(formatNumber(ratio > 0 ? 1 / ratio : 0))
        : words.aboutTheSame;
  return words.summary({
    generations,
    population: formatCount(population),
    unhappy: formatCount(unhappy),
    unhappyShare: formatPercent(unhappy / population),
    happy: formatCount(happy),
    happyShare: formatPercent(happy / population),
    comparison,
    growthUnhappy: formatNumber(growthUnhappy),
    growthHappy: formatNumber(growthHappy),
  });
}
