/**
 * A student's work, kept in this browser's localStorage under one versioned key: reading it.
 *
 * The rule is that nothing a student saved is ever lost. Reading never writes; what this version cannot read
 * (a record, an item, a field) is reported and left as it is. Saving is ./storage-write.ts: saved work is only
 * replaced by a write that holds everything it held (`lostFrom` checks each one), an unreadable item or record
 * is moved aside only when a save needs its place and there is room for the copy, and a save that cannot keep
 * a copy is refused and says so. Pure functions over a Storage-like object, tested in Node.
 */
import { savedWork } from '../strings/saved-work';
import { isRecord, readItem, type RawRecord, type WorkItem } from './work-record';
import { SCHEMA_VERSION, STORAGE_KEY, type StorageLike } from './storage-state';

export type { ItemChange, RawRecord, SavedAnswer, SavedRun, SavedText, WorkItem } from './work-record';

export {
  browserStore,
  isQuotaError,
  openStorage,
  QUARANTINE_PREFIX,
  SCHEMA_VERSION,
  STORAGE_KEY,
  type StorageLike,
  type StoreState,
} from './storage-state';

/** The items of saved work this version can read, as typed views (the stored JSON may hold more). */
export interface Work {
  version: typeof SCHEMA_VERSION;
  items: Record<string, WorkItem>;
}

/** A saved value kept as it is because this version cannot read it: where it is, and its exact text. */
export interface Unreadable {
  key: string;
  raw: string;
}

export const emptyWork = (): Work => ({ version: SCHEMA_VERSION, items: {} });

export type ParseResult =
  | {
      ok: true;
      /** The stored record as it is, to change and write back. */
      record: RawRecord;
      work: Work;
      /** Items that are not records at all, under their scope: kept in place. */
      unreadableItems: Unreadable[];
    }
  | { ok: false; reason: string; /** Written by a newer version of this site. */ newer: boolean };

/** Reads saved work. Never throws; a record it cannot read says why. */
export function parseWork(raw: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: savedWork.parse.notJson, newer: false };
  }
  return readWork(data);
}

/** Reads saved work already parsed from JSON (a work file holds it inside). Never throws. */
export function readWork(data: unknown): ParseResult {
  if (!isRecord(data)) return { ok: false, reason: savedWork.parse.notRecord, newer: false };
  if (data.version !== SCHEMA_VERSION) {
    return {
      ok: false,
      reason: savedWork.parse.version(JSON.stringify(data.version), SCHEMA_VERSION),
      newer: typeof data.version === 'number' && data.version > SCHEMA_VERSION,
    };
  }
  if (!isRecord(data.items)) return { ok: false, reason: savedWork.parse.noItems, newer: false };
  const items: [string, WorkItem][] = [];
  const unreadableItems: Unreadable[] = [];
  for (const [scope, value] of Object.entries(data.items)) {
    const item = readItem(value);
    if (item) items.push([scope, item]);
    else unreadableItems.push({ key: scope, raw: JSON.stringify(value) ?? String(value) });
  }
  // fromEntries defines own properties, so a scope such as "__proto__" stays data, not a prototype.
  return {
    ok: true,
    record: data,
    work: { version: SCHEMA_VERSION, items: Object.fromEntries(items) },
    unreadableItems,
  };
}

/** How saved work stands in this browser. */
export type WorkStatus =
  /** Nothing saved yet. */
  | 'empty'
  | 'ok'
  /** The record cannot be read: it stays as it is until a save moves it aside. */
  | 'unreadable'
  /** A newer version of the site wrote it: it stays as it is and saves are refused until a reload. */
  | 'newer'
  /** The browser does not let this site read its storage. */
  | 'blocked';

export interface Loaded {
  work: Work;
  status: WorkStatus;
  /** The stored record when it could be read. */
  record: RawRecord | null;
  /** The stored text when it could not be read (status unreadable or newer). */
  unreadableRecord: string | null;
  unreadableItems: Unreadable[];
  /** Plain-words notices for the page: what could not be read and where it is kept. */
  notices: string[];
}

// Pages re-read saved work often (every save, every refresh of My work); parse the same text only once.
let lastParsed: { raw: string; result: ParseResult } | undefined;
export function parseCached(raw: string): ParseResult {
  if (lastParsed?.raw !== raw) lastParsed = { raw, result: parseWork(raw) };
  return lastParsed.result;
}

/** Reads the student's work. Never writes: anything it cannot read stays where it is. */
export function loadWork(store: StorageLike): Loaded {
  const base = { work: emptyWork(), record: null, unreadableRecord: null, unreadableItems: [] };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { ...base, status: 'blocked', notices: [savedWork.notices.noStorage] };
  }
  if (raw === null) return { ...base, status: 'empty', notices: [] };
  const parsed = parseCached(raw);
  if (!parsed.ok) {
    return {
      ...base,
      status: parsed.newer ? 'newer' : 'unreadable',
      unreadableRecord: raw,
      notices: [parsed.newer ? savedWork.notices.newer : savedWork.notices.unreadable(parsed.reason)],
    };
  }
  const n = parsed.unreadableItems.length;
  return {
    work: parsed.work,
    status: 'ok',
    record: parsed.record,
    unreadableRecord: null,
    unreadableItems: parsed.unreadableItems,
    notices: n ? [savedWork.notices.unreadableItems(n)] : [],
  };
}

/** Why a save did not happen. */
export type SaveProblem =
  /** The browser does not let this site store anything. */
  | 'blocked'
  /** Storage is full: the save, or the copy it needed to keep first, did not fit. */
  | 'full'
  /** The saved work was written by a newer version of the site: reload before saving. */
  | 'newer'
  /** The write would have removed saved work; it was stopped. */
  | 'would-lose';

export type SaveResult = { ok: true; movedAside: number } | { ok: false; problem: SaveProblem };
