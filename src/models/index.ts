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

/** The words a core's whole definition adds: its summary, its parameters' help and its presets' labels. */
interface Words<P extends ParamValues, R> {
  describe: (result: R, params: P) => string;
  help: Readonly<Record<string, string>>;
  labels: Record<string, string>;
}

/** A model whole, with its core's own parameter, result and id types. */
function whole<P extends ParamValues, R, I extends ModelId>(
  core: ModelCore<P, R, I>,
  { describe, help, labels }: Words<P, R>,
): ModelDefinition<P, R, I> {
  return { ...core, help, presets: labelled(core.presets, labels), describe };
}

/*
 * Each model whole: its core (src/models/<id>.ts, what the browser loads with a figure) and its summary in words
 * (src/models/<id>-describe.ts, which the browser loads apart), with the words only pages built ahead of time
 * show: its presets' labels and its parameters' help (src/strings/models/<id>.ts). They are put together here,
 * not in the model's module: a static import there would put the words in the chunk of every page that shows the
 * model.
 */
export const tellAFriend = whole(tellAFriendCore, {
  describe: describeTellAFriend,
  help: tellAFriendParamHelp,
  labels: tellAFriendPresetLabels,
});
export const branching = whole(branchingCore, {
  describe: describeBranching,
  help: branchingParamHelp,
  labels: branchingPresetLabels,
});
export const cascade = whole(cascadeCore, {
  describe: describeCascade,
  help: cascadeParamHelp,
  labels: cascadePresetLabels,
});
export const bass = whole(bassCore, {
  describe: describeBass,
  help: bassParamHelp,
  labels: bassPresetLabels,
});
export const costOfSilence = whole(costOfSilenceCore, {
  describe: describeCostOfSilence,
  help: costOfSilenceParamHelp,
  labels: costOfSilencePresetLabels,
});

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
