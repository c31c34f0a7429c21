// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { observedLabel, renderTimeSeries } from '../../src/charts/time-series.ts';
import { expectSnapshot } from './snapshot.ts';
import { answer, complaint, observed, pinned, timeSeriesData } from './fixtures.ts';

const options = {
  width: 640,
  height: 360,
  title: 'Who has heard',
  description: 'Two stories by day.',
  idPrefix: 'ts',
};

describe('renderTimeSeries', () => {
  it('draws two series with a legend and axes (snapshot)', () => {
    const { node } = renderTimeSeries(document, timeSeriesData(), options);
    expectSnapshot('time-series-linear', node);
  });

  it('draws pinned and observed data on a log scale at 320 px (snapshot)', () => {
    const data = timeSeriesData({ yScale: 'log', pinned, observed, upTo: 12 });
    const { node } = renderTimeSeries(document, data, {
      ...options,
      width: 320,
      height: 300,
      idPrefix: 'tsl',
    });
    expectSnapshot('time-series-log-narrow', node);
  });

  it('draws time on a log axis, leaving out times of 0 or less (snapshot)', () => {
    const x = [0, 0.5, 1, 3, 10, 30, 100, 300, 1000, 3000];
    const values = x.map((t) => Math.round(6_000_000 * (1 - Math.exp(-t / 20))));
    const data = timeSeriesData({
      x,
      xScale: 'log',
      series: [{ ...complaint, values }],
      observed: {
        ...observed,
        points: [{ ...observed.points[0], x: 0 }, ...observed.points.map((p) => ({ ...p, x: p.x * 40 }))],
      },
    });
    const { node } = renderTimeSeries(document, data, { ...options, idPrefix: 'tsx' });
    expectSnapshot('time-series-log-time', node);
    const ticks = [...node.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['0.1', '1', '10', '100', '1k', '10k']));
    // The point at time 0 is left out; the others are drawn.
    expect(node.querySelectorAll('.observed-point')).toHaveLength(observed.points.length);
    const d = node.querySelector('.series .line path')?.getAttribute('d') ?? '';
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.split(/[ML]/).length - 1).toBe(x.length - 1);
  });

  it('names itself through a title and desc that aria-labelledby points to', () => {
    const { node } = renderTimeSeries(document, timeSeriesData(), options);
    expect(node.getAttribute('role')).toBe('img');
    const ids = (node.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids).toEqual(['ts-title', 'ts-desc']);
    expect(node.querySelector('title')?.id).toBe('ts-title');
    expect(node.querySelector('title')?.textContent).toBe('Who has heard');
    expect(node.querySelector('desc')?.id).toBe('ts-desc');
    expect(node.getAttribute('viewBox')).toBe('0 0 640 360');
    expect(node.getAttribute('width')).toBe('100%');
  });

  it('clamps values of 0 on a log scale and says so', () => {
    const { node } = renderTimeSeries(document, timeSeriesData({ yScale: 'log' }), options);
    expect(node.querySelector('.footnote')?.textContent).toMatch(/values of 0 or less are drawn at 1/);
    // Every path coordinate is finite: a log of 0 would have made NaN or Infinity.
    const ds = [...node.querySelectorAll('.series path')].map((p) => p.getAttribute('d') ?? '');
    expect(ds.join(' ')).not.toMatch(/NaN|Infinity/);
    const linear = renderTimeSeries(document, timeSeriesData(), options).node;
    expect(linear.querySelector('.footnote')?.textContent).toBe('');
  });

  it('draws only x ≤ upTo and marks the current value there', () => {
    const { node, update } = renderTimeSeries(document, timeSeriesData({ upTo: 5 }), options);
    const pointsIn = (path: Element | null): number =>
      (path?.getAttribute('d') ?? '').split(/[ML]/).length - 1;
    expect(pointsIn(node.querySelector('.series .line path'))).toBe(6);
    expect(node.querySelectorAll('.current path')).toHaveLength(2);
    expect(node.querySelector('.current-rule')?.getAttribute('display')).toBeNull();
    update(timeSeriesData({ upTo: 30 }));
    expect(pointsIn(node.querySelector('.series .line path'))).toBe(31);
    expect(node.querySelector('.current-rule')?.getAttribute('display')).toBe('none');
  });

  it('keeps the axes still while upTo advances', () => {
    const { node, update } = renderTimeSeries(document, timeSeriesData({ upTo: 1 }), options);
    const ticks = (): string => [...node.querySelectorAll('.axis text')].map((t) => t.textContent).join(',');
    const before = ticks();
    update(timeSeriesData({ upTo: 20 }));
    expect(ticks()).toBe(before);
  });

  it('makes observed points focusable, labelled with their source, and shows a tooltip on focus', () => {
    const { node } = renderTimeSeries(document, timeSeriesData({ observed, yScale: 'log' }), options);
    document.body.append(node);
    const points = [...node.querySelectorAll<SVGPathElement>('.observed-point')];
    expect(points).toHaveLength(3);
    expect(points.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('role') === 'img')).toBe(
      true,
    );
    expect(points[1]?.getAttribute('aria-label')).toBe('22 July 2009: 3,515,357 views (source A17)');
    expect(points[2]?.getAttribute('aria-label')).toContain('source A20, disputed');
    // Disputed points are hollow: filled with the background, outlined in the observed colour.
    expect(points[2]?.getAttribute('style')).toContain('fill: var(--bg)');
    expect(points[0]?.getAttribute('style')).toContain('fill: var(--c-observed)');
    // A chart with focusable parts is a group: children of role="img" would be hidden from screen readers.
    expect(node.getAttribute('role')).toBe('group');

    const tip = node.querySelector('.tooltip');
    expect(tip?.getAttribute('display')).toBe('none');
    points[1]?.dispatchEvent(new FocusEvent('focus'));
    expect(tip?.getAttribute('display')).toBeNull();
    expect(tip?.textContent).toContain('22 July 2009');
    expect(tip?.textContent).toContain('3,515,357 views');
    expect(tip?.textContent).toContain('Source A17');
    points[1]?.dispatchEvent(new FocusEvent('blur'));
    expect(tip?.getAttribute('display')).toBe('none');
    points[0]?.dispatchEvent(new MouseEvent('mouseenter'));
    expect(tip?.textContent).toContain('Source A12');
    node.remove();
  });

  it('gives every legend entry a second cue besides colour', () => {
    const data = timeSeriesData({ pinned, observed });
    const { node } = renderTimeSeries(document, data, options);
    const items = [...node.querySelectorAll('.legend-item')];
    expect(items.map((i) => i.textContent)).toEqual([
      complaint.label,
      answer.label,
      'Pinned: answer on day 2',
      'Observed views',
      'Disputed figure',
    ]);
    // Lines carry a marker shape (and the answer a dash); the pinned run is dashed; disputed is hollow.
    const [c, a, p, , d] = items;
    expect(c?.querySelector('path')).not.toBeNull();
    expect(a?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(c?.querySelector('path')?.getAttribute('d')).not.toBe(a?.querySelector('path')?.getAttribute('d'));
    expect(p?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(d?.querySelector('path')?.getAttribute('style')).toContain('fill: var(--bg)');
  });

  it('wraps the legend onto more rows at 320 px', () => {
    const data = timeSeriesData({ pinned, observed });
    const wide = renderTimeSeries(document, data, { ...options, width: 900 }).node;
    const narrow = renderTimeSeries(document, data, { ...options, width: 320 }).node;
    const rows = (svg: SVGSVGElement): number =>
      new Set(
        [...svg.querySelectorAll('.legend-item')].map((g) => g.getAttribute('transform')?.split(',')[1]),
      ).size;
    expect(rows(narrow)).toBeGreaterThan(rows(wide));
    // Fewer ticks on the narrow chart.
    expect(narrow.querySelectorAll('.axis-x .tick').length).toBeLessThan(
      wide.querySelectorAll('.axis-x .tick').length,
    );
  });

  it('colours with theme variables, never fixed colours', () => {
    const { node } = renderTimeSeries(document, timeSeriesData({ pinned, observed }), options);
    expect(node.outerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
    expect(node.outerHTML).toContain('var(--c-complaint)');
  });

  it('formats the aria-label of a point without a unit', () => {
    expect(observedLabel({ x: 1, y: 1200.5, label: 'Day 1', source: 'B2' }, '')).toBe(
      'Day 1: 1,200.5 (source B2)',
    );
  });
});
