/**
 * A class's answers to one question as a dot plot: one mark per student along the value axis, stacked where
 * answers are close, the model's value as a vertical line and the band of answers counted as right shaded
 * around it. Right answers are circles, others triangles, answers with nothing to check them against
 * squares: shape and colour together, never colour alone.
 */
import { axisBottom } from 'd3-axis';
import { logDomain, logTicks, styleAxis, tickCount, tickFormat } from './axes.ts';
import { formatCompact, formatValue, px } from './format.ts';
import { renderLegend, type LegendItem } from './legend.ts';
import { linearScale, logScale, niceDomain, type NumberScale } from './scales.ts';
import { shapePath, type Shape } from './shapes.ts';
import { createSvg, paint, textWidth } from './svg.ts';
import type { ChartHandle, ChartOptions } from './types.ts';
import { classView } from '../strings/class-view.ts';

const words = classView.chart;

export type PointStatus = 'right' | 'not-right' | 'unchecked';

export interface ClassPoint {
  value: number;
  /** Who gave it, for the mark's tooltip: "Ana Silva". */
  label: string;
  status: PointStatus;
}

export interface ClassPredictionsData {
  /** What the axis measures, with its unit: "Share of the network that heard the complaint". */
  xLabel: string;
  /** The answers' unit: 'share' draws the axis in per cent. */
  unit: string;
  /** The model's value; null when there is none to compare with. */
  reference: number | null;
  /** How the line is labelled: "Model: 36.4%". */
  referenceLabel: string;
  /** Relative tolerance around the reference counted as right (0.1 = ±10 %). */
  tolerance?: number;
  points: ClassPoint[];
}

/** `label` names the status in the legend, `status` in a mark's tooltip. */
const STYLE: Record<PointStatus, { shape: Shape; color: string; label: string; status: string }> = {
  right: { shape: 'circle', color: 'var(--c-happy)', label: words.legend.right, status: words.status.right },
  'not-right': {
    shape: 'triangle',
    color: 'var(--c-complaint)',
    label: words.legend.notRight,
    status: words.status.notRight,
  },
  unchecked: {
    shape: 'square',
    color: 'var(--c-neutral)',
    label: words.legend.unchecked,
    status: words.status.unchecked,
  },
};

const R = 5;
const GAP = 1.5;

interface Placed extends ClassPoint {
  x: number;
  level: number;
}

/** Places marks left to right, each on the lowest level where it overlaps no mark already there. */
export function dodge(points: readonly ClassPoint[], xOf: (v: number) => number, r = R): Placed[] {
  const placed: Placed[] = [];
  const sorted = [...points].sort((a, b) => a.value - b.value || a.label.localeCompare(b.label));
  for (const p of sorted) {
    const x = xOf(p.value);
    let level = 0;
    const near = placed.filter((q) => Math.abs(q.x - x) < 2 * r + GAP);
    while (near.some((q) => q.level === level)) level++;
    placed.push({ ...p, x, level });
  }
  return placed;
}

function formatAxis(unit: string) {
  return unit === 'share'
    ? (v: number | { valueOf(): number }) => words.value(formatCompact(Number(v) * 100), unit)
    : tickFormat;
}

function formatPoint(value: number, unit: string): string {
  if (unit === 'share') return words.value(formatValue(Math.round(value * 1000) / 10), unit);
  return words.value(formatValue(value), unit);
}

