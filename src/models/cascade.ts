/**
 * Network cascade: a complaint and the company's answer racing through a social network.
 *
 * Builds a network from the parameters (random, small-world or scale-free, plus broadcast hubs) and runs
 * two competing independent cascades on it (see cascade-dynamics.ts for the exact rules and states). The
 * same seed builds the same network and gives the same run: the graph is drawn first, then the poster and the
 * spread, all from one random stream.
 *
 * Parameters (default in brackets):
 *   network     kind of network: random (Erdős–Rényi), small-world (Watts–Strogatz), scale-free
 *               (Barabási–Albert) [scale-free]
 *   n           people in the network [2,000]; up to 100,000
 *   meanDegree  average links per person [10]; even, since Watts–Strogatz links k/2 each side and
 *               Barabási–Albert adds m = meanDegree/2 links per new person
 *   rewiring    small world only: chance each ring link is rewired [0.1]
 *   hubs        broadcast accounts added to the network (media, influencers, the company's own channels) [3]
 *   hubReach    share of people linked to each hub [0.05]
 *   betaC       chance a new complaint hearer passes it to each contact [0.25]
 *   betaR       chance a new answer hearer passes it to each contact [0.1]
 *   respond     whether the company answers [yes]
 *   responseDay day of the answer [2]
 *   apology     how much the answer's apology cuts βc from the next day on [0.5]
 *   maxDays     last day simulated [60]
 * Cross-parameter rule: the mean degree cannot exceed n − 1 (it is lowered, with a notice).
 *
 * Sources: independent cascade model, Kempe, Kleinberg & Tardos (2003), KDD [D5, D8]; networks from Erdős &
 * Rényi (1959), Watts & Strogatz (1998) [D14] and Barabási & Albert (1999) [D16]; competing messages with a
 * "first heard wins" rule as in studies of rumour and correction (e.g. Budak, Agrawal & El Abbadi 2011, WWW).
 * On Erdős–Rényi with mean degree c and no answer, the share reached in a large outbreak solves
 * s = 1 − exp(−c·βc·s) (bond percolation; Newman 2002, Phys. Rev. E 66:016128).
 *
 * A known simplification: the answer is published through the hubs whether or not the complaint got far, so
 * for a complaint that fizzled the answer's reach is overstated (in reality few would repeat a statement about
 * a story they never heard).
 */
import {
  runCascade,
  type CascadeDynamicsParams,
  type CascadeRun,
  type CascadeHistory,
} from './cascade-dynamics.ts';
import { cascadeText as text } from '../strings/models/cascade.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';
import { addBroadcastHubs, barabasiAlbert, erdosRenyi, wattsStrogatz, type HubGraph } from './graphs.ts';
import { defaultsOf, normalizeParams, snapToStep, numberParam } from './normalize.ts';
import { createRandom } from './random.ts';
import type { ModelDefinition, Normalized, ParamSpec, Preset, Random, SeriesView } from './types.ts';

export {
  ANSWER,
  choosePoster,
  COMPLAINT,
  COMPLAINT_THEN_ANSWER,
  createCascade,
  runCascade,
  UNAWARE,
  type Cascade,
  type CascadeCounts,
  type CascadeDynamicsParams,
  type CascadeHistory,
  type CascadeOptions,
  type CascadeRun,
  type NodeState,
} from './cascade-dynamics.ts';

export type NetworkKind = 'random' | 'small-world' | 'scale-free';

export type CascadeParams = {
  network: NetworkKind;
  n: number;
  meanDegree: number;
  rewiring: number;
  hubs: number;
  hubReach: number;
  betaC: number;
  betaR: number;
  respond: 'yes' | 'no';
  responseDay: number;
  apology: number;
  maxDays: number;
};

export interface CascadeResult {
  graph: HubGraph;
  run: CascadeRun;
}

export const NETWORK_LABELS: Record<NetworkKind, string> = text.params.network.options;

