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

export const NETWORK_LABELS: Record<NetworkKind, string> = {
  random: 'Random (Erdős–Rényi)',
  'small-world': 'Small world (Watts–Strogatz)',
  'scale-free': 'Scale-free (Barabási–Albert)',
};

/** The network in running text: "a scale-free network (Barabási–Albert)". */
const NETWORK_PHRASES: Record<NetworkKind, string> = {
  random: 'random network (Erdős–Rényi)',
  'small-world': 'small-world network (Watts–Strogatz)',
  'scale-free': 'scale-free network (Barabási–Albert)',
};

export const cascadeSpec = [
  {
    kind: 'choice',
    id: 'network',
    label: 'Kind of network',
    options: [
      { value: 'random', label: NETWORK_LABELS.random },
      { value: 'small-world', label: NETWORK_LABELS['small-world'] },
      { value: 'scale-free', label: NETWORK_LABELS['scale-free'] },
    ],
    default: 'scale-free',
    help: 'Random: links by chance. Small world: friends of friends, plus a few long links. Scale-free: a few people have very many links.',
  },
  {
    kind: 'number',
    id: 'n',
    label: 'People in the network',
    unit: 'people',
    min: 10,
    max: 100_000,
    step: 1,
    default: 2000,
    scale: 'log',
    help: 'How many people the simulation follows. Over a few thousand, the network is drawn as dots.',
  },
  {
    kind: 'number',
    id: 'meanDegree',
    label: 'Average contacts per person',
    unit: 'contacts',
    min: 2,
    max: 50,
    step: 2,
    default: 10,
    scale: 'linear',
    help: 'How many people each person is linked to, on average (even, so every kind of network can build it).',
  },
  {
    kind: 'number',
    id: 'rewiring',
    label: 'Long-range links (small world only)',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    scale: 'linear',
    help: 'Share of neighbourhood links replaced by a link to someone anywhere in the network.',
  },
  {
    kind: 'number',
    id: 'hubs',
    label: 'Broadcast accounts',
    unit: 'hubs',
    min: 0,
    max: 20,
    step: 1,
    default: 3,
    scale: 'linear',
    help: 'Media, influencer or company accounts that each reach a large share of everyone.',
  },
  {
    kind: 'number',
    id: 'hubReach',
    label: 'Share of people each broadcast account reaches',
    unit: 'share',
    min: 0,
    max: 0.5,
    step: 0.01,
    default: 0.05,
    scale: 'linear',
    help: 'Each broadcast account is linked to each person with this probability.',
  },
  {
    kind: 'number',
    id: 'betaC',
    label: 'Chance a complaint is passed to each contact',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.25,
    scale: 'linear',
    help: 'When someone first hears the complaint, the chance they pass it to each of their contacts.',
  },
  {
    kind: 'number',
    id: 'betaR',
    label: 'Chance the answer is passed to each contact',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.1,
    scale: 'linear',
    help: 'When someone first hears the company’s answer, the chance they pass it to each of their contacts.',
  },
  {
    kind: 'choice',
    id: 'respond',
    label: 'The company answers',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, it stays silent' },
    ],
    default: 'yes',
    help: 'Whether the company publishes an answer at all.',
  },
  {
    kind: 'number',
    id: 'responseDay',
    label: 'Day of the answer',
    unit: 'days',
    min: 0,
    max: 30,
    step: 1,
    default: 2,
    scale: 'linear',
    help: 'Days after the complaint is posted when the company answers (0: the same day).',
  },
  {
    kind: 'number',
    id: 'apology',
    label: 'How much the apology calms people',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.05,
    default: 0.5,
    scale: 'linear',
    help: 'From the day after the answer, the complaint is passed on this much less often (1: not at all).',
  },
  {
    kind: 'number',
    id: 'maxDays',
    label: 'Days simulated',
    unit: 'days',
    min: 1,
    max: 365,
    step: 1,
    default: 60,
    scale: 'linear',
    help: 'The simulation stops after this many days even if the story is still spreading.',
  },
] as const satisfies readonly ParamSpec[];

/** The timing presets share the defaults' network so that only the answer changes between them. */
const UBG_NOTE =
  'A scale-free network (a few people with many contacts) of 2,000 people with three broadcast accounts, each ' +
  'reaching 5% of everyone, stands in for a 2009 social network with news sites and TV. The sharing chances ' +
  '(a complaint hearer passes it to each contact with chance 0.25, an answer hearer with 0.1) and the apology ' +
  'effect (halves the complaint’s sharing) are illustrative, not measured.';

