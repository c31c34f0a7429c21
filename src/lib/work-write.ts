/**
 * Changing saved work without losing anything: every write is made on the stored JSON itself (`applyChange`),
 * so fields this version does not know, fields of a type it cannot read, and items it cannot read at all stay
 * exactly as they were. `lostFrom` is the check every write passes: it lists anything a record held that the
 * record about to replace it no longer holds. Apart from ./work-record.ts because a lesson page reads its
 * saved work at once but loads the code that writes only when the student starts to write. Pure.
 */
import {
  extraKeys,
  isRecord,
  isSavedAnswer,
  known,
  kindOf,
  own,
  readable,
  sameJson,
  setOwn,
  type ItemChange,
  type RawRecord,
  type SavedRun,
} from './work-record';

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
