/**
 * The small picture of a simulation's default run on a card (a case card or a sandbox card): the run is
 * computed here at build time with the model itself, and drawn by src/charts/thumbnail.ts. Build-time only.
 */
import { thumbnailSvg } from '../charts/thumbnail';
import { styled } from '../views/style';
import { modelFor } from '../models/index';
import type { ModelId } from '../models/types';
import { views } from '../views/index';
import { claimPage, resolveParams } from './claims';
import { staticDocument } from './static-dom';

export const THUMBNAIL = { width: 120, height: 40 } as const;

/** What to run: a model, optionally a preset and parameters over it, and the seed (as <Simulation> takes them). */
export interface RunSettings {
  model: string;
  preset?: string;
  params?: Record<string, unknown>;
  seed?: number;
}

/** The thumbnail of one run; undefined (no picture) when the settings cannot be run, never an exception. */
export function runThumbnail(settings: RunSettings): string | undefined {
  try {
    const { model: id, params } = resolveParams(settings);
    const model = modelFor(id);
    const result = model.run(params, settings.seed ?? 1);
    const view = model.toSeries(result, params);
    // The lines the model's view names for its thumbnail (`thumbnailSeries` in src/views/<id>.ts).
    const drawn = styled(view.series.filter((s) => views[id].thumbnailSeries.includes(s.id)));
    if (!drawn.length) return undefined;
    return thumbnailSvg(staticDocument(), drawn, THUMBNAIL);
  } catch {
    return undefined;
  }
}

/** The settings of the first <Simulation> in a lesson's MDX whose props are all literals, if any. */
export function firstSimulation(mdx: string): RunSettings | undefined {
  for (const sim of claimPage(mdx).simulations.values())
    if ('model' in sim) return { model: sim.model, preset: sim.preset, params: sim.params, seed: sim.seed };
  return undefined;
}

/** A case card's picture: the default run of the lesson's first simulation. */
export function caseThumbnail(mdx: string): string | undefined {
  const settings = firstSimulation(mdx);
  return settings && runThumbnail(settings);
}

/** A sandbox card's picture: the model's own defaults, as its sandbox page first shows them. */
export function modelThumbnail(id: ModelId): string | undefined {
  return runThumbnail({ model: id, params: {} });
}
