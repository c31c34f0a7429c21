/**
 * Each model and its view is its own chunk: a page downloads only the models it shows.
 */
import type { ModelDefinition } from '../models/types';
import type { ModelView } from './views/types';

const models: Record<string, () => Promise<ModelDefinition>> = {
  'tell-a-friend': () =>
    import('../models/tell-a-friend').then((m) => m.tellAFriend as unknown as ModelDefinition),
  branching: () => import('../models/branching').then((m) => m.branching as unknown as ModelDefinition),
  cascade: () => import('../models/cascade').then((m) => m.cascade as unknown as ModelDefinition),
  bass: () => import('../models/bass').then((m) => m.bass as unknown as ModelDefinition),
  'cost-of-silence': () =>
    import('../models/cost-of-silence').then((m) => m.costOfSilence as unknown as ModelDefinition),
};

const views: Record<string, () => Promise<ModelView>> = {
  'tell-a-friend': () => import('./views/tell-a-friend').then((m) => m.tellAFriendView),
  branching: () => import('./views/branching').then((m) => m.branchingView),
  cascade: () => import('./views/cascade').then((m) => m.cascadeView),
  bass: () => import('./views/bass').then((m) => m.bassView),
  'cost-of-silence': () => import('./views/cost-of-silence').then((m) => m.costOfSilenceView),
};

export function loadModel(id: string): Promise<ModelDefinition> {
  const load = models[id];
  if (!load) return Promise.reject(new Error(`unknown model “${id}”`));
  return load();
}

export function loadView(id: string): Promise<ModelView> {
  const load = views[id];
  if (!load) return Promise.reject(new Error(`no view for model “${id}”`));
  return load();
}
