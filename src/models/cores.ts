/**
 * Every model's core by id: what code that runs in the page or a worker may import whole (the metrics behind a
 * check, the general worker). Not src/models/index.ts, whose whole definitions carry each model's summary in
 * words, its presets' labels and its parameters' help: words for pages built ahead of time, which would then ship
 * with every figure or worker (the summary loads apart, through src/elements/loaders.ts).
 *
 * The cores are found by file name: src/models/<id>.ts exports its model's core as `core`. The other modules in
 * this folder (the models' helpers, the describers, the registry's own) are left out of the glob by name; a new
 * helper joins the list, or tests/models/registry-files.test.ts fails and names it.
 */
import { fromFiles, isModelId, type ModelCores, type ModelId } from './registry.ts';
import type { ModelCore, ParamValues } from './types.ts';

/** The modules the glob found, by path (`./cascade.ts`): the test compares them with the registry. */
export const coreFiles = import.meta.glob<ModelCores[ModelId]>(
  [
    './*.ts',
    '!./*-{describe,about}.ts',
    '!./{bass-fit,bass-math,branching-analytic,branching-chains,branching-sim,cascade-dynamics,cascade-worker}.ts',
    '!./{cores,format,graph-csr,graph-metrics,graphs,index,normalize,percent,random,record,registry,transferables}.ts',
    '!./{types,worker-handler,worker-protocol,worker}.ts',
  ],
  { eager: true, import: 'core' },
);

export const cores = fromFiles<{ readonly [M in ModelId]: ModelCores[M] }>(
  coreFiles,
  (id) => `./${id}.ts`,
) satisfies {
  readonly [M in ModelId]: ModelCore<ParamValues, unknown, M>;
};

/** The core of the model with this id, or undefined for an unknown id (never throws). */
export function getCore(id: string): ModelCore | undefined {
  return isModelId(id) ? cores[id] : undefined;
}