/** The network in running text: "a scale-free network (Barabási–Albert)". */
const NETWORK_PHRASES: Record<NetworkKind, string> = text.describe.network;

export const cascadeSpec = [
  {
    kind: 'choice',
    id: 'network',
    ...text.params.network,
    options: [
      { value: 'random', label: NETWORK_LABELS.random },
      { value: 'small-world', label: NETWORK_LABELS['small-world'] },
      { value: 'scale-free', label: NETWORK_LABELS['scale-free'] },
    ],
    default: 'scale-free',
  },
  {
    kind: 'number',
    id: 'n',
    ...text.params.n,
    unit: 'people',
    min: 10,
    max: 100_000,
    step: 1,
    default: 2000,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'meanDegree',
    ...text.params.meanDegree,
    unit: 'contacts',
    min: 2,
    max: 50,
    step: 2,
    default: 10,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'rewiring',
    ...text.params.rewiring,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'hubs',
    ...text.params.hubs,
    unit: 'hubs',
    min: 0,
    max: 20,
    step: 1,
    default: 3,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'hubReach',
    ...text.params.hubReach,
    unit: 'share',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.05,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'betaC',
    ...text.params.betaC,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.25,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'betaR',
    ...text.params.betaR,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    scale: 'linear',
  },
  {
    kind: 'choice',
    id: 'respond',
    ...text.params.respond,
    options: [
      { value: 'yes', label: text.params.respond.options.yes },
      { value: 'no', label: text.params.respond.options.no },
    ],
    default: 'yes',
  },
  {
    kind: 'number',
    id: 'responseDay',
    ...text.params.responseDay,
    unit: 'days',
    min: 0,
    max: 30,
    step: 1,
    default: 2,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'apology',
    ...text.params.apology,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'maxDays',
    ...text.params.maxDays,
    unit: 'days',
    min: 1,
    max: 365,
    step: 1,
    default: 60,
    scale: 'linear',
  },
] as const satisfies readonly ParamSpec[];

/** The timing presets share the defaults' network so that only the answer changes between them. */
export const cascadePresets: Record<string, Preset<CascadeParams>> = {
  'ubg-2009': {
    label: text.presets.ubg2009,
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-at-release': {
    label: text.presets.answerAtRelease,
    params: { respond: 'yes', responseDay: 0 },
  },
  'answer-after-two-days': {
    label: text.presets.answerAfterTwoDays,
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-week-one': {
    label: text.presets.answerWeekOne,
    params: { respond: 'yes', responseDay: 7 },
  },
  'no-answer': {
    label: text.presets.noAnswer,
    params: { respond: 'no' },
  },
};

/** Builds the network the parameters describe, hubs included, from the given random stream. */
export function buildNetwork(params: CascadeParams, random: Random): HubGraph {
  const { n, meanDegree } = params;
  const base =
    params.network === 'random'
      ? erdosRenyi(n, meanDegree, random)
      : params.network === 'small-world'
        ? wattsStrogatz(n, meanDegree, params.rewiring, random)
        : barabasiAlbert(n, Math.max(1, Math.round(meanDegree / 2)), random);
  return addBroadcastHubs(base, params.hubs, params.hubReach, random);
}

export function dynamicsParams(params: CascadeParams): CascadeDynamicsParams {
  return {
    betaC: params.betaC,
    betaR: params.betaR,
    respond: params.respond === 'yes',
    responseDay: params.responseDay,
    apology: params.apology,
    maxDays: params.maxDays,
  };
}

/** Network then cascade, from one seed. */
export function runCascadeModel(params: CascadeParams, seed: number): CascadeResult {
  const random = createRandom(seed);
  const graph = buildNetwork(params, random);
  const run = runCascade(graph, dynamicsParams(params), random);
  return { graph, run };
}

