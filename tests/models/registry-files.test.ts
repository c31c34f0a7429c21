/**
 * The tables keyed by model are found by file name (src/models/registry.ts): every glob finds exactly one file per
 * registered id, named by it, and nothing else (a helper it found would be taken for a model), and a registered id
 * without its file fails with the file's name. The browser's loaders (src/elements/loaders.ts) are written by hand
 * to keep the pages' JavaScript small; here they are held to the same globs: each id loads the very core, view and
 * describer its files export.
 */
import { describe, expect, it } from 'vitest';
import { loadDescriber, loadModel, loadView } from '../../src/elements/loaders.ts';
import type { ModelCore, Describer } from '../../src/models/types.ts';
import type { ModelView } from '../../src/views/types.ts';
import { coreFiles, cores } from '../../src/models/cores.ts';
import { models } from '../../src/models/index.ts';
import { fromFiles, modelIds, type ModelId } from '../../src/models/registry.ts';
import { viewFiles as buildViewFiles, views } from '../../src/views/index.ts';

// The browser's files, found as the build's tables find them (the same patterns as src/models/cores.ts and
// src/views/index.ts), loaded lazily as the browser loads them.
const modelFiles = import.meta.glob<ModelCore>(
  [
    '../../src/models/*.ts',
    '!../../src/models/*-{describe,about}.ts',
    '!../../src/models/{bass-fit,bass-math,branching-analytic,branching-chains,branching-sim,cascade-dynamics,cascade-worker}.ts',
    '!../../src/models/{cores,format,graph-csr,graph-metrics,graphs,index,normalize,percent,random,record,registry,transferables}.ts',
    '!../../src/models/{types,worker-handler,worker-protocol,worker}.ts',
  ],
  { import: 'core' },
);
const viewFiles = import.meta.glob<ModelView>(
  ['../../src/views/*.ts', '!../../src/views/{common,index,network-loader,style,types}.ts'],
  { import: 'view' },
);
const describerFiles = import.meta.glob<Describer>('../../src/models/*-describe.ts');
// What src/models/index.ts and src/build/model-about.ts read for the pages built ahead of time.
const aboutFiles = import.meta.glob('../../src/models/*-about.ts');

const named = (files: Readonly<Record<string, unknown>>, pattern: RegExp) =>
  Object.keys(files)
    .map((path) => pattern.exec(path)?.[1] ?? path)
    .sort();
const ids = [...modelIds].sort();

describe('each table keyed by model has one file per registered id, and only those', () => {
  it.each([
    ['src/models/cores.ts', coreFiles, /^\.\/([a-z-]+)\.ts$/],
    ['src/views/index.ts', buildViewFiles, /^\.\/([a-z-]+)\.ts$/],
    ['the models the browser loads', modelFiles, /\/src\/models\/([a-z-]+)\.ts$/],
    ['the views the browser loads', viewFiles, /\/src\/views\/([a-z-]+)\.ts$/],
    ['the describers the browser loads', describerFiles, /\/src\/models\/([a-z-]+)-describe\.ts$/],
    ['the words for pages built ahead of time', aboutFiles, /\/src\/models\/([a-z-]+)-about\.ts$/],
  ])('%s', (_where, files, pattern) => {
    expect(named(files, pattern)).toEqual(ids);
  });

  it('keys each entry by its own id, in the registry order', () => {
    expect(Object.keys(cores)).toEqual([...modelIds]);
    expect(Object.keys(models)).toEqual([...modelIds]);
    for (const id of modelIds) {
      expect(cores[id].id).toBe(id);
      expect(models[id].id).toBe(id);
      expect(views[id].thumbnailSeries.length).toBeGreaterThan(0);
    }
  });

  it('the browser loads, for each registered id, the core, view and describer its files export', async () => {
    const load = <T>(files: Record<string, () => Promise<T>>, path: string) => {
      const found = files[path];
      if (!found) throw new Error(`${path} is missing`);
      return found();
    };
    for (const id of modelIds) {
      const core = await loadModel(id);
      expect(core).toBe(await load(modelFiles, `../../src/models/${id}.ts`));
      expect(core).toBe(cores[id]);
      expect(await loadView(id)).toBe(await load(viewFiles, `../../src/views/${id}.ts`));
      expect(await loadView(id)).toBe(views[id].view);
      expect(await loadDescriber(id)).toBe(await load(describerFiles, `../../src/models/${id}-describe.ts`));
    }
  });
});

describe('a registered id without its file', () => {
  it('fails loudly, naming the file', () => {
    const some: Record<string, string> = Object.fromEntries(
      modelIds.filter((id) => id !== 'bass').map((id) => [`./${id}.ts`, id]),
    );
    expect(() => fromFiles<Readonly<Record<ModelId, string>>>(some, (id) => `./${id}.ts`)).toThrow(
      /“bass” .*\.\/bass\.ts is missing/,
    );
  });
});
