/**
 * The network on a canvas, for graphs too big for one SVG element per person. Links are drawn once (anti-
 * aliased, with the canvas API) and kept as pixels; marks are written straight into a pixel buffer (see
 * pixel-stamps.ts for why), hubs larger than people (by degree). Up to 2,000 people and their hubs it is a spring
 * layout with every link, so a lesson's network reads as one; above, a spiral with a sample of links.
 *
 * A frame draws only what changed: the people whose state or "reached this step" outline changed since the last
 * drawn frame, each by restoring the links under its mark and stamping again, clipped to that box, every mark
 * that reaches into it (found through a grid), in the same order as a whole frame; only that part of the canvas
 * is put. A frame where nobody changed draws nothing. A resize, a theme switch or a change of most people draws
 * the whole frame. Colours come from the theme's CSS variables.
 */
import { charts } from '../strings/charts.ts';
import { resolveVars } from './colors.ts';
import { layoutLegend, renderLegendHtml } from './legend.ts';
import {
  edgePairs,
  SIZE_CLASSES,
  sizeClasses,
  spiralLayout,
  SPRING_LIMIT,
  springLayout,
  type NodePositions,
} from './network-layout.ts';
import { countStates, networkLegendItems, networkStates } from './network-states.ts';
import { packRgba, ringStamp, shapeStamp, stampAt, stampClipped, type Stamp } from './pixel-stamps.ts';
import { shapeReach } from './shapes.ts';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from './types.ts';

/** Up to this many people every link is drawn; above it a sample of links (a hairball tells nothing more). */
export const CANVAS_ALL_EDGES_LIMIT = SPRING_LIMIT;
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

/**
 * Marks radius in CSS px: about 40% of the spacing people get when spread over the ellipse, or `share` of it
 * (the spring layout uses 20%, so the links between people show).
 */
export function markRadius(n: number, width: number, height: number, share = 0.4): number {
  const area = (Math.PI * width * height) / 4;
  return Math.max(0.8, Math.min(6, share * Math.sqrt(area / Math.max(1, n))));
}

/** At most this share of people are drawn box by box; a frame where more changed is drawn whole. */
const PARTIAL_SHARE = 1 / 16;

/**
 * The box the canvas lays its people out in (the canvas's size, less the legend above it, and the room kept at
 * the border), the marks' radius by size class and whether it uses the spring layout. A caller may lay the
 * network out first in that box (network-loader.ts does, a few steps at a time) and hand the positions to
 * createNetworkCanvas.
 */
export function networkCanvasBox(graph: NetworkGraph, options: NetworkOptions) {
  const n = graph.n;
  const items = networkLegendItems(options.states ?? networkStates);
  const width = options.width;
  // The HTML legend sits above the canvas; together they take about options.height.
  const height = Math.max(120, options.height - layoutLegend(items, width).height - 8);
  const spring = n <= SPRING_LIMIT;
  const r = markRadius(n, width, height, spring ? 0.2 : 0.4);
  // Hubs larger: size class c has radius r·2^(c/2) (network-layout.ts, sizeClasses).
  const classRadius = Array.from({ length: SIZE_CLASSES }, (_, c) => r * Math.pow(2, c / 2));
  // Room at the border for a person's mark and its outline (hubs sit inside, far from the border).
  const pad = Math.ceil(shapeReach(spring ? (classRadius[2] ?? r) : r) + 3);
  return { width, height, pad, spring, classRadius, items };
}

