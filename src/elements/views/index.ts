/**
 * Every view, for build time (the static SVG of each simulation). In the browser the element loads views
 * one by one through ./loaders so a page carries only the ones it uses.
 */
import type { ModelId } from '../../models/types';
import { bassView } from './bass';
import { branchingView } from './branching';
import { cascadeView } from './cascade';
import { costOfSilenceView } from './cost-of-silence';
import { tellAFriendView } from './tell-a-friend';
import type { ModelView } from './types';

const views: Record<ModelId, ModelView> = {
  'tell-a-friend': tellAFriendView,
  branching: branchingView,
  cascade: cascadeView,
  bass: bassView,
  'cost-of-silence': costOfSilenceView,
};

export function viewFor(id: ModelId): ModelView {
  return views[id];
}
