/**
 * The network on a canvas, for graphs too big for one SVG element per person. Links are drawn once (anti-
 * aliased, with the canvas API) and kept as pixels; a frame copies them, writes each person's mark straight
 * into the pixel buffer (see pixel-stamps.ts for why) and puts the buffer on the canvas. No allocation per
 * person or per frame. Colours are read from the theme's CSS variables at every frame, and a theme switch
 * redraws at once.
 */
import { charts } from '../strings/charts.ts';
import { resolveVars } from './colors.ts';
import { layoutLegend, renderLegendHtml } from './legend.ts';
import { edgePairs, spiralLayout } from './network-layout.ts';
import { countStates, networkLegendItems, networkStates } from './network-states.ts';
import { packRgba, ringStamp, shapeStamp, stampAt, type Stamp } from './pixel-stamps.ts';
import { shapeReach } from './shapes.ts';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from './types.ts';

/** Up to this many people every link is drawn; above it a sample of links (a hairball tells nothing more). */
export const CANVAS_ALL_EDGES_LIMIT = 2000;
export const CANVAS_EDGE_SAMPLE = 3000;
/** Below this radius in device pixels shapes cannot be told apart; squares are drawn instead. */
const MIN_SHAPE_RADIUS = 2;

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

/** A 2D context, or null where there is none: jsdom returns null, some locked-down browsers throw. */
function context2d(canvas: HTMLCanvasElement, willReadFrequently = false): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d', { willReadFrequently });
  } catch {
    return null;
  }
}

/** Marks radius in CSS px: about 40% of the spacing people get when spread over the ellipse. */
export function markRadius(n: number, width: number, height: number): number {
  const area = (Math.PI * width * height) / 4;
  return Math.max(0.8, Math.min(6, 0.4 * Math.sqrt(area / Math.max(1, n))));
}

