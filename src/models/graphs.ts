/**
 * Network generators, all returning CSR typed arrays (see graph-csr.ts) and all driven by a seeded random
 * source, so the same seed gives the same network everywhere.
 *
 * - Erdős–Rényi G(n, p) with p = c/(n − 1) for mean degree c (Erdős & Rényi 1959; Gilbert 1959), generated in
 *   time proportional to the number of edges by geometric skipping (Batagelj & Brandes 2005, Phys. Rev. E 71).
 * - Watts–Strogatz small world (Watts & Strogatz 1998, Nature 393:440–442): a ring where each node links to its
 *   k nearest neighbours (k/2 each side), then each link's far end is rewired with probability p to a node
 *   chosen uniformly, never making a self-loop or a duplicate.
 * - Barabási–Albert preferential attachment (Barabási & Albert 1999, Science 286:509–512): a complete core of
 *   m + 1 nodes, then each new node links to m distinct existing nodes chosen in proportion to degree, drawn
 *   by picking a uniform entry of the list of all edge endpoints (a node of degree d appears d times in it).
 * - Broadcast hubs: h extra nodes (media, influencer or company accounts), each linked to every person
 *   independently with a given probability (the hub's reach share).
 *
 * Small and odd sizes never throw: n = 0 gives an empty graph, n = 1 a single node, k ≥ n is clamped to
 * the largest ring that fits, and m ≥ n gives a complete graph.
 */
import { buildCsr, EdgeList, EdgeSet, type Graph } from './graph-csr.ts';
import { geometricSkip } from './random.ts';
import type { Random } from './types.ts';

export { buildCsr, degree, EdgeList, EdgeSet, edgePairs, type Graph } from './graph-csr.ts';
export { clusteringCoefficient, degreeHistogram, degreeStats, type DegreeStats } from './graph-metrics.ts';

/** A network with broadcast hubs: the hubs are the last `hubs.length` nodes. */
export interface HubGraph extends Graph {
  hubs: Int32Array;
}

function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Every pair linked: the graph for p ≥ 1, and for tiny n in the other generators. */
export function completeGraph(nodes: number): Graph {
  const n = wholeCount(nodes);
  const edges = new EdgeList((n * (n - 1)) / 2);
  for (let v = 1; v < n; v++) for (let w = 0; w < v; w++) edges.add(v, w);
  return buildCsr(n, edges.pairs, edges.length);
}

/**
 * Erdős–Rényi G(n, p) with p = meanDegree / (n − 1): each of the n(n − 1)/2 pairs is linked independently.
 * Instead of a coin per pair, jumps straight to the next linked pair by a geometric skip.
 */
export function erdosRenyi(nodes: number, meanDegree: number, random: Random): Graph {
  const n = wholeCount(nodes);
  const p = n > 1 ? Math.min(1, Math.max(0, meanDegree / (n - 1))) : 0;
  if (p <= 0 || n < 2) return buildCsr(n, new Int32Array(0), 0);
  if (p >= 1) return completeGraph(n);
  const logOneMinusP = Math.log1p(-p);
  const edges = new EdgeList((p * n * (n - 1)) / 2 + 16);
  // Walk the pairs (v, w) with w < v in order; geometricSkip says how many unlinked pairs to pass.
  let v = 1;
  let w = -1;
  while (v < n) {
    w += 1 + geometricSkip(random, logOneMinusP);
    while (w >= v && v < n) {
      w -= v;
      v++;
    }
    if (v < n) edges.add(v, w);
  }
  return buildCsr(n, edges.pairs, edges.length);
}

/**
 * Watts–Strogatz: ring lattice with k nearest neighbours (k/2 each side; an odd k is rounded down), then each
 * link (i, i + j) is rewired with probability p to (i, w), w uniform among nodes not i and not already linked
 * to i. Same loop order as the original and as networkx: for each distance j, for each node i.
 */
