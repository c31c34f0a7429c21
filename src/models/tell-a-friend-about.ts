/**
 * What the pages built ahead of time say about this model and its presets (src/build/model-about.ts): its about
 * text (in src/strings/models/tell-a-friend.ts) and the figures a preset's description quotes, computed from the
 * parameters it is written for (the preset's own, or the ones a lesson runs with). Build time only: no page's
 * JavaScript imports this module.
 */
import { tellAFriendAboutText, type TellAFriendPresetFigures } from '../strings/models/tell-a-friend.ts';
import { formatNumber } from './format.ts';
import type { ParamValues } from './types.ts';

export { tellAFriendAboutText as aboutText };

export const aboutFigures = (v: ParamValues): TellAFriendPresetFigures => ({
  growthHappy: formatNumber(Number(v.kHappy) * Number(v.rHappy)),
  growthUnhappy: formatNumber(Number(v.kUnhappy) * Number(v.rUnhappy)),
});
