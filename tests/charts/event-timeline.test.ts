// @vitest-environment jsdom
/**
 * A case's events to scale: every event is drawn (a dot for a day, a bar for a month or a year), every break is
 * marked with the time that passed, and every date on the axis stays inside the chart at a phone's width.
 */
import { describe, expect, it } from 'vitest';
import { renderEventTimeline, type TimelineEvent } from '../../src/charts/event-timeline.ts';
import { textWidth } from '../../src/charts/svg.ts';
import { partialDateSpan } from '../../src/lib/dates.ts';

const event = (iso: string): TimelineEvent => {
  const [start, end] = partialDateSpan(iso);
  const parts = iso.split('-').length;
  return { start, end, precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year' };
};
// Kryptonite's timeline: a year, twelve quiet years, then one busy week.
const kryptonite = ['1992', '2004-09-12', '2004-09-16', '2004-09-17'].map(event);
const options = (width: number) => ({
  width,
  title: 'Events',
  description: 'to scale',
  tick: (t: number) => new Date(t).toISOString().slice(0, 7),
  gap: (from: number, to: number) => `${Math.floor((to - from) / 31_557_600_000)} yr`,
});

describe('renderEventTimeline', () => {
  for (const width of [300, 640]) {
    it(`draws every event and keeps its dates inside ${width} px`, () => {
      const svg = renderEventTimeline(document, kryptonite, options(width));
      expect(svg.querySelectorAll('circle')).toHaveLength(3);
      expect(svg.querySelectorAll('rect')).toHaveLength(1);
      const texts = [...svg.querySelectorAll('text')];
      expect(texts.map((t) => t.textContent)).toContain('12 yr');
      for (const t of texts) {
        const x = Number(t.getAttribute('x'));
        const w = textWidth(t.textContent ?? '', 10);
        const anchor = t.getAttribute('text-anchor') ?? 'start';
        const left = anchor === 'middle' ? x - w / 2 : x;
        expect(left, t.textContent).toBeGreaterThanOrEqual(0);
        expect(left + w, t.textContent).toBeLessThanOrEqual(width);
      }
      // The busy week is wider than the dot of a single day would be: the twelve years are cut.
      const xs = [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
      expect(xs[2] - xs[0]).toBeGreaterThan(8);
      expect(svg.getAttribute('role')).toBe('img');
    });
  }

  it('survives a timeline of one event', () => {
    const svg = renderEventTimeline(document, [event('2012-05')], options(300));
    expect(svg.querySelectorAll('rect')).toHaveLength(1);
    expect(svg.outerHTML).not.toContain('NaN');
  });
});
