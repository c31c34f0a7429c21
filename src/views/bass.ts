/**
 * Bass diffusion: the S-curve of adoption (with the observed points a case provides) and the new adopters
 * per period. With observed data, a button fits p, q and m to all the points by least squares.
 *
 * When the observed counts run past the simulated periods (fifteen years of views against a month), the
 * cumulative chart shows every point, continues the curve to the last of them and draws time on a log scale,
 * so the first days and the last years both show. The run itself (table, downloads, animation, the chart of new
 * adopters) still covers the simulated periods.
 *
 * Until the reveal (ctx.reveal === false) both charts show the first period and the observed points only. A
 * guess (ctx.guess) is the period the student thinks has the most new adopters (the metric bass.peakDay), drawn
 * as a rule on the chart of new adopters.
 */
import { bassCore, bassCurve, outsideInfluenceShare, type BassParams, type BassResult } from '../models/bass';
import type { TimeSeriesData } from '../charts/types';
import { lazyNumberFormat } from '../charts/format';
import { renderTimeSeries } from '../charts/time-series';
import type { ParamValues } from '../models/types';
import { bassViewText } from '../strings/views/bass';
import { modelText } from '../strings/models/common';
import { guessRules, narrateSeries, shownStep, timeSeriesChart, timeSeriesData } from './common';
import type { ModelView, ObservedSeries, RenderContext } from './types';

const text = bassViewText;

const number = lazyNumberFormat(modelText.locale, { maximumSignificantDigits: 3 });
/** A fitted rate pushed to the fit's lower bound is tiny (1.86E-10): written in scientific notation. */
const tiny = lazyNumberFormat(modelText.locale, { notation: 'scientific', maximumSignificantDigits: 3 });
const count = lazyNumberFormat(modelText.locale, { maximumFractionDigits: 0 });
const percent = lazyNumberFormat(modelText.locale, { style: 'percent', maximumFractionDigits: 0 });
const formatRate = (v: number) => (v !== 0 && Math.abs(v) < 1e-4 ? tiny : number)(v);

/** Observed times above 0, the ones a log time axis can place. */
const positiveTimes = (observed: ObservedSeries) =>
  observed.points.map((pt) => pt.x).filter((x) => Number.isFinite(x) && x > 0);

/**
 * The span of the log time axis, in whole powers of ten, when the observed counts run past the simulated
 * periods; null when they do not (the chart then keeps its linear axis over the run).
 */
function longSpan(
  observed: ObservedSeries | undefined,
  periods: number,
): { from: number; until: number } | null {
  const times = observed ? positiveTimes(observed) : [];
  if (times.length === 0) return null;
  const last = Math.max(...times);
  if (!(last > periods)) return null;
  return {
    from: 10 ** Math.floor(Math.log10(Math.min(1, ...times))),
    until: 10 ** Math.ceil(Math.log10(last)),
  };
}

function fitPanel(ctx: RenderContext, observed: ObservedSeries) {
  const doc = ctx.doc;
  const panel = doc.createElement('div');
  panel.className = 'sim-fit';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = text.fit.button;
  const out = doc.createElement('p');
  out.className = 'sim-fit-result';
  out.setAttribute('role', 'status');
  const fit = async () => {
    // The optimiser (and its matrix library) loads only when someone asks for a fit.
    const { fitObservedPoints } = await import('../models/bass-fit');
    // Every observed point, whatever the simulated window: what the lessons say the button does.
    const fit = fitObservedPoints(observed.points);
    if (!fit) {
      out.textContent = text.fit.impossible;
      return;
    }
    ctx.setParams?.({ p: fit.p, q: fit.q, m: fit.m });
    const labelAt = (x: number) => observed.points.find((pt) => pt.x === x)?.label ?? number(x);
    out.textContent = text.fit.result({
      points: fit.points,
      observed: observed.points.length,
      from: labelAt(fit.first),
      to: labelAt(fit.last),
      p: formatRate(fit.p),
      q: formatRate(fit.q),
      m: number(fit.m),
      last: count(fit.lastCount),
      outside: percent(outsideInfluenceShare(fit.p, fit.q)),
      unit: observed.unit,
      r2: fit.r2.toFixed(3),
      rmse: number(fit.rmse),
      notices: fit.notices.map((n) => n.message).join(' '),
    });
  };
  button.addEventListener('click', () => void fit());
  panel.append(button, out);
  return panel;
}

type Params = ParamValues & BassParams;

export const bassView: ModelView<BassResult, Params> = {
  steps: (result) => result.t.length - 1,
  render(ctx, result, params) {
    // Decided once, so the axis and the chart's description stay as they were first drawn.
    const span = longSpan(ctx.observed, Number(params.periods));
    const yLabel = text.cumulative.yLabel(ctx.observed?.unit);
    const cumulativeData = (c: RenderContext, r: BassResult, ps: Params): TimeSeriesData => {
      const view = bassCore.toSeries(r, ps);
      const data = timeSeriesData(c, view, ['cumulative'], yLabel);
      if (!span) {
        // Only the points inside the simulated window: a linear axis over the run.
        const periods = Number(ps.periods);
        if (data.observed) {
          data.observed = { ...data.observed, points: data.observed.points.filter((pt) => pt.x <= periods) };
        }
        return data;
      }
      const curve = bassCurve(ps, span.from, Math.max(span.until, Number(ps.periods)));
      const steps = r.t.length - 1;
      return {
        ...data,
        x: curve.t,
        xLabel: text.cumulative.xLabelLog,
        xScale: 'log',
        series: data.series.map((s) => (s.id === 'cumulative' ? { ...s, values: curve.cumulative } : s)),
        // While a run plays the curve grows over its periods; once it has played, it runs on to the last count.
        upTo: shownStep(c) === undefined || (shownStep(c) ?? 0) >= steps ? undefined : data.upTo,
      };
    };
    const cumulative = renderTimeSeries(ctx.doc, cumulativeData(ctx, result, params), {
      width: ctx.width,
      height: Math.round(Math.min(420, Math.max(260, ctx.width * 0.6))),
      title: text.cumulative.title,
      description: !ctx.observed
        ? text.cumulative.withoutObserved
        : span
          ? text.cumulative.withLongObserved
          : text.cumulative.withObserved,
      idPrefix: `${ctx.idPrefix}-ts`,
    });
    const view = bassCore.toSeries(result, params);
    const perPeriod = timeSeriesChart(
      { ...ctx, observed: undefined, idPrefix: `${ctx.idPrefix}-new` },
      view,
      ['perPeriod'],
      { ...text.perPeriod, height: 220 },
      (c, d) => ({ ...d, rules: guessRules(c, 'x') }),
    );
    const nodes: Element[] = [cumulative.node, perPeriod.node];
    if (ctx.observed && ctx.browser) nodes.push(fitPanel(ctx, ctx.observed));
    return {
      nodes,
      update(next, nextResult, nextParams) {
        cumulative.update(cumulativeData(next, nextResult, nextParams));
        const v = bassCore.toSeries(nextResult, nextParams);
        perPeriod.update({ ...next, observed: undefined }, v);
      },
    };
  },
  narrate(result, params, t) {
    return narrateSeries(bassCore.toSeries(result, params), ['cumulative', 'perPeriod'], t);
  },
};

/**
 * The series a card's thumbnail of this model draws (src/build/run-thumbnail.ts), in this view's colours: lines of
 * one kind only, so their sizes compare.
 */
export const thumbnailSeries: readonly string[] = ['cumulative'];

/** The name the registry finds this view by (src/views/index.ts, src/elements/loaders.ts). */
export { bassView as view };
