/**
 * What the pages built ahead of time say about this model and its presets (src/build/model-about.ts): its about
 * text (in src/strings/models/cost-of-silence.ts) and the figures a preset's description quotes, computed from the
 * parameters it is written for (the preset's own, or the ones a lesson runs with). Build time only: no page's
 * JavaScript imports this module.
 */
import { costOfSilenceAboutText } from '../strings/models/cost-of-silence.ts';

export { costOfSilenceAboutText as aboutText };

export const aboutFigures = (): Record<string, never> => ({});
