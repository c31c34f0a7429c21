/**
 * The words about this model that only pages built ahead of time show: its parameters' help and its presets' labels
 * (src/models/index.ts puts them on the whole definition), and its about text and the figures its preset
 * descriptions quote (src/build/model-about.ts). The words are in src/strings/models/tell-a-friend.ts; the figures
 * are computed from the parameters a description is written for (the preset's own, or the ones a lesson runs with).
 * Build time only: no page's JavaScript imports this module.
 */
import {
  tellAFriendAboutText,
  tellAFriendParamHelp,
  tellAFriendPresetLabels,
  type TellAFriendPresetFigures,
} from '../strings/models/tell-a-friend.ts';
import { formatNumber } from './format.ts';
import type { ParamValues } from './types.ts';

export {
  tellAFriendAboutText as aboutText,
  tellAFriendParamHelp as paramHelp,
  tellAFriendPresetLabels as presetLabels,
};

export const aboutFigures = (v: ParamValues): TellAFriendPresetFigures => ({
  growthHappy: formatNumber(Number(v.kHappy) * Number(v.rHappy)),
  growthUnhappy: formatNumber(Number(v.kUnhappy) * Number(v.rUnhappy)),
});
