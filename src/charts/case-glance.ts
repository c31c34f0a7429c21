/**
 * "Cases at a glance": each case as a point, how fast the company answered (x, log) against how far the
 * story measurably travelled (y, log), coloured and shaped by outcome, each point a link to its lesson.
 * Static SVG (links work without JavaScript and are reached by Tab, with a full sentence as their name).
 */
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLog } from 'd3-scale';
import { formatCompact, formatCount } from './format.ts';
import { shapePath, type Shape } from './shapes.ts';
import { createSvg, paint, textWidth } from './svg.ts';
import type { ChartOptions } from './types.ts';
import { library } from '../strings/library.ts';
import { site } from '../strings/site.ts';

const text = library.glance.chart;

export interface GlancePoint {
  href: string;
  title: string;
  /** Days to the company's first public answer; 0 (same day) is drawn at the left edge. */
  delayDays: number;
  reach: number;
  reachLabel: string;
  outcome: 'negative' | 'positive' | 'mixed';
}

export const outcomeStyle: Record<GlancePoint['outcome'], { color: string; shape: Shape; label: string }> = {
  negative: { color: 'var(--c-complaint)', shape: 'triangle', label: site.cases.outcome.negative },
  positive: { color: 'var(--c-happy)', shape: 'circle', label: site.cases.outcome.positive },
  mixed: { color: 'var(--c-answer)', shape: 'square', label: site.cases.outcome.mixed },
};

/** Same-day answers sit at a quarter of a day, so the log axis can show them. */
const SAME_DAY = 0.25;

/**
 * Labels beside their marks without overlapping: each goes right of its mark, or left when it would run off
 * the plot, and moves down in small steps while it collides with a label already placed (greedy, top down).
 */
function placeLabels(
  points: GlancePoint[],
  px: (p: GlancePoint) => number,
  py: (p: GlancePoint) => number,
  width: number,
) {
  const LINE = 13;
  // Every mark is an obstacle from the start, so no label covers another case's mark.
  const boxes = points.map((p) => ({ x0: px(p) - 8, x1: px(p) + 8, y0: py(p) - 8, y1: py(p) + 8 }));
  const spots: { x: number; y: number; anchor: 'start' | 'end' }[] = [];
  const order = points.map((_, i) => i).sort((a, b) => py(points[a]) - py(points[b]));
  for (const i of order) {
    const p = points[i];
    const w = textWidth(p.title, 11);
    const right = px(p) + 10 + w <= width;
    const x0 = right ? px(p) + 10 : px(p) - 10 - w;
    let y = py(p);
    for (
      let tries = 0;
      tries < 6 &&
      boxes.some((b) => x0 < b.x1 && x0 + w > b.x0 && y - LINE / 2 < b.y1 && y + LINE / 2 > b.y0);
      tries++
    ) {
      y += LINE;
    }
    boxes.push({ x0, x1: x0 + w, y0: y - LINE / 2, y1: y + LINE / 2 });
    spots[i] = { x: right ? px(p) + 10 : px(p) - 10, y, anchor: right ? 'start' : 'end' };
  }
  return spots;
}

