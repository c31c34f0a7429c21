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

/**
 * Up to this many nodes the canvas draws a spring layout with every link; above, the spiral and a sample. The
 * lesson networks are 2,000 people plus their broadcast hubs.
 */
export const SPRING_LIMIT = 2100;

/**
 * A spring layout (Fruchterman & Reingold 1991) in typed arrays, for the canvas at lesson sizes (≤ 2,100):
 * linked people pull together, everyone pushes away those within two ideal distances (found through a grid,
 * so a step costs O(n + links), not O(n²)), and a weak pull to the centre keeps loose parts in view. It starts
 * from the spiral (hubs in the middle) and is deterministic. 100 steps for 2,000 people and 10,000 links took
 * 80–180 ms in Node on the busy build machine (about 4–7 times its benchmark reference computation), and need
 * no d3-force, which the canvas never loads.
 */
export function springLayout(
  graph: NetworkGraph,
  width: number,
  height: number,
  pad: number,
  steps = 100,
): NodePositions {
  const layout = springLayoutSteps(graph, width, height, pad, steps);
  while (!layout.done()) layout.advance(steps);
  return layout.positions();
}

/**
 * The same spring layout, a few steps at a time: each turn runs steps until `sliceMs` have passed, then lets the
 * browser work (`pause`, a fresh task) before the next. The steps and so the positions are exactly
 * springLayout's; what changes is that no task runs long. At once it was one task of 80–180 ms on a slow phone
 * and ~450 ms with the CPU slowed 4× (Lighthouse's long task on a sandbox, issue 18). `pause` resolves false when
 * the layout is no longer wanted (its figure drew another network meanwhile, as a slider moved): it then stops
 * and gives undefined, so layouts a reader has moved past do not run on beside the one on show.
 */
export async function springLayoutSliced(
  graph: NetworkGraph,
  width: number,
  height: number,
  pad: number,
  pause: () => Promise<boolean>,
  sliceMs = 8,
  now: () => number = () => performance.now(),
): Promise<NodePositions | undefined> {
  const layout = springLayoutSteps(graph, width, height, pad);
  while (!layout.done()) {
    const start = now();
    do layout.advance(1);
    while (!layout.done() && now() - start < sliceMs);
    if (!layout.done() && !(await pause())) return undefined;
  }
  return layout.positions();
}

/** A spring layout in progress: `advance` runs up to `count` of its steps; `positions` fits and returns them. */
interface SpringSteps {
  done(): boolean;
  advance(count: number): void;
  positions(): NodePositions;
}