export function wattsStrogatz(nodes: number, k: number, rewire: number, random: Random): Graph {
  const n = wholeCount(nodes);
  if (n < 2) return buildCsr(n, new Int32Array(0), 0);
  // Two nodes: the ring's left and right neighbour are the same node, so k ≥ 2 means one link.
  if (n === 2) return wholeCount(k) >= 2 ? completeGraph(2) : buildCsr(2, new Int32Array(0), 0);
  // At most (n − 1)/2 each side, so the two sides never meet and no link is made twice.
  const half = Math.min(Math.floor(wholeCount(k) / 2), Math.floor((n - 1) / 2));
  const edgeCount = n * half;
  // Link e = (j − 1)·n + i is the ring link (i, i + j) until it is rewired; `to` holds its far end.
  const from = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const deg = new Int32Array(n).fill(2 * half);
  let e = 0;
  for (let j = 1; j <= half; j++) {
    for (let i = 0; i < n; i++) {
      from[e] = i;
      to[e] = (i + j) % n;
      e++;
    }
  }
  const p = Math.min(1, Math.max(0, rewire));
  if (p > 0) {
    // Only rewired links go into the duplicate set (about p·n·k/2 of them): whether a ring link still stands
    // is read from `to`, so the n·k/2 ring links are never hashed. The same answers as a set of every link,
    // so the same random draws and the same network for a seed.
    const rewired = new EdgeSet(n, p * edgeCount + 16);
    const ringLinkStands = (a: number, b: number): boolean => {
      const forward = (b - a + n) % n;
      if (forward >= 1 && forward <= half) return to[(forward - 1) * n + a] === b;
      const backward = n - forward;
      return backward >= 1 && backward <= half && to[(backward - 1) * n + b] === a;
    };
    const linked = (a: number, b: number) => ringLinkStands(a, b) || rewired.has(a, b);
    for (let e2 = 0; e2 < edgeCount; e2++) {
      if (random() >= p) continue;
      const i = from[e2];
      if (deg[i] >= n - 1) continue; // linked to everyone already: nowhere to rewire to
      let w = Math.floor(random() * n);
      while (w === i || linked(i, w)) w = Math.floor(random() * n);
      // Each link is visited once, so its far end is still the ring's: rewiring it is setting `to`.
      const old = to[e2];
      rewired.add(i, w);
      deg[old]--;
      deg[w]++;
      to[e2] = w;
    }
  }
  const pairs = new Int32Array(edgeCount * 2);
  for (let i = 0; i < edgeCount; i++) {
    pairs[2 * i] = from[i];
    pairs[2 * i + 1] = to[i];
  }
  return buildCsr(n, pairs, edgeCount);
}

/** Barabási–Albert's CSR fill works in blocks of 2^BLOCK_BITS nodes: 4,096 rows of ~10 links fit in L2. */
const BLOCK_BITS = 12;

/**
 * Barabási–Albert: a complete core of m + 1 nodes, then nodes m + 1 … n − 1 each attach m links to distinct
 * existing nodes with probability proportional to degree. Total links m(m + 1)/2 + m(n − m − 1), so the mean
 * degree is 2m − m(m + 1)/n: 2m up to the core.
 */
