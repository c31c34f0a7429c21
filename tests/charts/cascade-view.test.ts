// @vitest-environment jsdom
/**
 * The cascade view in both of its modes: a complaint racing the answer, and a good story (one message). The view
 * takes its words from src/strings; these tests check it picks the right set and switches when a run does.
 */
import { describe, expect, it } from 'vitest';
import { createNetworkView } from '../../src/charts/network.ts';
import { cascadeView } from '../../src/views/cascade.ts';
import type { RenderContext } from '../../src/views/types.ts';
import { cascade } from '../../src/models/index.ts';
import type { CascadeParams } from '../../src/models/cascade.ts';

const context = (): RenderContext => ({
  doc: document,
  width: 480,
  idPrefix: 'cv',
  yScale: 'linear',
  browser: false,
  createNetworkView,
});

const run = (overrides: Partial<CascadeParams>) => {
  const params = { ...cascade.defaults(), n: 200, hubs: 1, ...overrides };
  return { params, result: cascade.run(params, 3) };
};

const legend = (root: Element) =>
  [...root.querySelectorAll('.chart-network .legend-item')].map((item) => item.textContent);

describe('the cascade view', () => {
  it('speaks of a story in the legend, the lines and the narration of a good story', () => {
    const { params, result } = run({ story: 'good' });
    const handle = cascadeView.render(context(), result, params);
    const root = document.createElement('div');
    root.append(...handle.nodes);
    expect(legend(root)).toEqual(['Has not heard', 'Heard the story']);
    expect(root.textContent).toMatch(/Who has heard the story/);
    expect(root.textContent).not.toMatch(/complaint|answer/i);
    expect(cascadeView.narrate(result, params, 2)).toMatch(/^Day 2: [\d,]+ people have heard the story\.$/);
  });

  it('draws both charts anew with the complaint and the answer when the run stops being a good story', () => {
    const story = run({ story: 'good' });
    const handle = cascadeView.render(context(), story.result, story.params);
    const root = document.createElement('div');
    root.append(...handle.nodes);
    const complaint = run({});
    handle.update(context(), complaint.result, complaint.params);
    expect(legend(root)).toEqual([
      'Has not heard',
      'Heard the complaint only',
      'Heard the answer first',
      'Heard the complaint, then the answer',
    ]);
    expect(root.querySelectorAll('.chart-network')).toHaveLength(1);
    expect(root.textContent).toMatch(/What people have heard, day by day/);
    expect(cascadeView.narrate(complaint.result, complaint.params, 2)).toMatch(
      /the complaint, [\d,]+ the answer\.$/,
    );
  });

  it('moves only the run’s lines and the "now" marks of its time series while a run plays', () => {
    const { params, result } = run({ hubs: 0 });
    const at = (t: number): RenderContext => ({ ...context(), t });
    const handle = cascadeView.render(at(0), result, params);
    const series = handle.nodes[1]?.querySelector('svg.chart-time-series');
    if (!series) throw new Error('no time series');
    const tick = series.querySelector('.axis-x .tick');
    const observer = new MutationObserver(() => undefined);
    observer.observe(series, { attributes: true, childList: true, characterData: true, subtree: true });
    for (let t = 1; t <= 5; t++) handle.update(at(t), result, params);
    const touched = observer.takeRecords().map((r) => r.target as Element);
    observer.disconnect();
    expect(touched.length).toBeGreaterThan(0);
    for (const node of touched) expect(node.closest('.series, .current, .current-rule')).not.toBeNull();
    expect(series.querySelector('.axis-x .tick')).toBe(tick);
  });
});
