/**
 * The package's exercise pages keep the student's work in the browser (localStorage, as on the site); the
 * launch page copies it to the LMS and back. Inside an LMS the LMS is the record: at launch, this
 * assignment's items in the browser are set to what the LMS holds (so a shared computer never shows one
 * student's work to the next), and everything else saved in the browser is kept as it is. Pure over a
 * Storage-like object, tested in Node.
 */
import { assignmentId, workScope } from '../assignment';
import { parseWork, STORAGE_KEY, SCHEMA_VERSION, type StorageLike, type WorkItem } from '../storage';
import { isRecord, setOwn, type RawRecord } from '../work-record';

/** This assignment's work in the browser, by exercise id. */
export function readStepWork(
  store: StorageLike,
  code: string,
  exercises: readonly string[],
): Record<string, WorkItem> {
  const out: Record<string, WorkItem> = {};
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return out;
  }
  if (raw === null) return out;
  const parsed = parseWork(raw);
  if (!parsed.ok) return out;
  for (const exercise of exercises) {
    const scope = workScope(exercise, code);
    if (Object.hasOwn(parsed.work.items, scope)) setOwn(out, exercise, parsed.work.items[scope]);
  }
  return out;
}

/**
 * Sets this assignment's items in the browser to `work` (by exercise id; an exercise without work loses its
 * item). Returns false, writing nothing, when the browser refuses or holds work this version cannot read.
 */
export function restoreStepWork(
  store: StorageLike,
  code: string,
  exercises: readonly string[],
  work: Record<string, WorkItem>,
): boolean {
  try {
    const raw = store.getItem(STORAGE_KEY);
    let record: RawRecord = { version: SCHEMA_VERSION, items: {} };
    if (raw !== null) {
      const parsed = parseWork(raw);
      if (!parsed.ok) return false;
      record = { ...parsed.record };
    }
    const items: RawRecord = {};
    for (const [k, v] of Object.entries(isRecord(record.items) ? record.items : {})) setOwn(items, k, v);
    for (const exercise of exercises) {
      const scope = workScope(exercise, code);
      if (Object.hasOwn(work, exercise)) setOwn(items, scope, work[exercise]);
      else delete items[scope];
    }
    record.items = items;
    const codes: RawRecord = {};
    if (isRecord(record.assignments))
      for (const [k, v] of Object.entries(record.assignments)) setOwn(codes, k, v);
    setOwn(codes, assignmentId(code), code);
    record.assignments = codes;
    store.setItem(STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}
