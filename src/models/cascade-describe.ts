/**
 * The network cascade's summary in words: one plain-English paragraph about a run (the page's no-JavaScript
 * summary). Kept apart from the model (./cascade.ts) so the browser loads it only when a run needs new words;
 * the page already shows the summary of the run it was built with.
 */
import type { CascadeHistory } from './cascade-dynamics.ts';
import type { CascadeParams, CascadeResult } from './cascade.ts';
import { cascadeDescribeText as words } from '../strings/models/cascade-describe.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';

function heardComplaint(history: CascadeHistory, day: number): number {
  return (history.complaint[day] ?? 0) + (history.complaintThenAnswer[day] ?? 0);
}

/** Hubs that heard the complaint on the pickup day (the pickup is the only way they could that day). */
function pickedUp(result: CascadeResult, params: CascadeParams): number {
  const { hubs } = result.graph;
  let count = 0;
  for (let h = Math.min(params.campaignHubs, hubs.length); h < hubs.length; h++) {
    if (result.run.complaintAt[hubs[h] ?? -1] === params.pickupDay) count++;
  }
  return count;
}

export function describe(result: CascadeResult, params: CascadeParams): string {
  const { run, graph } = result;
  const total = graph.n;
  const complaintReach = run.counts.complaint + run.counts.complaintThenAnswer;
  const answerReach = run.counts.answer + run.counts.complaintThenAnswer;
  const good = params.story === 'good';
  const network = words.setting({
    network: words.network[params.network],
    people: formatCount(params.n),
    meanDegree: formatNumber(params.meanDegree),
    hubs: params.hubs,
  });
  const ending = run.days >= params.maxDays ? words.stillMoving(run.days) : words.diedOut(run.days);
  const campaign = Math.min(params.campaignHubs, params.hubs);
  const started =
    run.posters.length === 1 && campaign === 0
      ? null
      : words.started(run.posters.length - campaign, campaign);
  const spread = words.spread(
    formatCount(complaintReach),
    formatPercent(complaintReach / Math.max(1, total)),
    ending,
    good ? 'story' : 'complaint',
    started,
  );
  const parts = [network, spread];
  if (params.pickup === 'yes' && params.hubs > campaign) {
    parts.push(
      params.pickupDay > run.days
        ? words.endedBeforePickup(run.days, params.pickupDay)
        : words.pickedUp(params.pickupDay, pickedUp(result, params), good ? 'story' : 'complaint'),
    );
  }
  if (!good) parts.push(describeAnswer(result, params, answerReach));
  return words.summary(parts);
}

function describeAnswer(result: CascadeResult, params: CascadeParams, answerReach: number): string {
  const { run } = result;
  if (params.respond === 'no') return words.neverAnswered;
  if (params.responseDay > run.days) return words.endedBeforeAnswer(run.days, params.responseDay);
  const figures = {
    day: params.responseDay,
    before: formatCount(heardComplaint(run.history, params.responseDay)),
    reach: formatCount(answerReach),
    first: formatCount(run.counts.answer),
    after: formatCount(run.counts.complaintThenAnswer),
  };
  return params.answerVia === 'hearers'
    ? words.answeredHearers(figures)
    : params.answerVia === 'reply'
      ? words.answeredReply(figures)
      : words.answered(figures);
}
