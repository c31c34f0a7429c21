/**
 * Graphs as compressed sparse rows (CSR): the neighbours of node v are neighbors[offsets[v] … offsets[v+1]).
 * Undirected: every edge is stored in both directions. Typed arrays only, so a graph of 100,000 nodes and a
 * million links costs a few megabytes, moves to and from a Web Worker without copying, and is walked
 * without allocating.
 */

export interface Graph {
  /** Number of nodes, numbered 0 … n − 1. */
  n: number;
  /** Length n + 1; node v's neighbours are neighbors[offsets[v]] … neighbors[offsets[v + 1] − 1]. */
  offsets: Int32Array;
  /** Length 2 × (number of edges). */
  neighbors: Int32Array;
}

/** A growable list of undirected edges stored as pairs in one Int32Array: [u0, v0, u1, v1, …]. */
export class EdgeList {
  pairs: Int32Array;
  length = 0;

  constructor(expectedEdges = 16) {
    this.pairs = new Int32Array(Math.max(2, Math.ceil(expectedEdges) * 2));
  }

  add(u: number, v: number): void {
    if (this.length * 2 + 2 > this.pairs.length) {
      const bigger = new Int32Array(this.pairs.length * 2);
      bigger.set(this.pairs);
      this.pairs = bigger;
    }
    this.pairs[this.length * 2] = u;
    this.pairs[this.length * 2 + 1] = v;
    this.length++;
  }
}

/**
 * Builds a CSR graph from `edgeCount` pairs [u0, v0, u1, v1, …] by counting sort: one pass for degrees,
 * one for positions. The caller guarantees no self-loops and no duplicate edges.
 */
export function buildCsr(n: number, pairs: Int32Array, edgeCount: number): Graph {
  const offsets = new Int32Array(n + 1);
  const ends = edgeCount * 2;
  for (let i = 0; i < ends; i++) offsets[pairs[i] + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const cursor = offsets.slice(0, n);
  const neighbors = new Int32Array(ends);
  for (let i = 0; i < ends; i += 2) {
    const u = pairs[i];
    const v = pairs[i + 1];
    neighbors[cursor[u]++] = v;
    neighbors[cursor[v]++] = u;
  }
  return { n, offsets, neighbors };
}

/** The graph's edges as pairs with u < v, each once. */
export function edgePairs(graph: Graph): EdgeList {
  const list = new EdgeList(graph.neighbors.length / 2);
  const { n, offsets, neighbors } = graph;
  for (let u = 0; u < n; u++) {
    for (let i = offsets[u]; i < offsets[u + 1]; i++) {
      const v = neighbors[i];
      if (u < v) list.add(u, v);
    }
  }
  return list;
}

export function degree(graph: Graph, v: number): number {
  return graph.offsets[v + 1] - graph.offsets[v];
}

const EMPTY = -1;

/**
 * A set of undirected edges for duplicate checks while generating: open addressing over a Float64Array,
 * the key of {u, v} being min·n + max (exact in a double for n up to 94 million). No objects per edge.
 * Only ever added to (the generators never take a link back), so there are no tombstones to step over.
 */
export class EdgeSet {
  private readonly n: number;
  private keys: Float64Array;
  private mask: number;
  size = 0;

  constructor(n: number, expectedEdges: number) {
    this.n = n;
    let capacity = 16;
    while (capacity < expectedEdges * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  private key(u: number, v: number): number {
    return u < v ? u * this.n + v : v * this.n + u;
  }

  private slot(key: number): number {
    // Mix the low and high 32 bits of the key (murmur3-style) into a table index.
    const lo = key >>> 0;
    const hi = Math.floor(key / 4294967296);
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  has(u: number, v: number): boolean {
    const key = this.key(u, v);
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === key) return true;
      if (k === EMPTY) return false;
    }
  }

  /** Adds {u, v}; returns false if it was already there. */
  add(u: number, v: number): boolean {
    const key = this.key(u, v);
    let i = this.slot(key);
    for (let k = this.keys[i]; k !== EMPTY; k = this.keys[i]) {
      if (k === key) return false;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = key;
    this.size++;
    if (this.size * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2).fill(EMPTY);
    this.mask = this.keys.length - 1;
    for (const k of old) {
      if (k === EMPTY) continue;
      let i = this.slot(k);
      while (this.keys[i] !== EMPTY) i = (i + 1) & this.mask;
      this.keys[i] = k;
    }
  }
}
