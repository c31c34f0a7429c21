/**
 * The broken time axis: long quiet stretches are cut (and only those), what is left is to scale within each
 * segment, positions never go backwards, and bad input still gives a usable scale.
 */
import { describe, expect, it } from 'vitest';
import { brokenTimeScale, quietStretches } from '../../src/charts/time-breaks.ts';
import { partialDateSpan } from '../../src/lib/dates.ts';
import { readCollection } from '../content/load.ts';

const span = (iso: string) => {
  const [start, end] = partialDateSpan(iso);
  return { start, end };
};
const DAY = 86_400_000;

// YAML reads an unquoted full date as a Date; the content schema turns it back into "YYYY-MM-DD".
type Timeline = { timeline: { date: string | Date }[] };
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const ubg = (
  readCollection('cases').find((c) => c.id === 'united-breaks-guitars')!.data as Timeline
).timeline.map((e) => span(iso(e.date)));

describe('quietStretches', () => {
  it('cuts the long waits of United Breaks Guitars: the months of refusals and the years before the book', () => {
    const cuts = quietStretches(ubg);
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    // The refusals (from April 2008 to the upload on 6 July 2009) are one of them.
    expect(cuts).toContainEqual({ start: span('2008-04').end, end: span('2009-07-06').start });
    // …and March 2010 to February 2012.
    expect(cuts).toContainEqual({ start: span('2010-03').end, end: span('2012-02').start });
  });

  it('leaves evenly spread events alone and never cuts more than asked', () => {
    const even = [2004, 2006, 2008, 2010, 2012].map((y) => span(String(y)));
    expect(quietStretches(even)).toEqual([]);
    const spread = ['1990', '2000-01-01', '2010-01-01', '2020-01-01', '2030-01-01'].map(span);
    expect(quietStretches(spread, { maxBreaks: 1, minShare: 0.1 })).toHaveLength(1);
  });
});

describe('brokenTimeScale', () => {
  const scale = brokenTimeScale(ubg, [0, 600]);

  it('fills the range, segments and breaks side by side, breaks of fixed width', () => {
    const pieces = [...scale.segments, ...scale.breaks].sort((a, b) => a.x0 - b.x0);
    expect(pieces[0].x0).toBeCloseTo(0);
    expect(pieces.at(-1)!.x1).toBeCloseTo(600);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i].x0).toBeCloseTo(pieces[i - 1].x1);
    for (const b of scale.breaks) expect(b.x1 - b.x0).toBeCloseTo(28);
    expect(scale.breaks).toHaveLength(scale.segments.length - 1);
  });

  it('gives a day in July 2009 more room than the fifteen quiet months once did', () => {
    const day = scale.x(span('2009-07-07').start) - scale.x(span('2009-07-06').start);
    const refusals = scale.x(span('2009-07-06').start) - scale.x(span('2008-04').end);
    // The quiet months take only the break's width; a day of the busy week is visible on its own.
    expect(refusals).toBeCloseTo(28);
    expect(day).toBeGreaterThan(1);
  });

  it('is to scale within a segment and never goes backwards', () => {
    const july = scale.segments.find(
      (s) => s.start <= span('2009-07-06').start && s.end >= span('2009-07-25').end,
    )!;
    const perDay = (july.x1 - july.x0) / ((july.end - july.start) / DAY);
    const a = scale.x(span('2009-07-10').start);
    const b = scale.x(span('2009-07-20').start);
    expect(b - a).toBeCloseTo(10 * perDay);
    const times = ubg.map((s) => s.start).sort((p, q) => p - q);
    const xs = times.map((t) => scale.x(t));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(600);
    }
  });

  it('puts a time inside a break at its nearer edge', () => {
    const cut = scale.breaks[0];
    expect(scale.x(cut.start + DAY)).toBeCloseTo(cut.x0);
    expect(scale.x(cut.end - DAY)).toBeCloseTo(cut.x1);
  });

  it('survives no events, one event, and dates that are not dates', () => {
    expect(brokenTimeScale([], [0, 100]).x(0)).toBe(50);
    const one = brokenTimeScale([span('2012-05')], [0, 100]);
    expect(one.breaks).toEqual([]);
    expect(one.x(span('2012-05').start)).toBe(0);
    expect(one.x(span('2012-05').end)).toBeCloseTo(100);
    const bad = brokenTimeScale([span('not a date'), span('2012')], [0, 100]);
    expect(bad.segments).toHaveLength(1);
    expect(bad.x(NaN)).toBe(50);
    // A range narrower than the breaks still gives finite positions.
    const tiny = brokenTimeScale(ubg, [0, 10]);
    for (const s of ubg) expect(Number.isFinite(tiny.x(s.start))).toBe(true);
  });
});
