/**
 * What each model is and where its presets come from, for pages built ahead of time: the simulation's frame,
 * the sandbox, the catalogue and the embed page. Kept out of the model definitions so no page's JavaScript
 * carries these paragraphs (about 2.8 KB gzip on the flagship lesson, which shows all five models).
 */
import type { ModelId } from '../models/types';
import { bassAboutText } from '../strings/models/bass';
import { branchingAboutText } from '../strings/models/branching';
import { cascadeAboutText } from '../strings/models/cascade';
import { costOfSilenceAboutText } from '../strings/models/cost-of-silence';
import { tellAFriendAboutText } from '../strings/models/tell-a-friend';

export interface PresetAbout {
  /** One or two sentences: what the preset represents and why these values. */
  description: string;
  /** Source key(s) in shared/research/facts.md, e.g. "B4, B5"; absent when the preset is an assumption. */
  source?: string;
}

export interface ModelAbout {
  /** One sentence. */
  summary: string;
  /** The paper(s) the maths comes from. */
  source: string;
  /** By preset id. */
  presets: Readonly<Record<string, PresetAbout>>;
}

const about: Record<ModelId, ModelAbout> = {
  'tell-a-friend': tellAFriendAboutText,
  branching: branchingAboutText,
  cascade: cascadeAboutText,
  bass: bassAboutText,
  'cost-of-silence': costOfSilenceAboutText,
};

export function modelAbout(id: ModelId): ModelAbout {
  return about[id];
}
