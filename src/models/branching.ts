/**
 * Branching: will this complaint fizzle or explode? A stochastic Galton–Watson process.
 *
 * One customer tells the story; every person who hears it passes it to a random number of new people,
 * negative-binomial with mean R and dispersion κ. Small κ means most people tell nobody and a few tell very
 * many (a broadcast, a viral post); κ ≥ 1000 is Poisson, where everyone is alike. A chain that reaches the
 * cap counts as "went viral"; one that dies out first "fizzled".
 *
 * Computes one run by generation (with the who-told-whom tree for its first 500 people) and an ensemble of
 * many runs from the same seed: P(fizzle), P(viral), the distribution of total size and the mean by
 * generation. Analytic checks: the mean of generation g is R^g; the chance of dying out is the smallest root
 * of q = (1 + R(1 − q)/κ)^(−κ) (see branching-analytic.ts).
 *
 * Parameters (default in brackets): r, mean retellings per person [0.9]; kappa, dispersion κ [0.5];
 * cap, people reached that counts as viral [10,000]; maxGenerations [50]; runs in the ensemble [2,000].
 *
 * Sources: Galton & Watson (1875); Harris, "The Theory of Branching Processes" (1963); negative-binomial
 * offspring for superspreading as in Lloyd-Smith, Schreiber, Kopp & Getz (2005), Nature 438:355–359.
 * The viral coefficient K plays the role of R [D12, D13]; Goel et al. (2016) found most online cascades tiny
 * and popularity driven by the largest broadcasts [D11], which is what small κ produces.
 */
import { expectedTotalSize, extinctionProbability, generationMean } from './branching-analytic.ts';
import { runChains, type BranchingChain } from './branching-chains.ts';
import {
  runBranching,
  simulateEnsemble,
  type BranchingEnsemble,
  type BranchingRun,
  type BranchingSimParams,
} from './branching-sim.ts';
import { branchingText as text } from '../strings/models/branching.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import { createRandom, normalizeSeed } from './random.ts';
import type { ModelCore, ParamSpec, Preset, SeriesView } from './types.ts';

export {
  createBranchingRun,
  runBranching,
  simulateEnsemble,
  sizeBinEdges,
  TREE_LIMIT,
  type BranchingEnsemble,
  type BranchingOutcome,
  type BranchingRun,
  type BranchingStepper,
  type BranchingTree,
  type SizeBin,
} from './branching-sim.ts';
export { CHAIN_COUNT, CHAIN_TREE_LIMIT, runChains, type BranchingChain } from './branching-chains.ts';
export {
  expectedTotalSize,
  extinctionProbability,
  generationMean,
  generationVariance,
  offspringPgf,
} from './branching-analytic.ts';

export type BranchingParams = {
  r: number;
  kappa: number;
  cap: number;
  maxGenerations: number;
  runs: number;
};

export interface BranchingResult {
  run: BranchingRun;
  ensemble: BranchingEnsemble;
  /**
   * A few dozen more runs from the same seed, each with its first people as a tree, for a picture of many
   * chains at once (most die, a few explode). Optional so results kept from an older version still draw.
   */
  chains?: BranchingChain[];
  /** The analytic values the ensemble should approach. */
  analytic: {
    /** Chance a chain dies out eventually (with no cap): the smallest root of q = G(q). */
    extinction: number;
    /** Expected total size when R < 1, starter included; null when R ≥ 1. */
    meanTotal: number | null;
  };
}

export const branchingSpec = [
  {
    kind: 'number',
    id: 'r',
    ...text.params.r,
    unit: 'people',
    min: 0,
    max: 5,
    step: 0.01,
    default: 0.9,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'kappa',
    ...text.params.kappa,
    unit: '',
    min: 0.01,
    max: 1000,
    step: 0.01,
    default: 0.5,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'cap',
    ...text.params.cap,
    unit: 'people',
    min: 10,
    max: 1_000_000,
    step: 1,
    default: 10_000,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'maxGenerations',
    ...text.params.maxGenerations,
    unit: 'generations',
    min: 1,
    max: 200,
    step: 1,
    default: 50,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'runs',
    ...text.params.runs,
    unit: 'runs',
    min: 10,
    max: 100_000,
    step: 10,
    default: 2000,
    scale: 'log',
  },
] as const satisfies readonly ParamSpec[];

