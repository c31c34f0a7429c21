/**
 * The words about this model that only pages built ahead of time show: its parameters' help and its presets' labels
 * (src/models/index.ts puts them on the whole definition), and its about text and the figures its preset
 * descriptions quote (src/build/model-about.ts). The words are in src/strings/models/bass.ts; the figures are
 * computed from the parameters a description is written for (the preset's own, or the ones a lesson runs with).
 * Build time only: no page's JavaScript imports this module.
 */
import {
  bassAboutText,
  bassParamHelp,
  bassPresetLabels,
  type BassPresetFigures,
  bassText,
} from '../strings/models/bass.ts';
import { peakShare, peakTime } from './bass-math.ts';
import type { TimeUnit } from './bass.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { ParamValues } from './types.ts';

export { bassAboutText as aboutText, bassParamHelp as paramHelp, bassPresetLabels as presetLabels };

export const aboutFigures = (v: ParamValues): BassPresetFigures => ({
  peakTime: formatNumber(peakTime(Number(v.p), Number(v.q)), 1),
  peakShare: formatPercent(peakShare(Number(v.p), Number(v.q))),
  units: bassText.timeUnits[v.timeUnit as TimeUnit].many,
});
