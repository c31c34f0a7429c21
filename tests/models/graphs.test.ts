import { describe, expect, it } from 'vitest';
import {
  addBroadcastHubs,
  barabasiAlbert,
  clusteringCoefficient,
  completeGraph,
  degreeHistogram,
  degreeStats,
  erdosRenyi,
  wattsStrogatz,
  type Graph,
} from '../../src/models/graphs.ts';
import { createRandom } from '../../src/models/random.ts';

/**
 * Problems with a CSR graph: offsets must be monotone, neighbours in range, no self-loops, no duplicates, and
 * every link stored in both directions. Plain loops, one assertion at the end (expect() per entry is slow).
 */
function graphProblems(graph: Graph): string[] {
  const { n, offsets, neighbors } = graph;
  const problems: string[] = [];
  if (offsets.length !== n + 1) problems.push(`offsets has length ${offsets.length}`);
  if (offsets[0] !== 0 || offsets[n] !== neighbors.length) problems.push('offsets do not span neighbors');
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n && problems.length < 5; u++) {
    if (offsets[u + 1] < offsets[u]) problems.push(`offsets decrease at ${u}`);
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const v = neighbors[i];
      if (v < 0 || v >= n) problems.push(`${u} links to ${v}, out of range`);
      else if (v === u) problems.push(`self-loop at ${u}`);
      else if (mark[v] === u) problems.push(`duplicate link ${u}–${v}`);
      else mark[v] = u;
    }
  }
  // Symmetry: count both directions; every ordered pair's reverse must be present the same number of times.
  const forward = new Map<number, number>();
  for (let u = 0; u < n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const v = neighbors[i];
      const key = Math.min(u, v) * n + Math.max(u, v);
      forward.set(key, (forward.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of forward) if (count !== 2) problems.push(`link ${key} stored ${count} times`);
  return problems.slice(0, 5);
}

function expectValidGraph(graph: Graph): void {
  expect(graphProblems(graph)).toEqual([]);
}

describe('the validity check itself', () => {
  it('catches a self-loop, a duplicate and a one-way link', () => {
    const bad: Graph = {
      n: 3,
      offsets: new Int32Array([0, 3, 4, 4]),
      neighbors: new Int32Array([0, 1, 1, 2]),
    };
    expect(graphProblems(bad).join('; ')).toMatch(/self-loop.*duplicate/);
    const oneWay: Graph = { n: 2, offsets: new Int32Array([0, 1, 1]), neighbors: new Int32Array([1]) };
    expect(graphProblems(oneWay).length).toBeGreaterThan(0);
  });
});

describe('Erdős–Rényi', () => {
  it('has mean degree c within 3 standard errors (n = 20,000, c = 5)', () => {
    // Edges ~ Binomial(n(n−1)/2, c/(n−1)), sd ≈ √(nc/2) = 223.6, so the mean degree's sd is 2·223.6/n = 0.0224.
    const graph = erdosRenyi(20_000, 5, createRandom(1));
    expect(Math.abs(degreeStats(graph).mean - 5)).toBeLessThan(3 * 0.0224);
    expectValidGraph(graph);
  });

  it('has Poisson-like degrees: variance ≈ mean, and clustering ≈ c/n', () => {
    const graph = erdosRenyi(20_000, 5, createRandom(2));
    const histogram = degreeHistogram(graph);
    const n = graph.n;
    const mean = histogram.reduce((s, count, d) => s + count * d, 0) / n;
    const variance = histogram.reduce((s, count, d) => s + count * (d - mean) ** 2, 0) / n;
    expect(variance / mean).toBeGreaterThan(0.95);
    expect(variance / mean).toBeLessThan(1.05);
    expect(clusteringCoefficient(graph)).toBeLessThan(0.002);
  });

  it('handles p = 0, p ≥ 1 and tiny n', () => {
    expect(degreeStats(erdosRenyi(100, 0, createRandom(1))).edges).toBe(0);
    expect(degreeStats(erdosRenyi(10, 50, createRandom(1))).edges).toBe(45);
    for (const n of [0, 1, 2]) expectValidGraph(erdosRenyi(n, 3, createRandom(1)));
  });

  it('gives the same graph for the same seed', () => {
    expect(erdosRenyi(500, 4, createRandom(9))).toEqual(erdosRenyi(500, 4, createRandom(9)));
    expect(erdosRenyi(500, 4, createRandom(9)).neighbors).not.toEqual(
      erdosRenyi(500, 4, createRandom(10)).neighbors,
    );
  });
});

describe('Watts–Strogatz', () => {
  it('at rewiring 0 has clustering exactly 3(k − 2)/(4(k − 1)): k = 10 → 2/3, k = 4 → 1/2', () => {
    expect(clusteringCoefficient(wattsStrogatz(1000, 10, 0, createRandom(1)))).toBeCloseTo(2 / 3, 12);
    expect(clusteringCoefficient(wattsStrogatz(1000, 4, 0, createRandom(1)))).toBeCloseTo(1 / 2, 12);
  });

  it('keeps n·k/2 links and every node ≥ k/2 links when rewiring, and loses clustering as p grows', () => {
    const small = wattsStrogatz(2000, 10, 0.1, createRandom(3));
    const random = wattsStrogatz(2000, 10, 1, createRandom(3));
    expectValidGraph(small);
    expectValidGraph(random);
    expect(degreeStats(small).edges).toBe(10_000);
    expect(degreeStats(random).min).toBeGreaterThanOrEqual(5);
    // Watts & Strogatz (1998): C(p) ≈ C(0)(1 − p)³ for small p: 0.667 · 0.729 = 0.486.
    expect(clusteringCoefficient(small)).toBeGreaterThan(0.44);
    expect(clusteringCoefficient(small)).toBeLessThan(0.53);
    expect(clusteringCoefficient(random)).toBeLessThan(0.02);
  });

  it('clamps k ≥ n to the largest ring that fits, and handles n = 0, 1, 2, 3', () => {
    const tight = wattsStrogatz(7, 50, 0.5, createRandom(1));
    expectValidGraph(tight);
    expect(degreeStats(tight).edges).toBe(21); // complete graph on 7 nodes: half = 3 each side
    expect(degreeStats(wattsStrogatz(0, 4, 0.1, createRandom(1))).nodes).toBe(0);
    expect(degreeStats(wattsStrogatz(1, 4, 0.1, createRandom(1))).edges).toBe(0);
    expect(degreeStats(wattsStrogatz(2, 4, 0.1, createRandom(1))).edges).toBe(1);
    expect(degreeStats(wattsStrogatz(3, 2, 1, createRandom(1))).edges).toBe(3);
  });
});

describe('Barabási–Albert', () => {
  it('has exactly m(m+1)/2 + m(n − m − 1) links, so mean degree 2m − m(m+1)/n (n = 10,000, m = 3: 5.9988)', () => {
    const graph = barabasiAlbert(10_000, 3, createRandom(1));
    const stats = degreeStats(graph);
    expect(stats.edges).toBe(6 + 3 * 9996);
    expect(stats.mean).toBeCloseTo(6 - 12 / 10_000, 12);
    expect(stats.min).toBe(3);
    expectValidGraph(graph);
  });

  it('has a heavy tail: the largest degree is more than 10× the mean (n = 10,000, m = 3)', () => {
    const stats = degreeStats(barabasiAlbert(10_000, 3, createRandom(2)));
    expect(stats.max).toBeGreaterThan(10 * stats.mean);
  });

  it('has a degree tail P(k ≥ K) ∝ K^−2 (density slope −3): fitted log-log slope between −2.5 and −1.5', () => {
    // For BA, P(k) ≈ 2m²/k³, so the complementary CDF is m²/K². Fit log CCDF against log K for K in [2m, 20m].
    const graph = barabasiAlbert(100_000, 3, createRandom(3));
    const histogram = degreeHistogram(graph);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let K = 6; K <= 60; K += 3) {
      const atLeast = histogram.slice(K).reduce((a, b) => a + b, 0) / graph.n;
      xs.push(Math.log(K));
      ys.push(Math.log(atLeast));
    }
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const slope =
      xs.reduce((s, x, i) => s + (x - mx) * ((ys[i] ?? 0) - my), 0) /
      xs.reduce((s, x) => s + (x - mx) ** 2, 0);
    expect(slope).toBeGreaterThan(-2.5);
    expect(slope).toBeLessThan(-1.5);
  });

  it('gives a complete graph when n ≤ m + 1, and handles n = 0, 1, 2', () => {
    expect(degreeStats(barabasiAlbert(4, 5, createRandom(1))).edges).toBe(6);
    for (const n of [0, 1, 2]) expectValidGraph(barabasiAlbert(n, 2, createRandom(1)));
  });
});

