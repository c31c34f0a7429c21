/**
 * The words about this model that only pages built ahead of time show: its parameters' help and its presets' labels
 * (src/models/index.ts puts them on the whole definition), and its about text and the figures its preset
 * descriptions quote (src/build/model-about.ts). The words are in src/strings/models/cascade.ts; the figures are
 * computed from the parameters a description is written for (the preset's own, or the ones a lesson runs with).
 * Build time only: no page's JavaScript imports this module.
 */
import {
  cascadeAboutText,
  cascadeParamHelp,
  cascadePresetLabels,
  type CascadePresetFigures,
} from '../strings/models/cascade.ts';
import { formatCount, formatPercent } from './format.ts';
import type { ParamValues } from './types.ts';

export { cascadeAboutText as aboutText, cascadeParamHelp as paramHelp, cascadePresetLabels as presetLabels };

export const aboutFigures = (v: ParamValues): CascadePresetFigures => ({
  network: v.network as CascadePresetFigures['network'],
  n: formatCount(Number(v.n)),
  hubs: Number(v.hubs),
  hubReach: formatPercent(Number(v.hubReach)),
  betaC: formatPercent(Number(v.betaC)),
  betaR: formatPercent(Number(v.betaR)),
  apology: Number(v.apology) > 0 ? formatPercent(Number(v.apology)) : null,
  respond: v.respond !== 'no',
  responseDay: Number(v.responseDay),
  good: v.story === 'good',
  // Parameters added later may be missing from saved values: absent means the default.
  posters: v.posters === undefined ? 1 : Number(v.posters),
  campaignHubs: v.campaignHubs === undefined ? 0 : Math.min(Number(v.campaignHubs), Number(v.hubs)),
  pickupDay: v.pickup === 'yes' ? Number(v.pickupDay) : null,
  answerVia: (v.answerVia ?? 'hubs') as CascadePresetFigures['answerVia'],
});