/** `laidOut`: positions found beforehand in networkCanvasBox's box (else the canvas lays the network out here). */
export function createNetworkCanvas(
  doc: Document,
  graph: NetworkGraph,
  options: NetworkOptions,
  laidOut?: NodePositions,
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
  const { width, height, pad, spring, classRadius, items } = networkCanvasBox(graph, options);
  const classOf = sizeClasses(graph);
  const pos =
    laidOut ?? (spring ? springLayout(graph, width, height, pad) : spiralLayout(graph, width, height, pad));
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
  let colorKey = '';
  const centres = new Int32Array(2 * n);
  /** stamps[sizeClass][state], rings[sizeClass] (null where too small to show). */
  let stamps: Stamp[][] = [];
  let rings: (Stamp | null)[] = [];
  /** How far a person's mark or outline reaches from its centre, by size class, and the most of all. */
  let reachOf = new Int32Array(SIZE_CLASSES);
  let maxReach = 0;
  // A grid of centres (cells of side `cell`), to find the marks that reach into a box.
  let cell = 1;
  let cols = 1;
  let cellStart = new Int32Array(2);
  /**
   * How many changed people are cheaper to draw box by box than the whole frame: a box visits the marks of
   * about 9 cells (n / cells each), sorts them and stamps them clipped, about 4 times the work of a mark in a
   * whole frame, which stamps all n. At 100,000 people the cells are crowded and this is about 50; drawing
   * 6,000 changed people box by box there took longer than whole frames.
   */
  let partialLimit = 0;
  const inCell = new Int32Array(n);

  // Buffers made once: people sorted by state, the changed people and the marks near one, without allocating.
  const counts = new Int32Array(states.length);
  const starts = new Int32Array(states.length + 1);
  const fillAt = new Int32Array(states.length);
  const order = new Int32Array(n);
  const lastState = states.length - 1;
  /** What each person's mark shows now: state, plus 256 for the outline; −1 before the first frame. */
  const shown = new Int16Array(n).fill(-1);
  const changed = new Int32Array(Math.ceil(n * PARTIAL_SHARE) + 1);
  let near = new Int32Array(64);
  const box = new Int32Array(4);
  const colors = new Uint32Array(states.length);
  let ringColor = 0;
  const colorCache = new Map<string, number>();
  let last: NetworkState = { nodeState: new Uint8Array(n), changedAt: new Int32Array(n).fill(-1), t: -1 };
  let whole = true;
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
    reachOf = new Int32Array(SIZE_CLASSES);
    stamps = classRadius.map((radius, c) => {
      const R = radius * dpr;
      const shapes = R >= MIN_SHAPE_RADIUS;
      const byState = states.map((s) => shapeStamp(shapes ? s.shape : 'square', R, W));
      const ring = R >= 1.5 ? ringStamp(R, 1.5 * dpr, W) : null;
      rings[c] = ring;
      reachOf[c] = Math.max(ring?.reach ?? 0, ...byState.map((st) => st.reach));
      return byState;
    });
    rings = rings.slice(0, SIZE_CLASSES);
    maxReach = Math.max(...reachOf);
    // The grid: people into cells by counting sort of their centres.
    cell = Math.max(4, 2 * maxReach);
    cols = Math.ceil(W / cell) + 1;
    const rows = Math.ceil(H / cell) + 1;
    partialLimit = Math.min(changed.length, Math.floor((cols * rows) / 36));
    cellStart = new Int32Array(cols * rows + 1);
    const cellOf = (i: number): number =>
      Math.floor(Math.max(0, centres[2 * i + 1] ?? 0) / cell) * cols +
      Math.floor(Math.max(0, centres[2 * i] ?? 0) / cell);
    for (let i = 0; i < n; i++) cellStart[Math.min(cols * rows - 1, cellOf(i)) + 1]++;
    for (let c = 0; c < cols * rows; c++) cellStart[c + 1] = (cellStart[c + 1] ?? 0) + (cellStart[c] ?? 0);
    const fill = cellStart.slice(0, cols * rows);
    for (let i = 0; i < n; i++) inCell[fill[Math.min(cols * rows - 1, cellOf(i))]++] = i;
    edgeKey = '';
    whole = true;
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

  /** Colours of the theme now; redraws the links when their colour changed (and then the whole frame). */
  const readColors = (): void => {
    const style = view?.getComputedStyle(canvas);
    const resolve = (expr: string): string => (style ? resolveVars(expr, style) : expr);
    const edgeColor = resolve('var(--fg-muted)');
    if (edgeKey !== edgeColor) {
      drawEdges(edgeColor);
      edgeKey = edgeColor;
      whole = true;
    }
    ringColor = pixelColor(resolve('var(--fg)'));
    let key = `${edgeColor}|${ringColor}`;
    for (const s of states) {
      colors[s.state] = pixelColor(resolve(s.color), s.opacity);
      key += `|${colors[s.state]}`;
    }
    // Colours other than those of the marks on the canvas (the theme's sheet arrived late): all drawn again.
    if (key !== colorKey) whole = true;
    colorKey = key;
  };

  const stateAt = (nodeState: NetworkState['nodeState'], i: number): number => {
    const raw = nodeState[i] ?? 0;
    return raw >= 0 && raw <= lastState ? raw : 0;
  };

  const drawWhole = (state: NetworkState): void => {
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
    for (let i = 0; i < n; i++) order[fillAt[stateAt(nodeState, i)]++] = i;
    // An outline around the people reached this step, so the front of the spread shows. Drawn first: the marks
    // then cover its inner part, whatever their shape.
    for (let i = 0; i < n; i++) {
      if (changedAt[i] !== t) continue;
      const ring = rings[classOf[i] ?? 0];
      if (ring) stampAt(pixels, W, H, centres[2 * i] ?? 0, centres[2 * i + 1] ?? 0, ring, ringColor);
    }
    for (const s of states) {
      const color = colors[s.state] ?? 0;
      const to = starts[s.state + 1] ?? 0;
      for (let k = starts[s.state] ?? 0; k < to; k++) {
        const i = order[k] ?? 0;
        const stamp = stamps[classOf[i] ?? 0]?.[s.state];
        if (stamp) stampAt(pixels, W, H, centres[2 * i] ?? 0, centres[2 * i + 1] ?? 0, stamp, color);
      }
    }
    ctx.putImageData(image as ImageData, 0, 0);
  };

  /** Draws anew the box around each changed person, and puts the part of the canvas they cover. */
  const drawChanged = (state: NetworkState, count: number): void => {
    const { nodeState, changedAt, t } = state;
    let ux0 = W;
    let uy0 = H;
    let ux1 = 0;
    let uy1 = 0;
    for (let c = 0; c < count; c++) {
      const i = changed[c] ?? 0;
      const cx = centres[2 * i] ?? 0;
      const cy = centres[2 * i + 1] ?? 0;
      const reach = reachOf[classOf[i] ?? 0] ?? 0;
      box[0] = Math.max(0, cx - reach);
      box[1] = Math.max(0, cy - reach);
      box[2] = Math.min(W, cx + reach + 1);
      box[3] = Math.min(H, cy + reach + 1);
      if (box[0] >= box[2] || box[1] >= box[3]) continue;
      // The links under the box.
      const withEdges = edgePixels.length === pixels.length;
      for (let y = box[1] ?? 0; y < (box[3] ?? 0); y++) {
        for (let p = y * W + (box[0] ?? 0), end = y * W + (box[2] ?? 0); p < end; p++)
          pixels[p] = withEdges ? (edgePixels[p] ?? 0) : 0;
      }
      // Every mark that may reach into it, by state then index: the order of a whole frame.
      let found = 0;
      const c0 = Math.floor(Math.max(0, (box[0] ?? 0) - maxReach) / cell);
      const c1 = Math.floor(((box[2] ?? 0) + maxReach) / cell);
      const r0 = Math.floor(Math.max(0, (box[1] ?? 0) - maxReach) / cell);
      const r1 = Math.floor(((box[3] ?? 0) + maxReach) / cell);
      for (let row = r0; row <= r1; row++) {
        for (let col = c0; col <= Math.min(cols - 1, c1); col++) {
          const at = row * cols + col;
          if (at + 1 >= cellStart.length) continue;
          for (let k = cellStart[at] ?? 0; k < (cellStart[at + 1] ?? 0); k++) {
            const j = inCell[k] ?? 0;
            if (found === near.length) {
              const bigger = new Int32Array(2 * near.length);
              bigger.set(near);
              near = bigger;
            }
            near[found++] = stateAt(nodeState, j) * n + j;
          }
        }
      }
      const sorted = near.subarray(0, found).sort();
      for (let k = 0; k < found; k++) {
        const j = (sorted[k] ?? 0) % n;
        const ring = rings[classOf[j] ?? 0];
        if (ring && changedAt[j] === t)
          stampClipped(pixels, W, box, centres[2 * j] ?? 0, centres[2 * j + 1] ?? 0, ring, ringColor);
      }
      for (let k = 0; k < found; k++) {
        const j = (sorted[k] ?? 0) % n;
        const s = stateAt(nodeState, j);
        const stamp = stamps[classOf[j] ?? 0]?.[s];
        if (stamp)
          stampClipped(pixels, W, box, centres[2 * j] ?? 0, centres[2 * j + 1] ?? 0, stamp, colors[s] ?? 0);
      }
      ux0 = Math.min(ux0, box[0] ?? 0);
      uy0 = Math.min(uy0, box[1] ?? 0);
      ux1 = Math.max(ux1, box[2] ?? 0);
      uy1 = Math.max(uy1, box[3] ?? 0);
    }
    if (ux0 < ux1 && uy0 < uy1) ctx.putImageData(image as ImageData, 0, 0, ux0, uy0, ux1 - ux0, uy1 - uy0);
  };

  const draw = (state: NetworkState): void => {
    resize();
    // Not on the page yet: the theme's colours cannot be read, so nothing is drawn (and nobody is marked as
    // shown) until it is; the resize observer below draws the last state then.
    if (!image || !canvas.isConnected) return;
    // Who changed since the last drawn frame (in state, or in the outline of people reached this step).
    const { nodeState, changedAt, t } = state;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const key = stateAt(nodeState, i) | (changedAt[i] === t ? 256 : 0);
      if (shown[i] === key) continue;
      shown[i] = key;
      if (count < changed.length) changed[count] = i;
      count++;
    }
    if (count === 0 && !whole) return;
    readColors();
    if (whole || count > partialLimit) {
      whole = false;
      drawWhole(state);
    } else drawChanged(state, count);
  };

  // Themes switch the CSS variables without a new frame from the model: redraw the last state when they do.
  const redraw = (): void => {
    if (!alive) return;
    whole = true;
    draw(last);
  };
  const observer = view ? new view.MutationObserver(redraw) : null;
  observer?.observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
  const scheme = view?.matchMedia?.('(prefers-color-scheme: dark)');
  scheme?.addEventListener('change', redraw);
  // The view is made before it is put on the page: draw when it gets there (a canvas gets a size then).
  const placed = view?.ResizeObserver ? new view.ResizeObserver(redraw) : null;
  placed?.observe(canvas);

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
      placed?.disconnect();
      scheme?.removeEventListener('change', redraw);
      colorCache.clear();
    },
  };
}
