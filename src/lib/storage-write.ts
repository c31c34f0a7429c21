/**
 * Saving a student's work (reading it is ./storage.ts): saved work is only replaced by a write that holds
 * everything it held (`lostFrom` checks each one); fields this version does not know or cannot read are carried
 * through every save; an unreadable item or record is kept as it is, and moved aside under its own key only
 * when a save needs its place and there is room for the copy; a save that cannot keep a copy is refused and
 * says why. Apart from ./storage.ts so that a lesson loads this only when the student starts to write. Pure.
 */
import {
  isQuotaError,
  parseCached,
  QUARANTINE_PREFIX,
  SCHEMA_VERSION,
  STORAGE_KEY,
  type SaveResult,
  type StorageLike,
} from './storage';
import {
  isRecord,
  own,
  readItem,
  setOwn,
  type ItemChange,
  type RawRecord,
  type WorkItem,
} from './work-record';
import { applyChange, lostFrom } from './work-write';

const emptyRecord = (): RawRecord => ({ version: SCHEMA_VERSION, items: {} });

/** A free key for a copy kept aside, named by when it was kept. */
function asideKey(store: StorageLike, stamp: string): string {
  const base = QUARANTINE_PREFIX + stamp;
  let key = base;
  for (let i = 1; store.getItem(key) !== null; i++) key = `${base}.${i}`;
  return key;
}

/** One item kept aside as a saved-work record of its own, so it can be downloaded and imported back. */
export function itemCopy(scope: string, value: unknown): string {
  const items: RawRecord = {};
  setOwn(items, scope, value);
  return JSON.stringify({ version: SCHEMA_VERSION, items });
}

/**
 * Writes `copies` aside (each under a new key) and then `record`, checking first that the record holds
 * everything `before` held (scopes in `movedAside` are among the copies). If any write fails, the copies
 * written are taken back and storage is as it was. `before` null means the stored record is itself among
 * the copies, or there was none.
 */
export function writeRecord(
  store: StorageLike,
  before: RawRecord | null,
  record: RawRecord,
  copies: string[] = [],
  movedAside: readonly string[] = [],
  now = () => new Date().toISOString(),
): SaveResult {
  if (before && lostFrom(before, record, movedAside).length) return { ok: false, problem: 'would-lose' };
  const written: string[] = [];
  try {
    for (const copy of copies) {
      const key = asideKey(store, now());
      store.setItem(key, copy);
      written.push(key);
    }
    store.setItem(STORAGE_KEY, JSON.stringify(record));
  } catch (error) {
    for (const key of written) {
      try {
        store.removeItem(key);
      } catch {
        // Nothing more can be done; the copy is a duplicate, not a loss.
      }
    }
    return { ok: false, problem: isQuotaError(error) ? 'full' : 'blocked' };
  }
  return { ok: true, movedAside: written.length };
}

export interface SaveOptions {
  /** The assignment an item belongs to, with its link's code: kept once per assignment, to reopen it. */
  assignment?: { id: string; code: string };
  now?: () => string;
}

/**
 * Applies a change to one item and writes it back, keeping everything else saved. Returns why not when the
 * browser refused, storage was full, a newer version of the site wrote the work, or the write would have
 * removed something.
 */
export function saveItem(
  store: StorageLike,
  scope: string,
  change: ItemChange | ((item: WorkItem) => ItemChange),
  options: SaveOptions = {},
): SaveResult {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { ok: false, problem: 'blocked' };
  }
  let before: RawRecord | null = null;
  let record = emptyRecord();
  const copies: string[] = [];
  if (raw !== null) {
    const parsed = parseCached(raw);
    if (!parsed.ok) {
      // Never written over: a newer version's work waits for a reload; an unreadable record is moved aside.
      if (parsed.newer) return { ok: false, problem: 'newer' };
      copies.push(raw);
    } else {
      before = parsed.record;
      record = { ...parsed.record };
    }
  }
  const items: RawRecord = {};
  for (const [k, v] of Object.entries(isRecord(record.items) ? record.items : {})) setOwn(items, k, v);
  const current = own(items, scope);
  const typed = readItem(current) ?? {};
  const { item, displaced } = applyChange(current, typeof change === 'function' ? change(typed) : change);
  const movedAside: string[] = [];
  if (displaced) {
    copies.push(itemCopy(scope, current));
    movedAside.push(scope);
  }
  setOwn(items, scope, item);
  record.items = items;
  if (options.assignment) addAssignment(record, options.assignment.id, options.assignment.code);
  return writeRecord(store, before, record, copies, movedAside, options.now);
}

/** Keeps an assignment's code once, under its id, unless the record already has one or holds something else. */
function addAssignment(record: RawRecord, id: string, code: string) {
  const current = own(record, 'assignments');
  if (current !== undefined && !isRecord(current)) return;
  if (own(current, id) !== undefined) return;
  const next: RawRecord = {};
  if (isRecord(current)) for (const [k, v] of Object.entries(current)) setOwn(next, k, v);
  setOwn(next, id, code);
  record.assignments = next;
}
