/**
 * A time axis to scale with its long quiet stretches cut out, visibly: the axis is a row of segments, each to
 * scale, with a break of fixed width between two segments where a long stretch with no event was removed.
 * Fifteen quiet months then no longer crush the busy weeks into a dot, and the reader still sees that time
 * passed (the chart marks each break and says how long it was). Pure numbers, no DOM, so it is unit-tested.
 */

/** A stretch of time in milliseconds, [start, end): a day, a month or a year for a partial date. */
export interface TimeSpan {
  start: number;
  end: number;
}

export interface AxisSegment {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export interface AxisBreak {
  /** The quiet stretch removed: from the end of the events before to the start of the events after. */
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export interface BrokenTimeScale {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  /** The position of a time; a time inside a break sits at the break's edge nearer to it. */
  x(t: number): number;
}

export interface BreakOptions {
  /** A stretch is cut when it is longer than this share of the time still shown (default 0.25). */
  minShare?: number;
  /** At most this many cuts (default 3), so the axis stays one story. */
  maxBreaks?: number;
  /** Width of a break in pixels (default 28). */
  breakWidth?: number;
  /** The narrowest a segment is drawn, so a lone event still has room (default 16). */
  minSegment?: number;
}

/** Stretches covered by at least one span, merged and in order. */
function covered(spans: readonly TimeSpan[]): TimeSpan[] {
  const sorted = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: Math.min(s.start, s.end), end: Math.max(s.start, s.end) }))
    .sort((a, b) => a.start - b.start);
  const out: TimeSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The quiet stretches to cut: the longest first, while each is a large share of what is left. */
export function quietStretches(spans: readonly TimeSpan[], options: BreakOptions = {}): TimeSpan[] {
  const { minShare = 0.25, maxBreaks = 3 } = options;
  const runs = covered(spans);
  if (runs.length < 2) return [];
  const gaps = runs.slice(1).map((r, i) => ({ start: runs[i].end, end: r.start }));
  let shown = runs.at(-1)!.end - runs[0].start;
  const cut: TimeSpan[] = [];
  for (const gap of [...gaps].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const length = gap.end - gap.start;
    if (cut.length >= maxBreaks || length <= minShare * shown) break;
    cut.push(gap);
    shown -= length;
  }
  return cut.sort((a, b) => a.start - b.start);
}

/**
 * The scale over `range` (pixels) for events with these spans. Segments share the width left after the
 * breaks in proportion to their length, each at least `minSegment`. With no usable span, everything sits in the
 * middle of the range. Never throws.
 */
export function brokenTimeScale(
  spans: readonly TimeSpan[],
  range: [number, number],
  options: BreakOptions = {},
): BrokenTimeScale {
  const { breakWidth = 28, minSegment = 16 } = options;
  const [r0, r1] = range;
  const runs = covered(spans);
  if (!runs.length) {
    const mid = (r0 + r1) / 2;
    return { segments: [], breaks: [], x: () => mid };
  }
  const cuts = quietStretches(spans, options);
  const bounds: TimeSpan[] = [];
  let from = runs[0].start;
  for (const c of cuts) {
    bounds.push({ start: from, end: c.start });
    from = c.end;
  }
  bounds.push({ start: from, end: runs.at(-1)!.end });

  const free = Math.max(0, r1 - r0 - cuts.length * breakWidth);
  const total = bounds.reduce((sum, b) => sum + (b.end - b.start), 0);
  const floor = Math.min(minSegment, free / bounds.length);
  const share = free - floor * bounds.length;
  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = r0;
  bounds.forEach((b, i) => {
    const width = floor + (total > 0 ? (share * (b.end - b.start)) / total : share / bounds.length);
    segments.push({ ...b, x0: x, x1: x + width });
    x += width;
    if (i < cuts.length) {
      breaks.push({ ...cuts[i], x0: x, x1: x + breakWidth });
      x += breakWidth;
    }
  });

  const position = (t: number): number => {
    if (!Number.isFinite(t)) return (r0 + r1) / 2;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      if (t <= s.end || i === segments.length - 1) {
        if (t < s.start) return s.x0;
        if (t > s.end) return s.x1;
        return s.end > s.start ? s.x0 + ((t - s.start) / (s.end - s.start)) * (s.x1 - s.x0) : s.x0;
      }
      // Inside the break after this segment: the nearer edge.
      if (t < segments[i + 1].start) return t - s.end < segments[i + 1].start - t ? s.x1 : segments[i + 1].x0;
    }
    return r1;
  };
  return { segments, breaks, x: position };
}