export function barabasiAlbert(nodes: number, m: number, random: Random): Graph {
  const n = wholeCount(nodes);
  const links = Math.max(1, wholeCount(m));
  const core = links + 1;
  if (n <= core) return completeGraph(n);
  const coreLinks = (core * (core - 1)) / 2;
  const edgeCount = coreLinks + links * (n - core);
  // Conceptually the list of all edge endpoints, pairs (u, v) one after the other: the core's pairs (v, w) for
  // v = 1 … m, w < v, then pair k after the core is (core + ⌊k / m⌋, its k-th choice). Only the choices are
  // stored. A draw of a first end after the core is worked out from where it sits; a draw of a second end reads
  // `targets`, a list half the size of the full one (20 MB, not 40, at a million people), so more of it stays
  // in cache. The same draws and the same choices as reading a full list, so the same graph for a seed
  // (tests/models/graphs-same-seed.test.ts).
  const coreEndpoints = new Int32Array(2 * coreLinks);
  let coreEnds = 0;
  for (let v = 1; v < core; v++) {
    for (let w = 0; w < v; w++) {
      coreEndpoints[coreEnds++] = v;
      coreEndpoints[coreEnds++] = w;
    }
  }
  const pairEnds = 2 * links;
  const targets = new Int32Array(links * (n - core));
  // Links into each block of 2^BLOCK_BITS nodes, counted as they are made for the fill below.
  const blockOf = (node: number) => node >> BLOCK_BITS;
  const blocks = blockOf(n - 1) + 1;
  const blockStart = new Int32Array(blocks + 1);
  const chosen = new Int32Array(links);
  let filled = coreEnds;
  let made = 0;
  for (let v = core; v < n; v++) {
    let count = 0;
    while (count < links) {
      const at = Math.floor(random() * filled);
      const past = at - coreEnds;
      let target: number;
      if (past < 0) target = coreEndpoints[at];
      else if ((past & 1) === 0) target = core + Math.floor(past / pairEnds);
      else target = targets[past >> 1];
      let duplicate = false;
      for (let c = 0; c < count; c++) {
        if (chosen[c] === target) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) chosen[count++] = target;
    }
    // Added only after all m are chosen, so this node's own links do not bias its choices.
    for (let c = 0; c < links; c++) {
      targets[made++] = chosen[c];
      blockStart[blockOf(chosen[c]) + 1]++;
    }
    filled += pairEnds;
  }
  return fillBarabasiAlbert(n, links, targets, blockStart, edgeCount);
}

/**
 * The CSR of a Barabási–Albert graph from its choices, in the order buildCsr gives from the full endpoint
 * list (pair by pair), so each node's neighbours come as they always have: a core node's other core nodes
 * ascending, or a later node's own m choices in the order drawn; then those who chose it, ascending.
 *
 * Who chose whom is first sorted into blocks of 2^BLOCK_BITS nodes by the chosen node (a few hundred
 * sequential streams), then each block's rows are counted, placed and filled while they sit in cache. Writing
 * each link straight into its row would be a write at a random place in a 40 MB array at a million people,
 * and counting degrees a random increment in a 4 MB one.
 */
function fillBarabasiAlbert(
  n: number,
  links: number,
  targets: Int32Array,
  blockStart: Int32Array,
  edgeCount: number,
): Graph {
  const core = links + 1;
  const size = 1 << BLOCK_BITS;
  const blocks = blockStart.length - 1;
  for (let b = 0; b < blocks; b++) blockStart[b + 1] += blockStart[b];
  const blockCursor = blockStart.slice(0, blocks);
  const byBlockChooser = new Int32Array(targets.length);
  // Where in its block the chosen node sits: below 2^BLOCK_BITS, so two bytes a link rather than four.
  const byBlockTarget = new Uint16Array(targets.length);
  for (let k = 0, v = core; v < n; v++) {
    for (let c = 0; c < links; c++, k++) {
      const target = targets[k];
      const at = blockCursor[target >> BLOCK_BITS]++;
      byBlockChooser[at] = v;
      byBlockTarget[at] = target & (size - 1);
    }
  }
  const offsets = new Int32Array(n + 1);
  const neighbors = new Int32Array(2 * edgeCount);
  const cursor = new Int32Array(size);
  for (let b = 0; b < blocks; b++) {
    const lo = b * size;
    const hi = Math.min(n, lo + size);
    const from = blockStart[b];
    const to = blockStart[b + 1];
    cursor.fill(0);
    for (let i = from; i < to; i++) cursor[byBlockTarget[i]]++;
    for (let x = lo; x < hi; x++) {
      const start = offsets[x];
      let at = start;
      if (x < core) {
        for (let w = 0; w < core; w++) if (w !== x) neighbors[at++] = w;
      } else {
        for (let c = 0, k = (x - core) * links; c < links; c++) neighbors[at++] = targets[k + c];
      }
      offsets[x + 1] = at + cursor[x - lo];
      cursor[x - lo] = at;
    }
    for (let i = from; i < to; i++) neighbors[cursor[byBlockTarget[i]]++] = byBlockChooser[i];
  }
  return { n, offsets, neighbors };
}