export function createNetworkCanvas(
  doc: Document,
  graph: NetworkGraph,
  options: NetworkOptions,
): NetworkView | null {
  const canvas = doc.createElement('canvas');
  const edgeCanvas = doc.createElement('canvas');
  const swatch = doc.createElement('canvas');
  const ctx = context2d(canvas);
  const edgeCtx = context2d(edgeCanvas, true);
  const swatchCtx = context2d(swatch, true);
  if (!ctx || !edgeCtx || !swatchCtx) return null;
  const view = doc.defaultView;

  const n = graph.n;
  const states = options.states ?? networkStates;
  const items = networkLegendItems(states);
  const width = options.width;
  // The HTML legend sits above the canvas; together they take about options.height.
  const height = Math.max(120, options.height - layoutLegend(items, width).height - 8);
  const r = markRadius(n, width, height);
  // Room at the border for the largest mark and its outline.
  const pos = spiralLayout(graph, width, height, Math.ceil(shapeReach(r) + 3));
  const edges = sampleEdges(graph);

  const wrapper = doc.createElement('div');
  wrapper.className = 'chart chart-network';
  wrapper.dataset.renderer = 'canvas';
  wrapper.append(renderLegendHtml(doc, items));
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', charts.network.canvasLabel(options.title, options.description));
  canvas.setAttribute('style', 'display: block; width: 100%; height: auto');
  canvas.textContent = options.description;
  wrapper.append(canvas);

  // Everything sized by the device pixel ratio, remade only when it changes (a window moved to another screen).
  let dpr = 0;
  let W = 0;
  let H = 0;
  let image: ImageData | null = null;
  let pixels = new Uint32Array(0);
  let edgePixels = new Uint32Array(0);
  let edgeKey = '';
  const centres = new Int32Array(2 * n);
  let stamps: Stamp[] = [];
  let ring: Stamp | null = null;

  // Buffers made once: people sorted by state every frame without allocating.
  const counts = new Int32Array(states.length);
  const starts = new Int32Array(states.length + 1);
  const fillAt = new Int32Array(states.length);
  const order = new Int32Array(n);
  const colorCache = new Map<string, number>();
  let last: NetworkState = { nodeState: new Uint8Array(n), changedAt: new Int32Array(n).fill(-1), t: -1 };
  let alive = true;

  const resize = (): void => {
    const ratio = Math.min(3, Math.max(1, view?.devicePixelRatio ?? 1));
    if (ratio === dpr) return;
    dpr = ratio;
    W = Math.round(width * dpr);
    H = Math.round(height * dpr);
    for (const c of [canvas, edgeCanvas]) {
      c.width = W;
      c.height = H;
    }
    image = ctx.createImageData(W, H);
    pixels = new Uint32Array(image.data.buffer);
    for (let i = 0; i < n; i++) {
      centres[2 * i] = Math.floor((pos.x[i] ?? 0) * dpr);
      centres[2 * i + 1] = Math.floor((pos.y[i] ?? 0) * dpr);
    }
    const R = r * dpr;
    const shapes = R >= MIN_SHAPE_RADIUS;
    stamps = states.map((s) => shapeStamp(shapes ? s.shape : 'square', R, W));
    ring = R >= 1.5 ? ringStamp(R, 1.5 * dpr, W) : null;
    edgeKey = '';
  };

  /** A CSS colour as a packed pixel, via a 1×1 canvas so any colour syntax the browser knows works. */
  const pixelColor = (css: string, opacity = 1): number => {
    const key = `${css}|${opacity}`;
    const cached = colorCache.get(key);
    if (cached !== undefined) return cached;
    swatchCtx.clearRect(0, 0, 1, 1);
    swatchCtx.fillStyle = css;
    swatchCtx.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0, alpha = 255] = swatchCtx.getImageData(0, 0, 1, 1).data;
    const packed = packRgba(red, green, blue, Math.round(alpha * opacity));
    colorCache.set(key, packed);
    return packed;
  };

  const drawEdges = (color: string): void => {
    edgeCtx.setTransform(1, 0, 0, 1, 0, 0);
    edgeCtx.clearRect(0, 0, W, H);
    if (edges.length > 0) {
      edgeCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
      edgeCtx.beginPath();
      for (let j = 0; j < edges.length; j += 2) {
        const u = edges[j] ?? 0;
        const v = edges[j + 1] ?? 0;
        edgeCtx.moveTo(pos.x[u] ?? 0, pos.y[u] ?? 0);
        edgeCtx.lineTo(pos.x[v] ?? 0, pos.y[v] ?? 0);
      }
      edgeCtx.globalAlpha = n > CANVAS_ALL_EDGES_LIMIT ? 0.15 : 0.3;
      edgeCtx.lineWidth = 0.5;
      edgeCtx.strokeStyle = color;
      edgeCtx.stroke();
    }
    edgePixels = new Uint32Array(edgeCtx.getImageData(0, 0, W, H).data.buffer);
  };

  const draw = (state: NetworkState): void => {
    resize();
    if (!image) return;
    const style = view?.getComputedStyle(canvas);
    const resolve = (expr: string): string => (style ? resolveVars(expr, style) : expr);
    const edgeColor = resolve('var(--fg-muted)');
    if (edgeKey !== edgeColor) {
      drawEdges(edgeColor);
      edgeKey = edgeColor;
    }
    if (edgePixels.length === pixels.length) pixels.set(edgePixels);
    else pixels.fill(0);

    // Counting sort of people by state: the later states are drawn last, on top.
    const { nodeState, changedAt, t } = state;
    countStates(nodeState, n, counts);
    starts[0] = 0;
    for (let s = 0; s < counts.length; s++) {
      fillAt[s] = starts[s] ?? 0;
      starts[s + 1] = (starts[s] ?? 0) + (counts[s] ?? 0);
    }
    const lastState = states.length - 1;
    for (let i = 0; i < n; i++) {
      const raw = nodeState[i] ?? 0;
      order[fillAt[raw >= 0 && raw <= lastState ? raw : 0]++] = i;
    }
    // An outline around the people reached this step, so the front of the spread shows. Drawn first: the marks
    // then cover its inner part, whatever their shape.
    if (ring) {
      const color = pixelColor(resolve('var(--fg)'));
      for (let i = 0; i < n; i++) {
        if (changedAt[i] === t)
          stampAt(pixels, W, H, centres[2 * i] ?? 0, centres[2 * i + 1] ?? 0, ring, color);
      }
    }
    for (const s of states) {
      const stamp = stamps[s.state];
      const to = starts[s.state + 1] ?? 0;
      if (!stamp) continue;
      const color = pixelColor(resolve(s.color), s.opacity);
      for (let k = starts[s.state] ?? 0; k < to; k++) {
        const i = order[k] ?? 0;
        stampAt(pixels, W, H, centres[2 * i] ?? 0, centres[2 * i + 1] ?? 0, stamp, color);
      }
    }
    ctx.putImageData(image, 0, 0);
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
      colorCache.clear();
    },
  };
}
