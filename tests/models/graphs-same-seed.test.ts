/**
 * The faster builders give exactly the graphs of the straightforward ones they replaced, neighbour order
 * included (the cascade's random draws follow that order, so a seed must keep its run). The reference
 * versions below are the old code, kept here as the specification.
 */
import { describe, expect, it } from 'vitest';
import {
  addBroadcastHubs,
  barabasiAlbert,
  buildCsr,
  completeGraph,
  edgePairs,
  erdosRenyi,
  wattsStrogatz,
  type Graph,
  type HubGraph,
} from '../../src/models/graphs.ts';
import { createRandom, geometricSkip } from '../../src/models/random.ts';
import type { Random } from '../../src/models/types.ts';

/** Every draw reads the endpoint list. */
function referenceBarabasiAlbert(n: number, links: number, random: Random): Graph {
  const core = links + 1;
  if (n <= core) return completeGraph(n);
  const edgeCount = (core * (core - 1)) / 2 + links * (n - core);
  const endpoints = new Int32Array(edgeCount * 2);
  let filled = 0;
  for (let v = 1; v < core; v++) {
    for (let w = 0; w < v; w++) {
      endpoints[filled++] = v;
      endpoints[filled++] = w;
    }
  }
  const chosen = new Int32Array(links);
  for (let v = core; v < n; v++) {
    let count = 0;
    while (count < links) {
      const target = endpoints[Math.floor(random() * filled)] ?? 0;
      if (!chosen.subarray(0, count).includes(target)) chosen[count++] = target;
    }
    for (let c = 0; c < links; c++) {
      endpoints[filled++] = v;
      endpoints[filled++] = chosen[c] ?? 0;
    }
  }
  return buildCsr(n, endpoints, edgeCount);
}

/** The base's links listed again, the hubs' appended, and the whole graph built anew. */
function referenceHubs(base: Graph, hubCount: number, share: number, random: Random): HubGraph {
  const hubs = Int32Array.from({ length: hubCount }, (_, h) => base.n + h);
  const edges = edgePairs(base);
  if (share > 0 && base.n > 0) {
    const logOneMinusP = share < 1 ? Math.log1p(-share) : 0;
    for (let h = 0; h < hubCount; h++) {
      const skip = () => (share >= 1 ? 0 : geometricSkip(random, logOneMinusP));
      for (let v = skip(); v < base.n; v += 1 + skip()) edges.add(base.n + h, v);
    }
  }
  return { ...buildCsr(base.n + hubCount, edges.pairs, edges.length), hubs };
}

const same = (a: Graph, b: Graph) => {
  expect(a.n).toBe(b.n);
  expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets));
  expect(Array.from(a.neighbors)).toEqual(Array.from(b.neighbors));
};

describe('the same graph for the same seed as before', () => {
  it('Barabási–Albert, storing only the chosen ends and filling rows block by block', () => {
    for (const [n, m, seed] of [
      // 30,000 spans eight blocks of 4,096 nodes in the CSR fill, so links cross from block to block.
      [30_000, 4, 6],
      [5000, 5, 1],
      [3000, 1, 2],
      [2000, 3, 3],
      [50, 8, 4],
      [9, 8, 5],
    ] as const) {
      same(barabasiAlbert(n, m, createRandom(seed)), referenceBarabasiAlbert(n, m, createRandom(seed)));
    }
  });

  it('broadcast hubs, written straight into the new graph, on every kind of base', () => {
    const bases: Graph[] = [
      barabasiAlbert(3000, 5, createRandom(1)),
      wattsStrogatz(3000, 10, 0.2, createRandom(2)),
      erdosRenyi(3000, 8, createRandom(3)),
      completeGraph(7),
      completeGraph(0),
    ];
    for (const base of bases) {
      for (const [hubs, share] of [
        [3, 0.05],
        [2, 0.5],
        [1, 1],
        [4, 0],
      ] as const) {
        const a = addBroadcastHubs(base, hubs, share, createRandom(7));
        const b = referenceHubs(base, hubs, share, createRandom(7));
        same(a, b);
        expect(Array.from(a.hubs)).toEqual(Array.from(b.hubs));
      }
    }
  });

  it('leaves the random stream where the old code left it, so the cascade after it draws the same', () => {
    const base = barabasiAlbert(2000, 5, createRandom(1));
    const r1 = createRandom(9);
    const r2 = createRandom(9);
    addBroadcastHubs(base, 3, 0.05, r1);
    referenceHubs(base, 3, 0.05, r2);
    expect(r1()).toBe(r2());
  });
});
