/**
 * The contract between a page's markup (an .astro file) and the script that brings it to life: the parts
 * the script needs, and the JSON the page hands it in data- attributes. Markup and script are written apart,
 * so a renamed class or a changed attribute must fail here, at once and by name, rather than as "cannot
 * read properties of null" somewhere later. Browser-safe, tested in jsdom (tests/lib/dom-contract.test.ts).
 */
import { isRecord } from '../lib/json-guards';

// The finder lives in its own module: the figures and the library, search and exercise pages use it too, and it
// sits in the chunk all of them load (app-kit); the readers below are only for the app pages.

export { part } from './part';

/** The attribute a dataset key is written as: `questionIds` is data-question-ids. */
const attribute = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The JSON a page wrote into `el`'s data- attribute (`key` as in `el.dataset`), checked by `guard`. With a
 * `fallback`, that is what a missing, unparsable or misshapen attribute gives (the last two also warn,
 * naming it); without one, any of the three throws an Error naming the attribute and the element.
 */
export function readData<T>(el: HTMLElement, key: string, guard: Guard<T>, fallback?: T): T {
  const raw = el.dataset[key];
  let problem = raw === undefined ? 'missing' : 'unparsable';
  try {
    const value: unknown = JSON.parse(raw ?? '');
    if (guard(value)) return value;
    problem = 'misshapen';
  } catch {
    // Missing or not JSON: `problem` says which.
  }
  const error = new Error(`<${el.localName}> ${attribute(key)} is ${problem}`);
  if (fallback === undefined) throw error;
  if (raw !== undefined) console.warn(error);
  return fallback;
}

/** Guards to combine for the data a page hands its script, read with `readData`. */
export type Guard<T> = (v: unknown) => v is T;

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
