/**
 * A case's events on a time axis to scale, above the list that tells them (components/Timeline.astro): each
 * event a dot when its day is known, a bar over its month or year when only that is known, and each long quiet
 * stretch cut out and marked by a break that says how long it was. Static SVG drawn at build time; the list
 * below carries every word, so the picture is one image with a title and a description.
 */
import { brokenTimeScale, type TimeSpan } from './time-breaks.ts';
import { createSvg, paint, textWidth } from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface TimelineEvent extends TimeSpan {
  precision: 'day' | 'month' | 'year';
}

export interface EventTimelineOptions extends Omit<ChartOptions, 'height'> {
  /** A short date for the axis, from a time (ms): "Jul 2009". */
  tick: (t: number, precision: TimelineEvent['precision']) => string;
  /** The label of a break, from the event before it to the event after it: "15 mo". */
  gap: (from: number, to: number) => string;
}

const HEIGHT = 64;
const TRACK = 30;

export function renderEventTimeline(
  doc: Document,
  events: readonly TimelineEvent[],
  options: EventTimelineOptions,
): SVGSVGElement {
  const { svg } = createSvg(doc, { ...options, height: HEIGHT }, 'img');
  const margin = 8;
  const narrow = options.width < 500;
  const scale = brokenTimeScale(events, [margin, options.width - margin], {
    minSegment: narrow ? 24 : 32,
    breakWidth: narrow ? 26 : 34,
  });
  const g = svg.append('g').attr('aria-hidden', 'true');

  for (const s of scale.segments) {
    g.append('line')
      .attr('x1', s.x0)
      .attr('x2', s.x1)
      .attr('y1', TRACK)
      .attr('y2', TRACK)
      .attr('style', 'stroke: var(--border); stroke-width: 2');
  }

  // A break: two slanted strokes across the axis, and above them how long the quiet stretch lasted.
  const starts = events.map((e) => e.start).sort((a, b) => a - b);
  for (const b of scale.breaks) {
    const mid = (b.x0 + b.x1) / 2;
    for (const dx of [-3, 3]) {
      g.append('line')
        .attr('x1', mid + dx - 3)
        .attr('x2', mid + dx + 3)
        .attr('y1', TRACK + 7)
        .attr('y2', TRACK - 7)
        .attr('style', 'stroke: var(--fg-muted); stroke-width: 1.5');
    }
    const before = starts.filter((t) => t <= b.start).at(-1) ?? b.start;
    const after = starts.find((t) => t >= b.end) ?? b.end;
    g.append('text')
      .attr('x', mid)
      .attr('y', TRACK - 13)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('style', paint('var(--fg-muted)'))
      .text(options.gap(before, after));
  }

  // Bars first (months and years, faint), then dots on top, so a known day is never hidden under a month.
  const ordered = [...events].sort(
    (a, b) => (a.precision === 'day' ? 1 : 0) - (b.precision === 'day' ? 1 : 0),
  );
  for (const e of ordered) {
    if (e.precision === 'day') {
      g.append('circle')
        .attr('cx', scale.x((e.start + e.end) / 2))
        .attr('cy', TRACK)
        .attr('r', 4)
        .attr('style', `${paint('var(--accent)', 'var(--bg)')}; stroke-width: 1`);
    } else {
      const x0 = scale.x(e.start);
      const width = Math.max(6, scale.x(e.end) - x0);
      g.append('rect')
        .attr('x', x0)
        .attr('y', TRACK - 4)
        .attr('width', width)
        .attr('height', 8)
        .attr('rx', 3)
        .attr('style', `${paint('var(--accent)')}; opacity: ${e.precision === 'year' ? 0.35 : 0.6}`);
    }
  }

  // A date under the start of each segment and under the last event, each kept inside the chart, skipped where
  // it would overlap the one before or repeat it.
  const precisionAt = (t: number) => events.find((e) => e.start === t)?.precision ?? 'day';
  const ticks = scale.segments.map((s) => ({ x: s.x0, label: options.tick(s.start, precisionAt(s.start)) }));
  const lastEvent = starts.at(-1);
  if (lastEvent !== undefined)
    ticks.push({ x: scale.x(lastEvent), label: options.tick(lastEvent, precisionAt(lastEvent)) });
  let right = -Infinity;
  let previous = '';
  for (const t of ticks) {
    const w = textWidth(t.label, 10);
    const x = Math.max(margin, Math.min(t.x, options.width - margin - w));
    if (x < right + 6 || t.label === previous) continue;
    right = x + w;
    previous = t.label;
    g.append('text')
      .attr('x', x)
      .attr('y', TRACK + 22)
      .attr('font-size', 10)
      .attr('style', paint('var(--fg-muted)'))
      .text(t.label);
  }
  return svg.node()!;
}
