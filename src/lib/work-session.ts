/**
 * One page's saving: every change goes to storage, and a change that could not be saved is held here until
 * a later save of the same place succeeds, so the page can always offer a file with everything the student
 * did on it, whatever the browser let it keep. Pure (no DOM): the page's element shows what `save` returns.
 */
import {
  emptyWork,
  loadWork,
  STORAGE_KEY,
  type SaveResult,
  type StorageLike,
  type Unreadable,
  type Work,
} from './storage';
import { itemCopy, saveItem, type SaveOptions } from './storage-write';
import { quarantined } from './storage-aside';
import { applyChange } from './work-write';
import {
  isRecord,
  own,
  savedAtValue,
  readItem,
  setOwn,
  type ItemChange,
  type RawRecord,
  type WorkItem,
} from './work-record';
import { buildExport, type WorkExport } from './work-file';

/**
 * A held change as it still stands against what is stored now: a field stored since with a later date (from
 * an import, or another tab) wins over the held copy, as it would in a merge.
 */
function stillNewer(held: ItemChange | undefined, stored: WorkItem): ItemChange | undefined {
  if (!held) return undefined;
  const later = (mine: { savedAt: string } | undefined, theirs: { savedAt: string } | undefined) =>
    mine !== undefined &&
    (theirs === undefined || savedAtValue(theirs.savedAt) <= savedAtValue(mine.savedAt));
  const out: ItemChange = { ...held };
  for (const key of ['prediction', 'reflection', 'run'] as const)
    if (held[key] && !later(held[key], stored[key])) delete out[key];
  if (held.answers) {
    const answers = Object.entries(held.answers).filter(([id, a]) =>
      later(a, stored.answers && Object.hasOwn(stored.answers, id) ? stored.answers[id] : undefined),
    );
    out.answers = Object.fromEntries(answers);
  }
  return out;
}

function combine(a: ItemChange | undefined, b: ItemChange): ItemChange {
  if (!a) return b;
  const answers = a.answers || b.answers ? { ...a.answers, ...b.answers } : undefined;
  return { ...a, ...b, ...(answers ? { answers } : {}) };
}

export class WorkSession {
  /** Changes not saved yet, by scope. */
  private pending = new Map<string, ItemChange>();
  private assignments = new Map<string, string>();

  constructor(readonly store: StorageLike | null) {}

  /** The saved work, read fresh; with this page's unsaved changes on top, so the page shows them. */
  load(): { work: Work; notices: string[] } {
    const loaded = this.store ? loadWork(this.store) : { work: emptyWork(), notices: [], record: null };
    if (this.pending.size === 0) return loaded;
    const items: Record<string, WorkItem> = { ...loaded.work.items };
    const stored = own(loaded.record, 'items');
    for (const [scope, change] of this.pending) {
      const item = readItem(applyChange(own(stored, scope), change).item);
      if (item) setOwn(items, scope, item);
    }
    return { work: { version: loaded.work.version, items }, notices: loaded.notices };
  }

  /** Saves a change to one place. A change that fails is held, and tried again with the next save there. */
  save(
    scope: string,
    change: ItemChange | ((item: WorkItem) => ItemChange),
    options: SaveOptions = {},
  ): SaveResult {
    const held = this.pending.get(scope);
    const resolve = (item: WorkItem) =>
      combine(stillNewer(held, item), typeof change === 'function' ? change(item) : change);
    if (options.assignment) this.assignments.set(options.assignment.id, options.assignment.code);
    if (!this.store) {
      const current = this.load().work.items;
      this.pending.set(scope, resolve(Object.hasOwn(current, scope) ? current[scope] : {}));
      return { ok: false, problem: 'blocked' };
    }
    let attempted: ItemChange | undefined;
    const result = saveItem(
      this.store,
      scope,
      (item) => {
        attempted = resolve(item);
        return attempted;
      },
      options,
    );
    if (result.ok) this.pending.delete(scope);
    else if (attempted) this.pending.set(scope, attempted);
    else {
      // Refused before the change was made (a newer version's work is stored): hold it all the same.
      const items = this.load().work.items;
      this.pending.set(scope, resolve(Object.hasOwn(items, scope) ? items[scope] : {}));
    }
    return result;
  }

  /** Whether some change on this page is not saved. */
  get unsaved(): boolean {
    return this.pending.size > 0;
  }

  /**
   * A work file with everything saved in this browser and this page's unsaved changes on top. A value an
   * unsaved change would replace, and a record this version cannot read, go in its `unreadable` list.
   */
  exportFile(now: Date): WorkExport {
    let record: RawRecord = { version: 1, items: {} };
    const unreadable: Unreadable[] = [];
    if (this.store) {
      const loaded = loadWork(this.store);
      if (loaded.record) record = loaded.record;
      if (loaded.unreadableRecord !== null)
        unreadable.push({ key: STORAGE_KEY, raw: loaded.unreadableRecord });
      try {
        unreadable.push(...quarantined(this.store));
      } catch {
        // Storage went away: the file holds what could be read.
      }
    }
    const items: RawRecord = {};
    for (const [k, v] of Object.entries(isRecord(record.items) ? record.items : {})) setOwn(items, k, v);
    for (const [scope, change] of this.pending) {
      const current = Object.hasOwn(items, scope) ? items[scope] : undefined;
      const { item, displaced } = applyChange(current, change);
      if (displaced) unreadable.push({ key: `${STORAGE_KEY}:${scope}`, raw: itemCopy(scope, current) });
      setOwn(items, scope, item);
    }
    const assignments: RawRecord = isRecord(record.assignments) ? { ...record.assignments } : {};
    for (const [id, code] of this.assignments)
      if (!Object.hasOwn(assignments, id)) setOwn(assignments, id, code);
    const work: RawRecord = { ...record, items };
    if (Object.keys(assignments).length && (record.assignments === undefined || isRecord(record.assignments)))
      work.assignments = assignments;
    return buildExport(work, unreadable, now);
  }
}
