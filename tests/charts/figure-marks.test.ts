// @vitest-environment jsdom
/**
 * Marks that carry a figure's point, the student's guess, a pinned run and a figure waiting for a guess, drawn by
 * the charts and placed by the views from the model's own numbers (issue 13, points 3 and 4).
 */
import { describe, expect, it } from 'vitest';
import { renderBranchingGrid } from '../../src/charts/branching-grid.ts';
import { renderHistogram } from '../../src/charts/histogram.ts';
import { layoutLegend, wrapLabel } from '../../src/charts/legend.ts';
import { createNetworkView } from '../../src/charts/network.ts';
import { textWidth } from '../../src/charts/svg.ts';
import { renderTimeSeries } from '../../src/charts/time-series.ts';
import { renderTwoStoryBars } from '../../src/charts/two-story-bars.ts';
import { branchingView } from '../../src/views/branching.ts';
import { cascadeView } from '../../src/views/cascade.ts';
import { costOfSilenceView } from '../../src/views/cost-of-silence.ts';
import { tellAFriendView } from '../../src/views/tell-a-friend.ts';
import type { ModelView, RenderContext } from '../../src/views/types.ts';
import { branching, cascade, costOfSilence, tellAFriend } from '../../src/models/index.ts';
import { runChains } from '../../src/models/branching.ts';
import { timeSeriesData } from './fixtures.ts';

const options = { width: 480, height: 300, title: 'T', description: 'D' };

const context = (extra: Partial<RenderContext> = {}): RenderContext => ({
  doc: document,
  width: 480,
  idPrefix: 'fm',
  yScale: 'linear',
  browser: false,
  createNetworkView,
  ...extra,
});

function draw(view: ModelView, ctx: RenderContext, result: unknown, params: Record<string, unknown>) {
  const root = document.createElement('div');
  root.append(...view.render(ctx, result, params as never).nodes);
  return root;
}

const ruleLabels = (root: Element, kind?: string) =>
  [...root.querySelectorAll(`g.rule${kind ? `.rule-${kind}` : ''} text`)].map((t) => t.textContent);

describe('rules on a time series', () => {
  it('draws a labelled vertical and horizontal rule and widens the axes to reach them', () => {
    const chart = renderTimeSeries(
      document,
      timeSeriesData({
        rules: [
          { axis: 'x', value: 5, label: 'Answer, day 5' },
          { axis: 'y', value: 20_000, label: 'Your guess', kind: 'guess' },
        ],
      }),
      options,
    );
    expect(ruleLabels(chart.node)).toEqual(['Answer, day 5', 'Your guess']);
    // The data peak at 8,000; the guess at 20,000 must still be on the axis.
    const ticks = [...chart.node.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent);
    expect(ticks).toContain('20k');
  });

  it('keeps a concealed series in the legend but draws no line for it', () => {
    const chart = renderTimeSeries(document, timeSeriesData({ concealed: ['answer'] }), options);
    const paths = [...chart.node.querySelectorAll('.series g.line > path')].map((p) => p.getAttribute('d'));
    expect(paths[0]).toMatch(/^M/);
    expect(paths[1] ?? '').toBe('');
    expect(chart.node.querySelector('.legend')?.textContent).toMatch(/Heard the answer/);
  });
});

