/**
 * The two things My work does to saved work besides reading it: bring in a work file, and clear. Both go
 * through `writeRecord`, so an import can only add to what is saved (or keep the file's differing copies
 * aside), and a clear removes only the work this version can read unless the student also asks to delete
 * what it cannot. Pure over a Storage-like object.
 */
import {
  loadWork,
  QUARANTINE_PREFIX,
  STORAGE_KEY,
  type SaveProblem,
  type StorageLike,
  type Unreadable,
} from './storage';
import { writeRecord } from './storage-write';
import { quarantined } from './storage-aside';
import { mergeWork, type MergeResult } from './work-merge';
import { isRecord, setOwn, type RawRecord } from './work-record';

export type ImportOutcome =
  | {
      ok: true;
      merge: MergeResult;
      /** Places whose differing copies from the file were kept aside. */
      keptAside: number;
      /** Kept-aside copies from the file that were added here. */
      restored: number;
    }
  | { ok: false; problem: SaveProblem };

/** Merges a file's work (and its kept-aside copies) into what is saved. Nothing saved is removed. */
export function importWork(
  store: StorageLike,
  incoming: { work: RawRecord; unreadable: Unreadable[] },
  now?: () => string,
): ImportOutcome {
  const loaded = loadWork(store);
  if (loaded.status === 'newer' || loaded.status === 'blocked') return { ok: false, problem: loaded.status };
  // An unreadable record is moved aside (as a save would), never written over.
  const copies = loaded.unreadableRecord !== null ? [loaded.unreadableRecord] : [];
  const merge = mergeWork(loaded.record ?? { version: 1, items: {} }, incoming.work);
  const movedAside: string[] = [];
  let keptAside = 0;
  if (merge.aside) {
    copies.push(JSON.stringify(merge.aside));
    const scopes = Object.keys(isRecord(merge.aside.items) ? merge.aside.items : {});
    movedAside.push(...scopes);
    keptAside =
      scopes.length + Object.keys(merge.aside).filter((k) => k !== 'version' && k !== 'items').length;
  }
  const written = writeRecord(store, loaded.record, merge.work, copies, movedAside, now);
  if (!written.ok) return written;
  let restored = 0;
  const have = new Set(quarantined(store).map((u) => u.raw));
  for (const copy of incoming.unreadable) {
    if (have.has(copy.raw)) continue;
    const base = copy.key.startsWith(QUARANTINE_PREFIX) ? copy.key : `${QUARANTINE_PREFIX}${copy.key}`;
    let key = base;
    for (let i = 1; store.getItem(key) !== null; i++) key = `${base}.${i}`;
    try {
      store.setItem(key, copy.raw);
      have.add(copy.raw);
      restored++;
    } catch {
      // No room for more: the rest stay in the file they came from.
      break;
    }
  }
  return { ok: true, merge, keptAside, restored };
}

/**
 * Deletes the work this version can read. What it cannot read (unreadable items, fields of the record it
 * does not know, a record it cannot read, copies kept aside) stays unless `alsoUnreadable`.
 */
export function clearWork(store: StorageLike, alsoUnreadable: boolean): void {
  const loaded = loadWork(store);
  if (alsoUnreadable || loaded.status === 'empty') store.removeItem(STORAGE_KEY);
  else if (loaded.status === 'ok' && loaded.record) {
    const items = isRecord(loaded.record.items) ? loaded.record.items : {};
    const keep: RawRecord = {};
    for (const { key } of loaded.unreadableItems) setOwn(keep, key, items[key]);
    const rest = Object.keys(loaded.record).filter((k) => !['version', 'items', 'assignments'].includes(k));
    if (Object.keys(keep).length || rest.length) {
      const record: RawRecord = { ...loaded.record, items: keep };
      delete record.assignments;
      store.setItem(STORAGE_KEY, JSON.stringify(record));
    } else store.removeItem(STORAGE_KEY);
  }
  if (alsoUnreadable) for (const { key } of quarantined(store)) store.removeItem(key);
}
