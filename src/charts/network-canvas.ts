/**
 * The network on a canvas, for graphs too big for one SVG element per person. A frame is: copy the cached
 * links, then one path and one fill() per state (never a fill per person), from buffers made once. Colours are
 * read from the theme's CSS variables at every draw, and a theme switch redraws at once.
 */
import { layoutLegend, renderLegendHtml } from './legend.ts';
import { edgePairs, spiralLayout } from './network-layout.ts';
import { countStates, networkStates } from './network-states.ts';
import { networkLegendItems } from './network-svg.ts';
import { resolveVars } from './colors.ts';
import { addShape, type PathContext, type Shape } from './shapes.ts';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from './types.ts';

/** Up to this many people every link is drawn; above it a sample of links (a hairball tells nothing more). */
export const CANVAS_ALL_EDGES_LIMIT = 2000;
export const CANVAS_EDGE_SAMPLE = 3000;
/** Below this radius in device pixels shapes are indistinguishable; small squares are drawn instead. */
const MIN_SHAPE_RADIUS = 2;

export interface CanvasFrame {
  ctx: PathContext & Pick<CanvasRenderingContext2D, 'beginPath' | 'fill' | 'stroke'>;
  x: Float32Array;
  y: Float32Array;
  r: number;
  shapes: boolean;
}

/** Links to draw: all of them for small graphs, else every k-th one so about CANVAS_EDGE_SAMPLE remain. */
export function sampleEdges(graph: NetworkGraph): Int32Array {
  const pairs = edgePairs(graph);
  const m = pairs.length / 2;
  if (graph.n <= CANVAS_ALL_EDGES_LIMIT || m <= CANVAS_EDGE_SAMPLE) return pairs;
  const stride = Math.ceil(m / CANVAS_EDGE_SAMPLE);
  const out = new Int32Array(2 * Math.ceil(m / stride));
  let j = 0;
  for (let e = 0; e < m; e += stride) {
    out[j++] = pairs[2 * e] ?? 0;
    out[j++] = pairs[2 * e + 1] ?? 0;
  }
  return out;
}

/** Adds the people order[from … to) to the current path, with the shape chosen once for the whole bucket. */
export function addBucket(
  frame: CanvasFrame,
  shape: Shape,
  order: Int32Array,
  from: number,
  to: number,
): void {
  const { ctx, x, y, r } = frame;
  if (!frame.shapes) {
    const side = 2 * r;
    for (let k = from; k < to; k++) {
      const i = order[k] ?? 0;
      ctx.rect((x[i] ?? 0) - r, (y[i] ?? 0) - r, side, side);
    }
    return;
  }
  for (let k = from; k < to; k++) {
    const i = order[k] ?? 0;
    addShape(ctx, shape, x[i] ?? 0, y[i] ?? 0, r);
  }
}

