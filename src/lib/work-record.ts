/**
 * Saved work as the JSON it is stored in, read without losing anything: pages read a typed view of each item
 * (`readItem`), and everything else it holds (fields this version does not know, fields of a type it cannot
 * read) is listed in `other`, and stays in storage as it is. Changing it is ./work-write.ts. Pure, tested in
 * Node.
 */

export type RawRecord = Record<string, unknown>;

export interface SavedText {
  text: string;
  savedAt: string;
}

export interface SavedAnswer {
  value: string;
  correct: boolean | null;
  savedAt: string;
}

export interface SavedRun {
  model: string;
  params: Record<string, number | string>;
  seed: number;
  savedAt: string;
}

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

export const isRecord = (v: unknown): v is RawRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optString = (v: unknown) => v === undefined || typeof v === 'string';
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

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

/** The keys of each saved kind that this version reads; anything else inside one is kept as it is. */
export const known = {
  text: ['text', 'savedAt'],
  answer: ['value', 'correct', 'savedAt'],
  run: ['model', 'params', 'seed', 'savedAt'],
} as const;

export function isSavedText(v: unknown): v is RawRecord & { text: string } {
  return isRecord(v) && typeof v.text === 'string' && optString(v.savedAt);
}

export function isSavedAnswer(v: unknown): v is RawRecord & { value: string } {
  return (
    isRecord(v) &&
    typeof v.value === 'string' &&
    (v.correct === undefined || v.correct === null || typeof v.correct === 'boolean') &&
    optString(v.savedAt)
  );
}

export function isSavedRun(v: unknown): v is RawRecord & { model: string; params: RawRecord } {
  return (
    isRecord(v) &&
    typeof v.model === 'string' &&
    isRecord(v.params) &&
    Object.values(v.params).every((p) => finite(p) || typeof p === 'string') &&
    (v.seed === undefined || finite(v.seed)) &&
    optString(v.savedAt)
  );
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

const text = (v: RawRecord & { text: string }): SavedText => ({
  text: v.text,
  savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
});

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
    else if (key === 'prediction' || key === 'reflection')
      item[key] = text(v as RawRecord & { text: string });
    else if (key === 'run') {
      const r = v as RawRecord & { model: string; params: RawRecord };
      item.run = {
        model: r.model,
        params: Object.fromEntries(Object.entries(r.params)) as Record<string, number | string>,
        seed: finite(r.seed) ? r.seed : 1,
        savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
      };
    } else if (key === 'answers') {
      const answers: [string, SavedAnswer][] = [];
      for (const [id, a] of Object.entries(v as RawRecord)) {
        if (!isSavedAnswer(a)) continue;
        answers.push([
          id,
          {
            value: a.value,
            correct: typeof a.correct === 'boolean' ? a.correct : null,
            savedAt: typeof a.savedAt === 'string' ? a.savedAt : '',
          },
        ]);
      }
      // fromEntries defines own properties: an answer id such as "__proto__" stays data.
      item.answers = Object.fromEntries(answers);
    }
  }
  return item;
}
