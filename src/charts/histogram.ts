/**
 * A histogram of ensemble outcomes, e.g. the total size of many branching runs, often on a log x axis because
 * most stories fizzle at a handful of people while a few reach thousands.
 */
import { charts } from '../strings/charts.ts';
import { drawAxes, logDomain, logTicks, tickCount } from './axes.ts';
import { formatCompact, px } from './format.ts';
import { renderLegend } from './legend.ts';
import { drawRules, placeable } from './rules.ts';
import { linearScale, logScale, niceDomain } from './scales.ts';
import { axisFrame, createSvg, hatchPattern, mergeMargin, paint, textWidth } from './svg.ts';
import type { ChartHandle, ChartOptions, HistogramBin, HistogramData } from './types.ts';

const MARKER_ROW = 16;

interface PlacedMarker {
  x: number;
  label: string;
  row: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Puts marker labels on as many rows as it takes for none to overlap the one before it on its row; a label
 * near an edge is anchored at its start or end so it stays inside the plot's width `w`.
 */
function placeMarkers(
  markers: readonly { x: number; label: string }[],
  xOf: (v: number) => number,
  w: number,
): PlacedMarker[] {
  const rowEnds: number[] = [];
  return [...markers]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const tw = textWidth(m.label);
      const at = xOf(m.x);
      const anchor = at < tw / 2 ? 'start' : at > w - tw / 2 ? 'end' : 'middle';
      const left = anchor === 'start' ? at : anchor === 'end' ? at - tw : at - tw / 2;
      let row = rowEnds.findIndex((end) => end + 8 <= left);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = left + tw;
      return { ...m, row, anchor };
    });
}

