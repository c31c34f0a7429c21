// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createNetworkView,
  networkStates,
  pickRenderer,
  storyStates,
  SVG_NODE_LIMIT,
} from '../../src/charts/network.ts';
import { forceLayout } from '../../src/charts/network-force-layout.ts';
import {
  orderByDegree,
  spiralLayout,
  springLayout,
  springLayoutSliced,
} from '../../src/charts/network-layout.ts';
import { countStates } from '../../src/charts/network-states.ts';
import { formatShare } from '../../src/charts/format.ts';
import type { NetworkGraph, NetworkState } from '../../src/charts/types.ts';
import { addBroadcastHubs, barabasiAlbert } from '../../src/models/graphs.ts';
import { createRandom } from '../../src/models/random.ts';
import { expectAccessibleSvg } from './a11y.ts';
import { countPixels, recordingContext } from './canvas-stub.ts';
import { ringGraph } from './fixtures.ts';
import { expectSnapshot } from './snapshot.ts';

const options = {
  width: 480,
  height: 360,
  title: 'A network',
  description: 'Each mark is a person.',
  idPrefix: 'net',
};

/** States cycling 0,1,2,3 by node index, people 3, 7, 11 … changed at step 4. */
function stateOf(n: number, t = 4): NetworkState {
  const nodeState = new Uint8Array(n);
  const changedAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    nodeState[i] = i % 4;
    if (i % 4 === 3) changedAt[i] = t;
  }
  return { nodeState, changedAt, t };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
  document.documentElement.removeAttribute('data-theme');
  document.body.replaceChildren();
});

describe('network renderer choice', () => {
  it(`picks SVG up to ${SVG_NODE_LIMIT} people and canvas above`, () => {
    expect(pickRenderer(10)).toBe('svg');
    expect(pickRenderer(500)).toBe('svg');
    expect(pickRenderer(501)).toBe('canvas');
    expect(pickRenderer(10_000)).toBe('canvas');
    expect(pickRenderer(10, 'canvas')).toBe('canvas');
    expect(pickRenderer(10_000, 'summary')).toBe('summary');
  });

  it('falls back to the counts when there is no canvas (jsdom), without throwing', () => {
    // jsdom's own getContext returns null (and logs "not implemented"): the same, without the log.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const view = createNetworkView(document, ringGraph(600), options);
    expect(view.renderer).toBe('summary');
    expectAccessibleSvg(view.node, 'net');
    view.update(stateOf(600));
    expect([...view.node.querySelectorAll('.state text')].map((t) => t.textContent)).toEqual([
      'Has not heard: 150 (25%)',
      'Heard the complaint only: 150 (25%)',
      'Heard the answer first: 150 (25%)',
      'Heard the complaint, then the answer: 150 (25%)',
    ]);
    expect(view.node.querySelector('.heading')?.textContent).toBe('Day 4: 600 people');
    view.destroy();
  });

  it('falls back to the counts when getContext throws', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(createNetworkView(document, ringGraph(600), options).renderer).toBe('summary');
  });

  it('draws the counts at 320 px (snapshot)', () => {
    const view = createNetworkView(document, ringGraph(600), {
      ...options,
      width: 320,
      height: 220,
      renderer: 'summary',
      idPrefix: 'sum',
    });
    view.update({ ...stateOf(600), nodeState: new Uint8Array(600).fill(1, 0, 400).fill(3, 400, 410) });
    expectSnapshot('network-summary-narrow', view.node);
  });

  it('counts the states of one story when given them', () => {
    const view = createNetworkView(document, ringGraph(600), {
      ...options,
      renderer: 'summary',
      states: storyStates,
    });
    view.update({ ...stateOf(600), nodeState: new Uint8Array(600).fill(1, 0, 150) });
    expect([...view.node.querySelectorAll('.state text')].map((t) => t.textContent)).toEqual([
      'Has not heard: 450 (75%)',
      'Heard the story: 150 (25%)',
    ]);
  });

  it('gives the counts for an explicit SVG of more than 500 people (a static page cannot carry thousands of shapes)', () => {
    const view = createNetworkView(document, ringGraph(800), { ...options, renderer: 'svg' });
    expect(view.renderer).toBe('summary');
  });
});

