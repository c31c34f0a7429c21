/**
 * What the pages built ahead of time say about this model and its presets (src/build/model-about.ts): its about
 * text (in src/strings/models/cascade.ts) and the figures a preset's description quotes, computed from the
 * parameters it is written for (the preset's own, or the ones a lesson runs with). Build time only: no page's
 * JavaScript imports this module.
 */
import { cascadeAboutText, type CascadePresetFigures } from '../strings/models/cascade.ts';
import { formatCount, formatPercent } from './format.ts';
import type { ParamValues } from './types.ts';

export { cascadeAboutText as aboutText };

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