function springLayoutSteps(
  graph: NetworkGraph,
  width: number,
  height: number,
  pad: number,
  steps = 100,
): SpringSteps {
  const n = graph.n;
  const start = spiralLayout(graph, width, height, pad);
  if (n < 3) return { done: () => true, advance: () => undefined, positions: () => start };
  // Working positions in doubles (mixing Float32 reads into double arithmetic is slower in V8).
  const x = Float64Array.from(start.x);
  const y = Float64Array.from(start.y);
  const w = Math.max(1, width - 2 * pad);
  const h = Math.max(1, height - 2 * pad);
  const k = Math.sqrt((w * h) / n);
  const k2 = k * k;
  const reach = 2 * k;
  const reach2 = reach * reach;
  const cols = Math.max(1, Math.ceil(width / reach));
  const rows = Math.max(1, Math.ceil(height / reach));
  const cells = cols * rows;
  const cellStart = new Int32Array(cells + 1);
  const fill = new Int32Array(cells);
  const cellOf = new Int32Array(n);
  const inCell = new Int32Array(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const { offsets, neighbors } = graph;
  const cx = width / 2;
  const cy = height / 2;
  // Chosen by eye on the lesson networks (scale-free, small-world and random, 2,000 people and 3 hubs): strong
  // enough springs to show hubs among their contacts, weak enough that the picture fills the box.
  const springs = 0.2;
  const gravity = 0.006;
  let step = 0;
  const advance = (count: number) => {
    for (const last = Math.min(steps, step + count); step < last; step++) {
      dx.fill(0);
      dy.fill(0);
      // People into grid cells by counting sort.
      cellStart.fill(0);
      for (let i = 0; i < n; i++) {
        const col = Math.min(cols - 1, Math.max(0, Math.floor(x[i] / reach)));
        const row = Math.min(rows - 1, Math.max(0, Math.floor(y[i] / reach)));
        cellOf[i] = row * cols + col;
        cellStart[row * cols + col + 1]++;
      }
      for (let c = 0; c < cells; c++) cellStart[c + 1] += cellStart[c];
      fill.set(cellStart.subarray(0, cells));
      for (let i = 0; i < n; i++) inCell[fill[cellOf[i]]++] = i;
      // Pushes between people in the same or neighbouring cells, each pair once.
      for (let i = 0; i < n; i++) {
        const c = cellOf[i];
        const col = c % cols;
        const row = (c - col) / cols;
        const xi = x[i];
        const yi = y[i];
        let fx = 0;
        let fy = 0;
        for (let r = row; r <= row + 1 && r < rows; r++) {
          // In the row itself only this cell and the one to the right; the left one's pairs come from it.
          for (let q = r === row ? col : Math.max(0, col - 1); q <= col + 1 && q < cols; q++) {
            const other = r * cols + q;
            const end = cellStart[other + 1];
            for (let s = cellStart[other]; s < end; s++) {
              const j = inCell[s];
              if (other === c && j <= i) continue;
              let ex = xi - x[j];
              let ey = yi - y[j];
              let d2 = ex * ex + ey * ey;
              if (d2 > reach2) continue;
              if (d2 < 1e-4) {
                // Two people on one spot: part them in a fixed direction, so the layout stays deterministic.
                ex = 0.01 * (((i * 7 + j) % 5) - 2) + 0.005;
                ey = 0.01;
                d2 = ex * ex + ey * ey;
              }
              const push = k2 / d2;
              fx += ex * push;
              fy += ey * push;
              dx[j] -= ex * push;
              dy[j] -= ey * push;
            }
          }
        }
        dx[i] += fx;
        dy[i] += fy;
      }
      // Pulls along links (each once) towards length k, weaker for well-linked people as in d3-force's links
      // (else hubs and their many links pull everyone into a knot), and a weak pull towards the centre.
      for (let u = 0; u < n; u++) {
        const xu = x[u];
        const yu = y[u];
        const du = offsets[u + 1] - offsets[u];
        let fx = (cx - xu) * gravity;
        let fy = (cy - yu) * gravity;
        const end = offsets[u + 1];
        for (let e = offsets[u]; e < end; e++) {
          const v = neighbors[e];
          if (v <= u) continue;
          const ex = xu - x[v];
          const ey = yu - y[v];
          const d = Math.sqrt(ex * ex + ey * ey) || 1e-9;
          const pull = (springs * (d - k)) / d / Math.min(du, offsets[v + 1] - offsets[v]);
          fx -= ex * pull;
          fy -= ey * pull;
          dx[v] += ex * pull;
          dy[v] += ey * pull;
        }
        dx[u] += fx;
        dy[u] += fy;
      }
      // Each moves at most the temperature, which cools from a tenth of the box to nothing.
      const temperature = (0.1 * Math.min(w, h) * (steps - step)) / steps;
      for (let i = 0; i < n; i++) {
        const ex = dx[i];
        const ey = dy[i];
        const d = Math.sqrt(ex * ex + ey * ey);
        if (d === 0) continue;
        const move = Math.min(d, temperature) / d;
        x[i] = Math.min(width - pad, Math.max(pad, x[i] + ex * move));
        y[i] = Math.min(height - pad, Math.max(pad, y[i] + ey * move));
      }
    }
  };
  return {
    done: () => step >= steps,
    advance,
    positions: () => {
      const out = { x: Float32Array.from(x), y: Float32Array.from(y) };
      fit(out.x, out.y, width, height, pad);
      return out;
    },
  };
}

/**
 * A size class per person by degree, so hubs are drawn larger than people: class c has radius r·2^(c/2), so
 * the area grows with the degree (about degree ÷ mean degree, up to 16 times the mean).
 */
export const SIZE_CLASSES = 5;
export function sizeClasses(graph: NetworkGraph): Uint8Array {
  const n = graph.n;
  const out = new Uint8Array(n);
  const mean = n > 0 ? (graph.offsets[n] ?? 0) / n : 0;
  if (mean <= 0) return out;
  for (let v = 0; v < n; v++) {
    const ratio = ((graph.offsets[v + 1] ?? 0) - (graph.offsets[v] ?? 0)) / mean;
    out[v] = ratio <= 1.5 ? 0 : Math.min(SIZE_CLASSES - 1, Math.round(Math.log2(ratio)));
  }
  return out;
}
