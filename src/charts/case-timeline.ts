/**
 * Every case on one time axis: a row per case (sorted by date), a mark at the year it broke, shaped and
 * coloured by outcome, the row's title a link to its lesson. Static SVG; readable at 320 px because each
 * row carries its own label rather than relying on a crowded axis.
 */
import { axisTop } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { outcomeStyle, type GlancePoint } from './case-glance.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint } from './svg.ts';
import type { ChartOptions } from './types.ts';
import { library } from '../strings/library.ts';

export interface TimelineCase {
  href: string;
  title: string;
  /** Fractional year when the story broke (2009.5 for July 2009). */
  when: number;
  whenLabel: string;
  outcome: GlancePoint['outcome'];
}

const ROW = 34;

export function renderCaseTimeline(
  doc: Document,
  cases: TimelineCase[],
  options: Omit<ChartOptions, 'height'>,
): SVGSVGElement {
  const rows = [...cases].sort((a, b) => a.when - b.when);
  const top = 44;
  const height = top + rows.length * ROW + 12;
  const { svg } = createSvg(doc, { ...options, height }, 'group');
  const margin = { left: 16, right: 16 };
  const years = rows.map((r) => r.when);
  const x = scaleLinear()
    .domain([Math.floor(Math.min(...years)) - 1, Math.ceil(Math.max(...years)) + 1])
    .range([margin.left, options.width - margin.right]);
  svg
    .append('g')
    .attr('transform', `translate(0,${top - 12})`)
    .attr('aria-hidden', 'true')
    .call(
      axisTop(x)
        .ticks(options.width < 500 ? 4 : 8)
        .tickFormat((d) => String(d)),
    );
  const row = svg
    .selectAll('a')
    .data(rows)
    .join('a')
    .attr('href', (r) => r.href)
    .attr('aria-label', (r) =>
      library.timeline.chart.point(r.title, r.whenLabel, outcomeStyle[r.outcome].label),
    )
    .attr('transform', (_r, i) => `translate(0,${top + i * ROW})`);
  row
    .append('line')
    .attr('x1', margin.left)
    .attr('x2', options.width - margin.right)
    .attr('y1', ROW / 2)
    .attr('y2', ROW / 2)
    .attr('style', 'stroke: var(--border)');
  row
    .append('path')
    .attr('d', (r) => shapePath(outcomeStyle[r.outcome].shape, x(r.when), ROW / 2, 7))
    .attr('style', (r) => paint(outcomeStyle[r.outcome].color, 'var(--bg)'));
  // The label sits on whichever side of the mark has room.
  row
    .append('text')
    .attr('x', (r) => (x(r.when) > options.width / 2 ? x(r.when) - 12 : x(r.when) + 12))
    .attr('text-anchor', (r) => (x(r.when) > options.width / 2 ? 'end' : 'start'))
    .attr('y', ROW / 2)
    .attr('dy', '0.35em')
    .attr('aria-hidden', 'true')
    .attr('style', paint('var(--accent)'))
    .attr('text-decoration', 'underline')
    .text((r) => library.timeline.chart.label(r.title, r.whenLabel));
  return svg.node()!;
}