export function renderHistogram(
  doc: Document,
  data: HistogramData,
  options: ChartOptions,
): ChartHandle<HistogramData> {
  const { width, height } = options;
  const { svg, id } = createSvg(doc, options);
  svg.attr('class', 'chart chart-histogram');
  // The emphasised bin (the runs that went viral) is hatched, so it stands out without colour.
  const hatch = id('hatch');
  const hatchFill = hatchPattern(svg, hatch);
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const { yLabel, xLabel, footnote, plot, ...axes } = axisFrame(svg);
  const barsG = plot.append('g').attr('class', 'bars');
  const outlineG = plot
    .append('path')
    .attr('class', 'outline')
    .attr('fill', 'none')
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '5 3')
    .attr('style', paint(null, 'var(--fg)'));
  const markersG = plot.append('g').attr('class', 'markers');
  const rulesG = plot.append('g').attr('class', 'rules');

  function update(next: HistogramData): void {
    const bins = next.bins;
    const log = next.logX === true;
    let xMin = Infinity;
    let xMax = -Infinity;
    let minPositive = Infinity;
    let yMax = 0;
    for (const b of bins) {
      xMin = Math.min(xMin, b.x0);
      xMax = Math.max(xMax, b.x1);
      for (const v of [b.x0, b.x1]) if (v > 0) minPositive = Math.min(minPositive, v);
      yMax = Math.max(yMax, b.count);
    }
    for (const b of next.outline?.bins ?? []) yMax = Math.max(yMax, b.count);
    const rules = placeable(next.rules, false, false).filter((r) => r.axis === 'y');
    for (const r of rules) yMax = Math.max(yMax, r.value);
    const markers = next.concealed ? [] : (next.markers ?? []);
    for (const m of markers) {
      xMin = Math.min(xMin, m.x);
      xMax = Math.max(xMax, m.x);
      if (m.x > 0) minPositive = Math.min(minPositive, m.x);
    }
    if (!Number.isFinite(xMin)) [xMin, xMax] = [0, 1];
    if (!Number.isFinite(minPositive)) minPositive = 1;
    const clamped = log && xMin <= 0;

    // A pinned ensemble is named in a legend over the chart.
    const legendHeight = renderLegend(
      legendG,
      next.outline ? [{ label: next.outline.label, color: 'var(--fg)', symbol: 'line', dash: '5 3' }] : [],
      width - 16,
    );
    const head = 30 + legendHeight;
    // A first guess of the top margin (one row of marker labels) to count y ticks; the rows are placed below.
    const top0 = head + (markers.length ? MARKER_ROW : 0);
    const bottom = 40 + (clamped ? 18 : 0);
    const yCount = tickCount(height - top0 - bottom, 40);
    const yDomain = niceDomain(0, yMax > 0 ? yMax : 1, yCount);
    const yTicks = linearScale(yDomain, [0, 1]).ticks(yCount).filter(Number.isInteger);
    const labelWidth = Math.max(...yTicks.map((t) => textWidth(formatCompact(t))), 12);
    const left = labelWidth + 14;
    const right = 16;
    const w = Math.max(40, width - left - right);
    const [lo, hi] = log ? logDomain(minPositive, xMax) : [xMin, xMax > xMin ? xMax : xMin + 1];
    const x = log ? logScale([lo, hi], [0, w]) : linearScale([lo, hi], [0, w]);
    const xOf = (v: number): number => x(log && v <= 0 ? lo : v);

    // Marker labels stack in rows above the plot; the top margin grows with them.
    const placed = placeMarkers(markers, xOf, w);
    const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
    const m = mergeMargin({ top: head + rows * MARKER_ROW, right, bottom, left }, options.margin);
    const h = Math.max(40, height - m.top - m.bottom);
    const y = linearScale(yDomain, [h, 0]);

    plot.attr('transform', `translate(${m.left},${m.top})`);
    yLabel.attr('y', 16 + legendHeight).text(next.yLabel);
    xLabel
      .attr('x', width - m.right)
      .attr('y', m.top + h + 36)
      .text(next.xLabel);
    footnote.attr('y', height - 4).text(clamped ? charts.histogram.logFootnote(formatCompact(lo)) : '');

    const xTicks = log ? logTicks(lo, hi, tickCount(w, 60)) : x.ticks(tickCount(w, 70));
    drawAxes(axes, x, xTicks, y, yTicks, w, h);

    const color = next.color ?? 'var(--c-complaint)';
    hatchFill.attr('style', paint(color));
    const emphasised = (b: HistogramBin): boolean => next.emphasis?.x0 === b.x0;
    barsG
      .selectAll<SVGRectElement, HistogramBin>('rect')
      .data(next.concealed ? [] : bins)
      .join('rect')
      .attr('class', 'bar')
      .classed('bar-emphasis', emphasised)
      .attr('x', (b) => px(xOf(b.x0) + 0.5))
      .attr('width', (b) => px(Math.max(0.5, xOf(b.x1) - xOf(b.x0) - 1)))
      .attr('y', (b) => px(y(b.count)))
      .attr('height', (b) => px(h - y(b.count)))
      .attr('stroke-width', 1)
      .attr('style', (b) => (emphasised(b) ? paint(`url(#${hatch})`, color) : paint(color)));

    // The pinned ensemble as a step outline over the bars: where its counts differ, the two shapes part.
    let outline = '';
    for (const b of next.outline?.bins ?? []) {
      const x0 = px(xOf(b.x0) + 0.5);
      const x1 = px(xOf(b.x1) - 0.5);
      const top = px(y(b.count));
      outline += `M${x0},${px(h)}V${top}H${x1}V${px(h)}`;
    }
    outlineG.attr('d', outline || null);
    drawRules(rulesG, rules, x, y, w, h);

    markersG
      .selectAll<SVGGElement, PlacedMarker>('g.marker')
      .data(placed)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'marker');
        g.append('line').attr('stroke-width', 1.5).attr('stroke-dasharray', '4 3');
        g.append('text');
        return g;
      })
      .attr('transform', (d) => `translate(${px(xOf(d.x))},0)`)
      .call((g) =>
        g
          .select('line')
          .attr('y1', (d) => -(rows - d.row) * MARKER_ROW + 4)
          .attr('y2', h)
          .attr('style', paint(null, 'var(--fg)')),
      )
      .call((g) =>
        g
          .select('text')
          .attr('y', (d) => -(rows - d.row) * MARKER_ROW)
          .attr('text-anchor', (d) => d.anchor)
          .attr('style', paint('currentColor'))
          .text((d) => d.label),
      );
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderHistogram: no SVG node');
  return { node, update };
}
