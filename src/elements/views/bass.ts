/**
 * Bass diffusion: the S-curve of adoption (with the observed points a case provides) and the new adopters
 * per period. With observed data, a button fits p, q and m to the points by least squares.
 */
import { bass, type BassParams, type BassResult } from '../../models/bass';
import type { ParamValues } from '../../models/types';
import { bassViewText } from '../../strings/views/bass';
import { modelText } from '../../strings/models/common';
import { narrateSeries, timeSeriesChart } from './common';
import type { ModelView, RenderContext } from './types';

const text = bassViewText;

const number = new Intl.NumberFormat(modelText.locale, { maximumSignificantDigits: 3 });

/** Observed points inside the simulated window: the fit and the chart use the same ones. */
const inWindow = (observed: NonNullable<RenderContext['observed']>, periods: number) => ({
  ...observed,
  points: observed.points.filter((pt) => pt.x <= periods),
});

function fitPanel(
  ctx: RenderContext,
  observed: NonNullable<RenderContext['observed']>,
  getPeriods: () => number,
) {
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
    const { fitBass } = await import('../../models/bass-fit');
    const periods = getPeriods();
    const used = inWindow(observed, periods).points;
    const fit = fitBass(
      used.map((pt) => pt.x),
      used.map((pt) => pt.y),
    );
    if (!fit) {
      out.textContent = text.fit.impossible;
      return;
    }
    ctx.setParams?.({ p: fit.p, q: fit.q, m: fit.m });
    out.textContent = text.fit.result({
      points: fit.points,
      days: periods,
      observed: observed.points.length,
      p: number.format(fit.p),
      q: number.format(fit.q),
      m: number.format(fit.m),
      r2: fit.r2.toFixed(3),
      rmse: number.format(fit.rmse),
      notices: fit.notices.map((n) => n.message).join(' '),
    });
  };
  button.addEventListener('click', () => void fit());
  panel.append(button, out);
  return panel;
}

export const bassView: ModelView = {
  steps: (result) => (result as BassResult).t.length - 1,
  render(ctx, result, params) {
    let periods = Number(params.periods);
    const windowed = (c: RenderContext): RenderContext => ({
      ...c,
      observed: c.observed ? inWindow(c.observed, periods) : undefined,
    });
    const allObserved = ctx.observed;
    ctx = windowed(ctx);
    const view = bass.toSeries(result as BassResult, params as ParamValues & BassParams);
    const cumulative = timeSeriesChart(ctx, view, ['cumulative'], {
      yLabel: text.cumulative.yLabel(ctx.observed?.unit),
      title: text.cumulative.title,
      description: ctx.observed ? text.cumulative.withObserved : text.cumulative.withoutObserved,
    });
    const perPeriod = timeSeriesChart(
      { ...ctx, observed: undefined, idPrefix: `${ctx.idPrefix}-new` },
      view,
      ['perPeriod'],
      { ...text.perPeriod, height: 220 },
    );
    const nodes: Element[] = [cumulative.node, perPeriod.node];
    if (allObserved && ctx.browser) nodes.push(fitPanel(ctx, allObserved, () => periods));
    return {
      nodes,
      update(next, nextResult, nextParams) {
        periods = Number(nextParams.periods);
        const v = bass.toSeries(nextResult as BassResult, nextParams as ParamValues & BassParams);
        cumulative.update(windowed(next), v);
        perPeriod.update({ ...next, observed: undefined }, v);
      },
    };
  },
  narrate(result, params, t) {
    return narrateSeries(
      bass.toSeries(result as BassResult, params as ParamValues & BassParams),
      ['cumulative', 'perPeriod'],
      t,
    );
  },
};
