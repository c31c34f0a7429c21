/**
 * Merging imported work into the work saved here, on the stored JSON, without losing what either holds.
 * Field by field (prediction, reflection, run, each answer), the copy saved later wins; on a tie, or when a
 * date is missing, the current copy stays. Anything else the file holds that the current work does not
 * (unknown fields, values this version cannot read, unreadable items) is added as it is; where both hold
 * different values that cannot be told apart by date, the current one stays and the file's is returned in
 * `aside`, to be kept as a copy. Pure: neither input is changed.
 */
import {
  isRecord,
  isSavedAnswer,
  isSavedRun,
  isSavedText,
  known,
  own,
  sameJson,
  savedAtValue,
  setOwn,
  type RawRecord,
} from './work-record';

export { savedAtValue } from './work-record';

/** A saved-work record as stored: its version, its items, and whatever else it holds. */
export type WorkRecord = RawRecord & { items: RawRecord };

/** What merging did, field by field, so the page can say so. */
export interface MergeResult {
  work: WorkRecord;
  /** What the file held that could not be placed beside the current work, as a saved-work record; or null. */
  aside: RawRecord | null;
  /** Places (scopes) the current work did not have at all. */
  newItems: number;
  /** Saved fields (a prediction, a reflection, a run, one answer) the current work did not have. */
  added: number;
  /** Fields the current work had, replaced by a copy saved later. */
  updated: number;
  /** Fields in the incoming work that were left as they were: the same, or the current copy is as new or newer. */
  kept: number;
}

type Tally = Pick<MergeResult, 'added' | 'updated' | 'kept'>;

type DatedKind = keyof typeof known;
/** A value holding keys this version does not write: a losing copy of it is kept aside, not dropped. */
const hasExtras = (v: unknown, kind: DatedKind) =>
  isRecord(v) && Object.keys(v).some((k) => !(known[kind] as readonly string[]).includes(k));

const datedKinds: Record<string, DatedKind> = { prediction: 'text', reflection: 'text', run: 'run' };

const guards = { text: isSavedText, answer: isSavedAnswer, run: isSavedRun };
const isDated = (kind: DatedKind, v: unknown): v is RawRecord => guards[kind](v);

const copy = (record: RawRecord): RawRecord => {
  const out: RawRecord = {};
  for (const [k, v] of Object.entries(record)) setOwn(out, k, v);
  return out;
};

/**
 * One dated field: the copy to keep, and what to keep aside (a losing copy with keys this version does not
 * write, or a value that is not dated and differs).
 */
function pickDated(
  kind: DatedKind,
  current: unknown,
  incoming: unknown,
  tally: Tally,
): { value: unknown; aside?: unknown; lostCurrent?: boolean } {
  if (incoming === undefined) return { value: current };
  if (current === undefined) {
    if (isDated(kind, incoming)) tally.added++;
    return { value: incoming };
  }
  if (sameJson(current, incoming)) {
    tally.kept++;
    return { value: current };
  }
  if (!isDated(kind, current) || !isDated(kind, incoming)) return { value: current, aside: incoming };
  if (savedAtValue(incoming.savedAt) > savedAtValue(current.savedAt)) {
    tally.updated++;
    // The replaced copy goes aside only when it holds something this version would not write again.
    return hasExtras(current, kind) ? { value: incoming, lostCurrent: true } : { value: incoming };
  }
  tally.kept++;
  return hasExtras(incoming, kind) ? { value: current, aside: incoming } : { value: current };
}

interface ItemMerge {
  item: RawRecord;
  /** Fields of the incoming item that were not kept, as a partial item; or null. */
  aside: RawRecord | null;
  /** Fields of the current item that were replaced but held more than this version writes. */
  replaced: RawRecord | null;
}

