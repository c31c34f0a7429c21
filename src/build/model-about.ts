/**
 * What each model is and where its presets come from, for pages built ahead of time: the simulation's frame,
 * the sandbox, the catalogue and the embed page. Kept out of the model definitions so no page's JavaScript
 * carries these paragraphs (about 2.8 KB gzip on the flagship lesson, which shows all five models).
 *
 * A description that quotes a parameter or something the model computes (a peak time, a chain's expected size,
 * a growth factor) is a function of those figures, computed from the parameters by the model's own
 * src/models/<id>-about.ts (`aboutFigures`, beside its `aboutText`): the preset's own on the catalogue and the
 * sandbox, and the ones the simulation really runs with on a lesson that changes some (presetDescription). Change
 * a preset, or override it on a page, and its description follows.
 */
import { modelFor } from '../models/index';
import { fromFiles, modelIds } from '../models/registry';
import type { ModelId, ParamValues } from '../models/types';

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

/**
 * A model's about text and how to work out the figures its descriptions quote: `aboutText` and `aboutFigures` in
 * src/models/<id>-about.ts (build time only). Each model's file types its descriptions by its own figures; seen
 * here through `never`, a description takes only what that model's `aboutFigures` gives.
 */
interface About {
  aboutText: AboutText<never>;
  aboutFigures: (params: ParamValues) => never;
}
const abouts = fromFiles<Readonly<Record<ModelId, About>>>(
  import.meta.glob<About>('../models/*-about.ts', { eager: true }),
  (id) => `../models/${id}-about.ts`,
);

function describe(id: ModelId, preset: string, params: ParamValues): string | undefined {
  const { aboutText, aboutFigures } = abouts[id];
  const description = aboutText.presets[preset]?.description;
  if (description === undefined) return undefined;
  return typeof description === 'string' ? description : description(aboutFigures(params));
}

/** A preset's description written from the given parameters (by default the preset's own). */
export function presetDescription(id: ModelId, preset: string, params?: ParamValues): string | undefined {
  return describe(id, preset, params ?? presetParams(id, preset));
}

function resolve(id: ModelId): ModelAbout {
  const text = abouts[id].aboutText;
  const presets = Object.fromEntries(
    Object.entries(text.presets).map(([key, { source }]) => [
      key,
      { description: presetDescription(id, key) ?? '', ...(source ? { source } : {}) },
    ]),
  );
  return { summary: text.summary, source: text.source, presets };
}

// Resolved once, when the build first imports this module: a description that cannot be written fails it there.
const about = fromFiles<Readonly<Record<ModelId, ModelAbout>>>(
  Object.fromEntries(modelIds.map((id) => [id, resolve(id)])),
  (id) => id,
);

export function modelAbout(id: ModelId): ModelAbout {
  return about[id];
}
