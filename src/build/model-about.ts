/**
 * What each model is and where its presets come from, for pages built ahead of time: the simulation's frame,
 * the sandbox, the catalogue and the embed page. Kept out of the model definitions so no page's JavaScript
 * carries these paragraphs (about 2.8 KB gzip on the flagship lesson, which shows all five models).
 *
 * A description that quotes a parameter or something the model computes (a peak time, a chain's expected size,
 * a growth factor) is a function of those figures, computed here from the parameters: the preset's own on
 * the catalogue and the sandbox, and the ones the simulation really runs with on a lesson that changes some
 * (presetDescription). Change a preset, or override it on a page, and its description follows.
 */
import { peakShare, peakTime } from '../models/bass-math';
import { expectedTotalSize, rareOffspring } from '../models/branching-analytic';
import { formatCount, formatNumber, formatPercent } from '../models/format';
import { modelFor, bass, branching, cascade, costOfSilence, tellAFriend } from '../models/index';
import { byId, modelIds } from '../models/registry';
import type { ModelId, ParamValues } from '../models/types';
import { bassAboutText, bassText } from '../strings/models/bass';
import type { TimeUnit } from '../models/bass';
import { branchingAboutText } from '../strings/models/branching';
import { cascadeAboutText, type CascadePresetFigures } from '../strings/models/cascade';
import { costOfSilenceAboutText } from '../strings/models/cost-of-silence';
import { tellAFriendAboutText } from '../strings/models/tell-a-friend';

export interface PresetAbout {
  /** One or two sentences: what the preset represents and why these values. */
  description: string;
  /** Source key(s) in shared/research/facts.md, e.g. "B4, B5"; absent when the preset is an assumption. */
  source?: string;
}

export interface ModelAbout {
  /** One sentence. */
  summary: string;
  /** The paper(s) the maths comes from. */
  source: string;
  /** By preset id. */
  presets: Readonly<Record<string, PresetAbout>>;
}

/** An about text as written in src/strings: descriptions may wait for the figures of their preset. */
interface AboutText<F> {
  summary: string;
  source: string;
  presets: Readonly<
    Record<string, { readonly description: string | ((figures: F) => string); readonly source?: string }>
  >;
}

/** A preset's full parameters: the model's defaults under the preset's own values, normalised. */
function presetParams(id: ModelId, preset: string): ParamValues {
  const model = modelFor(id);
  const values = model.presets[preset]?.params;
  if (!values) throw new Error(`${id} has no preset "${preset}" but its about text describes one`);
  return model.normalize({ ...model.defaults(), ...values }).params;
}

const num = (params: ParamValues, key: string): number => Number(params[key]);

/** Each model's about text, and how to write a preset's description from parameters. */
interface Describer<I extends string = ModelId> {
  id: I;
  text: AboutText<never>;
  describe(preset: string, params: ParamValues): string | undefined;
}
/** The describer of one model, keyed by the model's own id. */
const describer = <F, I extends ModelId>(
  model: { id: I },
  text: AboutText<F>,
  figures: (params: ParamValues) => NoInfer<F>,
): Describer<I> => ({
  id: model.id,
  text,
  describe(preset, params) {
    const description = text.presets[preset]?.description;
    if (description === undefined) return undefined;
    return typeof description === 'string' ? description : description(figures(params));
  },
});

const describers = byId([
  describer(tellAFriend, tellAFriendAboutText, (v) => ({
    growthHappy: formatNumber(num(v, 'kHappy') * num(v, 'rHappy')),
    growthUnhappy: formatNumber(num(v, 'kUnhappy') * num(v, 'rUnhappy')),
  })),
  describer(branching, branchingAboutText, (v) => {
    const size = expectedTotalSize(num(v, 'r'));
    return {
      r: formatNumber(num(v, 'r')),
      kappa: formatNumber(num(v, 'kappa')),
      superspreading: num(v, 'kappa') <= 0.5,
      even: num(v, 'kappa') >= 100,
      expectedSize: size === null ? null : formatNumber(size, 1),
      rareTellers: formatNumber(rareOffspring(num(v, 'r'), num(v, 'kappa'))),
    };
  }),
  describer(cascade, cascadeAboutText, (v) => ({
    network: v.network as CascadePresetFigures['network'],
    n: formatCount(num(v, 'n')),
    hubs: num(v, 'hubs'),
    hubReach: formatPercent(num(v, 'hubReach')),
    betaC: formatPercent(num(v, 'betaC')),
    betaR: formatPercent(num(v, 'betaR')),
    apology: num(v, 'apology') > 0 ? formatPercent(num(v, 'apology')) : null,
    respond: v.respond !== 'no',
    responseDay: num(v, 'responseDay'),
    good: v.story === 'good',
    // Parameters added later may be missing from saved values: absent means the default.
    posters: v.posters === undefined ? 1 : num(v, 'posters'),
    campaignHubs: v.campaignHubs === undefined ? 0 : Math.min(num(v, 'campaignHubs'), num(v, 'hubs')),
    pickupDay: v.pickup === 'yes' ? num(v, 'pickupDay') : null,
    answerVia: (v.answerVia ?? 'hubs') as CascadePresetFigures['answerVia'],
  })),
  describer(bass, bassAboutText, (v) => ({
    peakTime: formatNumber(peakTime(num(v, 'p'), num(v, 'q')), 1),
    peakShare: formatPercent(peakShare(num(v, 'p'), num(v, 'q'))),
    units: bassText.timeUnits[v.timeUnit as TimeUnit].many,
  })),
  describer(costOfSilence, costOfSilenceAboutText, () => ({})),
]) satisfies { readonly [M in ModelId]: Describer<M> };

/** A preset's description written from the given parameters (by default the preset's own). */
export function presetDescription(id: ModelId, preset: string, params?: ParamValues): string | undefined {
  return describers[id].describe(preset, params ?? presetParams(id, preset));
}

function resolve(id: ModelId): ModelAbout {
  const { text } = describers[id];
  const presets = Object.fromEntries(
    Object.entries(text.presets).map(([key, { source }]) => [
      key,
      { description: presetDescription(id, key) ?? '', ...(source ? { source } : {}) },
    ]),
  );
  return { summary: text.summary, source: text.source, presets };
}

// Resolved once, when the build first imports this module: a description that cannot be written fails it there.
const about = Object.fromEntries(modelIds.map((id) => [id, resolve(id)])) as Record<ModelId, ModelAbout>;

export function modelAbout(id: ModelId): ModelAbout {
  return about[id];
}
