/**
 * The registry's browser face: for each model id, how to load the model and its view. Each is its own chunk
 * (a dynamic `import()` per model and per view), so a page downloads only the models it shows. The table is
 * checked against the one list of ids (src/models/registry.ts): a model missing here fails the type check.
 */
import type { ModelId } from '../models/registry';
import type { ModelDefinition, ParamValues } from '../models/types';
import type { ModelView } from '../views/types';

/** How to load one model and its view, each on demand. */
export interface LazyEntry<I extends string = ModelId> {
  model(): Promise<ModelDefinition<ParamValues, unknown, I>>;
  view(): Promise<ModelView>;
}

/** Loaders by id, from a table of lazy entries; an unknown id (or `toString`) is a rejected promise, never a throw. */
export function lazyRegistry<I extends string>(table: { readonly [K in I]: LazyEntry<I> }) {
  const entries: Readonly<Partial<Record<string, LazyEntry<I>>>> = table;
  const entry = (id: string) => (Object.hasOwn(entries, id) ? entries[id] : undefined);
  return {
    loadModel: (id: string): Promise<ModelDefinition<ParamValues, unknown, I>> => {
      const found = entry(id);
      return found ? found.model() : Promise.reject(new Error(`unknown model “${id}”`));
    },
    loadView: (id: string): Promise<ModelView> => {
      const found = entry(id);
      return found ? found.view() : Promise.reject(new Error(`no view for model “${id}”`));
    },
  };
}

const registry = lazyRegistry<ModelId>({
  'tell-a-friend': {
    model: () => import('../models/tell-a-friend').then((m) => m.tellAFriend),
    view: () => import('../views/tell-a-friend').then((m) => m.tellAFriendView),
  },
  branching: {
    model: () => import('../models/branching').then((m) => m.branching),
    view: () => import('../views/branching').then((m) => m.branchingView),
  },
  cascade: {
    model: () => import('../models/cascade').then((m) => m.cascade),
    view: () => import('../views/cascade').then((m) => m.cascadeView),
  },
  bass: {
    model: () => import('../models/bass').then((m) => m.bass),
    view: () => import('../views/bass').then((m) => m.bassView),
  },
  'cost-of-silence': {
    model: () => import('../models/cost-of-silence').then((m) => m.costOfSilence),
    view: () => import('../views/cost-of-silence').then((m) => m.costOfSilenceView),
  },
});

export const { loadModel, loadView } = registry;
