/**
 * The registry's build-time face: every model, imported eagerly, keyed by its own id, for the build, the
 * worker and the tests. The browser loads models one by one through src/elements/loaders.ts instead. Each
 * model's own module exports its step/run API and analytic helpers beside its definition.
 */
import { bass } from './bass.ts';
import { branching } from './branching.ts';
import { cascade } from './cascade.ts';
import { costOfSilence } from './cost-of-silence.ts';
import { byId, isModelId, type ModelId } from './registry.ts';
import { tellAFriend } from './tell-a-friend.ts';
import type { ModelDefinition, ParamValues } from './types.ts';

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
