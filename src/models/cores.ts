/**
 * Every model's core by id: what code that runs in the page or a worker may import whole (the metrics behind a
 * check, the general worker). Not src/models/index.ts, whose whole definitions carry each model's summary in
 * words, its presets' labels and its parameters' help: words for pages built ahead of time, which would then ship
 * with every figure or worker (the summary loads apart, through src/elements/loaders.ts).
 */
import { bassCore } from './bass.ts';
import { branchingCore } from './branching.ts';
import { cascadeCore } from './cascade.ts';
import { costOfSilenceCore } from './cost-of-silence.ts';
import { byId, isModelId, type ModelId } from './registry.ts';
import { tellAFriendCore } from './tell-a-friend.ts';
import type { ModelCore, ParamValues } from './types.ts';

export const cores = byId([
  tellAFriendCore,
  branchingCore,
  cascadeCore,
  bassCore,
  costOfSilenceCore,
]) satisfies {
  readonly [M in ModelId]: ModelCore<ParamValues, unknown, M>;
};

/** The core of the model with this id, or undefined for an unknown id (never throws). */
export function getCore(id: string): ModelCore | undefined {
  return isModelId(id) ? cores[id] : undefined;
}
