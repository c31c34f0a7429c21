/**
 * Network cascade: a complaint and the company's answer racing through a social network.
 *
 * Builds a network from the parameters (random, small-world or scale-free, plus broadcast hubs) and runs
 * two competing independent cascades on it (see cascade-dynamics.ts for the exact rules and states). The
 * same seed builds the same network and gives the same run: the graph is drawn first, then the posters and the
 * spread, all from one random stream.
 *
 * Parameters (default in brackets):
 *   network      kind of network: random (Erdős–Rényi), small-world (Watts–Strogatz), scale-free
 *                (Barabási–Albert) [scale-free]
 *   n            people in the network [2,000]; up to 100,000
 *   meanDegree   average links per person [10]; even, since Watts–Strogatz links k/2 each side and
 *                Barabási–Albert adds m = meanDegree/2 links per new person
 *   rewiring     small world only: chance each ring link is rewired [0.1]
 *   hubs         broadcast accounts added to the network (media, influencers, the company's own channels) [3]
 *   hubReach     share of people linked to each hub [0.05]
 *   story        complaint: the complaint and the company's answer; good: one good story, no answer (the
 *                answer's parameters are then ignored and the words say "story") [complaint]
 *   posters      ordinary people who post it on day 0 [1]; 1 … 50
 *   campaignHubs broadcast accounts that post it on day 0 as well, an organised campaign's own channels [0];
 *                more than there are hubs means all of them
 *   pickup       whether the other broadcast accounts pick the story up on a set day (media pickup) [no]
 *   pickupDay    the day they do; until then they cannot hear it [1]
 *   betaC        chance a new complaint hearer passes it to each contact [0.25]
 *   betaR        chance a new answer hearer passes it to each contact [0.1]
 *   respond      whether the company answers [yes]
 *   responseDay  day of the answer [2]
 *   answerVia    where the answer is published: hubs (the posters and every broadcast account, to anyone),
 *                reply (a reply to the posters, seen only by their contacts), hearers (only to people who have
 *                heard the complaint) [hubs]
 *   apology      how much the answer's apology cuts βc from the next day on [0.5]
 *   maxDays      last day simulated [60]
 * The defaults of story, posters, campaignHubs, pickup and answerVia give exactly the runs the model gave before
 * they existed (tests/models/cascade-pinned.test.ts).
 * Cross-parameter rules (each with a notice): the mean degree cannot exceed n − 1, and posters cannot exceed n.
 * (campaignHubs is not lowered to hubs, so that a value in range is never changed by another parameter's default:
 * more campaign hubs than hubs means all of them, and the summary gives the number that posted.)
 *
 * Sources: independent cascade model, Kempe, Kleinberg & Tardos (2003), KDD [D5, D8]; networks from Erdős &
 * Rényi (1959), Watts & Strogatz (1998) [D14] and Barabási & Albert (1999) [D16]; competing messages with a
 * "first heard wins" rule as in studies of rumour and correction (e.g. Budak, Agrawal & El Abbadi 2011, WWW).
 * On Erdős–Rényi with mean degree c and no answer, the share reached in a large outbreak solves
 * s = 1 − exp(−c·βc·s) (bond percolation; Newman 2002, Phys. Rev. E 66:016128), and a single poster starts a
 * large outbreak with probability s, so k posters start none with probability (1 − s)^k.
 *
 * A known simplification, now a choice: with answerVia = hubs (the default, and the only behaviour before
 * answerVia existed) the answer is published through the hubs whether or not the complaint got far, so for a
 * complaint that fizzled the answer's reach is overstated (in reality few would repeat a statement about a
 * story they never heard). answerVia = reply or hearers publishes it only where the complaint was. What remains:
 * the apology calms everyone's sharing of the complaint from the day after the answer, whoever heard it.
 */
import {
  runCascade,
  type AnswerVia,
  type CascadeDynamicsParams,
  type CascadeRun,
} from './cascade-dynamics.ts';
import { cascadeText as text } from '../strings/models/cascade.ts';
import { formatCount, formatNumber } from './format.ts';
import { addBroadcastHubs, barabasiAlbert, erdosRenyi, wattsStrogatz, type HubGraph } from './graphs.ts';
import { defaultsOf, normalizeParams, snapToStep, numberParam } from './normalize.ts';
import { createRandom } from './random.ts';
import type { ModelCore, Normalized, ParamSpec, Preset, Random, SeriesView } from './types.ts';