function mergeItem(current: RawRecord, incoming: RawRecord, tally: Tally): ItemMerge {
  const item = copy(current);
  const aside: RawRecord = {};
  const replaced: RawRecord = {};
  for (const [key, value] of Object.entries(incoming)) {
    const mine = own(item, key);
    if (Object.hasOwn(datedKinds, key)) {
      const picked = pickDated(datedKinds[key], mine, value, tally);
      setOwn(item, key, picked.value);
      if (picked.aside !== undefined) setOwn(aside, key, picked.aside);
      if (picked.lostCurrent) setOwn(replaced, key, mine);
    } else if (key === 'answers' && isRecord(value) && (mine === undefined || isRecord(mine))) {
      const answers = isRecord(mine) ? copy(mine) : {};
      const answersAside: RawRecord = {};
      const answersReplaced: RawRecord = {};
      for (const [id, answer] of Object.entries(value)) {
        const before = own(answers, id);
        const picked = pickDated('answer', before, answer, tally);
        setOwn(answers, id, picked.value);
        if (picked.aside !== undefined) setOwn(answersAside, id, picked.aside);
        if (picked.lostCurrent) setOwn(answersReplaced, id, before);
      }
      setOwn(item, key, answers);
      if (Object.keys(answersAside).length) setOwn(aside, key, answersAside);
      if (Object.keys(answersReplaced).length) setOwn(replaced, key, answersReplaced);
    } else if (mine === undefined) {
      setOwn(item, key, value);
    } else if (!sameJson(mine, value) && key !== 'page' && key !== 'title') {
      // Where an item was saved and its title are the current copy's; anything else that differs is kept.
      setOwn(aside, key, value);
    }
  }
  return {
    item,
    aside: Object.keys(aside).length ? aside : null,
    replaced: Object.keys(replaced).length ? replaced : null,
  };
}

/** A copy of a record of saved work, shared with no input (JSON keeps a "__proto__" key as data). */
function copyOf(work: object): RawRecord {
  const copy: unknown = JSON.parse(JSON.stringify(work));
  if (!isRecord(copy)) throw new TypeError('saved work to merge is not a record');
  return copy;
}

/**
 * Merges imported work (a readable record) into the current one. Unreadable items and fields this version
 * does not read come along as they are; nothing the current record holds is removed.
 */
export function mergeWork(currentWork: object, incomingWork: object): MergeResult {
  const current = copyOf(currentWork);
  const incoming = copyOf(incomingWork);
  const tally: Tally = { added: 0, updated: 0, kept: 0 };
  let newItems = 0;
  const work = copy(current);
  const asideTop: RawRecord = {};
  const asideItems: RawRecord = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'items' || key === 'version') continue;
    const mine = own(work, key);
    if (mine === undefined) setOwn(work, key, value);
    else if (key === 'assignments' && isRecord(mine) && isRecord(value)) {
      const codes = copy(mine);
      const codesAside: RawRecord = {};
      for (const [id, code] of Object.entries(value)) {
        const have = own(codes, id);
        if (have === undefined) setOwn(codes, id, code);
        else if (!sameJson(have, code)) setOwn(codesAside, id, code);
      }
      setOwn(work, key, codes);
      if (Object.keys(codesAside).length) setOwn(asideTop, key, codesAside);
    } else if (!sameJson(mine, value)) setOwn(asideTop, key, value);
  }
  const items = copy(isRecord(current.items) ? current.items : {});
  for (const [scope, value] of Object.entries(isRecord(incoming.items) ? incoming.items : {})) {
    const mine = own(items, scope);
    if (mine === undefined) {
      newItems++;
      if (isRecord(value)) {
        // Counted as the merge of an empty item, so every field it brings is one "added".
        const merged = mergeItem({}, value, tally);
        setOwn(items, scope, merged.item);
      } else setOwn(items, scope, value);
    } else if (isRecord(mine) && isRecord(value)) {
      const merged = mergeItem(mine, value, tally);
      setOwn(items, scope, merged.item);
      const kept: RawRecord = {};
      if (merged.aside) Object.assign(kept, { fromFile: merged.aside });
      if (merged.replaced) Object.assign(kept, { replaced: merged.replaced });
      if (merged.aside || merged.replaced) setOwn(asideItems, scope, kept);
    } else if (!sameJson(mine, value)) setOwn(asideItems, scope, { fromFile: value });
    else tally.kept++;
  }
  const merged: WorkRecord = { ...work, items };
  const hasAside = Object.keys(asideTop).length > 0 || Object.keys(asideItems).length > 0;
  return {
    work: merged,
    aside: hasAside ? { version: current.version, ...asideTop, items: asideItems } : null,
    newItems,
    ...tally,
  };
}
