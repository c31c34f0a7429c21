/**
 * Saved work as the JSON it is stored in, read and changed without losing anything.
 *
 * Pages read a typed view of each item (`readItem`), but every write is made on the stored JSON itself
 * (`applyChange`): fields this version does not know, fields of a type it cannot read, and items it cannot
 * read at all stay exactly as they were. `lostFrom` is the check every write passes: it lists anything a
 * record held that the record about to replace it no longer holds. Pure, so all of it is tested in Node.
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

/** A saved value this version does not read, shown as it is: where it sits in the item, and the value. */
export interface OtherField {
  path: string[];
  value: unknown;
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
  /** Fields this version does not know or cannot read as their type: kept in storage as they are. */
  other?: OtherField[];
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

/** The keys of each saved kind that this version reads; anything else inside one is kept as it is. */
const known = {
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
const kindOf = (key: string): Kind | undefined =>
  Object.hasOwn(fieldKinds, key) ? fieldKinds[key] : undefined;

/** Whether `value` is what this version reads for an item field `key` (answers: a record of anything). */
function readable(key: string, value: unknown): boolean {
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

const extraKeys = (value: RawRecord, keys: readonly string[]) =>
  Object.keys(value).filter((k) => !keys.includes(k));

function pushExtras(other: OtherField[], path: string[], value: RawRecord, keys: readonly string[]) {
  for (const k of extraKeys(value, keys)) other.push({ path: [...path, k], value: value[k] });
}

const text = (v: RawRecord & { text: string }): SavedText => ({
  text: v.text,
  savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
});

/**
 * The typed view of a stored item: the fields this version reads, and in `other` everything else it holds
 * (unknown fields, fields of another type), so a page can show it. Never throws; `undefined` when the item
 * is not a record at all (an unreadable item, kept in storage as it is).
 */
export function readItem(value: unknown): WorkItem | undefined {
  if (!isRecord(value)) return undefined;
  const item: WorkItem = {};
  const other: OtherField[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!readable(key, v)) {
      other.push({ path: [key], value: v });
      continue;
    }
    if (key === 'page' || key === 'title') item[key] = v as string;
    else if (key === 'prediction' || key === 'reflection') {
      const t = v as RawRecord & { text: string };
      item[key] = text(t);
      pushExtras(other, [key], t, known.text);
    } else if (key === 'run') {
      const r = v as RawRecord & { model: string; params: RawRecord };
      item.run = {
        model: r.model,
        params: Object.fromEntries(Object.entries(r.params)) as Record<string, number | string>,
        seed: finite(r.seed) ? r.seed : 1,
        savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
      };
      pushExtras(other, [key], r, known.run);
    } else if (key === 'answers') {
      const answers: [string, SavedAnswer][] = [];
      for (const [id, a] of Object.entries(v as RawRecord)) {
        if (!isSavedAnswer(a)) {
          other.push({ path: ['answers', id], value: a });
          continue;
        }
        answers.push([
          id,
          {
            value: a.value,
            correct: typeof a.correct === 'boolean' ? a.correct : null,
            savedAt: typeof a.savedAt === 'string' ? a.savedAt : '',
          },
        ]);
        pushExtras(other, ['answers', id], a, known.answer);
      }
      // fromEntries defines own properties: an answer id such as "__proto__" stays data.
      item.answers = Object.fromEntries(answers);
    }
  }
  if (other.length) item.other = other;
  return item;
}

/** A stored sub-record with new values for the keys this version writes, keeping every other key it held. */
function update(current: unknown, value: object): RawRecord {
  const next: RawRecord = {};
  if (isRecord(current)) for (const [k, v] of Object.entries(current)) setOwn(next, k, v);
  for (const [k, v] of Object.entries(value)) setOwn(next, k, v);
  return next;
}

const runJson = (r: SavedRun): RawRecord => ({
  model: r.model,
  params: Object.fromEntries(Object.entries(r.params)),
  seed: r.seed,
  savedAt: r.savedAt,
});

/**
 * Applies a change to a stored item. Fields the change does not name stay exactly as they were, and so do
 * keys inside a field that this version does not write. `displaced` is true when the change replaces a value
 * this version could not read (a field of another type, or an item that is not a record): the caller must
 * keep a copy of `current` before writing `item`.
 */
export function applyChange(current: unknown, change: ItemChange): { item: RawRecord; displaced: boolean } {
  let displaced = current !== undefined && !isRecord(current);
  const item: RawRecord = {};
  if (isRecord(current)) for (const [k, v] of Object.entries(current)) setOwn(item, k, v);
  const set = (key: string, value: unknown) => {
    const before = own(item, key);
    if (before !== undefined && !readable(key, before)) displaced = true;
    setOwn(item, key, value);
  };
  for (const key of ['page', 'title'] as const) {
    const value = change[key];
    if (typeof value === 'string' && own(item, key) !== value) set(key, value);
  }
  for (const key of ['prediction', 'reflection'] as const) {
    const value = change[key];
    if (value) set(key, update(own(item, key), { text: value.text, savedAt: value.savedAt }));
  }
  if (change.run) set('run', update(own(item, 'run'), runJson(change.run)));
  if (change.answers && Object.keys(change.answers).length) {
    const before = own(item, 'answers');
    const answers: RawRecord = {};
    if (isRecord(before)) for (const [k, v] of Object.entries(before)) setOwn(answers, k, v);
    for (const [id, a] of Object.entries(change.answers)) {
      const old = own(answers, id);
      if (old !== undefined && !isSavedAnswer(old)) displaced = true;
      setOwn(answers, id, update(old, { value: a.value, correct: a.correct, savedAt: a.savedAt }));
    }
    set('answers', answers);
  }
  return { item, displaced };
}

/** Where something was lost, as a path of keys ("items", scope, field, …). */
export type LostPath = string[];

/**
 * Everything `before` held that `after` no longer holds, as paths. A field this version reads may take a
 * new value of its own kind (a newer prediction replaces an older one; that is an edit, not a loss), but
 * keys inside it that this version does not write must stay. Anything this version does not read (unknown
 * fields, values of another type, unreadable items, fields of the record itself) must stay exactly as it
 * was. `movedAside` lists scopes whose earlier copy was kept elsewhere in the same write.
 */
export function lostFrom(before: RawRecord, after: unknown, movedAside: readonly string[] = []): LostPath[] {
  const lost: LostPath[] = [];
  if (!isRecord(after)) return [[]];
  for (const [key, value] of Object.entries(before)) {
    if (key === 'items') continue;
    if (key === 'assignments' && isRecord(value)) {
      const next = own(after, key);
      for (const [id, code] of Object.entries(value))
        if (!sameJson(code, own(next, id))) lost.push([key, id]);
    } else if (!sameJson(value, own(after, key))) lost.push([key]);
  }
  const items = own(before, 'items');
  if (!isRecord(items)) return sameJson(items, own(after, 'items')) ? lost : [...lost, ['items']];
  const nextItems = own(after, 'items');
  for (const [scope, item] of Object.entries(items)) {
    const next = own(nextItems, scope);
    if (next === undefined) lost.push(['items', scope]);
    else if (movedAside.includes(scope)) continue;
    else if (!isRecord(item)) {
      if (!sameJson(item, next)) lost.push(['items', scope]);
    } else lost.push(...lostFromItem(item, next).map((p) => ['items', scope, ...p]));
  }
  return lost;
}

function lostFromItem(before: RawRecord, after: unknown): LostPath[] {
  if (!isRecord(after)) return [[]];
  const lost: LostPath[] = [];
  for (const [key, value] of Object.entries(before)) {
    const next = own(after, key);
    if (!readable(key, value)) {
      if (!sameJson(value, next)) lost.push([key]);
      continue;
    }
    if (!readable(key, next)) {
      lost.push([key]);
      continue;
    }
    const kind = kindOf(key);
    if (kind === 'text' || kind === 'run') {
      const keys = kind === 'text' ? known.text : known.run;
      for (const k of extraKeys(value as RawRecord, keys))
        if (!sameJson((value as RawRecord)[k], own(next, k))) lost.push([key, k]);
    } else if (kind === 'answers') {
      for (const [id, answer] of Object.entries(value as RawRecord)) {
        const nextAnswer = own(next, id);
        if (!isSavedAnswer(answer)) {
          if (!sameJson(answer, nextAnswer)) lost.push([key, id]);
        } else if (!isSavedAnswer(nextAnswer)) lost.push([key, id]);
        else {
          for (const k of extraKeys(answer, known.answer))
            if (!sameJson(answer[k], own(nextAnswer, k))) lost.push([key, id, k]);
        }
      }
    }
  }
  return lost;
}
