/**
 * The registry's build-time face: every model whole (summary in words, presets' labels and parameters' help
 * included), imported eagerly, keyed by its own id, for the build and the tests. The browser loads models one by
 * one through src/elements/loaders.ts instead, each without its words; code in the page or a worker that needs
 * every model takes the cores (./cores.ts). Each model's own module exports its step/run API and
 * analytic helpers beside its core.
 */
import { bassCore } from './bass.ts';
import { describe as describeBass } from './bass-describe.ts';
import { branchingCore } from './branching.ts';
import { describe as describeBranching } from './branching-describe.ts';
import { cascadeCore } from './cascade.ts';
import { describe as describeCascade } from './cascade-describe.ts';
import { costOfSilenceCore } from './cost-of-silence.ts';
import { describe as describeCostOfSilence } from './cost-of-silence-describe.ts';
import { byId, isModelId, type ModelId } from './registry.ts';
import { tellAFriendCore } from './tell-a-friend.ts';
import { describe as describeTellAFriend } from './tell-a-friend-describe.ts';
import type { LabelledPreset, ModelCore, ModelDefinition, ParamValues, Preset } from './types.ts';
import { bassParamHelp, bassPresetLabels } from '../strings/models/bass.ts';
import { branchingParamHelp, branchingPresetLabels } from '../strings/models/branching.ts';
import { cascadeParamHelp, cascadePresetLabels } from '../strings/models/cascade.ts';
import { costOfSilenceParamHelp, costOfSilencePresetLabels } from '../strings/models/cost-of-silence.ts';
import { tellAFriendParamHelp, tellAFriendPresetLabels } from '../strings/models/tell-a-friend.ts';

/** A core's presets with their labels (build time only: no page's JavaScript carries the labels). */
function labelled<P>(
  presets: Record<string, Preset<P>>,
  labels: Record<string, string>,
): Record<string, LabelledPreset<P>> {
  return Object.fromEntries(
    Object.entries(presets).map(([key, preset]) => {
      const label = labels[key];
      if (label === undefined) throw new Error(`Preset "${key}" has no label in src/strings/models`);
      return [key, { ...preset, label }];
    }),
  );
}

/** The whole definition of a core's model, with the core's own parameter, result and id types. */
type Whole<C> = C extends ModelCore<infer P, infer R, infer I> ? ModelDefinition<P, R, I> : never;

/*
 * Each model whole: its core (src/models/<id>.ts, what the browser loads with a figure) and its summary in words
 * (src/models/<id>-describe.ts, which the browser loads apart), with the words only pages built ahead of time
 * show: its presets' labels and its parameters' help (src/strings/models/<id>.ts). They are put together here,
 * not in the model's module: a static import there would put the words in the chunk of every page that shows the
 * model.
 */
export const tellAFriend: Whole<typeof tellAFriendCore> = {
  ...tellAFriendCore,
  help: tellAFriendParamHelp,
  presets: labelled(tellAFriendCore.presets, tellAFriendPresetLabels),
  describe: describeTellAFriend,
};
export const branching: Whole<typeof branchingCore> = {
  ...branchingCore,
  help: branchingParamHelp,
  presets: labelled(branchingCore.presets, branchingPresetLabels),
  describe: describeBranching,
};
export const cascade: Whole<typeof cascadeCore> = {
  ...cascadeCore,
  help: cascadeParamHelp,
  presets: labelled(cascadeCore.presets, cascadePresetLabels),
  describe: describeCascade,
};
export const bass: Whole<typeof bassCore> = {
  ...bassCore,
  help: bassParamHelp,
  presets: labelled(bassCore.presets, bassPresetLabels),
  describe: describeBass,
};
export const costOfSilence: Whole<typeof costOfSilenceCore> = {
  ...costOfSilenceCore,
  help: costOfSilenceParamHelp,
  presets: labelled(costOfSilenceCore.presets, costOfSilencePresetLabels),
  describe: describeCostOfSilence,
};

export { isModelId, modelIds } from './registry.ts';

export const models = byId([tellAFriend, branching, cascade, bass, costOfSilence]) satisfies {
  readonly [M in ModelId]: ModelDefinition<ParamValues, unknown, M>;
};

/** Each model's definition with its own parameter and result types, by id. */
export type Models = typeof models;

/** What each model's `run` returns, by id. */
export type ModelResults = { [M in ModelId]: ReturnType<Models[M]['run']> };

/** The model with this id, seen through the uniform interface (its run takes any normalised values). */
export function modelFor(id: ModelId): ModelDefinition {
  return models[id];
}

/** The model with this id, or undefined for an unknown id (never throws). */
export function getModel(id: string): ModelDefinition | undefined {
  return isModelId(id) ? modelFor(id) : undefined;
}
