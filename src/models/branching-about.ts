/**
 * What the pages built ahead of time say about this model and its presets (src/build/model-about.ts): its about
 * text (in src/strings/models/branching.ts) and the figures a preset's description quotes, computed from the
 * parameters it is written for (the preset's own, or the ones a lesson runs with). Build time only: no page's
 * JavaScript imports this module.
 */
import { branchingAboutText, type BranchingPresetFigures } from '../strings/models/branching.ts';
import { expectedTotalSize, rareOffspring } from './branching-analytic.ts';
import { formatNumber } from './format.ts';
import type { ParamValues } from './types.ts';

export { branchingAboutText as aboutText };

export function aboutFigures(v: ParamValues): BranchingPresetFigures {
  const size = expectedTotalSize(Number(v.r));
  return {
    r: formatNumber(Number(v.r)),
    kappa: formatNumber(Number(v.kappa)),
    superspreading: Number(v.kappa) <= 0.5,
    even: Number(v.kappa) >= 100,
    expectedSize: size === null ? null : formatNumber(size, 1),
    rareTellers: formatNumber(rareOffspring(Number(v.r), Number(v.kappa))),
  };
}
