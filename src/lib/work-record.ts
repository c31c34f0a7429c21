/**
 * Saved work as the JSON it is stored in, read without losing anything: pages read a typed view of each item
 * (`readItem`), and everything else it holds (fields this version does not know, fields of a type it cannot
 * read) is listed in `other`, and stays in storage as it is. Changing it is ./work-write.ts. Pure, tested in
 * Node.
 */

import { isRecord } from './json-guards';
import {
  isSavedAnswer,
  isSavedRun,
  isSavedText,
  readAnswers,
  readRun,
  readText,
  type SavedAnswer,
  type SavedRun,
  type SavedText,
} from './work-shapes';

// The shapes and guards live in ./work-shapes.ts and ./json-guards.ts; saved-work modules import them here.
export { isRecord } from './json-guards';
export { isSavedAnswer, isSavedRun, isSavedText, known } from './work-shapes';
export type { SavedAnswer, SavedRun, SavedText } from './work-shapes';

export type RawRecord = Record<string, unknown>;

/** Everything saved for one place: a lesson's prediction box, an exercise, an assignment step. */
export interface WorkItem {
  /** Where it was saved, so /my-work/ can link back: a site path (older records also kept the query). */
  page?: string;
  title?: string;
  prediction?: SavedText;
  answers?: Record<string, SavedAnswer>;
  reflection?: SavedText;
  run?: SavedRun;
}

/** The fields a page may set on an item; the rest of the stored item is kept as it is. */
export interface ItemChange {
  page?: string;
  title?: string;
  prediction?: SavedText;
  reflection?: SavedText;
  run?: SavedRun;
  /** Answers to set, by question id; other answers stay. */
  answers?: Record<string, SavedAnswer>;
}

/** Sets an own property, so a key such as "__proto__" stays data and never reaches a prototype. */
export function setOwn<T>(target: Record<string, T>, key: string, value: NoInfer<T>): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A record's own value at `key`, never one inherited from Object.prototype. */
export const own = (record: unknown, key: string): unknown =>
  isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;

export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A savedAt as a comparable number; a missing or unreadable date counts as older than any real one. */
export function savedAtValue(savedAt: unknown): number {
  const t = typeof savedAt === 'string' && savedAt ? Date.parse(savedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

type Kind = 'string' | 'text' | 'run' | 'answers';
/** The item fields this version reads, and what each holds. */
const fieldKinds: Record<string, Kind> = {
  page: 'string',
  title: 'string',
  prediction: 'text',
  reflection: 'text',
  run: 'run',
  answers: 'answers',
};
export const kindOf = (key: string): Kind | undefined =>
  Object.hasOwn(fieldKinds, key) ? fieldKinds[key] : undefined;

/** Whether `value` is what this version reads for an item field `key` (answers: a record of anything). */
export function readable(key: string, value: unknown): boolean {
  switch (kindOf(key)) {
    case 'string':
      return typeof value === 'string';
    case 'text':
      return isSavedText(value);
    case 'run':
      return isSavedRun(value);
    case 'answers':
      return isRecord(value);
    default:
      return false;
  }
}

export const extraKeys = (value: RawRecord, keys: readonly string[]) =>
  Object.keys(value).filter((k) => !keys.includes(k));

/**
 * The typed view of a stored item: the fields this version reads. Never throws; `undefined` when the item is
 * not a record at all (an unreadable item, kept in storage as it is). What else the item holds (unknown
 * fields, fields of another type) stays in storage; ./work-other.ts lists it for My work.
 */
export function readItem(value: unknown): WorkItem | undefined {
  if (!isRecord(value)) return undefined;
  const item: WorkItem = {};
  for (const [key, v] of Object.entries(value)) {
    if (!readable(key, v)) continue;
    if (key === 'page' || key === 'title') item[key] = v as string;
    else if (key === 'answers') item.answers = readAnswers(v, isSavedAnswer);
    else if (key === 'prediction' || key === 'reflection') {
      // readable() has checked the shape: the reader always finds its text (and its run below).
      const text = readText(v);
      if (text) item[key] = text;
    } else if (key === 'run') {
      const run = readRun(v);
      if (run) item.run = run;
    }
  }
  return item;
}
