/**
 * Network cascade: the network itself, coloured by what each person has heard at the day shown, beside
 * the counts by day. Large networks are computed in a Web Worker by the element (see `heavy`). A good story
 * (story = good) is one message: the legend, captions and narration then speak of the story, not of a complaint
 * and an answer, and both charts are drawn again when a run switches between the two.
 *
 * The day of the answer (and of the news pickup) is a labelled rule on the counts, so the race reads off the
 * chart: the complaint's line climbs alone until the rule, then the answer's starts. A guess (ctx.guess) is the
 * share of the network the student thinks hears the complaint (the metric cascade.finalComplaintShare, 0–1),
 * drawn as a rule at that many people. Until the reveal (ctx.reveal === false) both charts show day 0.
 */
import { storyStates } from '../charts/network-states';
import { networkViewFor } from './network-loader';
import { cascadeCore, heardBy, type CascadeParams, type CascadeResult } from '../models/cascade';
import type { ChartRule, TimeSeriesData } from '../charts/types';
import type { ParamValues } from '../models/types';
import { cascadeViewText } from '../strings/views/cascade';
import { guessRules, say, shownStep, timeSeriesChart } from './common';
import type { ModelView, RenderContext } from './types';

const text = cascadeViewText;

const SHOWN = ['complaint', 'answer', 'complaintThenAnswer', 'story'];

type Params = ParamValues & CascadeParams;

const isStory = (params: ParamValues) => params.story === 'good';

/** The days the text is about, as rules: the news pickup, and the answer (when the company answers in the run). */
function dayRules(p: Params, days: number): ChartRule[] {
  const rules: ChartRule[] = [];
  if (p.pickup === 'yes' && p.pickupDay <= days) {
    rules.push({ axis: 'x', value: p.pickupDay, label: text.rules.pickup(p.pickupDay) });
  }
  if (!isStory(p) && p.respond === 'yes' && p.responseDay <= days) {
    rules.push({ axis: 'x', value: p.responseDay, label: text.rules.answer(p.responseDay) });
  }
  return rules;
}

/** What each person had heard by day t: 1 the complaint, 2 the answer, 3 both (complaint first). */
function statesAt(r: CascadeResult, t: number, into: Uint8Array): Uint8Array {
  const { complaintAt, answerAt } = r.run;
  for (let i = 0; i < into.length; i++) {
    const c = complaintAt[i];
    const a = answerAt[i];
    into[i] = (c >= 0 && c <= t ? 1 : 0) + (a >= 0 && a <= t ? 2 : 0);
  }
  return into;
}

export const cascadeView: ModelView<CascadeResult, Params> = {
  steps: (result) => result.run.days,
  heavy: (params) => Number(params.n) > 3000,
  render(ctx, result, params) {
    let r = result;
    let story = isStory(params);
    let states = new Uint8Array(r.graph.n);
    const dayOf = (c: RenderContext) => {
      const t = shownStep(c);
      return t === undefined ? r.run.days : Math.floor(t);
    };
    const makeNetwork = (c: RenderContext) => {
      const words = story ? text.storyNetwork : text.network;
      return networkViewFor(
        c.doc,
        r.graph,
        {
          width: c.width,
          height: Math.round(Math.min(480, Math.max(280, c.width * 0.7))),
          title: words.title(say(r.graph.n, 'people')),
          description: words.description,
          idPrefix: `${c.idPrefix}-net`,
          renderer: c.browser ? 'auto' : 'svg',
          ...(story ? { states: storyStates } : {}),
        },
        c.createNetworkView,
      );
    };
    let current = params;
    const decorate = (c: RenderContext, data: TimeSeriesData): TimeSeriesData => ({
      ...data,
      rules: [...dayRules(current, r.run.days), ...guessRules(c, 'y', (share) => share * r.graph.n)],
    });
    const makeSeries = (c: RenderContext, p: Params) =>
      timeSeriesChart(c, cascadeCore.toSeries(r, p), SHOWN, story ? text.storySeries : text.series, decorate);
    // Each chart sits in a slot of its own, so that either can be drawn anew in place.
    const networkSlot = ctx.doc.createElement('div');
    const seriesSlot = ctx.doc.createElement('div');
    let network = makeNetwork(ctx);
    let series = makeSeries(ctx, params);
    networkSlot.append(network.node);
    seriesSlot.append(series.node);
    network.update({ nodeState: statesAt(r, dayOf(ctx), states), changedAt: r.run.changedAt, t: dayOf(ctx) });
    return {
      nodes: [networkSlot, seriesSlot],
      update(next, nextResult, nextParams) {
        current = nextParams;
        if (nextResult !== r) {
          r = nextResult;
          if (states.length !== r.graph.n) states = new Uint8Array(r.graph.n);
        }
        if (isStory(nextParams) !== story) {
          // One message or two: the legend, captions and lines change, so both charts are made again.
          story = isStory(nextParams);
          network.destroy();
          network = makeNetwork(next);
          networkSlot.replaceChildren(network.node);
          series = makeSeries(next, nextParams);
          seriesSlot.replaceChildren(series.node);
        }
        network.update({
          nodeState: statesAt(r, dayOf(next), states),
          changedAt: r.run.changedAt,
          t: dayOf(next),
        });
        series.update(next, cascadeCore.toSeries(r, nextParams));
      },
      destroy: () => network.destroy(),
    };
  },
  narrate(result, params, t) {
    const { run } = result;
    const d = Math.max(0, Math.min(run.days, t));
    const heard = heardBy(run, d);
    return isStory(params)
      ? text.narrateStory(d, say(heard.complaint, 'people'))
      : text.narrate(d, say(heard.complaint, 'people'), say(heard.answer, 'people'));
  },
};

/**
 * The series a card's thumbnail of this model draws (src/build/run-thumbnail.ts), in this view's colours: lines of
 * one kind only, so their sizes compare.
 */
export const thumbnailSeries: readonly string[] = ['complaint', 'answer', 'story'];

/** The name the registry finds this view by (src/views/index.ts, src/elements/loaders.ts). */
export { cascadeView as view };
