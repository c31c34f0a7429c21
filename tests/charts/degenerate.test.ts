// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderBranchingTree } from '../../src/charts/branching-tree.ts';
import { renderHistogram } from '../../src/charts/histogram.ts';
import { createNetworkView } from '../../src/charts/network.ts';
import { renderTimeSeries } from '../../src/charts/time-series.ts';
import { renderTwoStoryBars } from '../../src/charts/two-story-bars.ts';

const options = { width: 280, height: 200, title: 'Empty', description: 'Nothing yet.' };
const clean = (svg: Element): void => expect(svg.outerHTML).not.toMatch(/NaN|Infinity|undefined/);

/** A run that has not started, a single point, missing values: a chart draws what it can and never throws. */
describe('charts with empty or odd data', () => {
  it('time series', () => {
    const base = { xLabel: 'Day', xUnit: 'days' as const, yLabel: 'People', yScale: 'log' as const };
    clean(renderTimeSeries(document, { ...base, x: [], series: [] }, options).node);
    const odd = {
      id: 'a',
      label: 'A',
      unit: 'people' as const,
      color: 'var(--c-complaint)',
      values: [Number.NaN, 0, -3],
    };
    clean(renderTimeSeries(document, { ...base, x: [0, 1, 2], series: [odd], upTo: -1 }, options).node);
    clean(renderTimeSeries(document, { ...base, x: [5], series: [{ ...odd, values: [7] }] }, options).node);
  });

  it('histogram, bars and tree', () => {
    clean(renderHistogram(document, { bins: [], xLabel: 'x', yLabel: 'y', logX: true }, options).node);
    const bars = {
      generations: [],
      happy: [],
      unhappy: [],
      labels: { happy: 'h', unhappy: 'u' },
      unit: 'people',
    };
    clean(renderTwoStoryBars(document, { ...bars, yScale: 'log' }, options).node);
    clean(
      renderTwoStoryBars(
        document,
        { ...bars, generations: [0], happy: [0], unhappy: [0], yScale: 'linear' },
        options,
      ).node,
    );
    clean(renderBranchingTree(document, { parents: [] }, options).node);
    const single = renderBranchingTree(document, { parents: [-1] }, options).node;
    clean(single);
    expect(single.querySelector('.footnote')?.textContent).toBe(
      'The story went no further than the first teller.',
    );
  });

  it('network', () => {
    const empty = { n: 0, offsets: new Int32Array(1), neighbors: new Int32Array(0) };
    const view = createNetworkView(document, empty, options);
    view.update({ nodeState: new Uint8Array(0), changedAt: new Int32Array(0), t: 0 });
    clean(view.node);
    const lone = { n: 1, offsets: new Int32Array(2), neighbors: new Int32Array(0) };
    clean(createNetworkView(document, lone, options).node);
    const summary = createNetworkView(document, empty, { ...options, renderer: 'summary' });
    summary.update({ nodeState: new Uint8Array(0), changedAt: new Int32Array(0), t: 0 });
    clean(summary.node);
  });
});
