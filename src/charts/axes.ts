/**
 * Axis helpers shared by the charts: tick counts that shrink with the width, log ticks at powers of ten, and
 * d3-axis output restyled to inherit the page's font and the theme's muted colour.
 */
import { axisBottom, axisLeft, type AxisScale } from 'd3-axis';
import { charts } from '../strings/charts.ts';
import { labelSaysUnit } from '../strings/models/common.ts';
import { formatCompact, px } from './format.ts';
import type { NumberScale } from './scales.ts';
import { paint, type G } from './svg.ts';

/** How many ticks fit along `length` px with about `spacing` px each (never fewer than 2). */
export function tickCount(length: number, spacing: number): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Powers of ten inside [lo, hi], thinned to at most `max` so narrow charts do not crowd. */
export function logTicks(lo: number, hi: number, max: number): number[] {
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const count = last - first + 1;
  const step = Math.max(1, Math.ceil(count / Math.max(1, max)));
  const ticks: number[] = [];
  for (let e = first; e <= last; e += step) ticks.push(10 ** e);
  return ticks;
}

/** Log domain from the smallest positive and the largest value, widened to whole powers of ten. */
export function logDomain(minPositive: number, max: number): [number, number] {
  const lo = 10 ** Math.floor(Math.log10(minPositive));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(max, minPositive)));
  if (hi <= lo) hi = lo * 10;
  return [lo, hi];
}

/**
 * d3-axis hard-codes a 10 px sans-serif font; drop it so ticks inherit the chart's 12 px and the page's font,
 * and draw in the muted text colour of the current theme (tick lines and labels use currentColor).
 */
export function styleAxis(g: G): void {
  g.attr('font-size', null).attr('font-family', null).attr('style', 'color: var(--fg-muted)');
}

/** "Label (unit)" unless the unit is empty or already in the label. */
export function withUnit(label: string, unit: string): string {
  if (!unit || labelSaysUnit(label, unit)) return label;
  return charts.axis.withUnit(label, unit);
}

/** d3-axis passes NumberValue (number or Date-like); charts label plain numbers. */
export function tickFormat(value: number | { valueOf(): number }): string {
  return formatCompact(Number(value));
}

/**
 * The axes and the horizontal grid of an axis chart (the parts `axisFrame` made), for a plot `w` by `h` px: the
 * x axis along the bottom, the y axis on the left, a faint line at each y tick. One copy for the time series,
 * the histogram and the two-story bars.
 */
export function drawAxes(
  parts: { grid: G; xAxisG: G; yAxisG: G },
  x: AxisScale<number>,
  xTicks: readonly number[],
  y: NumberScale,
  yTicks: readonly number[],
  w: number,
  h: number,
): void {
  parts.xAxisG
    .attr('transform', `translate(0,${h})`)
    .call(axisBottom(x).tickValues(xTicks).tickFormat(tickFormat).tickSizeOuter(0))
    .call(styleAxis);
  parts.yAxisG.call(axisLeft(y).tickValues(yTicks).tickFormat(tickFormat).tickSizeOuter(0)).call(styleAxis);
  parts.grid
    .selectAll('line')
    .data(yTicks)
    .join('line')
    .attr('x2', w)
    .attr('y1', (d) => px(y(d)))
    .attr('y2', (d) => px(y(d)))
    .attr('stroke-opacity', 0.6)
    .attr('style', paint(null, 'var(--border)'));
}
