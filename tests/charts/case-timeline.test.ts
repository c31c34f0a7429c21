// @vitest-environment jsdom
/**
 * The all-cases timeline: at a phone's width every label stays inside the chart (labels were cut off at 375 px),
 * every row is a link to its own case with its mark on it, and marks sit in date order.
 */
import { describe, expect, it } from 'vitest';
import { renderCaseTimeline, wrapLabel, type TimelineCase } from '../../src/charts/case-timeline.ts';
import { quietStretches } from '../../src/charts/time-breaks.ts';
import { textWidth } from '../../src/charts/svg.ts';
import { readCollection } from '../content/load.ts';

type CaseData = { title: string; year: number; outcome: TimelineCase['outcome'] };
const cases: TimelineCase[] = readCollection('cases').map(({ id, data }, i) => {
  const c = data as CaseData;
  return {
    href: `/cases/${id}/`,
    title: c.title,
    when: c.year + i / 100,
    whenLabel: String(c.year),
    outcome: c.outcome,
  };
});

describe('renderCaseTimeline', () => {
  for (const width of [300, 320, 900]) {
    it(`keeps every label inside the chart at ${width} px`, () => {
      const svg = renderCaseTimeline(document, cases, { width, title: 't', description: 'd' });
      const spans = [...svg.querySelectorAll('.timeline-label tspan')];
      expect(spans.length).toBeGreaterThanOrEqual(cases.length);
      const size = Number(svg.querySelector('.timeline-label')!.getAttribute('font-size'));
      for (const t of spans) {
        const x = Number(t.getAttribute('x'));
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x + textWidth(t.textContent ?? '', size)).toBeLessThanOrEqual(width);
      }
    });
  }

  it('links every row to its case, its mark inside the link, in date order', () => {
    const svg = renderCaseTimeline(document, cases, { width: 320, title: 't', description: 'd' });
    const links = [...svg.querySelectorAll('a.timeline-case')];
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(cases.map((c) => c.href).sort());
    for (const a of links) expect(a.querySelector('.timeline-mark')).not.toBeNull();
    const tops = links.map((a) => Number(/translate\(0,([\d.]+)\)/.exec(a.getAttribute('transform')!)![1]));
    for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(tops[i - 1]);
  });

  it('wraps words to the width and never loses one', () => {
    const lines = wrapLabel("Morton's and Peter Shankman: a steak at the airport (17 August 2011)", 150, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe("Morton's and Peter Shankman: a steak at the airport (17 August 2011)");
    expect(wrapLabel('', 100, 11)).toEqual(['']);
  });

  it('needs no broken axis: no stretch between two cases is long enough to cut', () => {
    // If this fails, a new case has opened a long gap and the chart should use brokenTimeScale.
    expect(quietStretches(cases.map((c) => ({ start: c.when, end: c.when + 0.01 })))).toEqual([]);
  });
});
