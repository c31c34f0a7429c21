/**
 * Many chains at once, for a picture of chance (a grid of small trees: most die, a few explode). Apart from
 * branching.ts so the home page's little figure can run them without the ensemble, the analytic checks and the
 * model's words.
 */
import { createBranchingRun, type BranchingRun, type BranchingSimParams } from './branching-sim.ts';
import { createRandom, normalizeSeed } from './random.ts';

/** The chains are drawn from a stream of their own: the single run and the ensemble stay as they were. */
const CHAINS_STREAM = 0x85ebca6b;

/** How many chains the picture of many shows, and how many people of each it keeps. */
export const CHAIN_COUNT = 100;
export const CHAIN_TREE_LIMIT = 80;

/** One chain of the picture of many: its first people as a tree, its total and how it ended. */
export interface BranchingChain {
  parent: Int32Array;
  generation: Int32Array;
  total: number;
  outcome: BranchingRun['outcome'];
}

/** `count` independent chains from one seed, each keeping the tree of its first `treeLimit` people. */
export function runChains(
  params: BranchingSimParams,
  seed: number,
  count = CHAIN_COUNT,
  treeLimit = CHAIN_TREE_LIMIT,
): BranchingChain[] {
  const random = createRandom((normalizeSeed(seed) ^ CHAINS_STREAM) >>> 0);
  const sim = { r: params.r, kappa: params.kappa, cap: params.cap, maxGenerations: params.maxGenerations };
  const chains: BranchingChain[] = [];
  for (let i = 0; i < Math.max(0, Math.floor(count)); i++) {
    const run = createBranchingRun(sim, random, treeLimit);
    while (run.step()) {
      /* each step draws one generation */
    }
    const tree = run.tree();
    const outcome = run.outcome === 'running' ? 'ongoing' : run.outcome;
    chains.push({ parent: tree.parent, generation: tree.generation, total: run.total, outcome });
  }
  return chains;
}