export const cascadePresets: Record<string, Preset<CascadeParams>> = {
  'ubg-2009': {
    label: 'United Breaks Guitars, 2009',
    description:
      `The video is posted on day 0 and United answers after about two days (its spokeswoman spoke on 7–8 July 2009 and ` +
      `compensation was offered about two days after posting). ${UBG_NOTE}`,
    source: 'A13, A15, A29, A30',
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-at-release': {
    label: 'Answer the same day',
    description: `The company answers on the day the complaint is posted. ${UBG_NOTE}`,
    params: { respond: 'yes', responseDay: 0 },
  },
  'answer-after-two-days': {
    label: 'Answer after two days',
    description: `The company answers two days after the complaint is posted. ${UBG_NOTE}`,
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-week-one': {
    label: 'Answer after a week',
    description: `The company waits a week before answering. ${UBG_NOTE}`,
    params: { respond: 'yes', responseDay: 7 },
  },
  'no-answer': {
    label: 'No answer',
    description: `The company never answers. ${UBG_NOTE}`,
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
      message:
        `${degreeSpec.label} was ${formatNumber(params.meanDegree)}, but with ${formatCount(params.n)} people ` +
        `each can know at most ${formatCount(params.n - 1)}; using ${formatNumber(most)}.`,
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
  const network =
    `On a ${NETWORK_PHRASES[params.network]} of ${formatCount(params.n)} people with about ` +
    `${formatNumber(params.meanDegree)} contacts each` +
    (params.hubs > 0
      ? `, plus ${params.hubs} broadcast ${params.hubs === 1 ? 'account' : 'accounts'},`
      : ',');
  const ending =
    run.days >= params.maxDays
      ? `by day ${run.days}, when the simulation ended with the story still moving`
      : `by day ${run.days}, when nobody was left to pass anything on`;
  const spread =
    ` the complaint had reached ${formatCount(complaintReach)} (${formatPercent(complaintReach / Math.max(1, total))}) ` +
    `${ending}.`;
  let answer: string;
  if (params.respond === 'no') {
    answer = ' The company never answered.';
  } else if (params.responseDay > run.days) {
    answer = ` The simulation ended on day ${run.days}, before the company's answer on day ${params.responseDay}.`;
  } else {
    const before = heardComplaint(run.history, params.responseDay);
    answer =
      ` By the answer on day ${params.responseDay}, ${formatCount(before)} had heard the complaint. ` +
      `The answer reached ${formatCount(answerReach)}: ${formatCount(run.counts.answer)} heard it first and never ` +
      `passed the complaint on, and ${formatCount(run.counts.complaintThenAnswer)} heard it after the complaint.`;
  }
  return `${network}${spread}${answer}`;
}

function cascadeSeries(result: CascadeResult): SeriesView {
  const { history } = result.run;
  const x = history.unaware.map((_, day) => day);
  return {
    x,
    xLabel: 'Day',
    xUnit: 'days',
    series: [
      { id: 'unaware', label: 'Heard nothing', unit: 'people', values: history.unaware },
      { id: 'complaint', label: 'Heard the complaint only', unit: 'people', values: history.complaint },
      { id: 'answer', label: 'Heard the answer first', unit: 'people', values: history.answer },
      {
        id: 'complaintThenAnswer',
        label: 'Heard the complaint, then the answer',
        unit: 'people',
        values: history.complaintThenAnswer,
      },
      {
        id: 'newComplaint',
        label: 'New complaint hearers that day',
        unit: 'people',
        values: history.newComplaint,
      },
      { id: 'newAnswer', label: 'New answer hearers that day', unit: 'people', values: history.newAnswer },
    ],
  };
}

export const cascade: ModelDefinition<CascadeParams, CascadeResult> = {
  id: 'cascade',
  name: 'Complaint against answer',
  version: '1.0.0',
  summary:
    'A complaint and the company’s answer spread through a social network; the timing of the answer decides who hears what first.',
  source:
    'Independent cascade model, Kempe, Kleinberg & Tardos (2003), KDD; networks after Erdős & Rényi (1959), ' +
    'Watts & Strogatz (1998), Nature 393:440–442, and Barabási & Albert (1999), Science 286:509–512.',
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
