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
import { tellAFriendText as text } from '../strings/models/tell-a-friend.ts';
import { normalizeParams, defaultsOf } from './normalize.ts';
import type { ModelCore, ParamSpec, Preset, Series, SeriesView } from './types.ts';

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
    ...text.params.population,
    unit: 'people',
    min: 10,
    max: 1_000_000_000,
    step: 1,
    default: 10_000,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'generations',
    ...text.params.generations,
    unit: 'generations',
    min: 1,
    max: 30,
    step: 1,
    default: 8,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'kHappy',
    ...text.params.kHappy,
    unit: 'people',
    min: 0.1,
    max: STORY_K_MAX,
    step: 0.1,
    default: 1,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'rHappy',
    ...text.params.rHappy,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.0001,
    default: 0.1,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'kUnhappy',
    ...text.params.kUnhappy,
    unit: 'people',
    min: 0.1,
    max: STORY_K_MAX,
    step: 0.1,
    default: 20,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'rUnhappy',
    ...text.params.rUnhappy,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.0001,
    default: 0.1,
    scale: 'linear',
  },
] as const satisfies readonly ParamSpec[];

export const tellAFriendPresets: Record<string, Preset<TellAFriendParams>> = {
  'seed-essay': {
    params: { kHappy: 1, kUnhappy: 20, rHappy: 0.1, rUnhappy: 0.1 },
  },
  'tarp-1981': {
    params: { kHappy: 4.5, kUnhappy: 9.5, rHappy: 0.1, rUnhappy: 0.1 },
  },
  'video-2009': {
    params: {
      population: 10_000_000,
      generations: 15,
      kHappy: 1000,
      rHappy: 0.0008,
      kUnhappy: 1000,
      rUnhappy: 0.0016,
    },
  },
  // A case preset for a lesson (content/cases/sainsburys-giraffe-bread-2011.mdx): its description names its sources.
  'sainsburys-giraffe-bread-2011': {
    params: {
      population: 10_000_000,
      generations: 11,
      kHappy: 245,
      rHappy: 0.01,
      kUnhappy: 245,
      rUnhappy: 0.02,
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

function tellAFriendSeries(result: TellAFriendResult): SeriesView {
  const series: Series[] = [
    {
      id: 'unhappyHeard',
      label: text.series.unhappyHeard,
      unit: 'people',
      values: result.unhappy.heard,
    },
    { id: 'happyHeard', label: text.series.happyHeard, unit: 'people', values: result.happy.heard },
    {
      id: 'unhappyNew',
      label: text.series.unhappyNew,
      unit: 'people',
      values: result.unhappy.newHearers,
    },
    {
      id: 'happyNew',
      label: text.series.happyNew,
      unit: 'people',
      values: result.happy.newHearers,
    },
  ];
  return { x: result.generation, xLabel: text.series.x, xUnit: 'generations', series };
}

/**
 * The model without its summary in words: what the browser loads with a figure (src/elements/loaders.ts). The
 * words are in ./tell-a-friend-describe.ts, loaded when a run needs new ones; the whole definition,
 * `tellAFriend`, is in ./index.ts.
 */
export const tellAFriendCore: ModelCore<TellAFriendParams, TellAFriendResult, 'tell-a-friend'> = {
  id: 'tell-a-friend',
  name: text.model.name,
  version: '1.0.0',
  spec: tellAFriendSpec,
  presets: tellAFriendPresets,
  stochastic: false,
  defaults: () => defaultsOf<TellAFriendParams>(tellAFriendSpec),
  normalize: (input) => normalizeParams<TellAFriendParams>(tellAFriendSpec, input),
  run: (params) => runTellAFriend(params),
  toSeries: (result) => tellAFriendSeries(result),
};

/** The name the registry finds this model's core by (src/models/cores.ts, src/elements/loaders.ts). */
export { tellAFriendCore as core };

// This model's own types in the registry's tables (src/models/registry.ts).
declare module './registry.ts' {
  interface ModelCores {
    'tell-a-friend': typeof tellAFriendCore;
  }
}
