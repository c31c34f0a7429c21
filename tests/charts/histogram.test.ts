// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderHistogram } from '../../src/charts/histogram.ts';
import type { HistogramData } from '../../src/charts/types.ts';
import { expectAccessibleSvg } from './a11y.ts';
import { expectSnapshot } from './snapshot.ts';

/** Sizes of 1,000 runs in bins that double: most stories stop at a few people, a few reach the cap. */
const data: HistogramData = {
  bins: [
    { x0: 1, x1: 2, count: 412 },
    { x0: 2, x1: 4, count: 201 },
    { x0: 4, x1: 8, count: 133 },
    { x0: 8, x1: 16, count: 81 },
    { x0: 16, x1: 32, count: 52 },
    { x0: 32, x1: 64, count: 30 },
    { x0: 64, x1: 128, count: 19 },
    { x0: 128, x1: 256, count: 11 },
    { x0: 256, x1: 512, count: 6 },
    { x0: 512, x1: 1024, count: 4 },
    { x0: 1024, x1: 10000, count: 51 },
  ],
  xLabel: 'People reached in all (log scale)',
  yLabel: 'Runs',
  logX: true,
  markers: [
    { x: 23.4, label: 'mean 23' },
    { x: 30, label: 'median 30' },
    { x: 10000, label: 'cap: went viral' },
  ],
};

const options = {
  width: 480,
  height: 300,
  title: 'Sizes of 1,000 stories',
  description: 'Bars.',
  idPrefix: 'hist',
};

describe('renderHistogram', () => {
  it('draws bins on a log x axis with labelled markers (snapshot)', () => {
    expectSnapshot('histogram-log', renderHistogram(document, data, options).node);
  });

  it('draws one bar per bin and one rule per marker, and is named', () => {
    const { node } = renderHistogram(document, data, options);
    expectAccessibleSvg(node, 'hist');
    expect(node.querySelectorAll('.bars rect')).toHaveLength(11);
    expect([...node.querySelectorAll('.marker text')].map((t) => t.textContent)).toEqual([
      'mean 23',
      'median 30',
      'cap: went viral',
    ]);
    // Close markers go on separate rows so their labels do not overlap.
    const ys = [...node.querySelectorAll('.marker text')].map((t) => t.getAttribute('y'));
    expect(ys[0]).not.toBe(ys[1]);
  });

  it('gives taller bars to bigger counts', () => {
    const { node } = renderHistogram(document, data, options);
    const heights = [...node.querySelectorAll('.bars rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights[0]).toBeGreaterThan(heights[1] ?? Infinity);
    expect(heights.every((h) => h >= 0)).toBe(true);
  });

  it('clamps a bin starting at 0 on a log axis and says so', () => {
    const withZero = { ...data, bins: [{ x0: 0, x1: 1, count: 90 }, ...data.bins] };
    const { node } = renderHistogram(document, withZero, options);
    expect(node.querySelector('.footnote')?.textContent).toMatch(/starting at 0 or less are drawn from 1/);
    expect(node.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('updates in place', () => {
    const chart = renderHistogram(document, data, options);
    chart.update({ ...data, bins: data.bins.slice(0, 3), markers: [] });
    expect(chart.node.querySelectorAll('.bars rect')).toHaveLength(3);
    expect(chart.node.querySelectorAll('.marker')).toHaveLength(0);
  });

  it('draws a linear axis when asked', () => {
    const linear = { ...data, logX: false, markers: [] };
    const { node } = renderHistogram(document, linear, { ...options, width: 320, idPrefix: 'hl' });
    expect(node.querySelector('.footnote')?.textContent).toBe('');
    expectSnapshot('histogram-linear-narrow', node);
  });
});