export function createNetworkCanvas(
  doc: Document,
  graph: NetworkGraph,
  options: NetworkOptions,
): NetworkView | null {
  const canvas = doc.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const edgeCanvas = doc.createElement('canvas');
  const edgeCtx = edgeCanvas.getContext('2d');
  if (!edgeCtx) return null;
  const view = doc.defaultView;

  const n = graph.n;
  const items = networkLegendItems();
  const width = options.width;
  // The HTML legend sits above the canvas; together they take about options.height.
  const height = Math.max(120, options.height - layoutLegend(items, width).height - 8);
  const pos = spiralLayout(graph, width, height, 6);
  const edges = sampleEdges(graph);
  const r = Math.max(
    0.8,
    Math.min(6, 0.4 * Math.sqrt((Math.PI * (width / 2) * (height / 2)) / Math.max(1, n))),
  );

  const wrapper = doc.createElement('div');
  wrapper.className = 'chart chart-network';
  wrapper.dataset.renderer = 'canvas';
  wrapper.append(renderLegendHtml(doc, items));
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${options.title}. ${options.description}`);
  canvas.setAttribute('style', 'display: block; width: 100%; height: auto');
  canvas.textContent = options.description;
  wrapper.append(canvas);

  // Buffers made once: people sorted by state every frame without allocating.
  const counts = new Int32Array(networkStates.length);
  const starts = new Int32Array(networkStates.length + 1);
  const fillAt = new Int32Array(networkStates.length);
  const order = new Int32Array(n);
  let last: NetworkState = { nodeState: new Uint8Array(n), changedAt: new Int32Array(n).fill(-1), t: -1 };
  let dpr = 0;
  let edgeKey = '';
  let alive = true;

  const resize = (): void => {
    const ratio = Math.min(3, Math.max(1, view?.devicePixelRatio ?? 1));
    if (ratio === dpr) return;
    dpr = ratio;
    for (const c of [canvas, edgeCanvas]) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    edgeKey = '';
  };

  const drawEdges = (color: string): void => {
    edgeCtx.setTransform(1, 0, 0, 1, 0, 0);
    edgeCtx.clearRect(0, 0, edgeCanvas.width, edgeCanvas.height);
    edgeCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    edgeCtx.beginPath();
    for (let j = 0; j < edges.length; j += 2) {
      const u = edges[j] ?? 0;
      const v = edges[j + 1] ?? 0;
      edgeCtx.moveTo(pos.x[u] ?? 0, pos.y[u] ?? 0);
      edgeCtx.lineTo(pos.x[v] ?? 0, pos.y[v] ?? 0);
    }
    edgeCtx.globalAlpha = n > CANVAS_ALL_EDGES_LIMIT ? 0.12 : 0.25;
    edgeCtx.lineWidth = 0.5;
    edgeCtx.strokeStyle = color;
    edgeCtx.stroke();
  };

  const draw = (state: NetworkState): void => {
    resize();
    const style = view?.getComputedStyle(canvas);
    const resolve = (expr: string): string => (style ? resolveVars(expr, style) : expr);
    const edgeColor = resolve('var(--fg-muted)');
    if (edgeKey !== edgeColor) {
      drawEdges(edgeColor);
      edgeKey = edgeColor;
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (edges.length > 0) ctx.drawImage(edgeCanvas, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);

    // Counting sort of people by state.
    const { nodeState, changedAt, t } = state;
    countStates(nodeState, n, counts);
    starts[0] = 0;
    for (let s = 0; s < counts.length; s++) {
      fillAt[s] = starts[s] ?? 0;
      starts[s + 1] = (starts[s] ?? 0) + (counts[s] ?? 0);
    }
    const lastState = networkStates.length - 1;
    for (let i = 0; i < n; i++) {
      const raw = nodeState[i] ?? 0;
      const s = raw >= 0 && raw <= lastState ? raw : 0;
      order[fillAt[s]++] = i;
    }

    const frame: CanvasFrame = { ctx, x: pos.x, y: pos.y, r, shapes: r * dpr >= MIN_SHAPE_RADIUS };
    for (const s of networkStates) {
      const from = starts[s.state] ?? 0;
      const to = starts[s.state + 1] ?? 0;
      if (to <= from) continue;
      ctx.beginPath();
      addBucket(frame, s.shape, order, from, to);
      ctx.globalAlpha = s.opacity;
      ctx.fillStyle = resolve(s.color);
      ctx.fill();
    }

    // An outline around the people reached this step, where there is room to see it.
    if (r >= 1.5) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < n; i++) {
        if (changedAt[i] !== t) continue;
        const x = pos.x[i] ?? 0;
        const y = pos.y[i] ?? 0;
        ctx.moveTo(x + r + 1.5, y);
        ctx.arc(x, y, r + 1.5, 0, 2 * Math.PI);
        any = true;
      }
      if (any) {
        ctx.globalAlpha = 1;
        ctx.lineWidth = 1;
        ctx.strokeStyle = resolve('var(--fg)');
        ctx.stroke();
      }
    }
  };

  // Themes switch the CSS variables without a new frame from the model: redraw the last state when they do.
  const redraw = (): void => {
    if (alive) draw(last);
  };
  const observer = view ? new view.MutationObserver(redraw) : null;
  observer?.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  const scheme = view?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', redraw);

  draw(last);
  return {
    node: wrapper,
    renderer: 'canvas',
    update(state: NetworkState) {
      if (!alive) return;
      last = state;
      draw(state);
    },
    destroy() {
      alive = false;
      observer?.disconnect();
      scheme?.removeEventListener('change', redraw);
    },
  };
}
