/**
 * A JSON object (not an array, not null): the one guard both sides of the code share, the parameter rules
 * (normalize.ts) and the readers of saved work and data attributes (src/lib/json-guards.ts re-exports it). Here,
 * in src/models, because models may import nothing from outside their folder. Pure.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
