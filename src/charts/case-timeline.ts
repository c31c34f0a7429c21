/**
 * Every case on one time axis to scale: a row per case (sorted by date), a mark when its story broke, shaped
 * and coloured by outcome, the row a link to its lesson. Static SVG; readable at 320 px because each row
 * carries its own label above its track, wrapped to the chart's width, rather than relying on a crowded axis.
 * (No stretch between two cases is long enough to cut, as src/charts/time-breaks.ts would: the years are even.)
 */
import { axisTop } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { outcomeStyle, type GlancePoint } from './case-glance.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint, textWidth } from './svg.ts';
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

const LINE = 15;
const TRACK = 18;

/** Words into lines no wider than `max` px (estimated), so a long title wraps instead of running off a phone. */
export function wrapLabel(label: string, max: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function renderCaseTimeline(
  doc: Document,
  cases: TimelineCase[],
  options: Omit<ChartOptions, 'height'>,
): SVGSVGElement {
  const sorted = [...cases].sort((a, b) => a.when - b.when);
  const top = 44;
  const margin = { left: 16, right: 16 };
  const fontSize = options.width < 500 ? 11 : 12;
  const room = options.width - margin.left - margin.right;
  // Each row: its label above (wrapped to the chart's width), then its track with the mark to scale.
  let y = top;
  const rows = sorted.map((r) => {
    const lines = wrapLabel(library.timeline.chart.label(r.title, r.whenLabel), room, fontSize);
    const row = { ...r, lines, y, height: lines.length * LINE + TRACK + 6 };
    y += row.height;
    return row;
  });
  const height = y + 8;
  const { svg } = createSvg(doc, { ...options, height }, 'group');
  const years = sorted.map((r) => r.when);
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
  // Every row is one link to its case, mark and label together, reached by Tab with a sentence for a name.
  const row = svg
    .selectAll('a')
    .data(rows)
    .join('a')
    .attr('href', (r) => r.href)
    .attr('class', 'timeline-case')
    .attr('aria-label', (r) =>
      library.timeline.chart.point(r.title, r.whenLabel, outcomeStyle[r.outcome].label),
    )
    .attr('transform', (r) => `translate(0,${r.y})`);
  const trackY = (r: (typeof rows)[number]) => r.lines.length * LINE + TRACK / 2;
  row
    .append('line')
    .attr('x1', margin.left)
    .attr('x2', options.width - margin.right)
    .attr('y1', trackY)
    .attr('y2', trackY)
    .attr('style', 'stroke: var(--border)');
  row
    .append('path')
    .attr('class', 'timeline-mark')
    .attr('d', (r) => shapePath(outcomeStyle[r.outcome].shape, x(r.when), trackY(r), 7))
    .attr('style', (r) => paint(outcomeStyle[r.outcome].color, 'var(--bg)'));
  // The label starts near its mark but never runs past either edge.
  const labelX = (r: (typeof rows)[number]) => {
    const widest = Math.max(...r.lines.map((l) => textWidth(l, fontSize)));
    return Math.max(margin.left, Math.min(x(r.when) - 8, options.width - margin.right - widest));
  };
  const label = row
    .append('text')
    .attr('class', 'timeline-label')
    .attr('y', LINE - 3)
    .attr('font-size', fontSize)
    .attr('aria-hidden', 'true')
    .attr('style', paint('var(--accent)'))
    .attr('text-decoration', 'underline');
  label
    .selectAll('tspan')
    .data((r) => r.lines.map((line, i) => ({ line, i, x: labelX(r) })))
    .join('tspan')
    .attr('x', (t) => t.x)
    .attr('dy', (t) => (t.i === 0 ? 0 : LINE))
    .text((t) => t.line);
  return svg.node()!;
}