describe('broadcast hubs', () => {
  it('links each hub to about share·n people (n = 10,000, share 0.2: 2,000 ± 3·40)', () => {
    const base = erdosRenyi(10_000, 4, createRandom(1));
    const graph = addBroadcastHubs(base, 3, 0.2, createRandom(2));
    expectValidGraph(graph);
    expect(graph.n).toBe(10_003);
    expect(Array.from(graph.hubs)).toEqual([10_000, 10_001, 10_002]);
    const sd = Math.sqrt(10_000 * 0.2 * 0.8);
    for (const hub of graph.hubs) {
      const degree = (graph.offsets[hub + 1] ?? 0) - (graph.offsets[hub] ?? 0);
      expect(Math.abs(degree - 2000)).toBeLessThan(3 * sd);
    }
    // The base links are all still there.
    expect(degreeStats(graph).edges - degreeStats(base).edges).toBe(
      Array.from(graph.hubs).reduce(
        (s, hub) => s + (graph.offsets[hub + 1] ?? 0) - (graph.offsets[hub] ?? 0),
        0,
      ),
    );
  });

  it('with share 1 links hubs to everyone; with 0 hubs returns the base', () => {
    const base = completeGraph(5);
    expect(degreeStats(addBroadcastHubs(base, 2, 1, createRandom(1))).edges).toBe(10 + 10);
    expect(addBroadcastHubs(base, 0, 0.5, createRandom(1)).neighbors).toBe(base.neighbors);
    expect(addBroadcastHubs(completeGraph(0), 2, 0.5, createRandom(1)).n).toBe(2);
  });
});

describe('clustering coefficient', () => {
  it('is 1 for a complete graph, 0 for a star, 0 for an empty graph', () => {
    expect(clusteringCoefficient(completeGraph(6))).toBe(1);
    const star = addBroadcastHubs(completeGraph(0), 0, 0, createRandom(1));
    expect(clusteringCoefficient(star)).toBe(0);
    const starWithHub = addBroadcastHubs(
      { n: 5, offsets: new Int32Array(6), neighbors: new Int32Array(0) },
      1,
      1,
      createRandom(1),
    );
    expect(clusteringCoefficient(starWithHub)).toBe(0);
  });

  it('estimates from a seeded sample when the graph is large (within 0.02 of the exact value)', () => {
    const graph = wattsStrogatz(20_000, 10, 0.05, createRandom(4));
    const exact = clusteringCoefficient(graph, { maxNodes: 20_000 });
    const sampled = clusteringCoefficient(graph, { maxNodes: 2000, random: createRandom(5) });
    expect(Math.abs(sampled - exact)).toBeLessThan(0.02);
  });
});
