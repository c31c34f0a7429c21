/**
 * Measurements of a CSR graph: degree statistics, the degree histogram and the average local clustering
 * coefficient (Watts & Strogatz 1998: for each node, the share of pairs of its neighbours that are linked,
 * averaged over nodes; nodes with fewer than two neighbours count as 0, as in Watts–Strogatz and networkx).
 */
import type { Graph } from './graph-csr.ts';
import { createRandom } from './random.ts';
import type { Random } from './types.ts';

export interface DegreeStats {
  nodes: number;
  edges: number;
  mean: number;
  min: number;
  max: number;
}

export function degreeStats(graph: Graph): DegreeStats {
  const { n, offsets } = graph;
  let min = n > 0 ? Infinity : 0;
  let max = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1] - offsets[v];
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const ends = graph.neighbors.length;
  return { nodes: n, edges: ends / 2, mean: n > 0 ? ends / n : 0, min, max };
}

/** counts[d] = number of nodes with degree d, for d = 0 … max degree. */
export function degreeHistogram(graph: Graph): number[] {
  const { n, offsets } = graph;
  const counts: number[] = [];
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1] - offsets[v];
    while (counts.length <= d) counts.push(0);
    counts[d]++;
  }
  return counts;
}

/**
 * Local clustering of node v: links among its neighbours / (d(d − 1)/2). `mark` is scratch space of length n
 * holding a stamp per node, so no set is allocated per node.
 */
function localClustering(graph: Graph, v: number, mark: Int32Array, stamp: number): number {
  const { offsets, neighbors } = graph;
  const start = offsets[v];
  const end = offsets[v + 1];
  const d = end - start;
  if (d < 2) return 0;
  for (let i = start; i < end; i++) mark[neighbors[i]] = stamp;
  let links = 0;
  for (let i = start; i < end; i++) {
    const u = neighbors[i];
    for (let j = offsets[u]; j < offsets[u + 1]; j++) {
      if (mark[neighbors[j]] === stamp) links++;
    }
  }
  // Each link among neighbours was seen from both ends.
  return links / (d * (d - 1));
}

export interface ClusteringOptions {
  /** Above this many nodes, average over a uniform sample of this many (default 5,000). */
  maxNodes?: number;
  /** Random source for the sample; defaults to a fixed seed so the estimate is reproducible. */
  random?: Random;
}

/** Average local clustering coefficient; exact up to `maxNodes` nodes, a seeded sample above. */
export function clusteringCoefficient(graph: Graph, options: ClusteringOptions = {}): number {
  const { n } = graph;
  if (n === 0) return 0;
  const maxNodes = Math.max(1, Math.floor(options.maxNodes ?? 5000));
  const mark = new Int32Array(n);
  let sum = 0;
  if (n <= maxNodes) {
    for (let v = 0; v < n; v++) sum += localClustering(graph, v, mark, v + 1);
    return sum / n;
  }
  const random = options.random ?? createRandom(1);
  for (let s = 0; s < maxNodes; s++) {
    const v = Math.floor(random() * n);
    sum += localClustering(graph, v, mark, s + 1);
  }
  return sum / maxNodes;
}
