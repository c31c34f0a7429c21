/**
 * The registry's build-time face for views: each model's view, found by file name (`view` in src/views/<id>.ts,
 * which annotates it with its model's result and parameters), for the static SVG of each simulation, and the
 * series its card's thumbnail draws (`thumbnailSeries`). In the browser the element loads views one by one
 * through ../elements/loaders.ts so a page carries only the ones it uses.
 */
import { fromFiles, type ModelId } from '../models/registry';
import type { ModelView } from './types';

/** What a view's module gives the registry. */
interface ViewFile {
  view: ModelView;
  thumbnailSeries: readonly string[];
}

/**
 * The modules the glob found, by path (`./cascade.ts`): the views, without the helpers they share (left out by
 * name; a new helper joins the list, or tests/models/registry-files.test.ts fails and names it).
 */
export const viewFiles = import.meta.glob<ViewFile>(
  ['./*.ts', '!./{common,index,network-loader,style,types}.ts'],
  { eager: true },
);

/** Each model's view module, by id; a registered model without src/views/<id>.ts fails the build here. */
export const views = fromFiles<Readonly<Record<ModelId, ViewFile>>>(viewFiles, (id) => `./${id}.ts`);

/** The view of each model, for the build (Simulation.astro's static SVG). */
export const viewFor = (id: ModelId): ModelView => views[id].view;
