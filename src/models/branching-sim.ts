/**
 * Galton–Watson simulation of a complaint passed from person to person: one run generation by generation
 * (with the tree of who told whom, for small runs) and seeded ensembles of many runs.
 *
 * Each person who hears the complaint retells it to a negative-binomial number of new people with mean R and
 * dispersion κ (Poisson when κ ≥ 1000). A run ends when it dies out ("fizzled"), when the total number of
 * people reached, starter included, reaches the cap ("went viral"), or after the maximum number of
 * generations ("still going").
 *
 * Speed: a generation of n people is drawn as one negative binomial with mean n·R and dispersion n·κ (a sum
 * of Gamma–Poisson draws with the same κ is again Gamma–Poisson), so a run costs one draw per generation,
 * not one per person. Only the people kept in the drawn tree are drawn one by one.
 */
import { negativeBinomialSampler, negativeBinomialSumSampler } from './random.ts';
import type { Random } from './types.ts';

export interface BranchingSimParams {
  r: number;
  kappa: number;
  cap: number;
  maxGenerations: number;
}

export type BranchingOutcome = 'running' | 'fizzled' | 'viral' | 'ongoing';

/** The first people of a run as a tree: node i was told by parent[i] (−1 for the starter). */
export interface BranchingTree {
  parent: Int32Array;
  generation: Int32Array;
  /** True when the run reached more people than the tree keeps. */
  truncated: boolean;
}

export interface BranchingRun {
  /** New people per generation; counts[0] = 1, the customer who starts it. */
  counts: number[];
  /** Everyone reached by each generation, starter included. */
  cumulative: number[];
  total: number;
  outcome: Exclude<BranchingOutcome, 'running'>;
  tree: BranchingTree;
}

/** A run in progress; `step()` draws the next generation and returns false once the run has ended. */
export interface BranchingStepper {
  step(): boolean;
  readonly done: boolean;
  readonly generation: number;
  readonly counts: readonly number[];
  readonly total: number;
  readonly outcome: BranchingOutcome;
  tree(): BranchingTree;
  result(): BranchingRun;
}

/** How many people a drawn tree keeps: enough to see its shape, few enough to draw as SVG. */
export const TREE_LIMIT = 500;

export function createBranchingRun(
  params: BranchingSimParams,
  random: Random,
  treeLimit = TREE_LIMIT,
): BranchingStepper {
  const { r, kappa, cap, maxGenerations } = params;
  const drawOne = negativeBinomialSampler(random, r, kappa);
  const drawMany = negativeBinomialSumSampler(random);
  const limit = Math.max(1, Math.floor(treeLimit));
  const parent = new Int32Array(limit);
  const nodeGeneration = new Int32Array(limit);
  parent[0] = -1;
  let treeSize = 1;
  let truncated = false;
  // Tree nodes of the current generation are [genStart, genEnd).
  let genStart = 0;
  let genEnd = 1;
  const counts = [1];
  let total = 1;
  let generation = 0;
  let outcome: BranchingOutcome = cap <= 1 ? 'viral' : maxGenerations <= 0 ? 'ongoing' : 'running';

  function step(): boolean {
    if (outcome !== 'running') return false;
    const current = counts[generation] ?? 0;
    let next = 0;
    const nextStart = treeSize;
    // People of this generation who are in the tree: draw their children one by one and record them.
    for (let node = genStart; node < genEnd; node++) {
      const children = drawOne();
      next += children;
      const room = Math.min(children, limit - treeSize);
      for (let c = 0; c < room; c++) {
        parent[treeSize] = node;
        nodeGeneration[treeSize] = generation + 1;
        treeSize++;
      }
      if (room < children) truncated = true;
    }
    // Everyone else in this generation: one aggregated draw.
    const outsideTree = current - (genEnd - genStart);
    if (outsideTree > 0) {
      next += drawMany(outsideTree, r, kappa);
      truncated = true;
    }
    genStart = nextStart;
    genEnd = treeSize;
    generation++;
    counts.push(next);
    total += next;
    if (next === 0) outcome = 'fizzled';
    else if (total >= cap) outcome = 'viral';
    else if (generation >= maxGenerations) outcome = 'ongoing';
    return outcome === 'running';
  }

  function tree(): BranchingTree {
    return { parent: parent.slice(0, treeSize), generation: nodeGeneration.slice(0, treeSize), truncated };
  }

  return {
    step,
    get done() {
      return outcome !== 'running';
    },
    get generation() {
      return generation;
    },
    get counts() {
      return counts;
    },
    get total() {
      return total;
    },
    get outcome() {
      return outcome;
    },
    tree,
    result() {
      let sum = 0;
      const cumulative = counts.map((count) => (sum += count));
      const finished = outcome === 'running' ? 'ongoing' : outcome;
      return { counts: counts.slice(), cumulative, total, outcome: finished, tree: tree() };
    },
  };
}