export function renderCaseGlance(doc: Document, points: GlancePoint[], options: ChartOptions): SVGSVGElement {
  const { svg } = createSvg(doc, options, 'group');
  const narrow = options.width < 500;
  const margin = { top: 36, right: narrow ? 16 : 24, bottom: 52, left: narrow ? 52 : 64, ...options.margin };
  const w = options.width - margin.left - margin.right;
  const h = options.height - margin.top - margin.bottom;
  const days = points.map((p) => Math.max(SAME_DAY, p.delayDays));
  const reach = points.map((p) => p.reach);
  const x = scaleLog()
    .domain([SAME_DAY, Math.max(30, ...days) * 1.5])
    .range([0, w])
    .nice();
  const y = scaleLog()
    .domain([Math.min(1e4, ...reach) / 2, Math.max(1e6, ...reach) * 2])
    .range([h, 0])
    .nice();
  const g = svg.append('g').attr('transform', `translate(${margin.left},${margin.top})`);

  // Legend: shape and colour together, so outcome never depends on colour alone.
  const legend = svg
    .append('g')
    .attr('transform', `translate(${margin.left},14)`)
    .attr('aria-hidden', 'true');
  Object.values(outcomeStyle).forEach((s, i) => {
    const item = legend.append('g').attr('transform', `translate(${i * (narrow ? 84 : 110)},0)`);
    item
      .append('path')
      .attr('d', shapePath(s.shape, 6, 0, 5))
      .attr('style', paint(s.color));
    item.append('text').attr('x', 16).attr('dy', '0.35em').attr('style', paint('currentColor')).text(s.label);
  });

  const dayTicks = [SAME_DAY, 1, 7, 30, 365].filter((d) => d <= x.domain()[1]);
  g.append('g')
    .attr('transform', `translate(0,${h})`)
    .call(
      axisBottom(x)
        .tickValues(dayTicks)
        .tickFormat((d) => {
          const v = Number(d);
          return v === SAME_DAY
            ? text.ticks.sameDay
            : v === 1
              ? text.ticks.day
              : v === 7
                ? text.ticks.week
                : v === 30
                  ? text.ticks.month
                  : text.ticks.year;
        }),
    )
    .attr('aria-hidden', 'true');
  g.append('g')
    .call(axisLeft(y).ticks(narrow ? 3 : 5, (d: number) => formatCompact(d)))
    .attr('aria-hidden', 'true');
  svg
    .append('text')
    .attr('x', margin.left + w / 2)
    .attr('y', options.height - 8)
    .attr('text-anchor', 'middle')
    .attr('style', paint('currentColor'))
    .text(narrow ? text.xAxisShort : text.xAxis);
  svg
    .append('text')
    .attr('transform', `translate(12,${margin.top + h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('style', paint('currentColor'))
    .text(text.yAxis);

  const marks = g
    .selectAll('a')
    .data(points)
    .join('a')
    .attr('href', (p) => p.href)
    .attr('class', 'glance-point')
    .attr('data-case', (p) => p.href)
    .attr('aria-label', (p) =>
      text.point(
        p.title,
        outcomeStyle[p.outcome].label,
        text.answered(p.delayDays, formatCount(p.delayDays)),
        p.reachLabel,
      ),
    );
  marks
    .append('path')
    .attr('class', 'glance-mark')
    .attr('d', (p) =>
      shapePath(outcomeStyle[p.outcome].shape, x(Math.max(SAME_DAY, p.delayDays)), y(p.reach), 7),
    )
    .attr('style', (p) => `${paint(outcomeStyle[p.outcome].color, 'var(--bg)')}; stroke-width: 1.5`);
  if (!narrow) {
    const spots = placeLabels(
      points,
      (p) => x(Math.max(SAME_DAY, p.delayDays)),
      (p) => y(p.reach),
      w,
    );
    // Each label's spot travels with its own point: an index into a filtered selection would be an index
    // among the filtered marks only (that is how leader lines once pointed at other cases' marks).
    const spotOf = new Map(points.map((p, i) => [p, spots[i]] as const));
    const spot = (p: GlancePoint) => spotOf.get(p)!;
    // A moved label keeps a thin leader line to its mark.
    marks
      .filter((p) => spot(p).y !== y(p.reach))
      .append('line')
      .attr('class', 'glance-leader')
      .attr('x1', (p) => x(Math.max(SAME_DAY, p.delayDays)))
      .attr('y1', (p) => y(p.reach) + 6)
      .attr('x2', (p) => spot(p).x)
      .attr('y2', (p) => spot(p).y - 4)
      .attr('style', 'stroke: var(--fg-muted); stroke-width: 0.75')
      .attr('aria-hidden', 'true');
    marks
      .append('text')
      .attr('class', 'glance-label')
      .attr('x', (p) => spot(p).x)
      .attr('y', (p) => spot(p).y)
      .attr('text-anchor', (p) => spot(p).anchor)
      .attr('dy', '0.35em')
      .attr('font-size', 11)
      .attr('style', paint('currentColor'))
      .attr('aria-hidden', 'true')
      .text((p) => p.title);
  }
  return svg.node()!;
}
