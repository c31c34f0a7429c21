/**
 * Tell-a-friend: how far one customer's story travels, generation by generation, in a finite population.
 *
 * Deterministic expected values (no randomness). The customer who had the experience is generation 0
 * (H₀ = 1 person has heard it, T₀ = 1 teller). In each generation g ≥ 1:
 *
 *   New_g = T_{g−1} · k · (1 − H_{g−1} / N)     people hearing it for the first time
 *   H_g   = H_{g−1} + New_g                      everyone who has heard it so far
 *   T_g   = r · New_g                            new hearers who pass it on
 *
 * so each teller tells k people, of whom the share not yet reached (1 − H/N) are new: the story saturates
 * as it runs out of people. The growth factor per generation is r·k; below 1 the story dies out, above
 * 1 it grows until saturation. Two stories run side by side: the happy customer's (kHappy, rHappy) and
 * the unhappy customer's (kUnhappy, rUnhappy).
 *
 * One guard beyond the recurrence: New_g is capped at N − H_{g−1}, because when T·k > N the formula would
 * reach more people than are left (it only happens with broadcast-sized k in a small population).
 *
 * Parameters (default in brackets): population N [10,000]; generations [8]; kHappy, people each happy
 * teller tells [1]; rHappy, share of happy hearers who pass it on [0.1]; kUnhappy [20]; rUnhappy [0.1].
 * The defaults are the seed essay's rule of thumb (one tells one, the mistreated tell twenty) with an
 * assumed one-in-ten retelling rate.
 *
 * Source: the recurrence is the textbook saturating chain-letter model (as in the discrete Bass/SI
 * models); the k values come from TARP's "Measuring the Grapevine" (1981) for Coca-Cola [B4, B5]
 * and the rules of thumb that grew from it [B7, B10–B14].
 */
import { formatCount, formatNumber, formatPercent } from './format.ts';
import { normalizeParams, defaultsOf } from './normalize.ts';
import type { ModelDefinition, ParamSpec, Preset, Series, SeriesView } from './types.ts';

export type TellAFriendParams = {
  population: number;
  generations: number;
  kHappy: number;
  rHappy: number;
  kUnhappy: number;
  rUnhappy: number;
};

/** One story's path: index g is generation g (index 0 is the customer who had the experience). */
export interface StoryPath {
  /** People hearing the story for the first time in generation g (New_g; New_0 = 1, the customer). */
  newHearers: number[];
  /** Everyone who has heard it by generation g (H_g). */
  heard: number[];
  /** New hearers in generation g who pass it on (T_g). */
  tellers: number[];
}

export interface TellAFriendResult {
  generation: number[];
  happy: StoryPath;
  unhappy: StoryPath;
}

const STORY_K_MAX = 10000;

export const tellAFriendSpec = [
  {
    kind: 'number',
    id: 'population',
    label: 'Population',
    unit: 'people',
    min: 10,
    max: 1_000_000_000,
    step: 1,
    default: 10_000,
    scale: 'log',
    help: 'Everyone who could hear the story; it slows down as it runs out of new people.',
  },
  {
    kind: 'number',
    id: 'generations',
    label: 'Generations of retelling',
    unit: 'generations',
    min: 1,
    max: 30,
    step: 1,
    default: 8,
    scale: 'linear',
    help: 'How many rounds of "I heard from someone who heard" to follow.',
  },
  {
    kind: 'number',
    id: 'kHappy',
    label: 'People each happy teller tells',
    unit: 'people',
    min: 0.1,
    max: STORY_K_MAX,
    step: 0.1,
    default: 1,
    scale: 'log',
    help: 'How many people hear the good story from each person who tells it.',
  },
  {
    kind: 'number',
    id: 'rHappy',
    label: 'Share of happy-story hearers who retell it',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.0001,
    default: 0.1,
    scale: 'linear',
    help: 'Of those who hear the good story, the share who pass it on in turn.',
  },
  {
    kind: 'number',
    id: 'kUnhappy',
    label: 'People each unhappy teller tells',
    unit: 'people',
    min: 0.1,
    max: STORY_K_MAX,
    step: 0.1,
    default: 20,
    scale: 'log',
    help: 'How many people hear the bad story from each person who tells it.',
  },
  {
    kind: 'number',
    id: 'rUnhappy',
    label: 'Share of unhappy-story hearers who retell it',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.0001,
    default: 0.1,
    scale: 'linear',
    help: 'Of those who hear the bad story, the share who pass it on in turn.',
  },
] as const satisfies readonly ParamSpec[];

