/**
 * The words about this model that only pages built ahead of time show: its parameters' help and its presets' labels
 * (src/models/index.ts puts them on the whole definition), and its about text and the figures its preset
 * descriptions quote (src/build/model-about.ts). The words are in src/strings/models/cost-of-silence.ts; the
 * figures are computed from the parameters a description is written for (the preset's own, or the ones a lesson
 * runs with). Build time only: no page's JavaScript imports this module.
 */
import {
  costOfSilenceAboutText,
  costOfSilenceParamHelp,
  costOfSilencePresetLabels,
} from '../strings/models/cost-of-silence.ts';

export {
  costOfSilenceAboutText as aboutText,
  costOfSilenceParamHelp as paramHelp,
  costOfSilencePresetLabels as presetLabels,
};

export const aboutFigures = (): Record<string, never> => ({});