export function renderClassPredictions(
  doc: Document,
  data: ClassPredictionsData,
  options: ChartOptions,
): ChartHandle<ClassPredictionsData> {
  const { width } = options;
  const { svg } = createSvg(doc, options);
  svg.attr('class', 'chart chart-class-predictions');
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const xLabel = svg
    .append('text')
    .attr('class', 'x-label')
    .attr('text-anchor', 'end')
    .attr('style', paint('currentColor'));
  const footnote = svg
    .append('text')
    .attr('class', 'footnote')
    .attr('x', 8)
    .attr('style', paint('var(--fg-muted)'));
  const plot = svg.append('g').attr('class', 'plot');
  const bandG = plot.append('rect').attr('class', 'band');
  const xAxisG = plot.append('g').attr('class', 'axis axis-x');
  const marksG = plot.append('g').attr('class', 'marks');
  const refG = plot.append('g').attr('class', 'reference');
  const refLine = refG.append('line').attr('stroke-width', 2).attr('stroke-dasharray', '6 3');
  const refText = refG.append('text').attr('style', paint('currentColor')).attr('font-weight', 600);

  function update(next: ClassPredictionsData): void {
    const values = next.points.map((p) => p.value).filter(Number.isFinite);
    const ref = next.reference !== null && Number.isFinite(next.reference) ? next.reference : null;
    const tol = ref !== null && next.tolerance ? Math.abs(ref) * next.tolerance : 0;
    const all = [...values, ...(ref !== null ? [ref - tol, ref + tol] : [])];
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
    const positive = all.length > 0 && lo > 0;
    const log = positive && hi / lo >= 1000;
    if (hi === lo) {
      const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.5 : 1;
      lo -= pad;
      hi += pad;
      if (next.unit === 'share') lo = Math.max(0, lo);
    }

    const legend: LegendItem[] = [];
    if (ref !== null)
      legend.push({ label: next.referenceLabel, color: 'var(--fg)', symbol: 'line', dash: '6 3' });
    if (tol > 0)
      legend.push({ label: words.band, color: 'var(--c-neutral)', symbol: 'swatch', opacity: 0.35 });
    for (const status of ['right', 'not-right', 'unchecked'] as const) {
      if (next.points.some((p) => p.status === status)) {
        legend.push({ label: STYLE[status].label, color: STYLE[status].color, symbol: STYLE[status].shape });
      }
    }
    const legendHeight = renderLegend(legendG, legend, width - 16);

    const left = 16;
    const right = 20;
    const w = Math.max(40, width - left - right);
    let x: NumberScale;
    let ticks: number[];
    if (log) {
      const [d0, d1] = logDomain(lo, hi);
      x = logScale([d0, d1], [0, w]);
      ticks = logTicks(d0, d1, tickCount(w, 60));
    } else {
      const domain = niceDomain(lo, hi, tickCount(w, 70));
      x = linearScale(domain, [0, w]);
      ticks = x.ticks(tickCount(w, 70));
    }
    const placed = dodge(next.points, (v) => x(v));
    const levels = placed.reduce((n, p) => Math.max(n, p.level + 1), 1);
    const top = legendHeight + 30;
    const stack = levels * (2 * R + GAP) + 6;
    const h = Math.max(stack, 40);
    const height = Math.max(options.height, top + h + 56);
    const baseY = height - 56;
    svg.attr('viewBox', `0 0 ${width} ${height}`);
    plot.attr('transform', `translate(${left},0)`);

    xAxisG
      .attr('transform', `translate(0,${baseY})`)
      .call(axisBottom(x).tickValues(ticks).tickFormat(formatAxis(next.unit)).tickSizeOuter(0))
      .call(styleAxis);
    xLabel
      .attr('x', width - right)
      .attr('y', baseY + 36)
      .text(next.xLabel);
    const unreadable = next.points.length - values.length;
    footnote
      .attr('y', height - 4)
      .text(
        [log ? words.logScale : '', unreadable ? words.notDrawn(unreadable) : ''].filter(Boolean).join(' '),
      );

    if (tol > 0 && ref !== null) {
      const x0 = x(Math.max(ref - tol, log ? x.domain()[0] : -Infinity));
      const x1 = x(ref + tol);
      bandG
        .attr('x', px(Math.min(x0, x1)))
        .attr('width', px(Math.max(1, Math.abs(x1 - x0))))
        .attr('y', top - 4)
        .attr('height', px(baseY - top + 4))
        .attr('opacity', 0.35)
        .attr('style', paint('var(--c-neutral)'));
    } else bandG.attr('width', 0);

    marksG
      .selectAll<SVGPathElement, Placed>('path')
      .data(placed)
      .join((enter) => enter.append('path').call((p) => p.append('title')))
      .attr('d', (p) => shapePath(STYLE[p.status].shape, p.x, baseY - R - 2 - p.level * (2 * R + GAP), R))
      .attr('stroke-width', 1)
      .attr('style', (p) => paint(STYLE[p.status].color, 'var(--bg)'))
      .attr('class', (p) => `mark mark-${p.status}`)
      .call((p) =>
        p
          .select('title')
          .text((d) => words.mark(d.label, formatPoint(d.value, next.unit), STYLE[d.status].status)),
      );

    if (ref !== null) {
      const rx = x(ref);
      refG.attr('display', null);
      refLine
        .attr('x1', rx)
        .attr('x2', rx)
        .attr('y1', top - 8)
        .attr('y2', baseY)
        .attr('style', paint(null, 'var(--fg)'));
      const tw = textWidth(next.referenceLabel);
      const anchor = rx < tw / 2 ? 'start' : rx > w - tw / 2 ? 'end' : 'middle';
      refText
        .attr('x', rx)
        .attr('y', top - 12)
        .attr('text-anchor', anchor)
        .text(next.referenceLabel);
    } else refG.attr('display', 'none');
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderClassPredictions: no SVG node');
  return { node, update };
}
