/**
 * What each model is and where its presets come from, for pages built ahead of time: the simulation's frame,
 * the sandbox, the catalogue and the embed page. Kept out of the model definitions so no page's JavaScript
 * carries these paragraphs (about 2.8 KB gzip on the flagship lesson, which shows all five models).
 *
 * A description that quotes something the model computes (a peak time, a chain's expected size, a growth
 * factor) is a function of that figure, and the figure is computed here from the preset's own parameters:
 * change a preset and its description follows.
 */
import { models } from '../models/index';
import { peakShare, peakTime } from '../models/bass-math';
import { expectedTotalSize } from '../models/branching-analytic';
import { formatNumber, formatPercent } from '../models/format';
import type { ModelId, ParamValues } from '../models/types';
import { bassAboutText, type BassPresetFigures } from '../strings/models/bass';
import { branchingAboutText, type BranchingPresetFigures } from '../strings/models/branching';
import { cascadeAboutText } from '../strings/models/cascade';
import { costOfSilenceAboutText } from '../strings/models/cost-of-silence';
import { tellAFriendAboutText, type TellAFriendPresetFigures } from '../strings/models/tell-a-friend';

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
  const model = models[id];
  const values = model.presets[preset]?.params;
  if (!values) throw new Error(`${id} has no preset "${preset}" but its about text describes one`);
  return model.normalize({ ...model.defaults(), ...values }).params;
}

function resolve<F>(id: ModelId, text: AboutText<F>, figures: (params: ParamValues) => F): ModelAbout {
  const presets = Object.fromEntries(
    Object.entries(text.presets).map(([key, { description, source }]) => [
      key,
      {
        description:
          typeof description === 'string' ? description : description(figures(presetParams(id, key))),
        ...(source ? { source } : {}),
      },
    ]),
  );
  return { summary: text.summary, source: text.source, presets };
}

const num = (params: ParamValues, key: string): number => Number(params[key]);

const about: Record<ModelId, ModelAbout> = {
  'tell-a-friend': resolve<TellAFriendPresetFigures>('tell-a-friend', tellAFriendAboutText, (v) => ({
    growthHappy: formatNumber(num(v, 'kHappy') * num(v, 'rHappy')),
    growthUnhappy: formatNumber(num(v, 'kUnhappy') * num(v, 'rUnhappy')),
  })),
  branching: resolve<BranchingPresetFigures>('branching', branchingAboutText, (v) => {
    const size = expectedTotalSize(num(v, 'r'));
    return { expectedSize: size === null ? '' : formatNumber(size, 1) };
  }),
  cascade: resolve('cascade', cascadeAboutText, () => ({})),
  bass: resolve<BassPresetFigures>('bass', bassAboutText, (v) => ({
    peakTime: formatNumber(peakTime(num(v, 'p'), num(v, 'q')), 1),
    peakShare: formatPercent(peakShare(num(v, 'p'), num(v, 'q'))),
  })),
  'cost-of-silence': resolve('cost-of-silence', costOfSilenceAboutText, () => ({})),
};

export function modelAbout(id: ModelId): ModelAbout {
  return about[id];
}