/**
 * Adds `hubCount` broadcast hubs to a network: hub h (node base.n + h) links to each of the base's people
 * independently with probability `reachShare`. Hubs are not linked to each other.
 *
 * Written straight into the new CSR in one sequential pass over the base, never through an edge list and a
 * rebuild (568 ms at a million people that way). The order of each person's neighbours is kept exactly as the
 * rebuild made it, since the cascade's random draws follow that order and a seed must give the same run:
 * neighbours below the person ascending, then those above in the base's order, then the hubs that reach them.
 */
export function addBroadcastHubs(
  base: Graph,
  hubCount: number,
  reachShare: number,
  random: Random,
): HubGraph {
  const hubsWanted = wholeCount(hubCount);
  const share = Math.min(1, Math.max(0, reachShare));
  const people = base.n;
  const n = people + hubsWanted;
  const hubs = new Int32Array(hubsWanted);
  for (let h = 0; h < hubsWanted; h++) hubs[h] = people + h;
  if (hubsWanted === 0) return { ...base, hubs };
  // Whom each hub reaches, drawn in the same order as ever: hub by hub, people ascending.
  const reached = new EdgeList(share * people * hubsWanted + 16);
  const hubDegree = new Int32Array(hubsWanted);
  const hubsOf = new Int32Array(people);
  if (share > 0 && people > 0) {
    const logOneMinusP = share < 1 ? Math.log1p(-share) : 0;
    for (let h = 0; h < hubsWanted; h++) {
      const hub = people + h;
      const step = share >= 1 ? () => 0 : () => geometricSkip(random, logOneMinusP);
      for (let v = step(); v < people; v += 1 + step()) {
        reached.add(hub, v);
        hubsOf[v]++;
        hubDegree[h]++;
      }
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < people; v++) {
    offsets[v + 1] = offsets[v] + (base.offsets[v + 1] - base.offsets[v]) + hubsOf[v];
  }
  for (let h = 0; h < hubsWanted; h++) offsets[people + h + 1] = offsets[people + h] + hubDegree[h];
  const neighbors = new Int32Array(offsets[n]);
  const from = base.neighbors;
  for (let v = 0; v < people; v++) {
    const start = base.offsets[v];
    const end = base.offsets[v + 1];
    const first = offsets[v];
    // One pass: those below v go to the front, sorted by insertion (a handful each, often in order already);
    // those above fill the back from its end, and are turned round after, back into the base's order.
    let at = first;
    let back = first + (end - start);
    for (let i = start; i < end; i++) {
      const w = from[i];
      if (w > v) {
        neighbors[--back] = w;
        continue;
      }
      let j = at++;
      while (j > first && neighbors[j - 1] > w) {
        neighbors[j] = neighbors[j - 1];
        j--;
      }
      neighbors[j] = w;
    }
    for (let lo = back, hi = first + (end - start) - 1; lo < hi; lo++, hi--) {
      const swap = neighbors[lo];
      neighbors[lo] = neighbors[hi];
      neighbors[hi] = swap;
    }
  }
  // The hubs: each person's hubs after their base neighbours in hub order, each hub's people ascending.
  const personCursor = new Int32Array(people);
  const pairs = reached.pairs;
  let hubAt = offsets[people];
  for (let e = 0; e < reached.length; e++) {
    const hub = pairs[2 * e];
    const v = pairs[2 * e + 1];
    neighbors[offsets[v + 1] - hubsOf[v] + personCursor[v]++] = hub;
    neighbors[hubAt++] = v;
  }
  return { n, offsets, neighbors, hubs };
}
