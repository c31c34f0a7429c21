/**
 * Guards for JSON read from places anyone can write (saved work, files, links, data attributes): one copy of
 * each, so every reader agrees on what a record or a text is. Pure, browser-safe, tested in Node.
 */

/** A JSON object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string, or '' for anything else: the reading of an optional text field. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The strings of an array, or [] for anything else: the reading of an optional list of names. */
export const names = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** A number JSON can hold (no NaN or Infinity). */
export const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A [name, value] pair whose value a parameter can take (a finite number or a string). */
export const isParamEntry = (e: [string, unknown]): e is [string, number | string] =>
  finite(e[1]) || typeof e[1] === 'string';

/** Guards to combine for data a page hands its script (see src/elements/dom-contract.ts `readData`). */
export type Guard<T> = (v: unknown) => v is T;

export const isString: Guard<string> = (v): v is string => typeof v === 'string';

/** An array whose every item passes `item`. */
export const listOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (v): v is T[] =>
    Array.isArray(v) && v.every(item);

/** A record whose every value passes `value`. */
export const mapOf =
  <T>(value: Guard<T>): Guard<Record<string, T>> =>
  (v): v is Record<string, T> =>
    isRecord(v) && Object.values(v).every(value);

/**
 * A record whose `keys` are strings, taken as a `T`. The page writes these objects at build time from typed
 * data, so the guard checks the keys the script finds things by, not every field: a stale or mistaken page
 * fails by name at the attribute instead of deep inside the script.
 */
export const withStrings =
  <T>(...keys: string[]): Guard<T> =>
  (v): v is T =>
    isRecord(v) && keys.every((k) => typeof v[k] === 'string');

/** Parameter values by name: finite numbers and strings. */
export const isParamValues: Guard<Record<string, number | string>> = (
  v,
): v is Record<string, number | string> => isRecord(v) && Object.entries(v).every(isParamEntry);
