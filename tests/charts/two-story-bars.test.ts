// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderTwoStoryBars } from '../../src/charts/two-story-bars.ts';
import type { TwoStoryBarsData } from '../../src/charts/types.ts';
import { expectAccessibleSvg } from './a11y.ts';
import { expectSnapshot } from './snapshot.ts';

const data: TwoStoryBarsData = {
  generations: [0, 1, 2, 3, 4, 5],
  happy: [1, 1, 1, 1, 1, 1],
  unhappy: [1, 20, 400, 7600, 9900, 10000],
  labels: { happy: 'Good story', unhappy: 'Bad story' },
  unit: 'people',
  yScale: 'linear',
};

const options = {
  width: 560,
  height: 320,
  title: 'Two stories',
  description: 'Grouped bars.',
  idPrefix: 'tsb',
};

describe('renderTwoStoryBars', () => {
  it('draws grouped bars per generation (snapshot)', () => {
    expectSnapshot('two-story-bars-linear', renderTwoStoryBars(document, data, options).node);
  });

  it('draws a log scale at 320 px (snapshot)', () => {
    const node = renderTwoStoryBars(
      document,
      { ...data, yScale: 'log' },
      { ...options, width: 320, idPrefix: 'tsn' },
    ).node;
    expectSnapshot('two-story-bars-log-narrow', node);
  });

  it('draws two bars per generation and is named', () => {
    const { node } = renderTwoStoryBars(document, data, options);
    expectAccessibleSvg(node, 'tsb');
    expect(node.querySelectorAll('.bar')).toHaveLength(12);
    expect(node.querySelectorAll('.bar-happy')).toHaveLength(6);
  });

  it('hatches the unhappy story, in the bars and in the legend, with an id of its own', () => {
    const { node } = renderTwoStoryBars(document, data, options);
    expect(node.querySelector('pattern')?.id).toBe('tsb-hatch');
    expect(node.querySelector('.bar-unhappy')?.getAttribute('style')).toContain('url(#tsb-hatch)');
    expect(node.querySelector('.bar-happy')?.getAttribute('style')).not.toContain('url(');
    const swatches = [...node.querySelectorAll('.legend-item rect')].map(
      (r) => r.getAttribute('style') ?? '',
    );
    expect(swatches[1]).toContain('url(#tsb-hatch)');
    expect([...node.querySelectorAll('.legend-item')].map((g) => g.textContent)).toEqual([
      'Good story',
      'Bad story',
    ]);
  });

  it('shows only generations ≤ upTo, on axes that stay still', () => {
    const chart = renderTwoStoryBars(document, { ...data, upTo: 2 }, options);
    expect(chart.node.querySelectorAll('.bar')).toHaveLength(6);
    const ticks = [...chart.node.querySelectorAll('.axis-y text')].map((t) => t.textContent).join();
    chart.update({ ...data, upTo: 5 });
    expect(chart.node.querySelectorAll('.bar')).toHaveLength(12);
    expect([...chart.node.querySelectorAll('.axis-y text')].map((t) => t.textContent).join()).toBe(ticks);
  });

  it('on a log scale leaves zeros without a bar and says so', () => {
    const withZero = { ...data, happy: [1, 0, 0, 0, 0, 0], yScale: 'log' as const };
    const { node } = renderTwoStoryBars(document, withZero, options);
    expect(node.querySelector('.footnote')?.textContent).toMatch(/no new hearers have no bar/);
    const zeroBar = node.querySelectorAll('.bar-happy')[1];
    expect(zeroBar?.getAttribute('height')).toBe('0');
    expect(node.outerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('labels the y axis with the unit', () => {
    const { node } = renderTwoStoryBars(document, data, options);
    expect(node.querySelector('.y-label')?.textContent).toBe('People');
    const named = renderTwoStoryBars(document, { ...data, yLabel: 'New hearers' }, options).node;
    expect(named.querySelector('.y-label')?.textContent).toBe('New hearers (people)');
  });
});
