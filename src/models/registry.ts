/**
 * The one list of model ids. Everything that names a model derives from it: the `ModelId` type, the content
 * schema's enum (src/content/schemas.ts), and every table keyed by model. The build's tables are found by file
 * name with Vite's `import.meta.glob` (a model's files are named by its id), never listed by hand:
 * - ./cores.ts (each core: `core` in src/models/<id>.ts), for code in the page or a worker that needs every model;
 * - ./index.ts (each model whole, with its summary from src/models/<id>-describe.ts and its presets' labels and
 *   parameters' help, `presetLabels` and `paramHelp` in src/models/<id>-about.ts), for the build and the tests;
 * - src/views/index.ts (each view, `view` in src/views/<id>.ts, with its card thumbnail's `thumbnailSeries`);
 * - src/build/model-about.ts (`aboutText` and `aboutFigures` in src/models/<id>-about.ts).
 * A listed id without its file fails the build and names the file (`fromFiles`); tests/models/registry-files.test.ts
 * checks that the globs find one file per id and nothing else. The browser's lazy loaders
 * (src/elements/loaders.ts, each model, view and describer its own chunk) stay written by hand, a line per model:
 * a lazy glob there cost each page with a figure about 350 bytes gzip. The same test holds them to the globs.
 *
 * Adding a model: write its files (src/models/<id>.ts exporting `core` and declaring its type in `ModelCores`,
 * src/models/<id>-describe.ts, src/models/<id>-about.ts, src/views/<id>.ts, src/strings/models/<id>.ts and
 * <id>-describe.ts), add its id here and its line to src/elements/loaders.ts. This module imports no model, so the
 * browser can read it at no cost.
 */
export const modelIds = ['tell-a-friend', 'branching', 'cascade', 'bass', 'cost-of-silence'] as const;

export type ModelId = (typeof modelIds)[number];

/** A guard for ids read from a page, a URL or saved work; `toString` and other inherited names are not ids. */
export function isModelId(id: unknown): id is ModelId {
  return typeof id === 'string' && (modelIds as readonly string[]).includes(id);
}

/**
 * Each model's core type by id, for the compiler only: each model's own module adds its entry
 * (`declare module './registry.ts' { interface ModelCores { cascade: typeof core } }`), so the tables found by file
 * name keep each model's own parameter, result and id types.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each model's module
export interface ModelCores {}

/** Fails the type check unless every listed id has a model module that declares its core, and no other does. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
type _EveryIdDeclared = Holds<Same<ModelId, keyof ModelCores>>;

/**
 * How to make the table of one entry per id in `ids` out of the modules an `import.meta.glob` found, the entry
 * for `id` being the module at `path(id)` (a model's files are named by its id). An id whose file is missing
 * throws, naming the file. Each entry is an `Entry`; `Table` says which one each id holds, which neither the glob
 * nor this function can check: each model's module declares its own types (ModelCores), and
 * tests/models/registry-files.test.ts compares every table with the registry.
 */
export function tableOf<I extends string>(ids: readonly I[]) {
  return <Table extends { readonly [K in I]: Entry }, Entry = Table[I]>(
    modules: Readonly<Record<string, Entry>>,
    path: (id: I) => string,
  ): Table => {
    const table: Partial<Record<I, Entry>> = {};
    for (const id of ids) {
      const found = modules[path(id)];
      if (found === undefined)
        throw new Error(`Model “${id}” is registered but its file ${path(id)} is missing`);
      table[id] = found;
    }
    return table as Table;
  };
}

/** The table of one entry per model id in the registry, from a glob's modules (see `tableOf`). */
export const fromFiles = tableOf(modelIds);
