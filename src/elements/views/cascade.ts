/**
 * Network cascade: the network itself, coloured by what each person has heard at the day shown, beside
 * the counts by day. Large networks are computed in a Web Worker by the element (see `heavy`).
 */
import { networkViewFor } from './network-loader';
import { cascade, heardBy, type CascadeParams, type CascadeResult } from '../../models/cascade';
import type { ParamValues } from '../../models/types';
import { cascadeViewText } from '../../strings/views/cascade';
import { say, timeSeriesChart } from './common';
import type { ModelView, RenderContext } from './types';

const text = cascadeViewText;

const SHOWN = ['complaint', 'answer', 'complaintThenAnswer'];

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

export const cascadeView: ModelView = {
  steps: (result) => (result as CascadeResult).run.days,
  heavy: (params) => Number(params.n) > 3000,
  render(ctx, result, params) {
    let r = result as CascadeResult;
    const p = params as ParamValues & CascadeParams;
    let states = new Uint8Array(r.graph.n);
    const dayOf = (c: RenderContext) => (c.t === undefined ? r.run.days : Math.floor(c.t));
    const network = networkViewFor(
      ctx.doc,
      r.graph,
      {
        width: ctx.width,
        height: Math.round(Math.min(480, Math.max(280, ctx.width * 0.7))),
        title: text.network.title(say(r.graph.n, 'people')),
        description: text.network.description,
        idPrefix: `${ctx.idPrefix}-net`,
        renderer: ctx.browser ? 'auto' : 'svg',
      },
      ctx.createNetworkView,
    );
    network.update({ nodeState: statesAt(r, dayOf(ctx), states), changedAt: r.run.changedAt, t: dayOf(ctx) });
    const series = timeSeriesChart(ctx, cascade.toSeries(r, p), SHOWN, text.series);
    return {
      nodes: [network.node, series.node],
      update(next, nextResult, nextParams) {
        if (nextResult !== r) {
          r = nextResult as CascadeResult;
          if (states.length !== r.graph.n) states = new Uint8Array(r.graph.n);
        }
        network.update({
          nodeState: statesAt(r, dayOf(next), states),
          changedAt: r.run.changedAt,
          t: dayOf(next),
        });
        series.update(next, cascade.toSeries(r, nextParams as ParamValues & CascadeParams));
      },
      destroy: () => network.destroy(),
    };
  },
  narrate(result, _params, t) {
    const { run } = result as CascadeResult;
    const d = Math.max(0, Math.min(run.days, t));
    const heard = heardBy(run, d);
    return text.narrate(d, say(heard.complaint, 'people'), say(heard.answer, 'people'));
  },
};
