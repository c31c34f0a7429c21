/** Pieces every view shares: the time-series chart of a run, and narration read off its series. */
import { renderTimeSeries } from '../../charts/time-series';
import type { TimeSeriesData } from '../../charts/types';
import type { SeriesView } from '../../models/types';
import { simulation } from '../../strings/simulation';
import { styled } from './style';
import type { RenderContext } from './types';

const count = new Intl.NumberFormat(simulation.locale, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(simulation.locale, { maximumFractionDigits: 2 });

/** A number as a sentence reads it: whole people as 12,400, other quantities to two decimals. */
export function say(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return simulation.narration.noValue;
  return (unit === 'people' || unit === 'views' || Math.abs(value) >= 100 ? count : decimal).format(value);
}

export function timeSeriesData(
  ctx: RenderContext,
  view: SeriesView,
  ids: string[],
  yLabel: string,
): TimeSeriesData {
  const pick = (v: SeriesView) => v.series.filter((s) => ids.includes(s.id));
  const data: TimeSeriesData = {
    x: view.x,
    xLabel: view.xLabel,
    xUnit: view.xUnit,
    yLabel,
    series: styled(pick(view)),
    yScale: ctx.yScale,
  };
  if (ctx.pinned) {
    data.pinned = {
      label: ctx.pinned.label,
      x: ctx.pinned.view.x,
      series: styled(pick(ctx.pinned.view)),
    };
  }
  if (ctx.observed) data.observed = ctx.observed;
  if (ctx.t !== undefined) data.upTo = view.x[Math.min(view.x.length - 1, Math.floor(ctx.t))] ?? ctx.t;
  return data;
}

export function timeSeriesChart(
  ctx: RenderContext,
  view: SeriesView,
  ids: string[],
  text: { yLabel: string; title: string; description: string; height?: number },
) {
  const chart = renderTimeSeries(ctx.doc, timeSeriesData(ctx, view, ids, text.yLabel), {
    width: ctx.width,
    height: text.height ?? Math.round(Math.min(420, Math.max(260, ctx.width * 0.6))),
    title: text.title,
    description: text.description,
    idPrefix: `${ctx.idPrefix}-ts`,
  });
  return {
    node: chart.node,
    update(next: RenderContext, nextView: SeriesView) {
      chart.update(timeSeriesData(next, nextView, ids, text.yLabel));
    },
  };
}

/** "Day 5: 12,400 heard the complaint only, 300 heard the answer first." from the run's own series. */
export function narrateSeries(view: SeriesView, ids: string[], t: number): string {
  const i = Math.max(0, Math.min(view.x.length - 1, Math.floor(t)));
  const parts = view.series
    .filter((s) => ids.includes(s.id))
    .map((s) => simulation.narration.series(s.label, say(s.values[i], s.unit)));
  return simulation.narration.moment(view.xLabel, say(view.x[i], view.xUnit), parts);
}
