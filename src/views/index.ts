/**
 * The registry's build-time face for views: each model paired with its view, for the static SVG of each
 * simulation. Pairing them here checks that a view reads the result and parameters its model gives (see
 * `paired`). In the browser the element loads views one by one through ../loaders so a page carries only the
 * ones it uses.
 */
import { bass, branching, cascade, costOfSilence, tellAFriend } from '../models/index';
import type { ModelId } from '../models/registry';
import type { ParamValues } from '../models/types';
import { bassView } from './bass';
import { branchingView } from './branching';
import { cascadeView } from './cascade';
import { costOfSilenceView } from './cost-of-silence';
import { tellAFriendView } from './tell-a-friend';
import type { ModelView } from './types';

/** A model and its view, typed together: the view must take the model's own result and parameters. */
export interface Paired<I extends string = ModelId> {
  id: I;
  view: ModelView;
}
export function paired<P extends ParamValues, R, I extends string>(
  model: { id: I; run(params: P, seed: number): R },
  view: ModelView<NoInfer<R>, NoInfer<P>>,
): Paired<I> {
  return { id: model.id, view };
}

/** `viewFor` of a set of pairs, keyed by model id. */
export function viewRegistry<const E extends readonly Paired<string>[]>(pairs: E) {
  return (id: E[number]['id']): ModelView => {
    const pair = pairs.find((p) => p.id === id);
    if (!pair) throw new Error(`no view for model “${id}”`);
    return pair.view;
  };
}

const pairs = [
  paired(tellAFriend, tellAFriendView),
  paired(branching, branchingView),
  paired(cascade, cascadeView),
  paired(bass, bassView),
  paired(costOfSilence, costOfSilenceView),
] as const satisfies readonly Paired[];

/** The view of each model, for the build (Simulation.astro's static SVG); a model without one fails the type check. */
export const viewFor: (id: ModelId) => ModelView = viewRegistry(pairs);
