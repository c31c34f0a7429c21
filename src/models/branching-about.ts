/**
 * The words about this model that only pages built ahead of time show: its parameters' help and its presets' labels
 * (src/models/index.ts puts them on the whole definition), and its about text and the figures its preset
 * descriptions quote (src/build/model-about.ts). The words are in src/strings/models/branching.ts; the figures are
 * computed from the parameters a description is written for (the preset's own, or the ones a lesson runs with).
 * Build time only: no page's JavaScript imports this module.
 */
import {
  branchingAboutText,
  branchingParamHelp,
  branchingPresetLabels,
  type BranchingPresetFigures,
} from '../strings/models/branching.ts';
import { expectedTotalSize, rareOffspring } from './branching-analytic.ts';
import { formatNumber } from './format.ts';
import type { ParamValues } from './types.ts';

export {
  branchingAboutText as aboutText,
  branchingParamHelp as paramHelp,
  branchingPresetLabels as presetLabels,
};

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