export const branchingPresets: Record<string, Preset<BranchingParams>> = {
  'ubg-2009': {
    params: { r: 1.1, kappa: 0.15 },
  },
  'everyday-complaint': {
    params: { r: 0.6, kappa: 0.5 },
  },
  'viral-k': {
    params: { r: 0.7, kappa: 1000 },
  },
  'comcast-technician-2006': {
    params: { r: 1.1, kappa: 0.15, cap: 500_000, maxGenerations: 200 },
  },
};

function simParams(params: BranchingParams): BranchingSimParams {
  return { r: params.r, kappa: params.kappa, cap: params.cap, maxGenerations: params.maxGenerations };
}

/**
 * The ensemble draws from its own stream, derived from the seed: changing the number of runs leaves the single
 * run alone, and the worker's ensemble for a seed is the same as the one `run` returns for that seed.
 */
const ENSEMBLE_STREAM = 0x9e3779b9;

/** Many runs from one seed; the same seed gives the same ensemble. */
export function runEnsemble(
  params: BranchingParams,
  seed: number,
  runs: number = params.runs,
): BranchingEnsemble {
  return simulateEnsemble(
    simParams(params),
    createRandom((normalizeSeed(seed) ^ ENSEMBLE_STREAM) >>> 0),
    runs,
  );
}

export function runBranchingModel(params: BranchingParams, seed: number): BranchingResult {
  return {
    run: runBranching(simParams(params), createRandom(seed)),
    ensemble: runEnsemble(params, seed, params.runs),
    chains: runChains(simParams(params), seed),
    analytic: {
      extinction: extinctionProbability(params.r, params.kappa),
      meanTotal: expectedTotalSize(params.r),
    },
  };
}

function branchingSeries(result: BranchingResult, params: BranchingParams): SeriesView {
  const { run, ensemble } = result;
  const length = Math.max(run.counts.length, ensemble.meanByGeneration.length);
  const x = Array.from({ length }, (_, g) => g);
  const pad = (values: readonly number[]) => x.map((g) => values[g] ?? 0);
  return {
    x,
    xLabel: text.series.x,
    xUnit: 'generations',
    series: [
      { id: 'runNew', label: text.series.runNew, unit: 'people', values: pad(run.counts) },
      {
        id: 'runTotal',
        label: text.series.runTotal,
        unit: 'people',
        values: x.map((g) => run.cumulative[g] ?? run.total),
      },
      {
        id: 'ensembleMean',
        label: text.series.ensembleMean,
        unit: 'people',
        values: pad(ensemble.meanByGeneration),
      },
      {
        id: 'theoryMean',
        label: text.series.theoryMean,
        unit: 'people',
        values: x.map((g) => generationMean(params.r, g)),
      },
    ],
  };
}

/**
 * The model without its summary in words: what the browser loads with a figure (src/elements/loaders.ts). The
 * words are in ./branching-describe.ts, loaded when a run needs new ones; the whole definition, `branching`,
 * is in ./index.ts.
 */
export const branchingCore: ModelCore<BranchingParams, BranchingResult, 'branching'> = {
  id: 'branching',
  name: text.model.name,
  version: '1.0.0',
  spec: branchingSpec,
  presets: branchingPresets,
  stochastic: true,
  defaults: () => defaultsOf<BranchingParams>(branchingSpec),
  normalize: (input) => normalizeParams<BranchingParams>(branchingSpec, input),
  run: runBranchingModel,
  toSeries: branchingSeries,
};

/** The name the registry finds this model's core by (src/models/cores.ts, src/elements/loaders.ts). */
export { branchingCore as core };

// This model's own types in the registry's tables (src/models/registry.ts).
declare module './registry.ts' {
  interface ModelCores {
    branching: typeof branchingCore;
  }
}