describe('network as SVG', () => {
  it('draws every person with the shape of their state (snapshot)', () => {
    const view = createNetworkView(document, ringGraph(40), options);
    view.update(stateOf(40));
    expectSnapshot('network-svg', view.node);
  });

  it('draws one mark per person, links as one path, and is named', () => {
    const graph = ringGraph(60);
    const view = createNetworkView(document, graph, options);
    expect(view.renderer).toBe('svg');
    expectAccessibleSvg(view.node, 'net');
    expect(view.node.querySelectorAll('.node')).toHaveLength(60);
    const links = (view.node.querySelector('.links')?.getAttribute('d') ?? '').split('M').length - 1;
    expect(links).toBe(graph.neighbors.length / 2);
    // Before any update everyone is unaware.
    expect(
      new Set([...view.node.querySelectorAll('.node')].map((p) => p.getAttribute('data-state'))),
    ).toEqual(new Set(['unaware']));
  });

  it('shows each state by colour and shape, outlines people reached this step', () => {
    const view = createNetworkView(document, ringGraph(40), options);
    view.update(stateOf(40));
    const nodes = [...view.node.querySelectorAll('.node')];
    expect(nodes.slice(0, 4).map((p) => p.getAttribute('data-state'))).toEqual(
      networkStates.map((s) => s.id),
    );
    expect(nodes[1]?.getAttribute('style')).toContain('var(--c-complaint)');
    expect(nodes[3]?.getAttribute('style')).toContain('stroke: var(--fg)');
    expect(nodes[1]?.getAttribute('style')).not.toContain('stroke');
    // Different shapes: the path commands differ (arc for the circle, lines for the triangle …).
    const shapes = new Set(
      nodes.slice(0, 4).map((p) => (p.getAttribute('d') ?? '').replace(/[-\d.,]+/g, '')),
    );
    expect(shapes.size).toBe(4);
    view.update({ ...stateOf(40), t: 5 });
    expect(nodes[3]?.getAttribute('style')).not.toContain('stroke');
  });

  it('has a legend with a shape for every state', () => {
    const view = createNetworkView(document, ringGraph(20), options);
    const items = [...view.node.querySelectorAll('.legend-item')];
    expect(items.map((i) => i.textContent)).toEqual(networkStates.map((s) => s.label));
    const ds = items.map((i) => (i.querySelector('path')?.getAttribute('d') ?? '').replace(/[-\d.,]+/g, ''));
    expect(new Set(ds).size).toBe(4);
  });

  it('takes the states of one story instead: its legend and marks speak of the story, in the colour of a good one', () => {
    const view = createNetworkView(document, ringGraph(20), { ...options, states: storyStates });
    const items = [...view.node.querySelectorAll('.legend-item')];
    expect(items.map((i) => i.textContent)).toEqual(['Has not heard', 'Heard the story']);
    view.update({ ...stateOf(20), nodeState: new Uint8Array(20).fill(1, 0, 5) });
    const node = view.node.querySelector('.node');
    expect(node?.getAttribute('data-state')).toBe('story');
    expect(node?.getAttribute('style')).toContain('var(--c-happy)');
  });

  it('stops updating after destroy', () => {
    const view = createNetworkView(document, ringGraph(20), options);
    view.destroy();
    view.update(stateOf(20));
    expect(view.node.querySelector('.node')?.getAttribute('data-state')).toBe('unaware');
  });
});

