/**
 * Where each person sits on the network view. Computed once per graph, deterministic (the same graph gives the
 * same picture at build time and in every browser), and cheap:
 * - small graphs (≤ 500): a d3-force layout (network-force-layout.ts, its own module so that pages drawing
 *   only large graphs never load d3-force) run synchronously for a fixed number of ticks (d3-force seeds its
 *   own jiggle, so it is deterministic), which shows clusters and bridges;
 * - large graphs: a sunflower (phyllotaxis) spiral in O(n), best-connected people at the centre, so on a
 *   hub-and-spoke network the story visibly starts in the middle when it reaches a hub.
 */
import type { NetworkGraph } from './types.ts';

export interface NodePositions {
  x: Float32Array;
  y: Float32Array;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Degree of every node from the CSR offsets. */
function degrees(graph: NetworkGraph): Int32Array {
  const d = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) d[v] = (graph.offsets[v + 1] ?? 0) - (graph.offsets[v] ?? 0);
  return d;
}

/** Nodes by decreasing degree, ties by index: a counting sort, O(n + max degree). */
export function orderByDegree(graph: NetworkGraph): Int32Array {
  const d = degrees(graph);
  let max = 0;
  for (let v = 0; v < graph.n; v++) max = Math.max(max, d[v] ?? 0);
  const start = new Int32Array(max + 2);
  for (let v = 0; v < graph.n; v++) start[max - (d[v] ?? 0) + 1]++;
  for (let k = 1; k < start.length; k++) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
  const order = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) order[start[max - (d[v] ?? 0)]++] = v;
  return order;
}

/** Sunflower spiral filling an ellipse inside width × height with `pad` px to spare. */
export function spiralLayout(graph: NetworkGraph, width: number, height: number, pad: number): NodePositions {
  const n = graph.n;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  const order = orderByDegree(graph);
  const cx = width / 2;
  const cy = height / 2;
  const rx = Math.max(1, width / 2 - pad);
  const ry = Math.max(1, height / 2 - pad);
  for (let k = 0; k < n; k++) {
    const v = order[k] ?? 0;
    const radius = Math.sqrt((k + 0.5) / n);
    const angle = k * GOLDEN_ANGLE;
    x[v] = cx + rx * radius * Math.cos(angle);
    y[v] = cy + ry * radius * Math.sin(angle);
  }
  return { x, y };
}

/** Each undirected edge once (u < v) as [u0, v0, u1, v1, …]. */
export function edgePairs(graph: NetworkGraph): Int32Array {
  let count = 0;
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u] ?? 0; k < (graph.offsets[u + 1] ?? 0); k++)
      if ((graph.neighbors[k] ?? 0) > u) count++;
  }
  const pairs = new Int32Array(2 * count);
  let j = 0;
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u] ?? 0; k < (graph.offsets[u + 1] ?? 0); k++) {
      const v = graph.neighbors[k] ?? 0;
      if (v > u) {
        pairs[j++] = u;
        pairs[j++] = v;
      }
    }
  }
  return pairs;
}

/**
 * Scales positions into the box. Each axis is scaled on its own to use a wide chart's width, but never more than
 * 1.5 times the other, or the picture would distort the network.
 */
export function fit(x: Float32Array, y: Float32Array, width: number, height: number, pad: number): void {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < x.length; i++) {
    x0 = Math.min(x0, x[i] ?? 0);
    x1 = Math.max(x1, x[i] ?? 0);
    y0 = Math.min(y0, y[i] ?? 0);
    y1 = Math.max(y1, y[i] ?? 0);
  }
  const spanX = Math.max(1e-9, x1 - x0);
  const spanY = Math.max(1e-9, y1 - y0);
  let sx = (width - 2 * pad) / spanX;
  let sy = (height - 2 * pad) / spanY;
  sx = Math.min(sx, 1.5 * sy);
  sy = Math.min(sy, 1.5 * sx);
  const ox = (width - sx * spanX) / 2;
  const oy = (height - sy * spanY) / 2;
  for (let i = 0; i < x.length; i++) {
    x[i] = ox + ((x[i] ?? 0) - x0) * sx;
    y[i] = oy + ((y[i] ?? 0) - y0) * sy;
  }
}
