/**
 * The home page's figure, shared by the build (static SVG) and the browser (live): a hundred chains of one
 * complaint with uneven retelling, as in the flagship's "A complaint video in 2009", and the words over them.
 */
import type { BranchingGridData } from '../../charts/branching-grid';
import { runChains, type BranchingChain } from '../../models/branching-chains';
import { hookText } from '../../strings/views/hook';

/** Uneven retelling (κ = 0.15, a few people tell very many) and a cap of 2,000 reached: "went viral". */
export const HOOK = { kappa: 0.15, cap: 2000, maxGenerations: 40, start: 1.1, min: 0.5, max: 2, step: 0.1 };

export function hookChains(r: number, seed = 1): BranchingChain[] {
  return runChains({ r, kappa: HOOK.kappa, cap: HOOK.cap, maxGenerations: HOOK.maxGenerations }, seed);
}

const count = new Intl.NumberFormat('en-GB');

/** The grid's chains, made once per run of chains: the chart lays its trees out again only when they change. */
const cells = new WeakMap<object, BranchingGridData['chains']>();

export function hookGrid(chains: readonly BranchingChain[], upTo?: number): BranchingGridData {
  const n = (outcome: string) => chains.filter((c) => c.outcome === outcome).length;
  const ongoing = n('ongoing');
  let grid = cells.get(chains);
  if (!grid) {
    grid = chains.map((c) => ({ parent: c.parent, generation: c.generation, viral: c.outcome === 'viral' }));
    cells.set(chains, grid);
  }
  return {
    chains: grid,
    ...(upTo !== undefined ? { upTo } : {}),
    legend: hookText.legend,
    headline: hookText.headline({
      fizzled: count.format(n('fizzled')),
      viral: count.format(n('viral')),
      ongoing: ongoing > 0 ? count.format(ongoing) : null,
    }),
  };
}

/** The deepest generation drawn: the animation stops there. */
export function deepest(chains: readonly BranchingChain[]): number {
  let max = 0;
  for (const c of chains) for (const g of c.generation) if (g > max) max = g;
  return max;
}
