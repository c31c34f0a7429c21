/**
 * Animation frames of the canvas network, box by box: for each person whose mark changed, the links under the
 * mark's box are restored and every mark that reaches into the box is stamped again, clipped to it, in the
 * order of a whole frame (outlines first, then by state, then by index), so the picture is exactly the one a
 * whole frame would give. Marks near a box are found through a grid of centres. Its own module, loaded by
 * network-canvas.ts when the first animation frame comes: a page that only shows a result never needs it.
 */
import { stampClipped, type Stamp } from './pixel-stamps.ts';

export interface BoxCanvas {
  n: number;
  /** Canvas size in device pixels. */
  W: number;
  H: number;
  /** Centre of each person in device pixels, as [x0, y0, x1, y1, …]. */
  centres: Int32Array;
  classOf: Uint8Array;
  /** How far the marks of each size class reach from their centre. */
  reachOf: Int32Array;
  /** stamps[sizeClass][state] and rings[sizeClass]. */
  stamps: Stamp[][];
  rings: (Stamp | null)[];
  states: number;
}

export interface BoxDrawer {
  /** Above this many changed people a whole frame is cheaper. */
  limit: number;
  /** Draws the changed people's boxes; returns the box to put, [x0, y0, x1, y1] (empty if x0 ≥ x1). */
  draw(
    pixels: Uint32Array,
    edgePixels: Uint32Array,
    state: { nodeState: ArrayLike<number>; changedAt: ArrayLike<number>; t: number },
    changed: Int32Array,
    count: number,
    colors: Uint32Array,
    ringColor: number,
  ): Int32Array;
}

export function createBoxDrawer(c: BoxCanvas): BoxDrawer {
  const { n, W, H, centres, classOf, reachOf, stamps, rings } = c;
  const maxReach = Math.max(0, ...reachOf);
  // The grid: people into cells by counting sort of their centres.
  const cell = Math.max(4, 2 * maxReach);
  const cols = Math.ceil(W / cell) + 1;
  const rows = Math.ceil(H / cell) + 1;
  const cells = cols * rows;
  const cellStart = new Int32Array(cells + 1);
  const inCell = new Int32Array(n);
  const cellOf = (i: number): number =>
    Math.min(
      cells - 1,
      Math.floor(Math.max(0, centres[2 * i + 1] ?? 0) / cell) * cols +
        Math.floor(Math.max(0, centres[2 * i] ?? 0) / cell),
    );
  for (let i = 0; i < n; i++) cellStart[cellOf(i) + 1]++;
  for (let k = 0; k < cells; k++) cellStart[k + 1] = (cellStart[k + 1] ?? 0) + (cellStart[k] ?? 0);
  const fill = cellStart.slice(0, cells);
  for (let i = 0; i < n; i++) inCell[fill[cellOf(i)]++] = i;

  let near = new Int32Array(64);
  const box = new Int32Array(4);
  const put = new Int32Array(4);
  const last = c.states - 1;
  return {
    // A box visits the marks of about 9 cells (n / cells each), sorts them and stamps them clipped: about 4
    // times the work of a mark in a whole frame, which stamps all n. At 100,000 people the cells are crowded
    // and this is about 50; drawing 6,000 changed people box by box there took longer than whole frames.
    limit: Math.floor(cells / 36),
    draw(pixels, edgePixels, state, changed, count, colors, ringColor) {
      const { nodeState, changedAt, t } = state;
      const stateOf = (i: number): number => {
        const raw = nodeState[i] ?? 0;
        return raw >= 0 && raw <= last ? raw : 0;
      };
      const withEdges = edgePixels.length === pixels.length;
      put.set([W, H, 0, 0]);
      for (let k = 0; k < count; k++) {
        const i = changed[k] ?? 0;
        const cx = centres[2 * i] ?? 0;
        const cy = centres[2 * i + 1] ?? 0;
        const reach = reachOf[classOf[i] ?? 0] ?? 0;
        box.set([
          Math.max(0, cx - reach),
          Math.max(0, cy - reach),
          Math.min(W, cx + reach + 1),
          Math.min(H, cy + reach + 1),
        ]);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
        if (x0 >= x1 || y0 >= y1) continue;
        // The links under the box.
        for (let y = y0; y < y1; y++) {
          for (let p = y * W + x0, end = y * W + x1; p < end; p++)
            pixels[p] = withEdges ? (edgePixels[p] ?? 0) : 0;
        }
        // Every mark that may reach into it, by state then index: the order of a whole frame.
        let found = 0;
        const r1 = Math.min(rows - 1, Math.floor((y1 + maxReach) / cell));
        const c1 = Math.min(cols - 1, Math.floor((x1 + maxReach) / cell));
        for (let row = Math.floor(Math.max(0, y0 - maxReach) / cell); row <= r1; row++) {
          for (let col = Math.floor(Math.max(0, x0 - maxReach) / cell); col <= c1; col++) {
            const at = row * cols + col;
            for (let s = cellStart[at] ?? 0; s < (cellStart[at + 1] ?? 0); s++) {
              const j = inCell[s] ?? 0;
              if (found === near.length) {
                const bigger = new Int32Array(2 * near.length);
                bigger.set(near);
                near = bigger;
              }
              near[found++] = stateOf(j) * n + j;
            }
          }
        }
        const sorted = near.subarray(0, found).sort();
        for (let s = 0; s < found; s++) {
          const j = (sorted[s] ?? 0) % n;
          const ring = rings[classOf[j] ?? 0];
          if (ring && changedAt[j] === t)
            stampClipped(pixels, W, box, centres[2 * j] ?? 0, centres[2 * j + 1] ?? 0, ring, ringColor);
        }
        for (let s = 0; s < found; s++) {
          const j = (sorted[s] ?? 0) % n;
          const st = stateOf(j);
          const stamp = stamps[classOf[j] ?? 0]?.[st];
          if (stamp)
            stampClipped(
              pixels,
              W,
              box,
              centres[2 * j] ?? 0,
              centres[2 * j + 1] ?? 0,
              stamp,
              colors[st] ?? 0,
            );
        }
        put.set([
          Math.min(put[0] ?? 0, x0),
          Math.min(put[1] ?? 0, y0),
          Math.max(put[2] ?? 0, x1),
          Math.max(put[3] ?? 0, y1),
        ]);
      }
      return put;
    },
  };
}
