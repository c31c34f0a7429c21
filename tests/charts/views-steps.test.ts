// @vitest-environment jsdom
/**
 * The views that draw a time series hand it new data objects on every step; the chart must still see a step
 * as a step. While a run plays, only the run's lines and "now" marks of each time series change.
 */
import { bass } from '../../src/models/index.ts';
import { describe, expect, it } from 'vitest';
import { bassView } from '../../src/views/bass.ts';
import type { RenderContext } from '../../src/views/types.ts';

const at = (t: number): RenderContext => ({
  doc: document,
  width: 480,
  idPrefix: 'bv',
  yScale: 'linear',
  browser: false,
  t,
});

describe('a time series inside a view, while a run plays', () => {
  it('Bass: both charts keep their frame and move only the run', () => {
    const params = bass.defaults();
    const result = bass.run(params, 1);
    const handle = bassView.render(at(0), result, params);
    const charts = handle.nodes.filter((n) => n.matches('svg.chart-time-series'));
    expect(charts).toHaveLength(2);
    const ticks = charts.map((c) => c.querySelector('.axis-y .tick'));
    const observer = new MutationObserver(() => undefined);
    for (const c of charts) {
      observer.observe(c, { attributes: true, childList: true, characterData: true, subtree: true });
    }
    for (let t = 1; t <= 6; t++) handle.update(at(t), result, params);
    const touched = observer.takeRecords().map((r) => r.target as Element);
    observer.disconnect();
    expect(touched.length).toBeGreaterThan(0);
    for (const node of touched) expect(node.closest('.series, .current, .current-rule')).not.toBeNull();
    charts.forEach((c, i) => expect(c.querySelector('.axis-y .tick')).toBe(ticks[i]));
  });
});
