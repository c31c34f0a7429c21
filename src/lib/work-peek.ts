/**
 * A quick read of saved work for pages that show what they saved (a lesson's prediction boxes and self-checks,
 * an exercise) before the full reader (./storage.ts) has loaded: the title, texts and answers of every item,
 * read exactly as the full reader reads them. `odd` when the record holds something only the full
 * reader can describe (it cannot be read, another version wrote it, an item is not a record): the page then
 * loads the full reader for its notices. Nothing here writes. Pure, tested against the full reader in Node.
 */
import { SCHEMA_VERSION } from './storage-state';
import { isRecord } from './json-guards';
import { isSavedAnswer, isSavedText, readAnswers, readText, type SavedText } from './work-shapes';
import type { WorkItem } from './work-record';

export type Loose = Record<string, unknown>;
export const isLoose = isRecord;

/** A saved text as this version reads it, or undefined when it is not one. */
export const text = (v: unknown): SavedText | undefined =>
  isSavedText(v) ? (readText(v) ?? undefined) : undefined;

export function peekWork(raw: string | null): { items: Record<string, WorkItem>; odd: boolean } {
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
    if (isLoose(value.answers)) item.answers = readAnswers(value.answers, isSavedAnswer);
    items.push([scope, item]);
  }
  // fromEntries defines own properties: a scope such as "__proto__" stays data.
  return { items: Object.fromEntries(items), odd };
}
