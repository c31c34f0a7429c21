/**
 * What the pages built ahead of time say about this model and its presets (src/build/model-about.ts): its about
 * text (in src/strings/models/bass.ts) and the figures a preset's description quotes, computed from the
 * parameters it is written for (the preset's own, or the ones a lesson runs with). Build time only: no page's
 * JavaScript imports this module.
 */
import { bassAboutText, type BassPresetFigures, bassText } from '../strings/models/bass.ts';
import { peakShare, peakTime } from './bass-math.ts';
import type { TimeUnit } from './bass.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { ParamValues } from './types.ts';

export { bassAboutText as aboutText };

export const aboutFigures = (v: ParamValues): BassPresetFigures => ({
  peakTime: formatNumber(peakTime(Number(v.p), Number(v.q)), 1),
  peakShare: formatPercent(peakShare(Number(v.p), Number(v.q))),
  units: bassText.timeUnits[v.timeUnit as TimeUnit].many,
});
