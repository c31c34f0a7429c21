/** Pieces every view shares: the time-series chart of a run, and narration read off its series. */
import { renderTimeSeries } from '../charts/time-series';
import { lazyNumberFormat } from '../charts/format';
import type { ChartRule, TimeSeriesData } from '../charts/types';
import type { SeriesView } from '../models/types';
import { simulation } from '../strings/simulation';
import { guessViewText } from '../strings/views/guess';
import { styled } from './style';
import type { RenderContext } from './types';

const count = lazyNumberFormat(simulation.locale, { maximumFractionDigits: 0 });
const decimal = lazyNumberFormat(simulation.locale, { maximumFractionDigits: 2 });

/** A number as a sentence reads it: whole people as 12,400, other quantities to two decimals. */
export function say(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return simulation.narration.noValue;
  return (unit === 'people' || unit === 'views' || Math.abs(value) >= 100 ? count : decimal)(value);
}

/**
 * The step to draw: the first one while a lesson figure waits for the student's guess (the frame and the
 * starting state, nothing that answers the question), else the step being played, or undefined for the whole run.
 */
export function shownStep(ctx: RenderContext): number | undefined {
  return ctx.reveal === false ? 0 : ctx.t;
}

/**
 * The student's guess as a labelled rule on the axis the question is about; `at` turns the guessed quantity
 * into a value on that axis (a share of the network into people). None without a finite guess.
 */
export function guessRules(
  ctx: RenderContext,
  axis: 'x' | 'y',
  at: (value: number) => number = (v) => v,
): ChartRule[] {
  const guess = ctx.guess;
  if (!guess || !Number.isFinite(guess.value)) return [];
  const value = at(guess.value);
  return Number.isFinite(value)
    ? [{ axis, value, label: guessViewText.rule(guess.label), kind: 'guess' }]
    : [];
}

/** What a view adds to a time series beyond the run's lines: rules, series kept back until the reveal. */
export type Decorate = (ctx: RenderContext, data: TimeSeriesData) => TimeSeriesData;

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
  const t = shownStep(ctx);
  if (t !== undefined) data.upTo = view.x[Math.max(0, Math.min(view.x.length - 1, Math.floor(t)))] ?? t;
  return data;
}

export function timeSeriesChart(
  ctx: RenderContext,
  view: SeriesView,
  ids: string[],
  text: { yLabel: string; title: string; description: string; height?: number },
  decorate: Decorate = (_c, d) => d,
) {
  const chart = renderTimeSeries(ctx.doc, decorate(ctx, timeSeriesData(ctx, view, ids, text.yLabel)), {
    width: ctx.width,
    height: text.height ?? Math.round(Math.min(420, Math.max(260, ctx.width * 0.6))),
    title: text.title,
    description: text.description,
    idPrefix: `${ctx.idPrefix}-ts`,
  });
  return {
    node: chart.node,
    update(next: RenderContext, nextView: SeriesView) {
      chart.update(decorate(next, timeSeriesData(next, nextView, ids, text.yLabel)));
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
