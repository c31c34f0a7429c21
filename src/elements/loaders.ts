/**
 * The registry's browser face: for each model id, how to load the model, its view and its summary in words. Each
 * is its own chunk (a dynamic `import()` per model, view and describer), so a page downloads only the models it
 * shows, and a model's words only when a run needs new ones (at wake the page already shows the summary it was
 * built with). The table is checked against the one list of ids (src/models/registry.ts): a model missing here
 * fails the type check.
 *
 * Written by hand, unlike the build's tables (found by file name with `import.meta.glob`): a lazy glob here cost
 * every page with a figure about 350 bytes gzip (its map keyed by path and the module-namespace step of each
 * `import()`), more than the flagship lesson's margin. tests/models/registry-files.test.ts holds this table to the
 * same globs: each id's loaders give the very core, view and describer found in its files.
 */
import type { ModelId } from '../models/registry';
import type { Describer, ModelCore, ParamValues } from '../models/types';
import type { ModelView } from '../views/types';

/**
 * How to load one model (without its summary), its view and its summary in words, each on demand. A describer
 * module (src/models/<id>-describe.ts) exports `describe`, so the module itself is the model's Describer.
 */
export interface LazyEntry<I extends string = ModelId> {
  model(): Promise<ModelCore<ParamValues, unknown, I>>;
  view(): Promise<ModelView>;
  describer(): Promise<Describer>;
}

/** Loaders by id, from a table of lazy entries; an unknown id (or `toString`) is a rejected promise, never a throw. */
export function lazyRegistry<I extends string>(table: { readonly [K in I]: LazyEntry<I> }) {
  const entries: Readonly<Partial<Record<string, LazyEntry<I>>>> = table;
  const entry = (id: string) => (Object.hasOwn(entries, id) ? entries[id] : undefined);
  return {
    loadModel: (id: string): Promise<ModelCore<ParamValues, unknown, I>> => {
      const found = entry(id);
      return found ? found.model() : Promise.reject(new Error(`unknown model “${id}”`));
    },
    loadView: (id: string): Promise<ModelView> => {
      const found = entry(id);
      return found ? found.view() : Promise.reject(new Error(`no view for model “${id}”`));
    },
    loadDescriber: (id: string): Promise<Describer> => {
      const found = entry(id);
      return found ? found.describer() : Promise.reject(new Error(`no summary for model “${id}”`));
    },
  };
}

const registry = lazyRegistry<ModelId>({
  'tell-a-friend': {
    model: () => import('../models/tell-a-friend').then((m) => m.tellAFriendCore),
    view: () => import('../views/tell-a-friend').then((m) => m.tellAFriendView),
    describer: () => import('../models/tell-a-friend-describe'),
  },
  branching: {
    model: () => import('../models/branching').then((m) => m.branchingCore),
    view: () => import('../views/branching').then((m) => m.branchingView),
    describer: () => import('../models/branching-describe'),
  },
  cascade: {
    model: () => import('../models/cascade').then((m) => m.cascadeCore),
    view: () => import('../views/cascade').then((m) => m.cascadeView),
    describer: () => import('../models/cascade-describe'),
  },
  bass: {
    model: () => import('../models/bass').then((m) => m.bassCore),
    view: () => import('../views/bass').then((m) => m.bassView),
    describer: () => import('../models/bass-describe'),
  },
  'cost-of-silence': {
    model: () => import('../models/cost-of-silence').then((m) => m.costOfSilenceCore),
    view: () => import('../views/cost-of-silence').then((m) => m.costOfSilenceView),
    describer: () => import('../models/cost-of-silence-describe'),
  },
});

export const { loadModel, loadView, loadDescriber } = registry;
