// @vitest-environment jsdom
/**
 * A playing run only moves the run's marks: a step (a new `upTo`) extends the lines and moves the "now" marks,
 * and leaves the axes, grid, legend and the rest of the SVG as they were, node for node. Whatever the path
 * there, the markup is the markup of a fresh render of the same state (the build-time render in jsdom is a
 * fresh render, so a played run and the static page never differ).
 */
import { describe, expect, it } from 'vitest';
import { frameKey, renderTimeSeries } from '../../src/charts/time-series.ts';
import type { TimeSeriesData } from '../../src/charts/types.ts';
import { answer, complaint, days, observed, pinned, timeSeriesData } from './fixtures.ts';

const options = { width: 480, height: 320, title: 'Who has heard', description: 'By day.', idPrefix: 'st' };

/** The state at step t as a view builds it: a new object with new arrays every time. */
function stateAt(t: number, extra: Partial<TimeSeriesData> = {}): TimeSeriesData {
  return structuredClone(
    timeSeriesData({
      upTo: t,
      pinned,
      rules: [{ axis: 'x', value: 6, label: 'Answer on day 6' }],
      ...extra,
    }),
  );
}

const fresh = (data: TimeSeriesData): string => renderTimeSeries(document, data, options).node.outerHTML;

/** The nodes an update touched (attributes, text or children), taken synchronously from a MutationObserver. */
function touched(root: Element, act: () => void): Element[] {
  const observer = new MutationObserver(() => undefined);
  observer.observe(root, { attributes: true, childList: true, characterData: true, subtree: true });
  act();
  const records = observer.takeRecords();
  observer.disconnect();
  return records.map((r) => (r.target instanceof Element ? r.target : (r.target.parentElement as Element)));
}

describe('a time series while a run plays', () => {
  it('after every appended step, equals a fresh render of the same state', () => {
    const chart = renderTimeSeries(document, stateAt(0), options);
    // Every step to the end (where the rule at the step is hidden), then back to the start (seeking).
    for (const t of [...days.slice(1), 3, 0, 12]) {
      chart.update(stateAt(t));
      expect(chart.node.outerHTML).toBe(fresh(stateAt(t)));
    }
  });

  it('keeps the axes, grid and legend nodes and touches only the run’s lines and the "now" marks', () => {
    const chart = renderTimeSeries(document, stateAt(2), options);
    const selectors = [
      '.axis-x .tick',
      '.axis-y .tick text',
      '.axis-x .domain',
      '.grid line',
      '.legend-item',
      '.pinned path',
      '.rules *',
      '.y-label',
    ];
    const keep = selectors.map((sel) => chart.node.querySelector(sel));
    expect(keep.every((n) => n !== null)).toBe(true);
    for (let t = 3; t <= 20; t++) {
      const targets = touched(chart.node, () => chart.update(stateAt(t)));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        expect(
          target.closest('.series, .current, .current-rule'),
          target.outerHTML.slice(0, 80),
        ).not.toBeNull();
      }
    }
    const after = selectors.map((sel) => chart.node.querySelector(sel));
    after.forEach((n, i) => expect(n).toBe(keep[i]));
  });

  it('draws nothing when the step shown has not changed', () => {
    const chart = renderTimeSeries(document, stateAt(7), options);
    expect(touched(chart.node, () => chart.update(stateAt(7)))).toHaveLength(0);
  });

  it('draws the whole frame again when anything but the step changes', () => {
    const chart = renderTimeSeries(document, stateAt(5), options);
    const changes: Partial<TimeSeriesData>[] = [
      { yScale: 'log' },
      { pinned: undefined },
      { observed },
      { rules: [] },
      { concealed: ['answer'] },
      { series: [complaint, { ...answer, values: answer.values.map((v) => v * 3) }] },
      { series: [complaint] },
    ];
    for (const change of changes) {
      chart.update(stateAt(9, change));
      expect(chart.node.outerHTML).toBe(fresh(stateAt(9, change)));
      chart.update(stateAt(10, change));
      expect(chart.node.outerHTML).toBe(fresh(stateAt(10, change)));
    }
    // A caller that changes its own arrays in place, not only by passing new ones, is noticed too.
    const data = stateAt(11);
    chart.update(data);
    data.series[0]?.values.splice(0, 31, ...complaint.values.map((v) => v * 2));
    data.upTo = 12;
    chart.update(data);
    expect(chart.node.outerHTML).toBe(fresh(data));
  });

  it('keys a state by its values, apart from upTo', () => {
    const same = (a: TimeSeriesData, b: TimeSeriesData) => frameKey(a) === frameKey(b);
    expect(same(stateAt(1), stateAt(9))).toBe(true);
    expect(same(stateAt(1), stateAt(1, { yScale: 'log' }))).toBe(false);
    expect(same(stateAt(1), stateAt(1, { pinned: undefined }))).toBe(false);
    expect(same(stateAt(1), stateAt(1, { xLabel: 'Week' }))).toBe(false);
    const changed = stateAt(1);
    if (changed.series[1]) changed.series[1].values[30] = -1;
    expect(same(stateAt(1), changed)).toBe(false);
  });
});