export {
  ANSWER,
  choosePoster,
  choosePosters,
  COMPLAINT,
  COMPLAINT_THEN_ANSWER,
  createCascade,
  runCascade,
  UNAWARE,
  type AnswerVia,
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
  story: StoryKind;
  posters: number;
  campaignHubs: number;
  pickup: 'no' | 'yes';
  pickupDay: number;
  betaC: number;
  betaR: number;
  respond: 'yes' | 'no';
  responseDay: number;
  answerVia: AnswerVia;
  apology: number;
  maxDays: number;
};

/** A complaint racing the company's answer, or a good story that needs no answer (one message). */
export type StoryKind = 'complaint' | 'good';

export interface CascadeResult {
  graph: HubGraph;
  run: CascadeRun;
}

export const NETWORK_LABELS: Record<NetworkKind, string> = text.params.network.options;

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
    kind: 'choice',
    id: 'story',
    ...text.params.story,
    options: [
      { value: 'complaint', label: text.params.story.options.complaint },
      { value: 'good', label: text.params.story.options.good },
    ],
    default: 'complaint',
  },
  {
    kind: 'number',
    id: 'posters',
    ...text.params.posters,
    unit: 'people',
    min: 1,
    max: 50,
    step: 1,
    default: 1,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'campaignHubs',
    ...text.params.campaignHubs,
    unit: 'hubs',
    min: 0,
    max: 20,
    step: 1,
    default: 0,
    scale: 'linear',
  },
  {
    kind: 'choice',
    id: 'pickup',
    ...text.params.pickup,
    options: [
      { value: 'no', label: text.params.pickup.options.no },
      { value: 'yes', label: text.params.pickup.options.yes },
    ],
    default: 'no',
  },
  {
    kind: 'number',
    id: 'pickupDay',
    ...text.params.pickupDay,
    unit: 'days',
    min: 0,
    max: 120,
    step: 1,
    default: 1,
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
    kind: 'choice',
    id: 'answerVia',
    ...text.params.answerVia,
    options: [
      { value: 'hubs', label: text.params.answerVia.options.hubs },
      { value: 'reply', label: text.params.answerVia.options.reply },
      { value: 'hearers', label: text.params.answerVia.options.hearers },
    ],
    default: 'hubs',
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

/**
 * The timing presets share the defaults' network so that only the answer changes between them; so do the presets
 * for the later parameters, each changing one thing from the defaults (ubg-2009).
 */
export const cascadePresets: Record<string, Preset<CascadeParams>> = {
  'ubg-2009': {
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-at-release': {
    params: { respond: 'yes', responseDay: 0 },
  },
  'answer-after-two-days': {
    params: { respond: 'yes', responseDay: 2 },
  },
  'answer-week-one': {
    params: { respond: 'yes', responseDay: 7 },
  },
  'no-answer': {
    params: { respond: 'no' },
  },
  'ubg-press-day-1': {
    params: { respond: 'yes', responseDay: 2, pickup: 'yes', pickupDay: 1 },
  },
  campaign: {
    params: { campaignHubs: 3 },
  },
  'reply-to-complainer': {
    params: { respond: 'yes', answerVia: 'reply' },
  },
  'answer-where-heard': {
    params: { respond: 'yes', answerVia: 'hearers' },
  },
  'good-story': {
    params: { story: 'good', hubs: 0, betaC: 0.1 },
  },
  'comcast-ryan-block-2014': {
    params: {
      n: 10_000,
      hubs: 3,
      hubReach: 0.03,
      pickup: 'yes',
      pickupDay: 0,
      betaC: 0.3,
      betaR: 0.05,
      respond: 'yes',
      responseDay: 0,
      apology: 0.5,
    },
  },
  'comcast-ryan-block-2014-no-answer': {
    params: {
      n: 10_000,
      hubs: 3,
      hubReach: 0.03,
      pickup: 'yes',
      pickupDay: 0,
      betaC: 0.3,
      betaR: 0.05,
      respond: 'no',
      responseDay: 0,
      apology: 0.5,
    },
  },
  'kryptonite-2004': {
    params: {
      n: 10_000,
      hubs: 5,
      hubReach: 0.1,
      campaignHubs: 1,
      pickup: 'yes',
      pickupDay: 4,
      betaC: 0.2,
      betaR: 0.2,
      respond: 'yes',
      responseDay: 9,
      apology: 0.6,
    },
  },
  // The cases' own settings, for their exercises (each lesson's <Simulation> uses the same values).
  'dominos-2009': {
    params: {
      n: 10000,
      hubs: 2,
      hubReach: 0.15,
      posters: 5,
      pickup: 'yes',
      pickupDay: 1,
      respond: 'yes',
      responseDay: 2,
    },
  },
  'nestle-greenpeace-2010': {
    params: { n: 10000, hubs: 6, hubReach: 0.1, campaignHubs: 2, respond: 'yes', responseDay: 1 },
  },
  'dell-hell-2005': {
    params: {
      network: 'small-world',
      n: 10000,
      rewiring: 0.01,
      hubs: 2,
      hubReach: 0.01,
      campaignHubs: 1,
      posters: 10,
      pickup: 'yes',
      pickupDay: 60,
      respond: 'no',
      maxDays: 300,
    },
  },
  // Case presets for exercises (content/exercises/*): each tells one case's story; its description says which
  // values are sourced (src/strings/models/cascade.ts).
  'united-express-3411-2017': {
    params: {
      n: 10000,
      hubs: 8,
      hubReach: 0.2,
      posters: 3,
      pickup: 'yes',
      pickupDay: 0,
      betaC: 0.3,
      betaR: 0.05,
      respond: 'yes',
      responseDay: 0,
      apology: 0.05,
    },
  },
  'mortons-shankman-2011': {
    params: {
      story: 'good',
      hubs: 4,
      hubReach: 0.3,
      campaignHubs: 1,
      pickup: 'yes',
      pickupDay: 1,
      betaC: 0.05,
    },
  },
  'ritz-carlton-2012': {
    params: { story: 'good', hubs: 3, betaC: 0.08 },
  },
  'ritz-carlton-2012-in-person': {
    params: { story: 'good', network: 'random', hubs: 0, betaC: 0.06 },
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
    // A good story has nothing to answer: one message.
    respond: params.story !== 'good' && params.respond === 'yes',
    responseDay: params.responseDay,
    apology: params.apology,
    maxDays: params.maxDays,
    posters: params.posters,
    campaignHubs: params.campaignHubs,
    pickupDay: params.pickup === 'yes' ? params.pickupDay : null,
    answerVia: params.answerVia,
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
  const { params, notices } = result;
  // Nobody can have more contacts than there are other people.
  const degreeSpec = numberParam(cascadeSpec, 'meanDegree');
  const most = snapToStep(degreeSpec, Math.floor((params.n - 1) / degreeSpec.step) * degreeSpec.step);
  if (params.meanDegree > most) {
    notices.push({
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
  // No more first posters than people.
  if (params.posters > params.n) {
    notices.push({
      param: 'posters',
      message: text.tooManyPosters(
        numberParam(cascadeSpec, 'posters').label,
        formatCount(params.posters),
        formatCount(params.n),
      ),
    });
    params.posters = params.n;
  }
  return result;
}

function cascadeSeries(result: CascadeResult, params: CascadeParams): SeriesView {
  const { history } = result.run;
  const x = history.unaware.map((_, day) => day);
  const unaware = {
    id: 'unaware',
    label: text.series.unaware,
    unit: 'people',
    values: history.unaware,
  } as const;
  if (params.story === 'good') {
    // One message: the story's own series (state 1 is "heard the story"), and no answer columns of zeros.
    return {
      x,
      xLabel: text.series.x,
      xUnit: 'days',
      series: [
        unaware,
        { id: 'story', label: text.storySeries.story, unit: 'people', values: history.complaint },
        { id: 'newStory', label: text.storySeries.newStory, unit: 'people', values: history.newComplaint },
      ],
    };
  }
  return {
    x,
    xLabel: text.series.x,
    xUnit: 'days',
    series: [
      unaware,
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

/**
 * The model without its summary in words: what the browser loads with a figure (src/elements/loaders.ts). The
 * words are in ./cascade-describe.ts, loaded when a run needs new ones; the whole definition, `cascade`, is
 * in ./index.ts.
 */
export const cascadeCore: ModelCore<CascadeParams, CascadeResult, 'cascade'> = {
  id: 'cascade',
  name: text.model.name,
  version: '1.1.0',
  spec: cascadeSpec,
  presets: cascadePresets,
  stochastic: true,
  defaults: () => defaultsOf<CascadeParams>(cascadeSpec),
  normalize: normalizeCascade,
  run: runCascadeModel,
  toSeries: cascadeSeries,
};

/** People who had heard the complaint, and the answer, by `day` (those who heard both count in each). */
export function heardBy(run: CascadeRun, day: number): { complaint: number; answer: number } {
  const h = run.history;
  const d = Math.max(0, Math.min(run.days, day));
  const both = h.complaintThenAnswer[d] ?? 0;
  return { complaint: (h.complaint[d] ?? 0) + both, answer: (h.answer[d] ?? 0) + both };
}

/** The name the registry finds this model's core by (src/models/cores.ts, src/elements/loaders.ts). */
export { cascadeCore as core };

// This model's own types in the registry's tables (src/models/registry.ts).
declare module './registry.ts' {
  interface ModelCores {
    cascade: typeof cascadeCore;
  }
}
