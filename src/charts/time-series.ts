/**
 * Several series against one x axis (days, generations): a run as it unfolds, an earlier pinned run behind
 * it, and observed data points on top. `update` is a join over a kept structure; when only `upTo` moved (a run
 * playing), it extends the run's lines and moves the "now" marks and touches nothing else, and when nothing
 * moved it does nothing, so it can be called on every animation frame.
 */
import { select } from 'd3-selection';
import { charts } from '../strings/charts.ts';
import { drawAxes, logDomain, logTicks, tickCount, withUnit } from './axes.ts';
import { formatCompact, formatValue, px } from './format.ts';
import { renderLegend, type LegendItem } from './legend.ts';
import { polyline } from './polyline.ts';
import { drawRules, placeable } from './rules.ts';
import { linearScale, logScale, niceDomain, type NumberScale } from './scales.ts';
import { SHAPES, shapePath, type Shape } from './shapes.ts';
import { axisFrame, createSvg, mergeMargin, paint, textWidth } from './svg.ts';
import { createTooltip } from './tooltip.ts';
import type { ChartHandle, ChartOptions, LineSeries, ObservedPoint, TimeSeriesData } from './types.ts';

const words = charts.timeSeries;
const PINNED_DASH = '5 4';
const MARKERS_PER_LINE = 6;

interface Frame {
  x: NumberScale;
  y: NumberScale;
  left: number;
  top: number;
  unit: string;
}

/** The marker shape of the i-th series: the cue that tells lines apart besides colour. */
export function seriesShape(i: number): Shape {
  return SHAPES[i % SHAPES.length] ?? 'circle';
}

/** Number of leading x values that are ≤ upTo (x is in increasing order). */
function visibleCount(x: readonly number[], upTo: number | undefined): number {
  if (upTo === undefined) return x.length;
  let k = 0;
  while (k < x.length && (x[k] ?? Infinity) <= upTo) k++;
  return k;
}

/** The words a screen reader hears for an observed point, e.g. "22 July 2009: 3,515,357 views (source A17)". */
export function observedLabel(p: ObservedPoint, unit: string): string {
  return words.pointLabel(p.label, unitValue(p.y, unit), p.source, p.disputed === true, p.note);
}

interface Extent {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  minPositive: number;
  /** The smallest time above 0, the left end of a log time axis. */
  xMinPositive: number;
  /** Whether a value ≤ 0 is drawn, which a log scale cannot show. */
  hasNonPositive: boolean;
}

function extent(data: TimeSeriesData): Extent {
  const e: Extent = {
    xMin: Infinity,
    xMax: -Infinity,
    yMin: Infinity,
    yMax: -Infinity,
    minPositive: Infinity,
    xMinPositive: Infinity,
    hasNonPositive: false,
  };
  const addX = (v: number): void => {
    if (!Number.isFinite(v)) return;
    e.xMin = Math.min(e.xMin, v);
    e.xMax = Math.max(e.xMax, v);
    if (v > 0) e.xMinPositive = Math.min(e.xMinPositive, v);
  };
  const addY = (v: number | undefined): void => {
    if (v === undefined || !Number.isFinite(v)) return;
    e.yMin = Math.min(e.yMin, v);
    e.yMax = Math.max(e.yMax, v);
    if (v > 0) e.minPositive = Math.min(e.minPositive, v);
    else e.hasNonPositive = true;
  };
  // The domain covers the whole run, not only x ≤ upTo, so the axes stand still while the run is revealed.
  // On a log time axis, values at times of 0 or less are not drawn, so they do not count either.
  const drawn = (x: number | undefined): boolean => data.xScale !== 'log' || (x ?? 0) > 0;
  data.x.forEach(addX);
  for (const s of data.series) s.values.forEach((v, i) => drawn(data.x[i]) && addY(v));
  if (data.pinned) {
    const { x } = data.pinned;
    x.forEach(addX);
    for (const s of data.pinned.series) s.values.forEach((v, i) => drawn(x[i]) && addY(v));
  }
  for (const p of data.observed?.points ?? []) {
    if (!drawn(p.x)) continue;
    addX(p.x);
    addY(p.y);
  }
  // A rule is part of what the chart is about: the axes reach it (a guess far off the run still shows).
  for (const r of placeable(data.rules, data.xScale === 'log', data.yScale === 'log')) {
    if (r.axis === 'x') addX(r.value);
    else addY(r.value);
  }
  if (!Number.isFinite(e.xMin)) [e.xMin, e.xMax] = [0, 1];
  if (e.xMin === e.xMax) [e.xMin, e.xMax] = [e.xMin - 1, e.xMax + 1];
  if (!Number.isFinite(e.yMin)) [e.yMin, e.yMax] = [0, 1];
  if (!Number.isFinite(e.minPositive)) e.minPositive = 1;
  if (!Number.isFinite(e.xMinPositive)) e.xMinPositive = 1;
  return e;
}

