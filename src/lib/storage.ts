/**
 * A student's work, kept in this browser's localStorage under one versioned key.
 *
 * The rule is that nothing a student saved is ever lost. Saved work is only replaced by a write that holds
 * everything it held (`lostFrom` checks each one): fields this version does not know or cannot read are
 * carried through every save; an unreadable item or record is kept as it is, and moved aside under its own
 * key only when a save needs its place and there is room for the copy; a save that cannot keep a copy is
 * refused and says so. Reading never writes. Pure functions over a Storage-like object, tested in Node.
 */
import { savedWork } from '../strings/saved-work';
import {
  applyChange,
  isRecord,
  lostFrom,
  own,
  readItem,
  setOwn,
  type ItemChange,
  type RawRecord,
  type WorkItem,
} from './work-record';

export type {
  ItemChange,
  OtherField,
  RawRecord,
  SavedAnswer,
  SavedRun,
  SavedText,
  WorkItem,
} from './work-record';
export { mergeWork, savedAtValue, type MergeResult } from './work-merge';

export const STORAGE_KEY = 'wom.work';
export const QUARANTINE_PREFIX = 'wom.work.unreadable.';
export const SCHEMA_VERSION = 1;

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

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const emptyWork = (): Work => ({ version: SCHEMA_VERSION, items: {} });
const emptyRecord = (): RawRecord => ({ version: SCHEMA_VERSION, items: {} });

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
function parseCached(raw: string): ParseResult {
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

/** Whether a failed write failed because storage is full (every browser names it its own way). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  return (
    code === 22 ||
    code === 1014 ||
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (typeof message === 'string' && /quota/i.test(message))
  );
}

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

/** The assignment codes the record keeps, by id (only text values). */
export function assignmentCodes(record: RawRecord | null): Map<string, string> {
  const out = new Map<string, string>();
  const codes = own(record, 'assignments');
  if (isRecord(codes))
    for (const [id, code] of Object.entries(codes)) if (typeof code === 'string') out.set(id, code);
  return out;
}

/** Raw copies of unreadable data that were kept aside, newest first. */
export function quarantined(store: StorageLike): Unreadable[] {
  const out: Unreadable[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) out.push({ key, raw: store.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}

/** What this browser lets the site do with its storage. */
export type StoreState =
  | 'ok'
  /** Readable, but a small test write failed for lack of room: saved work can be shown and downloaded. */
  | 'full'
  /** Nothing can be read or written (a private window, storage turned off, a blocked third-party frame). */
  | 'blocked';

/** localStorage and how far it can be used: full storage is told apart from storage that is turned off. */
export function openStorage(): { store: StorageLike | null; state: StoreState } {
  let store: StorageLike;
  try {
    store = globalThis.localStorage;
    if (!store) return { store: null, state: 'blocked' };
    store.getItem(STORAGE_KEY);
  } catch {
    return { store: null, state: 'blocked' };
  }
  try {
    const probe = '__wom_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return { store, state: 'ok' };
  } catch (error) {
    return isQuotaError(error) ? { store, state: 'full' } : { store: null, state: 'blocked' };
  }
}

/** localStorage when the browser lets the site read it (also when it is full), else null. */
export function browserStore(): StorageLike | null {
  return openStorage().store;
}