describe('histogram and bars', () => {
  const bins = [
    { x0: 1, x1: 2, count: 40 },
    { x0: 2, x1: 5, count: 10 },
    { x0: 100, x1: 200, count: 5 },
  ];
  it('hatches the emphasised bin, outlines a pinned ensemble and hides the bars while concealed', () => {
    const data = { bins, xLabel: 'x', yLabel: 'y', logX: true };
    const chart = renderHistogram(
      document,
      {
        ...data,
        emphasis: { x0: 100 },
        outline: { label: 'Pinned: R = 2', bins: [{ x0: 1, x1: 2, count: 80 }] },
      },
      options,
    );
    const emphasised = chart.node.querySelectorAll('rect.bar-emphasis');
    expect(emphasised).toHaveLength(1);
    expect(emphasised[0]?.getAttribute('style')).toMatch(/url\(#/);
    expect(chart.node.querySelector('path.outline')?.getAttribute('d')).toMatch(/^M/);
    expect(chart.node.querySelector('.legend')?.textContent).toBe('Pinned: R = 2');
    // The pinned 80 is above this ensemble's 40: the axis reaches it.
    expect([...chart.node.querySelectorAll('.axis-y .tick text')].map((t) => t.textContent)).toContain('80');
    chart.update({ ...data, concealed: true, markers: [{ x: 2, label: 'mean 2' }] });
    expect(chart.node.querySelectorAll('rect.bar')).toHaveLength(0);
    expect(chart.node.querySelectorAll('g.marker')).toHaveLength(0);
  });

  it('outlines a pinned run over the two stories', () => {
    const chart = renderTwoStoryBars(
      document,
      {
        generations: [0, 1, 2],
        happy: [1, 3, 9],
        unhappy: [1, 5, 25],
        labels: { happy: 'Good', unhappy: 'Bad' },
        unit: 'people',
        yScale: 'linear',
        pinned: { label: 'Pinned: k = 3', happy: [1, 2, 4], unhappy: [1, 9, 81] },
      },
      options,
    );
    expect(chart.node.querySelectorAll('rect.bar-pinned')).toHaveLength(6);
    expect(chart.node.querySelector('.legend')?.textContent).toMatch(/Pinned: k = 3/);
  });
});

describe('legend', () => {
  it('breaks a label wider than the legend into lines that fit', () => {
    const label = 'United Breaks Guitars: YouTube views of the first song';
    const lines = wrapLabel(label, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
    const layout = layoutLegend([{ label, color: 'red', symbol: 'circle' }], 230);
    expect(layout.lines[0]).toHaveLength(lines.length);
    expect(layout.height).toBe(20 * lines.length);
  });
});

describe('the views', () => {
  it('cascade: the answer day is a rule, the guess a rule at that share of the network', () => {
    const params = { ...cascade.defaults(), n: 200, hubs: 1, respond: 'yes' as const, responseDay: 3 };
    const result = cascade.run(params, 2);
    const root = draw(cascadeView, context({ guess: { value: 0.5, label: '50%' } }), result, params);
    expect(ruleLabels(root, 'mark')).toEqual(['Answer, day 3']);
    expect(ruleLabels(root, 'guess')).toEqual(['Your guess: 50%']);
    // Waiting for a guess: the counts stop at day 0.
    const waiting = draw(cascadeView, context({ reveal: false }), result, params);
    const line = waiting.querySelector('.series g.line > path')?.getAttribute('d') ?? '';
    expect(line.match(/L/g)).toBeNull();
  });

  it('cost of silence: log–log, with the break-even the model computes marked, hidden before the reveal', () => {
    const params = costOfSilence.normalize({
      ...costOfSilence.defaults(),
      ...costOfSilence.presets['ubg-2009']?.params,
    }).params;
    const result = costOfSilence.run(params, 1);
    const root = draw(costOfSilenceView, context(), result, params);
    const breakEven = ruleLabels(root).find((l) => l?.startsWith('Break-even'));
    expect(breakEven).toBe(`Break-even: ${Math.round(result.breakEvenReach ?? 0).toLocaleString('en-US')}`);
    expect([...root.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent)).toContain('10k');
    const waiting = draw(
      costOfSilenceView,
      context({ reveal: false, guess: { value: 1000, label: '1,000 people' } }),
      result,
      params,
    );
    expect(ruleLabels(waiting).some((l) => l?.startsWith('Break-even'))).toBe(false);
    expect(ruleLabels(waiting, 'guess')).toEqual(['Your guess: 1,000 people']);
  });

  it('branching: marks the viral bin, the mean and this run; draws a hundred chains; outlines a pinned run', () => {
    const params = { ...branching.defaults(), r: 1.1, kappa: 0.15, runs: 500 };
    const result = branching.run(params, 4);
    const root = draw(branchingView, context(), result, params);
    const markers = [...root.querySelectorAll('.chart-histogram g.marker text')].map((t) => t.textContent);
    expect(markers.some((m) => m?.startsWith('mean'))).toBe(true);
    expect(markers).toContain(`this run ${result.run.total.toLocaleString('en-US')}`);
    if (result.ensemble.viral > 0) expect(markers).toContain('went viral (10,000+)');
    expect(root.querySelectorAll('.chart-branching-grid rect.frame')).toHaveLength(100);

    const handle = branchingView.render(context(), result, params);
    const pinnedView = branching.toSeries(result, params);
    const other = branching.run({ ...params, r: 0.5 }, 4);
    handle.update(context({ pinned: { label: 'R = 1.1', view: pinnedView } }), result, params);
    handle.update(context({ pinned: { label: 'R = 1.1', view: pinnedView } }), other, { ...params, r: 0.5 });
    const hist = handle.nodes.find((n) => n.classList.contains('chart-histogram'));
    expect(hist?.querySelector('path.outline')?.getAttribute('d')).toMatch(/^M/);
    expect(hist?.textContent).toMatch(/Pinned: R = 1\.1/);
  });

  it('tell-a-friend: a pinned run as outlined bars, the guessed ratio as a rule', () => {
    const params = tellAFriend.defaults();
    const result = tellAFriend.run(params, 1);
    const view = tellAFriend.toSeries(result, params);
    const root = draw(
      tellAFriendView,
      context({ pinned: { label: 'k = 9', view }, guess: { value: 2, label: '2 times' } }),
      result,
      params,
    );
    expect(root.querySelectorAll('rect.bar-pinned').length).toBeGreaterThan(0);
    expect(ruleLabels(root, 'guess')).toEqual(['Your guess: 2 times']);
  });
});

describe('chains', () => {
  it('are the same for a seed, mostly die out at R = 0.9 and grow at R = 2', () => {
    const sim = { r: 0.9, kappa: 0.5, cap: 1000, maxGenerations: 50 };
    const a = runChains(sim, 7);
    expect(a).toHaveLength(100);
    expect(runChains(sim, 7).map((c) => c.total)).toEqual(a.map((c) => c.total));
    expect(a.filter((c) => c.outcome === 'fizzled').length).toBeGreaterThan(80);
    const b = runChains({ ...sim, r: 2, kappa: 1000 }, 7);
    expect(b.filter((c) => c.outcome === 'viral').length).toBeGreaterThan(50);
    for (const c of b) expect(c.parent.length).toBeLessThanOrEqual(80);
  });

  it('draw a cell per chain and frame the viral ones once they have grown', () => {
    const chains = runChains({ r: 2, kappa: 1000, cap: 200, maxGenerations: 30 }, 3, 20);
    const data = {
      chains: chains.map((c) => ({
        parent: c.parent,
        generation: c.generation,
        viral: c.outcome === 'viral',
      })),
      legend: { viral: 'Went viral', firstTeller: 'First' },
      headline: 'h',
    };
    const chart = renderBranchingGrid(document, { ...data, upTo: 0 }, options);
    expect(chart.node.querySelectorAll('rect.frame')).toHaveLength(20);
    const framed = () =>
      [...chart.node.querySelectorAll('rect.frame.viral')].filter(
        (r) => r.getAttribute('stroke-width') === '2',
      ).length;
    expect(framed()).toBe(0);
    chart.update(data);
    expect(framed()).toBe(chains.filter((c) => c.outcome === 'viral').length);
  });
});

/** The points a path visits (M, m, L, l, h, v, z), absolute: to check relative path data lands where it should. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([MmLlHhVvZz])([^MmLlHhVvZz]*)/g)) {
    const n = (args?.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const relative = command === command?.toLowerCase();
    if (command === 'z' || command === 'Z') [x, y] = [startX, startY];
    else if (command === 'h' || command === 'H') x = (relative ? x : 0) + (n[0] ?? 0);
    else if (command === 'v' || command === 'V') y = (relative ? y : 0) + (n[0] ?? 0);
    else {
      x = (relative ? x : 0) + (n[0] ?? 0);
      y = (relative ? y : 0) + (n[1] ?? 0);
      if (command === 'M' || command === 'm') [startX, startY] = [x, y];
    }
    points.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return points;
}

describe('the grid of chains', () => {
  it('draws each shown person once, each link once, and only people up to the shown generation', () => {
    // One chain: the first teller (0) told 1, 2 and 3; 1 told 4.
    const chain = { parent: [-1, 0, 0, 0, 1], generation: [0, 1, 1, 1, 2], viral: false };
    const data = { chains: [chain], legend: { viral: 'V', firstTeller: 'F' }, headline: 'h' };
    const chart = renderBranchingGrid(document, data, options);
    const d = (cls: string) => chart.node.querySelector(`path.${cls}`)?.getAttribute('d') ?? '';
    // A person is a zero-length line drawn as a round dot; the first teller is a square.
    expect(d('people').match(/h0/g)).toHaveLength(4);
    expect(d('first').match(/z/g)).toHaveLength(1);
    // Links leave a teller in pairs (child, teller, child): 4 links are 4 segments.
    expect(d('links').match(/l/g)).toHaveLength(4);
    // Every number keeps at most one decimal.
    expect(d('people') + d('links') + d('first')).not.toMatch(/\.\d\d/);
    chart.update({ ...data, upTo: 1 });
    expect(d('people').match(/h0/g)).toHaveLength(3);
    expect(d('links').match(/l/g)).toHaveLength(3);
  });

  it("writes relative steps that land on the same points as the layout, inside each chain's frame", () => {
    const chains = runChains({ r: 1.5, kappa: 1, cap: 200, maxGenerations: 30 }, 5, 30).map((c) => ({
      parent: c.parent,
      generation: c.generation,
      viral: c.outcome === 'viral',
    }));
    const chart = renderBranchingGrid(
      document,
      { chains, legend: { viral: 'V', firstTeller: 'F' }, headline: 'h' },
      options,
    );
    const frames = [...chart.node.querySelectorAll('rect.frame')].map((f) => {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(f.getAttribute(a)));
      return { x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 };
    });
    const inside = ([px, py]: [number, number]) =>
      frames.some((f) => px > f.x && px < f.x + f.w && py > f.y && py < f.y + f.h);
    const dots = pathPoints(chart.node.querySelector('path.people')?.getAttribute('d') ?? '');
    const people = chains.reduce((sum, c) => sum + Math.min(c.parent.length, 500) - 1, 0);
    // Each person: a move and a zero-length h0 at the same point.
    expect(dots).toHaveLength(2 * people);
    expect(dots.every(inside)).toBe(true);
    for (const cls of ['links', 'first']) {
      const points = pathPoints(chart.node.querySelector(`path.${cls}`)?.getAttribute('d') ?? '');
      expect(points.length).toBeGreaterThan(0);
      expect(points.every(inside)).toBe(true);
    }
    // Every frame holds one first teller (the square's top-left corner is inside it).
    const squares = pathPoints(chart.node.querySelector('path.first')?.getAttribute('d') ?? '').filter(
      (_p, i) => i % 5 === 0,
    );
    expect(
      frames.map(
        (f) => squares.filter(([x, y]) => x > f.x && x < f.x + f.w && y > f.y && y < f.y + f.h).length,
      ),
    ).toEqual(frames.map(() => 1));
  });
});
