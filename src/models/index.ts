/**
 * The registry of models, keyed by id, so the page, the worker and the tests can treat them uniformly.
 * Each model's own module exports its step/run API and analytic helpers beside its definition.
 */
import { bass } from './bass.ts';
import { branching } from './branching.ts';
import { cascade } from './cascade.ts';
import { costOfSilence } from './cost-of-silence.ts';
import { tellAFriend } from './tell-a-friend.ts';
import type { ModelDefinition, ModelId } from './types.ts';

export const models = {
  'tell-a-friend': tellAFriend,
  branching,
  cascade,
  bass,
  'cost-of-silence': costOfSilence,
} as const satisfies Record<ModelId, ModelDefinition>;

export const modelIds = Object.keys(models) as ModelId[];

export function isModelId(id: unknown): id is ModelId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(models, id);
}

/** The model with this id, or undefined for an unknown id (never throws). */
export function getModel(id: string): ModelDefinition | undefined {
  return isModelId(id) ? models[id] : undefined;
}