export const tellAFriendPresets: Record<string, Preset<TellAFriendParams>> = {
  'seed-essay': {
    label: 'One tells one, the mistreated tell twenty',
    description:
      'The "college rule" the seed essay repeats: a satisfied customer tells one person, a mistreated one tells twenty. ' +
      'It is a remembered rule of thumb from a family of drifting figures, not a measurement. ' +
      'The one-in-ten retelling rate is an assumption of this simulation.',
    source: 'B7, B10, B11, B12, B13, B14',
    params: { kHappy: 1, kUnhappy: 20, rHappy: 0.1, rUnhappy: 0.1 },
  },
  'tarp-1981': {
    label: 'TARP 1981: 4–5 against 9–10',
    description:
      "TARP's 1981 study for Coca-Cola found that complainants who were fully satisfied told 4–5 people and those " +
      'not fully satisfied told 9–10 (here 4.5 and 9.5). These were self-reports about packaged goods, not a general ' +
      'law. The one-in-ten retelling rate is an assumption.',
    source: 'B4, B5',
    params: { kHappy: 4.5, kUnhappy: 9.5, rHappy: 0.1, rUnhappy: 0.1 },
  },
  'video-2009': {
    label: 'A video platform in 2009',
    description:
      'Each teller now posts to a broadcast audience (here 1,000 people see each share) but only a small share of ' +
      'viewers shares it again: 8 in 10,000 for a good story, twice that for a bad one, following Goodman\u2019s ' +
      'observation that bad experiences are passed on about twice as often. The audience size and sharing rates are ' +
      'illustrative assumptions chosen so one story grows (1.6× per generation) and the other fades (0.8×).',
    source: 'B9',
    params: {
      population: 10_000_000,
      generations: 15,
      kHappy: 1000,
      rHappy: 0.0008,
      kUnhappy: 1000,
      rUnhappy: 0.0016,
    },
  },
};

/** Follows one story for the given number of generations (see the header for the recurrence). */
export function runStory(population: number, generations: number, k: number, r: number): StoryPath {
  const newHearers = [1];
  const heard = [1];
  const tellers = [1];
  let h = 1;
  let t = 1;
  for (let g = 1; g <= generations; g++) {
    const unreached = Math.max(0, population - h);
    const reached = population > 0 ? t * k * (1 - h / population) : 0;
    const fresh = Math.min(unreached, Math.max(0, reached));
    h += fresh;
    t = r * fresh;
    newHearers.push(fresh);
    heard.push(h);
    tellers.push(t);
  }
  return { newHearers, heard, tellers };
}

export function runTellAFriend(params: TellAFriendParams): TellAFriendResult {
  const { population, generations } = params;
  return {
    generation: Array.from({ length: generations + 1 }, (_, g) => g),
    happy: runStory(population, generations, params.kHappy, params.rHappy),
    unhappy: runStory(population, generations, params.kUnhappy, params.rUnhappy),
  };
}

function last(values: readonly number[]): number {
  return values[values.length - 1] ?? 0;
}

function describeTellAFriend(result: TellAFriendResult, params: TellAFriendParams): string {
  const { population, generations } = params;
  const happy = last(result.happy.heard);
  const unhappy = last(result.unhappy.heard);
  const ratio = happy > 0 ? unhappy / happy : 0;
  const growthHappy = params.kHappy * params.rHappy;
  const growthUnhappy = params.kUnhappy * params.rUnhappy;
  const comparison =
    ratio >= 1.05
      ? `The bad story reaches ${formatNumber(ratio)} times as many people as the good one.`
      : ratio <= 0.95
        ? `The good story reaches ${formatNumber(ratio > 0 ? 1 / ratio : 0)} times as many people as the bad one.`
        : 'Both stories reach about as many people.';
  return (
    `After ${generations} generations of retelling in a population of ${formatCount(population)}, ` +
    `the unhappy customer's story has reached ${formatCount(unhappy)} people (${formatPercent(unhappy / population)}) ` +
    `and the happy customer's ${formatCount(happy)} (${formatPercent(happy / population)}). ${comparison} ` +
    `Each generation multiplies the bad story by up to ${formatNumber(growthUnhappy)} and the good one by up to ` +
    `${formatNumber(growthHappy)} (people told × share who retell); a factor above 1 grows until the population ` +
    'runs out, below 1 it fades.'
  );
}

function tellAFriendSeries(result: TellAFriendResult): SeriesView {
  const series: Series[] = [
    {
      id: 'unhappyHeard',
      label: 'Heard the bad story (total)',
      unit: 'people',
      values: result.unhappy.heard,
    },
    { id: 'happyHeard', label: 'Heard the good story (total)', unit: 'people', values: result.happy.heard },
    {
      id: 'unhappyNew',
      label: 'New hearers of the bad story',
      unit: 'people',
      values: result.unhappy.newHearers,
    },
    {
      id: 'happyNew',
      label: 'New hearers of the good story',
      unit: 'people',
      values: result.happy.newHearers,
    },
  ];
  return { x: result.generation, xLabel: 'Generation', xUnit: 'generations', series };
}

export const tellAFriend: ModelDefinition<TellAFriendParams, TellAFriendResult> = {
  id: 'tell-a-friend',
  name: 'Tell a friend',
  version: '1.0.0',
  summary:
    'How far a happy and an unhappy customer’s stories travel, generation by generation, in a finite population.',
  source:
    'Saturating chain-of-retelling recurrence; word-of-mouth figures from TARP, "Measuring the Grapevine" (1981) for ' +
    'Coca-Cola, as reported by the Washington Post (1984).',
  spec: tellAFriendSpec,
  presets: tellAFriendPresets,
  stochastic: false,
  defaults: () => defaultsOf<TellAFriendParams>(tellAFriendSpec),
  normalize: (input) => normalizeParams<TellAFriendParams>(tellAFriendSpec, input),
  run: (params) => runTellAFriend(params),
  describe: describeTellAFriend,
  toSeries: (result) => tellAFriendSeries(result),
};