describe('network on canvas (with a recording 2D context)', () => {
  function canvasView(n: number) {
    const doc = document;
    doc.documentElement.setAttribute(
      'style',
      '--c-neutral: #7a7f87; --c-complaint: #c85200; --c-answer: #0072b2; --c-extra: #b0528f; --fg: #1b1d21; --fg-muted: #50555e',
    );
    const recorder = recordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => recorder.context);
    const view = createNetworkView(doc, ringGraph(n), options);
    doc.body.append(view.node);
    return { view, recorder, doc };
  }

  it('draws a graph above 500 people on a canvas named for screen readers, with an HTML legend', () => {
    const { view } = canvasView(2000);
    expect(view.renderer).toBe('canvas');
    const canvas = view.node.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('A network. Each mark is a person.');
    expect(canvas?.width).toBe(480);
    expect([...view.node.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
      networkStates.map((s) => s.label),
    );
    view.destroy();
  });

  it('draws a frame as one put of pixels (no path fills) in the colours of the theme', () => {
    const { view, recorder } = canvasView(10_000);
    for (const key of Object.keys(recorder.calls)) delete recorder.calls[key];
    const everyoneHeard = {
      nodeState: new Uint8Array(10_000).fill(1),
      changedAt: new Int32Array(10_000),
      t: 9,
    };
    view.update(everyoneHeard);
    expect(recorder.calls.putImageData).toBe(1);
    expect(recorder.calls.fill).toBeUndefined();
    // Colours come from the theme's variables, resolved once and then cached.
    expect(recorder.fillStyles).toContain('#c85200');
    expect(countPixels(recorder.lastImage, [0xc8, 0x52, 0x00])).toBeGreaterThan(10_000);
    expect(countPixels(recorder.lastImage, [0x7a, 0x7f, 0x87])).toBe(0);
    view.update(stateOf(10_000));
    expect(countPixels(recorder.lastImage, [0x7a, 0x7f, 0x87])).toBeGreaterThan(2500);
    expect(countPixels(recorder.lastImage, [0x00, 0x72, 0xb2])).toBeGreaterThan(2500);
    view.destroy();
  });

  it('redraws when the theme changes', async () => {
    const { view, recorder, doc } = canvasView(1000);
    view.update(stateOf(1000));
    const puts = (): number => recorder.calls.putImageData ?? 0;
    const before = puts();
    doc.documentElement.setAttribute('style', '--c-complaint: #f28a3c; --c-neutral: #a3a9b2');
    doc.documentElement.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(puts()).toBe(before + 1);
    expect(countPixels(recorder.lastImage, [0xf2, 0x8a, 0x3c])).toBeGreaterThan(0);
    view.destroy();
    doc.documentElement.setAttribute('data-theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(puts()).toBe(before + 1);
  });
});

describe('network on canvas: only what changed is drawn', () => {
  const colours =
    '--c-neutral: #7a7f87; --c-complaint: #c85200; --c-answer: #0072b2; --c-extra: #b0528f; --fg: #1b1d21; --fg-muted: #50555e';

  /** A canvas view on its own recording context, and the boxes it put (x, y, width, height; all for a whole put). */
  function recorded(graph: NetworkGraph) {
    document.documentElement.setAttribute('style', colours);
    const recorder = recordingContext();
    const puts: number[][] = [];
    const put = recorder.context.putImageData.bind(recorder.context);
    (recorder.context as unknown as Record<string, unknown>).putImageData = (
      image: ImageData,
      ...rest: number[]
    ) => {
      puts.push(rest.length > 2 ? rest.slice(2) : []);
      put(image, 0, 0);
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => recorder.context);
    const view = createNetworkView(document, graph, { ...options, renderer: 'canvas' });
    // In the document, so the theme's colours resolve.
    document.body.append(view.node);
    return { view, recorder, puts };
  }

  /** A day-by-day spread: person i hears on day ⌊i·7/n⌋ … and the answer reaches every fifth of them later. */
  function dayOf(n: number, t: number): NetworkState {
    const nodeState = new Uint8Array(n);
    const changedAt = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const heard = (i * 7919) % 1000;
      if (heard <= t) {
        nodeState[i] = i % 5 === 0 && heard + 2 <= t ? 3 : 1;
        changedAt[i] = i % 5 === 0 && heard + 2 <= t ? heard + 2 : heard;
      }
    }
    return { nodeState, changedAt, t };
  }

  const graph = addBroadcastHubs(barabasiAlbert(1500, 3, createRandom(1)), 3, 0.05, createRandom(2));

  it('gives, frame by frame, exactly the picture of one whole frame of the last state', () => {
    const stepped = recorded(graph);
    for (let t = 0; t <= 60; t++) stepped.view.update(dayOf(graph.n, t));
    const whole = recorded(graph);
    whole.view.update(dayOf(graph.n, 60));
    const a = stepped.recorder.lastImage?.data;
    const b = whole.recorder.lastImage?.data;
    expect(a?.length).toBe(b?.length);
    expect(countPixels(stepped.recorder.lastImage, [0xc8, 0x52, 0x00])).toBeGreaterThan(20);
    let differ = 0;
    for (let i = 0; i < (a?.length ?? 0); i++) if (a?.[i] !== b?.[i]) differ++;
    expect(differ).toBe(0);
    // And those frames, the last one too, put only a part of the canvas.
    expect(stepped.puts.filter((box) => box.length === 4).length).toBeGreaterThan(10);
    expect(stepped.puts.at(-1)).toHaveLength(4);
  });

  it('puts nothing when nobody changed, and only the box around one person who did', () => {
    const { view, puts } = recorded(graph);
    const state = dayOf(graph.n, 3);
    view.update(state);
    const before = puts.length;
    view.update({ ...state, nodeState: state.nodeState.slice(), changedAt: state.changedAt.slice() });
    expect(puts.length).toBe(before);
    const next = { ...state, nodeState: state.nodeState.slice() };
    const someone = next.nodeState.findIndex((s) => s === 0);
    next.nodeState[someone] = 2;
    view.update(next);
    expect(puts.length).toBe(before + 1);
    const [, , w = 0, h = 0] = puts.at(-1) ?? [];
    expect(w * h).toBeGreaterThan(0);
    expect(w * h).toBeLessThan(options.width * 100);
  });

  it('draws nothing before it is on the page (no theme to read), and the whole state once it is', () => {
    document.documentElement.setAttribute('style', colours);
    const recorder = recordingContext();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => recorder.context);
    const view = createNetworkView(document, graph, { ...options, renderer: 'canvas' });
    const state = dayOf(graph.n, 5);
    view.update(state);
    expect(recorder.calls.putImageData).toBeUndefined();
    document.body.append(view.node);
    view.update(state);
    expect(recorder.calls.putImageData).toBe(1);
    expect(countPixels(recorder.lastImage, [0x7a, 0x7f, 0x87])).toBeGreaterThan(1000);
    expect(countPixels(recorder.lastImage, [0, 0, 0])).toBe(0);
  });

  it('draws the whole frame again after a theme switch', async () => {
    const { view, puts } = recorded(graph);
    view.update(dayOf(graph.n, 3));
    document.documentElement.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(puts.at(-1)).toEqual([]);
    view.destroy();
  });

  it('draws hubs larger than people, and every link up to 2,000 people', () => {
    const { view, recorder } = recorded(graph);
    const hub = graph.hubs[0] ?? 0;
    const lonely = Array.from({ length: graph.n }, (_, i) => i).find(
      (i) => (graph.offsets[i + 1] ?? 0) - (graph.offsets[i] ?? 0) === 3,
    );
    const only = (who: number) => {
      const nodeState = new Uint8Array(graph.n);
      nodeState[who] = 1;
      view.update({ nodeState, changedAt: new Int32Array(graph.n).fill(-1), t: 0 });
      return countPixels(recorder.lastImage, [0xc8, 0x52, 0x00]);
    };
    const person = only(lonely ?? 0);
    expect(person).toBeGreaterThan(0);
    expect(only(hub)).toBeGreaterThan(4 * person);
    // Each drawing of the links (one per theme colour seen) draws every one of them.
    expect(recorder.calls.stroke).toBeGreaterThan(0);
    expect(recorder.calls.lineTo).toBe(((recorder.calls.stroke ?? 0) * graph.neighbors.length) / 2);
  });
});