function legendItems(data: TimeSeriesData): LegendItem[] {
  const items: LegendItem[] = data.series.map((s, i) => ({
    label: s.label,
    color: s.color,
    symbol: 'line',
    dash: s.dash,
    shape: seriesShape(i),
  }));
  if (data.pinned) {
    items.push({
      label: words.legend.pinned(data.pinned.label),
      color: 'var(--fg-muted)',
      symbol: 'line',
      dash: PINNED_DASH,
      opacity: 0.8,
    });
  }
  const points = data.observed?.points ?? [];
  if (data.observed && points.length > 0) {
    items.push({ label: data.observed.label, color: 'var(--c-observed)', symbol: 'circle' });
    if (points.some((p) => p.disputed)) {
      items.push({
        label: words.legend.disputed,
        color: 'var(--c-observed)',
        symbol: 'circle',
        hollow: true,
      });
    }
  }
  return items;
}

export function renderTimeSeries(
  doc: Document,
  data: TimeSeriesData,
  options: ChartOptions,
): ChartHandle<TimeSeriesData> {
  const { width, height } = options;
  const { svg } = createSvg(doc, options);
  svg.attr('class', 'chart chart-time-series');
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const { yLabel, xLabel, footnote, plot, ...axes } = axisFrame(svg);
  const pinnedG = plot.append('g').attr('class', 'pinned').attr('opacity', 0.55);
  const seriesG = plot.append('g').attr('class', 'series');
  const rule = plot
    .append('line')
    .attr('class', 'current-rule')
    .attr('stroke-dasharray', '2 3')
    .attr('style', paint(null, 'var(--fg-muted)'));
  const currentG = plot.append('g').attr('class', 'current');
  const rulesG = plot.append('g').attr('class', 'rules');
  const observedG = plot.append('g').attr('class', 'observed');
  const tooltip = createTooltip(svg);

  let frame: Frame | null = null;

  const showPoint = (p: ObservedPoint): void => {
    if (!frame) return;
    const lines = [p.label, unitValue(p.y, frame.unit), words.tooltipSource(p.source, p.disputed === true)];
    if (p.note) lines.push(p.note);
    tooltip.show(lines, frame.left + frame.x(p.x), frame.top + frame.y(p.y), width, height);
  };

  /** What the last full draw placed, for the steps that only move the run's marks. */
  interface Placed {
    x: NumberScale;
    yOf: (v: number) => number;
    shown: (v: number | undefined) => boolean;
    lineOf: (xs: readonly number[], values: readonly number[], count: number) => string;
    h: number;
  }
  let placed: Placed | undefined;
  let drawnKey = '';
  let drawnUpTo: number | undefined;

  // A step of a playing run changes only `upTo`: the axes, grid, legend, labels, pinned run, rules and observed
  // points then stay as they are (not even an attribute is set again), and only the run's lines, their markers
  // and the "now" marks move. Anything else (the data, the scales, the settings, a pin) draws the whole frame.
  function update(next: TimeSeriesData): void {
    const key = frameKey(next);
    const all = key !== drawnKey || !placed;
    if (!all && next.upTo === drawnUpTo) return;
    placed = all || !placed ? drawFrame(next) : placed;
    drawRun(next, placed, all);
    drawnKey = key;
    drawnUpTo = next.upTo;
  }

  function drawFrame(next: TimeSeriesData): Placed {
    const e = extent(next);
    const log = next.yScale === 'log';
    const logX = next.xScale === 'log';
    const unit = next.observed?.unit ?? next.series[0]?.unit ?? '';

    // Observed points are focusable: the root then becomes a group, or a reader could never reach them.
    svg.attr('role', next.observed && next.observed.points.length > 0 ? 'group' : 'img');

    const legendHeight = renderLegend(legendG, legendItems(next), width - 16);
    const yLabelBaseline = legendHeight + 18;
    yLabel.attr('y', yLabelBaseline).text(withUnit(next.yLabel, next.series[0]?.unit ?? ''));
    const clamped = log && e.hasNonPositive;

    // The y domain and ticks first: their labels decide the left margin.
    const top0 = yLabelBaseline + 10;
    const bottom0 = 40 + (clamped ? 18 : 0);
    const yCount = tickCount(height - top0 - bottom0, 40);
    const yMin = Math.min(0, e.yMin);
    const [lo, hi] = log
      ? logDomain(e.minPositive, e.yMax)
      : niceDomain(yMin, e.yMax > yMin ? e.yMax : yMin + 1, yCount);
    const yTicks = log ? logTicks(lo, hi, yCount) : linearScale([lo, hi], [0, 1]).ticks(yCount);
    const labelWidth = Math.max(...yTicks.map((t) => textWidth(formatCompact(t))), 12);
    const m = mergeMargin({ top: top0, right: 16, bottom: bottom0, left: labelWidth + 14 }, options.margin);
    const w = Math.max(40, width - m.left - m.right);
    const h = Math.max(40, height - m.top - m.bottom);
    const y = log ? logScale([lo, hi], [h, 0]) : linearScale([lo, hi], [h, 0]);
    const x = logX
      ? logScale(logDomain(e.xMinPositive, e.xMax), [0, w])
      : linearScale([e.xMin, e.xMax], [0, w]);
    frame = { x, y, left: m.left, top: m.top, unit };
    // A log time axis cannot place 0 or less: such times are left out (`shown`), not drawn at its left end.
    const shown = (v: number | undefined): boolean =>
      v !== undefined && Number.isFinite(v) && (!logX || v > 0);

    plot.attr('transform', `translate(${m.left},${m.top})`);
    const integerX = next.x.every(Number.isInteger);
    const xTicks = x.ticks(tickCount(w, 70)).filter((t) => logX || !integerX || Number.isInteger(t));
    drawAxes(axes, x, xTicks, y, yTicks, w, h);
    xLabel
      .attr('x', width - m.right)
      .attr('y', m.top + h + 36)
      .text(withUnit(next.xLabel, next.xUnit));
    footnote.attr('y', height - 4).text(clamped ? words.logFootnote(formatCompact(lo)) : '');

    // A log scale cannot place 0: draw it at the bottom of the axis (and say so in the footnote).
    const yOf = (v: number): number => px(y(log && v <= 0 ? lo : v));
    const lineOf = (xs: readonly number[], values: readonly number[], count: number): string =>
      polyline(
        Math.min(count, values.length, xs.length),
        (i) => x(xs[i] ?? 0),
        (i) => yOf(values[i] ?? 0),
        (i) => Number.isFinite(values[i] ?? NaN) && shown(xs[i]),
      );

    pinnedG
      .selectAll<SVGPathElement, LineSeries>('path')
      .data(next.pinned?.series ?? [], (d) => d.id)
      .join('path')
      .attr('fill', 'none')
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', PINNED_DASH)
      .attr('style', (d) => paint(null, d.color))
      .attr('d', (d) => (next.pinned ? lineOf(next.pinned.x, d.values, next.pinned.x.length) : ''));

    // The run's lines: made and styled here; their shapes are drawn by drawRun.
    seriesG
      .selectAll<SVGGElement, LineSeries>('g.line')
      .data(next.series, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'line');
        g.append('path').attr('fill', 'none').attr('stroke-width', 2.5).attr('stroke-linejoin', 'round');
        g.append('g').attr('class', 'markers');
        return g;
      })
      .each(function (s) {
        const g = select(this);
        g.select('path')
          .attr('stroke-dasharray', s.dash ?? null)
          .attr('style', paint(null, s.color));
        g.select('g.markers').selectAll('path').attr('style', paint(s.color));
      });
    drawRules(rulesG, placeable(next.rules, logX, log), x, y, w, h);

    observedG
      .selectAll<SVGPathElement, ObservedPoint>('path')
      .data((next.observed?.points ?? []).filter((d) => shown(d.x)))
      .join((enter) =>
        enter
          .append('path')
          .attr('class', 'observed-point')
          .attr('tabindex', 0)
          .attr('role', 'img')
          .on('mouseenter focus', (_event, d) => showPoint(d))
          .on('mouseleave blur', () => tooltip.hide())
          .on('keydown', (event: KeyboardEvent) => {
            if (event.key === 'Escape') tooltip.hide();
          }),
      )
      .attr('aria-label', (d) => observedLabel(d, unit))
      .attr('stroke-width', (d) => (d.disputed ? 2 : 1))
      .attr('style', (d) =>
        d.disputed ? paint('var(--bg)', 'var(--c-observed)') : paint('var(--c-observed)', 'var(--bg)'),
      )
      .attr('d', (d) => shapePath('circle', x(d.x), yOf(d.y), 4.5));
    return { x, yOf, shown, lineOf, h };
  }

  /**
   * The run up to `upTo`: its lines, a few markers along them, the current values and the rule at the step.
   * After a full frame (`all`) every mark is placed anew; on a step, a mark whose place did not change is not
   * touched, so a step costs the line's new points and the moved "now" marks.
   */
  function drawRun(next: TimeSeriesData, at: Placed, all: boolean): void {
    const { x, yOf, shown, lineOf, h } = at;
    const count = visibleCount(next.x, next.upTo);
    const concealed = new Set(next.concealed ?? []);
    const countOf = (s: LineSeries): number => (concealed.has(s.id) ? 0 : count);
    const stride = Math.max(1, Math.ceil(next.x.length / MARKERS_PER_LINE));
    const nSeries = next.series.length;
    seriesG
      .selectAll<SVGGElement, LineSeries>('g.line')
      .data(next.series, (d) => d.id)
      .each(function (s, si) {
        const g = select(this);
        setIfChanged(g.select<SVGPathElement>('path').node(), 'd', lineOf(next.x, s.values, countOf(s)));
        // A few markers along each line, staggered between series so they do not sit on one another.
        const offset = Math.floor((stride * (si + 1)) / (nSeries + 1));
        const idx: number[] = [];
        for (let i = offset; i < countOf(s) - 1; i += stride)
          if (Number.isFinite(s.values[i] ?? NaN) && shown(next.x[i])) idx.push(i);
        const shape = seriesShape(si);
        g.select('g.markers')
          .selectAll<SVGPathElement, number>('path')
          .data(idx)
          .join((enter) => enter.append('path').attr('style', paint(s.color)))
          .each(function (i) {
            setIfChanged(this, 'd', shapePath(shape, x(next.x[i] ?? 0), yOf(s.values[i] ?? 0), 3.5));
          });
      });

    // The current value: a larger marker at the last x ≤ upTo, ringed so it stands out from the line.
    const last = count - 1;
    const current =
      last >= 0 && shown(next.x[last])
        ? next.series.filter((s) => !concealed.has(s.id) && Number.isFinite(s.values[last] ?? NaN))
        : [];
    currentG
      .selectAll<SVGPathElement, LineSeries>('path')
      .data(current, (d) => d.id)
      .join((enter) => enter.append('path').attr('stroke-width', 1.5))
      .each(function (d) {
        setIfChanged(this, 'style', paint(d.color, 'var(--bg)'));
      })
      .attr('d', (d) =>
        shapePath(seriesShape(next.series.indexOf(d)), x(next.x[last] ?? 0), yOf(d.values[last] ?? 0), 5.5),
      );
    const showRule = next.upTo !== undefined && last >= 0 && last < next.x.length - 1 && shown(next.x[last]);
    const ruleX = showRule ? px(x(next.x[last] ?? 0)) : 0;
    // Hiding the rule adds a `display` attribute; its ends are set again after it, so the attributes keep the
    // order a fresh render gives them (the same markup whether a run was played or drawn at once).
    const hidden = rule.attr('display') === 'none';
    const redo = all || (!showRule && !hidden);
    if (redo) for (const name of ['x1', 'x2', 'y1', 'y2']) rule.attr(name, null);
    rule.attr('display', showRule ? null : 'none');
    setIfChanged(rule.node(), 'x1', String(ruleX));
    setIfChanged(rule.node(), 'x2', String(ruleX));
    if (redo) rule.attr('y1', 0).attr('y2', h);
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderTimeSeries: no SVG node');
  return { node, update };
}

/** Sets an attribute only when its value changes: a browser restyles an element on every write. */
function setIfChanged(node: Element | null, name: string, value: string): void {
  if (node && node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/**
 * Everything about a state of the chart except how far the run is shown (`upTo`): two states with the same key
 * differ only by a step of a playing run. A string of the values, not references: views build their data
 * afresh for every step, and a caller may change its arrays in place.
 */
export function frameKey(data: TimeSeriesData): string {
  return JSON.stringify({ ...data, upTo: undefined });
}

function unitValue(value: number, unit: string): string {
  return charts.axis.valueWithUnit(formatValue(value), unit);
}
