/**
 * The registry's build-time face: every model whole (summary in words included), imported eagerly, keyed by its
 * own id, for the build, the worker and the tests. The browser loads models one by one through
 * src/elements/loaders.ts instead, each without its words. Each model's own module exports its step/run API and
 * analytic helpers beside its core.
 */
import { bassCore, type BassParams, type BassResult } from './bass.ts';
import { describe as describeBass } from './bass-describe.ts';
import { branchingCore, type BranchingParams, type BranchingResult } from './branching.ts';
import { describe as describeBranching } from './branching-describe.ts';
import { cascadeCore, type CascadeParams, type CascadeResult } from './cascade.ts';
import { describe as describeCascade } from './cascade-describe.ts';
import { costOfSilenceCore, type CostOfSilenceParams, type CostOfSilenceResult } from './cost-of-silence.ts';
import { describe as describeCostOfSilence } from './cost-of-silence-describe.ts';
import { byId, isModelId, type ModelId } from './registry.ts';
import { tellAFriendCore, type TellAFriendParams, type TellAFriendResult } from './tell-a-friend.ts';
import { describe as describeTellAFriend } from './tell-a-friend-describe.ts';
import type { ModelDefinition, ParamValues } from './types.ts';

/*
 * Each model whole: its core (src/models/<id>.ts, what the browser loads with a figure) and its summary in words
 * (src/models/<id>-describe.ts, which the browser loads apart). They are put together here, not in the model's
 * module: a static import there would put the words in the chunk of every page that shows the model.
 */
export const tellAFriend: ModelDefinition<TellAFriendParams, TellAFriendResult, 'tell-a-friend'> = {
  ...tellAFriendCore,
  describe: describeTellAFriend,
};
export const branching: ModelDefinition<BranchingParams, BranchingResult, 'branching'> = {
  ...branchingCore,
  describe: describeBranching,
};
export const cascade: ModelDefinition<CascadeParams, CascadeResult, 'cascade'> = {
  ...cascadeCore,
  describe: describeCascade,
};
export const bass: ModelDefinition<BassParams, BassResult, 'bass'> = { ...bassCore, describe: describeBass };
export const costOfSilence: ModelDefinition<CostOfSilenceParams, CostOfSilenceResult, 'cost-of-silence'> = {
  ...costOfSilenceCore,
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
