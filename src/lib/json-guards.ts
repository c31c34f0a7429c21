/**
 * Guards for JSON read from places anyone can write (saved work, files, links, data attributes): one copy of
 * each, so every reader agrees on what a record or a text is. Pure, browser-safe, tested in Node.
 */

/** A JSON object (not an array, not null); kept in src/models, where the parameter rules use it too. */
export { isRecord } from '../models/record';

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
