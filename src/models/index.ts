/**
 * The registry's build-time face: every model whole (summary in words, presets' labels and parameters' help
 * included), imported eagerly, keyed by its own id, for the build and the tests. The browser loads models one by
 * one through src/elements/loaders.ts instead, each without its words; code in the page or a worker that needs
 * every model takes the cores (./cores.ts). Each model's own module exports its step/run API and
 * analytic helpers beside its core.
 */
import { cores } from './cores.ts';
import { fromFiles, isModelId, modelIds, type ModelCores, type ModelId } from './registry.ts';
import type { Describer, LabelledPreset, ModelCore, ModelDefinition, ParamValues, Preset } from './types.ts';

/** A core's presets with their labels (build time only: no page's JavaScript carries the labels). */
function labelled<P>(
  presets: Record<string, Preset<P>>,
  labels: Record<string, string>,
): Record<string, LabelledPreset<P>> {
  return Object.fromEntries(
    Object.entries(presets).map(([key, preset]) => {
      const label = labels[key];
      if (label === undefined) throw new Error(`Preset "${key}" has no label in src/strings/models`);
      return [key, { ...preset, label }];
    }),
  );
}

/** The words a core's whole definition adds: its summary, its parameters' help and its presets' labels. */
interface Words<P extends ParamValues, R> {
  describe: (result: R, params: P) => string;
  help: Readonly<Record<string, string>>;
  labels: Record<string, string>;
}

/** A model whole, with its core's own parameter, result and id types. */
function whole<P extends ParamValues, R, I extends ModelId>(
  core: ModelCore<P, R, I>,
  { describe, help, labels }: Words<P, R>,
): ModelDefinition<P, R, I> {
  return { ...core, help, presets: labelled(core.presets, labels), describe };
}

/** The words of a model that only pages built ahead of time show, from src/models/<id>-about.ts. */
interface BuildWords {
  paramHelp: Readonly<Record<string, string>>;
  presetLabels: Record<string, string>;
}

/*
 * Each model whole, found by file name: its core (src/models/<id>.ts, what the browser loads with a figure, through
 * ./cores.ts), its summary in words (src/models/<id>-describe.ts, which the browser loads apart), and the words
 * only pages built ahead of time show: its presets' labels and its parameters' help (`presetLabels`, `paramHelp` in
 * src/models/<id>-about.ts, from src/strings/models/<id>.ts). They are put together here, not in the model's
 * module: a static import there would put the words in the chunk of every page that shows the model.
 */
const describers = fromFiles<Readonly<Record<ModelId, Describer>>>(
  import.meta.glob<Describer>('./*-describe.ts', { eager: true }),
  (id) => `./${id}-describe.ts`,
);
const buildWords = fromFiles<Readonly<Record<ModelId, BuildWords>>>(
  import.meta.glob<BuildWords>('./*-about.ts', { eager: true }),
  (id) => `./${id}-about.ts`,
);

/** A core's whole definition type: the same parameters, result and id. */
type Whole<C> = C extends ModelCore<infer P, infer R, infer I> ? ModelDefinition<P, R, I> : never;

/** Each model's definition with its own parameter and result types, by id. */
export type Models = { readonly [M in ModelId]: Whole<ModelCores[M]> };

const wholeOf = (id: ModelId): ModelDefinition =>
  whole<ParamValues, unknown, ModelId>(cores[id], {
    describe: (result, params) => describers[id].describe(result, params),
    help: buildWords[id].paramHelp,
    labels: buildWords[id].presetLabels,
  });

// Keyed by id, each typed as its own model declares (ModelCores): fromFiles checks every id has its entry.
export const models = fromFiles<Models, ModelDefinition>(
  Object.fromEntries(modelIds.map((id) => [id, wholeOf(id)])),
  (id) => id,
) satisfies {
  readonly [M in ModelId]: ModelDefinition<ParamValues, unknown, M>;
};

export { isModelId, modelIds } from './registry.ts';

/** A model id as a name in code: `cost-of-silence` is `costOfSilence`. */
type Named<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Named<T>>}` : S;

/** Each model whole under its name in code (`costOfSilence`), for the tests and the build's own code. */
function byName(): { readonly [M in ModelId as Named<M>]: Models[M] } {
  const named = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(modelIds.map((id) => [named(id), models[id]])) as {
    readonly [M in ModelId as Named<M>]: Models[M];
  };
}

export const { tellAFriend, branching, cascade, bass, costOfSilence } = byName();

/** What each model's `run` returns, by id. */
export type ModelResults = { [M in ModelId]: ReturnType<Models[M]['run']> };

/** The model with this id, seen through the uniform interface (its run takes any normalised values). */
export function modelFor(id: ModelId): ModelDefinition {
  return models[id];
}

/** The model with this id, or undefined for an unknown id (never throws). */
export function getModel(id: string): ModelDefinition | undefined {
  return isModelId(id) ? modelFor(id) : undefined;
}
