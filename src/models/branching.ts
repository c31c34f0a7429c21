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
import {
  runBranching,
  simulateEnsemble,
  type BranchingEnsemble,
  type BranchingRun,
  type BranchingSimParams,
} from './branching-sim.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import { createRandom, normalizeSeed } from './random.ts';
import type { ModelDefinition, ParamSpec, Preset, SeriesView } from './types.ts';

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
    label: 'Average retellings per person (R)',
    unit: 'people',
    min: 0,
    max: 5,
    step: 0.01,
    default: 0.9,
    scale: 'linear',
    help: 'How many new people, on average, each person who hears the story passes it to. Above 1 it can grow.',
  },
  {
    kind: 'number',
    id: 'kappa',
    label: 'Evenness of retelling (dispersion κ)',
    unit: '',
    min: 0.01,
    max: 1000,
    step: 0.01,
    default: 0.5,
    scale: 'log',
    help: 'Small: most tell nobody and a few tell crowds. 1000 means everyone is alike (Poisson).',
  },
  {
    kind: 'number',
    id: 'cap',
    label: 'People reached that counts as viral',
    unit: 'people',
    min: 10,
    max: 1_000_000,
    step: 1,
    default: 10_000,
    scale: 'log',
    help: 'A chain that reaches this many people, starter included, is counted as having gone viral and stops.',
  },
  {
    kind: 'number',
    id: 'maxGenerations',
    label: 'Most generations followed',
    unit: 'generations',
    min: 1,
    max: 200,
    step: 1,
    default: 50,
    scale: 'linear',
    help: 'A chain still alive after this many rounds of retelling is reported as still going.',
  },
  {
    kind: 'number',
    id: 'runs',
    label: 'Complaints simulated',
    unit: 'runs',
    min: 10,
    max: 100_000,
    step: 10,
    default: 2000,
    scale: 'log',
    help: 'How many independent complaints the ensemble follows to estimate the chance of fizzling.',
  },
] as const satisfies readonly ParamSpec[];

export const branchingPresets: Record<string, Preset<BranchingParams>> = {
  'ubg-2009': {
    label: 'A complaint video in 2009',
    description:
      'Most complaints fizzle and a very few explode. R = 1.1 says a typical viewer passes the story to about one ' +
      'other person; κ = 0.15 says almost all pass it to nobody while a rare blog, news desk or popular account ' +
      'passes it to thousands, the pattern Goel et al. found in a billion online cascades (popularity driven by ' +
      'the largest broadcasts). κ near 0.15 is also the superspreading value Lloyd-Smith et al. (2005) estimated ' +
      'for SARS. Both values are illustrative: nobody measured R or κ for this video.',
    source: 'D11',
    params: { r: 1.1, kappa: 0.15 },
  },
  'everyday-complaint': {
    label: 'An everyday complaint',
    description:
      'A complaint told over dinner: each hearer passes it on to about 0.6 people on average and some tell ' +
      'nobody (κ = 0.5), so the chain always dies out, after 2.5 people on average (1/(1 − R)). Illustrative values.',
    params: { r: 0.6, kappa: 0.5 },
  },
  'viral-k': {
    label: 'Viral coefficient K = 0.7',
    description:
      'The growth-marketing viral coefficient K (invitations per user × conversion) plays the role of R. With K = 0.7 ' +
      'every chain dies out, but each starter brings in 1/(1 − 0.7) ≈ 3.3 people in all. Retelling is even (Poisson).',
    source: 'D12, D13',
    params: { r: 0.7, kappa: 1000 },
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
    analytic: {
      extinction: extinctionProbability(params.r, params.kappa),
      meanTotal: expectedTotalSize(params.r),
    },
  };
}

const OUTCOME_WORDS = {
  fizzled: 'fizzled out',
  viral: 'went viral',
  ongoing: 'was still spreading when we stopped following it',
} as const;

function describeBranching(result: BranchingResult, params: BranchingParams): string {
  const { run, ensemble, analytic } = result;
  const generations = run.counts.length - 1;
  const single =
    `This complaint ${OUTCOME_WORDS[run.outcome]} after ${generations} ${generations === 1 ? 'generation' : 'generations'}, ` +
    `reaching ${formatCount(run.total)} ${run.total === 1 ? 'person' : 'people'}.`;
  const many =
    `Of ${formatCount(ensemble.runs)} complaints simulated with the same settings, ${formatPercent(ensemble.pFizzle)} ` +
    `fizzled out and ${formatPercent(ensemble.pViral)} reached ${formatCount(params.cap)} people` +
    (ensemble.ongoing > 0
      ? `; ${formatPercent(ensemble.pOngoing)} were still going after ${params.maxGenerations} generations.`
      : '.');
  const theory =
    params.r <= 1
      ? ` With R = ${formatNumber(params.r)} every chain dies out in the end` +
        (analytic.meanTotal !== null
          ? `, reaching ${formatNumber(analytic.meanTotal)} people on average.`
          : '.')
      : ` With R = ${formatNumber(params.r)} and κ = ${formatNumber(params.kappa)}, theory says ` +
        `${formatPercent(analytic.extinction)} of chains die out and the rest grow without limit.`;
  return `${single} ${many}${theory}`;
}

function branchingSeries(result: BranchingResult, params: BranchingParams): SeriesView {
  const { run, ensemble } = result;
  const length = Math.max(run.counts.length, ensemble.meanByGeneration.length);
  const x = Array.from({ length }, (_, g) => g);
  const pad = (values: readonly number[]) => x.map((g) => values[g] ?? 0);
  return {
    x,
    xLabel: 'Generation',
    xUnit: 'generations',
    series: [
      { id: 'runNew', label: 'This run: new people', unit: 'people', values: pad(run.counts) },
      {
        id: 'runTotal',
        label: 'This run: reached so far',
        unit: 'people',
        values: x.map((g) => run.cumulative[g] ?? run.total),
      },
      {
        id: 'ensembleMean',
        label: 'Average over all runs: new people',
        unit: 'people',
        values: pad(ensemble.meanByGeneration),
      },
      {
        id: 'theoryMean',
        label: 'Theory: R to the power g',
        unit: 'people',
        values: x.map((g) => generationMean(params.r, g)),
      },
    ],
  };
}

export const branching: ModelDefinition<BranchingParams, BranchingResult> = {
  id: 'branching',
  name: 'Fizzle or explode',
  version: '1.0.0',
  summary: 'A chance process of retelling: most complaints die out, a few reach huge numbers of people.',
  source:
    'Galton–Watson branching process (Harris 1963) with negative-binomial offspring as in Lloyd-Smith et al. (2005), ' +
    'Nature 438:355–359.',
  spec: branchingSpec,
  presets: branchingPresets,
  stochastic: true,
  defaults: () => defaultsOf<BranchingParams>(branchingSpec),
  normalize: (input) => normalizeParams<BranchingParams>(branchingSpec, input),
  run: runBranchingModel,
  describe: describeBranching,
  toSeries: branchingSeries,
};
