/**
 * The one list of model ids. Everything that names a model derives from it: the `ModelId` type, the content
 * schema's enum (src/content/schemas.ts), and the two faces of the registry that the compiler checks against it
 * — the build-time one that imports every model eagerly (./index.ts, with the views in
 * src/views/index.ts) and the browser one of lazy loaders that keeps each model and view in its own
 * chunk (src/elements/loaders.ts).
 *
 * Adding a model: write its files (maths, spec and presets in src/models/<id>.ts, its summary in words in
 * src/models/<id>-describe.ts, its view, its strings), add
 * its id here, and its line in each face; a face that misses it fails the type check. This module imports no
 * model, so the browser can read it at no cost.
 */
export const modelIds = ['tell-a-friend', 'branching', 'cascade', 'bass', 'cost-of-silence'] as const;

export type ModelId = (typeof modelIds)[number];

/** A guard for ids read from a page, a URL or saved work; `toString` and other inherited names are not ids. */
export function isModelId(id: unknown): id is ModelId {
  return typeof id === 'string' && (modelIds as readonly string[]).includes(id);
}

/**
 * A table of one entry per id, keyed by each entry's own `id`, typed so `table.cascade` is the cascade's own
 * entry. The build face builds its registry with it; a test builds one the same way from a throwaway model.
 */
export function byId<const E extends readonly { id: string }[]>(
  entries: E,
): { readonly [T in E[number] as T['id']]: T } {
  const table: Record<string, E[number]> = {};
  for (const entry of entries) table[entry.id] = entry;
  return table as { readonly [T in E[number] as T['id']]: T };
}
