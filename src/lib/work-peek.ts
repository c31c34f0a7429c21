/**
 * A quick read of saved work for pages that show what they saved (a lesson's prediction boxes and self-checks,
 * an exercise) before the full reader (./storage.ts) has loaded: the title, texts and answers of every item,
 * read exactly as the full reader reads them. `odd` when the record holds something only the full
 * reader can describe (it cannot be read, another version wrote it, an item is not a record): the page then
 * loads the full reader for its notices. Nothing here writes. Pure, tested against the full reader in Node.
 *
 * Its text and answer checks repeat ./work-shapes.ts on purpose: importing that module (shared with the
 * lazily loaded full reader) made it a chunk of its own on every lesson page, 0.7 KB gzip more at first paint.
 */
import { isRecord } from '../models/record';
import { SCHEMA_VERSION } from './storage-state';
import type { SavedAnswer, SavedText, WorkItem } from './work-record';

export type Loose = Record<string, unknown>;
const isLoose = isRecord;
const optString = (v: unknown): v is string | undefined => v === undefined || typeof v === 'string';

/** A saved text as this version reads it, or undefined when it is not one. */
export function text(v: unknown): SavedText | undefined {
  if (!isLoose(v) || typeof v.text !== 'string' || !optString(v.savedAt)) return undefined;
  return { text: v.text, savedAt: v.savedAt ?? '' };
}

/** A saved answer as this version reads it, or undefined when it is not one. */
export function answer(v: unknown): SavedAnswer | undefined {
  if (!isLoose(v) || typeof v.value !== 'string' || !optString(v.savedAt)) return undefined;
  if (v.correct !== undefined && v.correct !== null && typeof v.correct !== 'boolean') return undefined;
  return {
    value: v.value,
    correct: typeof v.correct === 'boolean' ? v.correct : null,
    savedAt: v.savedAt ?? '',
  };
}

/** What a quick read found: each item as the full reader reads it, and the record itself to change. */
export interface Peek {
  items: Record<string, WorkItem>;
  /** Something only the full reader can describe: nothing should be written by a quick save. */
  odd: boolean;
  /** The stored record as parsed, its items a record, when there was one of this version. */
  record?: { items: Loose } & Loose;
}

export function peekWork(raw: string | null): Peek {
  if (raw === null) return { items: {}, odd: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { items: {}, odd: true };
  }
  if (!isLoose(data) || data.version !== SCHEMA_VERSION || !isLoose(data.items))
    return { items: {}, odd: true };
  let odd = false;
  const items: [string, WorkItem][] = [];
  for (const [scope, value] of Object.entries(data.items)) {
    if (!isLoose(value)) {
      odd = true;
      continue;
    }
    const item: WorkItem = {};
    if (typeof value.title === 'string') item.title = value.title;
    const prediction = text(value.prediction);
    if (prediction) item.prediction = prediction;
    const reflection = text(value.reflection);
    if (reflection) item.reflection = reflection;
    if (isLoose(value.answers)) {
      const answers: [string, SavedAnswer][] = [];
      for (const [id, a] of Object.entries(value.answers)) {
        const read = answer(a);
        if (read) answers.push([id, read]);
      }
      item.answers = Object.fromEntries(answers);
    }
    items.push([scope, item]);
  }
  // fromEntries defines own properties: a scope such as "__proto__" stays data; so does spread.
  return { items: Object.fromEntries(items), odd, record: { ...data, items: data.items } };
}