/** One whole run, from the first teller until it fizzles, goes viral or runs out of generations. */
export function runBranching(params: BranchingSimParams, random: Random): BranchingRun {
  const run = createBranchingRun(params, random);
  while (run.step()) {
    /* each step draws one generation */
  }
  return run.result();
}

/** One bar of the total-size histogram: runs whose total is in [from, to). */
export interface SizeBin {
  from: number;
  /** Exclusive upper bound; for the "went viral" bar, one more than the largest total seen. */
  to: number;
  count: number;
  share: number;
  /** True for the last bar: runs that reached the cap. */
  viral: boolean;
}

export interface BranchingEnsemble {
  runs: number;
  fizzled: number;
  viral: number;
  /** Runs still going at the maximum number of generations, neither fizzled nor viral. */
  ongoing: number;
  pFizzle: number;
  pViral: number;
  pOngoing: number;
  /** Mean total size; a viral run counts with its size when it passed the cap, so this is a lower bound then. */
  meanTotal: number;
  largestTotal: number;
  /** Total sizes in 1–2–5 bins (1, 2–4, 5–9, 10–19 …) up to the cap, then one bar for runs that reached it. */
  sizeHistogram: SizeBin[];
  /** Mean number of new people in generation g over all runs (0 once a run died out). */
  meanByGeneration: number[];
  /** Standard deviation of the same; the standard error of the mean is sd/√runs. */
  sdByGeneration: number[];
}

/** Lower edges 1, 2, 5, 10, 20, 50 … below the cap, then the cap itself. */
export function sizeBinEdges(cap: number): number[] {
  const edges: number[] = [];
  for (let decade = 1; decade < cap; decade *= 10) {
    for (const multiplier of [1, 2, 5]) {
      if (multiplier * decade < cap) edges.push(multiplier * decade);
    }
  }
  edges.push(Math.max(cap, 1));
  return edges;
}

function binIndex(edges: readonly number[], total: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  // Last edge whose value is ≤ total.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((edges[mid] ?? Infinity) <= total) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Many independent runs from one seed. Generation sizes are kept in running sums only (no per-run arrays),
 * so 10,000 runs cost a few thousand draws' worth of allocations. The mean by generation covers every
 * generation up to the first one in which any run passed the cap (after that, capped runs are not followed).
 */
export function simulateEnsemble(
  params: BranchingSimParams,
  random: Random,
  runs: number,
): BranchingEnsemble {
  const { r, kappa, cap, maxGenerations } = params;
  const count = Math.max(0, Math.floor(runs));
  const drawMany = negativeBinomialSumSampler(random);
  const edges = sizeBinEdges(cap);
  const bins = new Float64Array(edges.length);
  const sum = new Float64Array(maxGenerations + 1);
  const sumSquares = new Float64Array(maxGenerations + 1);
  let observed = maxGenerations; // last generation every run was followed through
  let fizzled = 0;
  let viral = 0;
  let ongoing = 0;
  let totalSum = 0;
  let largest = 0;
  for (let run = 0; run < count; run++) {
    let current = 1;
    let total = 1;
    let generation = 0;
    sum[0] = sum[0] + 1;
    sumSquares[0] = sumSquares[0] + 1;
    let reachedCap = cap <= 1;
    while (!reachedCap && current > 0 && generation < maxGenerations) {
      current = drawMany(current, r, kappa);
      generation++;
      total += current;
      sum[generation] = sum[generation] + current;
      sumSquares[generation] = sumSquares[generation] + current * current;
      if (total >= cap) reachedCap = true;
    }
    if (reachedCap) {
      viral++;
      if (generation < observed) observed = generation;
    } else if (current === 0) fizzled++;
    else ongoing++;
    totalSum += total;
    if (total > largest) largest = total;
    const bin = reachedCap ? edges.length - 1 : Math.min(binIndex(edges, total), edges.length - 2);
    bins[bin] = bins[bin] + 1;
  }
  const share = (n: number) => (count > 0 ? n / count : 0);
  const sizeHistogram: SizeBin[] = edges.map((from, i) => {
    const isViral = i === edges.length - 1;
    const to = isViral ? Math.max(largest, from) + 1 : (edges[i + 1] ?? from + 1);
    const n = bins[i];
    return { from, to, count: n, share: share(n), viral: isViral };
  });
  const meanByGeneration: number[] = [];
  const sdByGeneration: number[] = [];
  for (let g = 0; g <= observed && count > 0; g++) {
    const mean = sum[g] / count;
    meanByGeneration.push(mean);
    sdByGeneration.push(Math.sqrt(Math.max(0, sumSquares[g] / count - mean * mean)));
  }
  return {
    runs: count,
    fizzled,
    viral,
    ongoing,
    pFizzle: share(fizzled),
    pViral: share(viral),
    pOngoing: share(ongoing),
    meanTotal: count > 0 ? totalSum / count : 0,
    largestTotal: largest,
    sizeHistogram,
    meanByGeneration,
    sdByGeneration,
  };
}