function normalizeCascade(input: unknown): Normalized<CascadeParams> {
  const result = normalizeParams<CascadeParams>(cascadeSpec, input);
  const { params } = result;
  // Nobody can have more contacts than there are other people.
  const degreeSpec = numberParam(cascadeSpec, 'meanDegree');
  const most = snapToStep(degreeSpec, Math.floor((params.n - 1) / degreeSpec.step) * degreeSpec.step);
  if (params.meanDegree > most) {
    result.notices.push({
      param: 'meanDegree',
      message: text.tooManyContacts(
        degreeSpec.label,
        formatNumber(params.meanDegree),
        formatCount(params.n),
        formatCount(params.n - 1),
        formatNumber(most),
      ),
    });
    params.meanDegree = most;
  }
  return result;
}

function heardComplaint(history: CascadeHistory, day: number): number {
  return (history.complaint[day] ?? 0) + (history.complaintThenAnswer[day] ?? 0);
}

function describeCascade(result: CascadeResult, params: CascadeParams): string {
  const { run, graph } = result;
  const total = graph.n;
  const complaintReach = run.counts.complaint + run.counts.complaintThenAnswer;
  const answerReach = run.counts.answer + run.counts.complaintThenAnswer;
  const words = text.describe;
  const network = words.setting({
    network: NETWORK_PHRASES[params.network],
    people: formatCount(params.n),
    meanDegree: formatNumber(params.meanDegree),
    hubs: params.hubs,
  });
  const ending = run.days >= params.maxDays ? words.stillMoving(run.days) : words.diedOut(run.days);
  const spread = words.spread(
    formatCount(complaintReach),
    formatPercent(complaintReach / Math.max(1, total)),
    ending,
  );
  let answer: string;
  if (params.respond === 'no') {
    answer = words.neverAnswered;
  } else if (params.responseDay > run.days) {
    answer = words.endedBeforeAnswer(run.days, params.responseDay);
  } else {
    answer = words.answered({
      day: params.responseDay,
      before: formatCount(heardComplaint(run.history, params.responseDay)),
      reach: formatCount(answerReach),
      first: formatCount(run.counts.answer),
      after: formatCount(run.counts.complaintThenAnswer),
    });
  }
  return words.summary(network, spread, answer);
}

function cascadeSeries(result: CascadeResult): SeriesView {
  const { history } = result.run;
  const x = history.unaware.map((_, day) => day);
  return {
    x,
    xLabel: text.series.x,
    xUnit: 'days',
    series: [
      { id: 'unaware', label: text.series.unaware, unit: 'people', values: history.unaware },
      { id: 'complaint', label: text.series.complaint, unit: 'people', values: history.complaint },
      { id: 'answer', label: text.series.answer, unit: 'people', values: history.answer },
      {
        id: 'complaintThenAnswer',
        label: text.series.complaintThenAnswer,
        unit: 'people',
        values: history.complaintThenAnswer,
      },
      {
        id: 'newComplaint',
        label: text.series.newComplaint,
        unit: 'people',
        values: history.newComplaint,
      },
      { id: 'newAnswer', label: text.series.newAnswer, unit: 'people', values: history.newAnswer },
    ],
  };
}

export const cascade: ModelDefinition<CascadeParams, CascadeResult> = {
  id: 'cascade',
  name: text.model.name,
  version: '1.0.0',
  spec: cascadeSpec,
  presets: cascadePresets,
  stochastic: true,
  defaults: () => defaultsOf<CascadeParams>(cascadeSpec),
  normalize: normalizeCascade,
  run: runCascadeModel,
  describe: describeCascade,
  toSeries: cascadeSeries,
};

/** People who had heard the complaint, and the answer, by `day` (those who heard both count in each). */
export function heardBy(run: CascadeRun, day: number): { complaint: number; answer: number } {
  const h = run.history;
  const d = Math.max(0, Math.min(run.days, day));
  const both = h.complaintThenAnswer[d] ?? 0;
  return { complaint: (h.complaint[d] ?? 0) + both, answer: (h.answer[d] ?? 0) + both };
}