describe('network layouts and counts', () => {
  it('are deterministic', () => {
    const graph = ringGraph(80);
    const a = forceLayout(graph, 400, 300, 10);
    const b = forceLayout(graph, 400, 300, 10);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    for (const v of [...a.x, ...a.y]) expect(Number.isFinite(v)).toBe(true);
  });

  it('keep every person inside the box', () => {
    const graph = ringGraph(300);
    for (const pos of [forceLayout(graph, 400, 300, 10), spiralLayout(graph, 400, 300, 10)]) {
      expect(Math.min(...pos.x)).toBeGreaterThanOrEqual(9.99);
      expect(Math.max(...pos.x)).toBeLessThanOrEqual(390.01);
      expect(Math.min(...pos.y)).toBeGreaterThanOrEqual(9.99);
      expect(Math.max(...pos.y)).toBeLessThanOrEqual(290.01);
    }
  });

  it('put the best-connected people at the centre of the spiral', () => {
    const graph = ringGraph(300);
    const order = orderByDegree(graph);
    const first = order[0] ?? -1;
    const degree = (v: number) => (graph.offsets[v + 1] ?? 0) - (graph.offsets[v] ?? 0);
    expect(degree(first)).toBe(3);
    expect(degree(order[299] ?? -1)).toBe(2);
    const pos = spiralLayout(graph, 400, 400, 0);
    const dist = (v: number) => Math.hypot((pos.x[v] ?? 0) - 200, (pos.y[v] ?? 0) - 200);
    expect(dist(first)).toBeLessThan(dist(order[299] ?? -1));
  });

  it('lay a lesson-sized network out a few steps at a time, to exactly the positions of the layout at once', async () => {
    const graph = addBroadcastHubs(barabasiAlbert(600, 3, createRandom(7)), 2, 0.05, createRandom(8));
    const once = springLayout(graph, 400, 300, 8);
    // A clock that moves 3 ms a reading: a slice of 8 ms holds a few steps, so the 100 steps take many turns.
    let clock = 0;
    let pauses = 0;
    const sliced = await springLayoutSliced(
      graph,
      400,
      300,
      8,
      () => {
        pauses++;
        return Promise.resolve(true);
      },
      8,
      () => (clock += 3),
    );
    expect(pauses).toBeGreaterThan(20);
    expect(pauses).toBeLessThan(100);
    expect(Array.from(sliced?.x ?? [])).toEqual(Array.from(once.x));
    expect(Array.from(sliced?.y ?? [])).toEqual(Array.from(once.y));
    // And it moved people from where the spiral put them.
    expect(Array.from(once.x)).not.toEqual(Array.from(spiralLayout(graph, 400, 300, 8).x));
  });

  it('stop a layout a few steps in when it is no longer wanted', async () => {
    const graph = addBroadcastHubs(barabasiAlbert(600, 3, createRandom(7)), 2, 0.05, createRandom(8));
    let clock = 0;
    let pauses = 0;
    const stopped = await springLayoutSliced(
      graph,
      400,
      300,
      8,
      () => Promise.resolve(++pauses < 2),
      8,
      () => (clock += 3),
    );
    expect(stopped).toBeUndefined();
    expect(pauses).toBe(2);
  });

  it('count states without allocating and treat unknown values as unaware', () => {
    const out = new Int32Array(4);
    countStates(Uint8Array.from([0, 1, 1, 2, 3, 3, 3, 9]), 8, out);
    expect(Array.from(out)).toEqual([2, 2, 1, 3]);
  });

  it('format shares without a misleading 0%', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0.25)).toBe('25%');
  });
});
