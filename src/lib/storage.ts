/**
 * A student's work, kept in this browser's localStorage under one versioned key.
 *
 * The rule is that nothing a student saved is ever lost: unreadable or unknown data is never
 * overwritten; it is moved aside under its own key (offered for download on /my-work/) and the page
 * goes on with an empty record and a notice. Pure functions over a Storage-like object, so the
 * whole module is tested in Node.
 */
import { savedWork } from '../strings/saved-work';

export const STORAGE_KEY = 'wom.work';
export const QUARANTINE_PREFIX = 'wom.work.unreadable.';
export const SCHEMA_VERSION = 1;

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
  /** Where it was saved, so /my-work/ can link back (a site path with its query). */
  page?: string;
  title?: string;
  prediction?: SavedText;
  answers?: Record<string, SavedAnswer>;
  reflection?: SavedText;
  run?: SavedRun;
}

export interface Work {
  version: typeof SCHEMA_VERSION;
  items: Record<string, WorkItem>;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

export const emptyWork = (): Work => ({ version: SCHEMA_VERSION, items: {} });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

function readText(v: unknown): SavedText | undefined {
  if (!isRecord(v) || !isString(v.text)) return undefined;
  return { text: v.text, savedAt: isString(v.savedAt) ? v.savedAt : '' };
}

function readRun(v: unknown): SavedRun | undefined {
  if (!isRecord(v) || !isString(v.model) || !isRecord(v.params)) return undefined;
  const params = Object.fromEntries(
    Object.entries(v.params).filter(
      (e): e is [string, number | string] =>
        (typeof e[1] === 'number' && Number.isFinite(e[1])) || isString(e[1]),
    ),
  );
  const seed = typeof v.seed === 'number' && Number.isFinite(v.seed) ? v.seed : 1;
  return { model: v.model, params, seed, savedAt: isString(v.savedAt) ? v.savedAt : '' };
}

function readItem(v: unknown): WorkItem | undefined {
  if (!isRecord(v)) return undefined;
  const item: WorkItem = {};
  if (isString(v.page)) item.page = v.page;
  if (isString(v.title)) item.title = v.title;
  const prediction = readText(v.prediction);
  if (prediction) item.prediction = prediction;
  const reflection = readText(v.reflection);
  if (reflection) item.reflection = reflection;
  const run = readRun(v.run);
  if (run) item.run = run;
  if (isRecord(v.answers)) {
    const answers: [string, SavedAnswer][] = [];
    for (const [k, a] of Object.entries(v.answers)) {
      if (isRecord(a) && isString(a.value)) {
        answers.push([
          k,
          {
            value: a.value,
            correct: typeof a.correct === 'boolean' ? a.correct : null,
            savedAt: isString(a.savedAt) ? a.savedAt : '',
          },
        ]);
      }
    }
    item.answers = Object.fromEntries(answers);
  }
  return item;
}

export type ParseResult = { ok: true; work: Work; dropped: number } | { ok: false; reason: string };

/**
 * Reads saved work. Well-formed items of a known version are kept; malformed items inside an
 * otherwise readable record are counted in `dropped` (the caller keeps the raw text aside).
 */
export function parseWork(raw: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: savedWork.parse.notJson };
  }
  if (!isRecord(data)) return { ok: false, reason: savedWork.parse.notRecord };
  if (data.version !== SCHEMA_VERSION) {
    return { ok: false, reason: savedWork.parse.version(JSON.stringify(data.version), SCHEMA_VERSION) };
  }
  if (!isRecord(data.items)) return { ok: false, reason: savedWork.parse.noItems };
  const kept: [string, WorkItem][] = [];
  let dropped = 0;
  for (const [id, value] of Object.entries(data.items)) {
    const item = readItem(value);
    if (item) kept.push([id, item]);
    else dropped++;
  }
  // fromEntries defines own properties, so an id such as "__proto__" stays data, not a prototype.
  return { ok: true, work: { version: SCHEMA_VERSION, items: Object.fromEntries(kept) }, dropped };
}

export interface Loaded {
  work: Work;
  /** Plain-words notices for the page: what was unreadable and where it was kept. */
  notices: string[];
}

/** Loads the student's work, moving anything unreadable aside (never deleting it). */
export function loadWork(store: StorageLike, now = () => new Date().toISOString()): Loaded {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return {
      work: emptyWork(),
      notices: [savedWork.notices.noStorage],
    };
  }
  if (raw === null) return { work: emptyWork(), notices: [] };
  const parsed = parseWork(raw);
  if (parsed.ok && parsed.dropped === 0) return { work: parsed.work, notices: [] };
  const aside = QUARANTINE_PREFIX + now();
  try {
    store.setItem(aside, raw);
  } catch {
    // Storage full: leave the original where it is rather than lose it.
    return {
      work: parsed.ok ? parsed.work : emptyWork(),
      notices: [savedWork.notices.noRoom],
    };
  }
  if (!parsed.ok) {
    store.removeItem(STORAGE_KEY);
    return {
      work: emptyWork(),
      notices: [savedWork.notices.unreadable(parsed.reason)],
    };
  }
  store.setItem(STORAGE_KEY, JSON.stringify(parsed.work));
  return {
    work: parsed.work,
    notices: [savedWork.notices.dropped(parsed.dropped)],
  };
}

/** Applies a change to one item and writes it back. Returns false when the browser refused to save. */
export function saveItem(store: StorageLike, id: string, change: (item: WorkItem) => WorkItem): boolean {
  const { work } = loadWork(store);
  work.items[id] = change(work.items[id] ?? {});
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}

/** Raw copies of unreadable data that were kept aside, newest first. */
export function quarantined(store: StorageLike): { key: string; raw: string }[] {
  const out: { key: string; raw: string }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) out.push({ key, raw: store.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}

/** localStorage when the browser allows it, else null (Safari private mode, blocked cookies). */
export function browserStore(): StorageLike | null {
  try {
    const store = globalThis.localStorage;
    const probe = '__wom_probe__';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** What merging imported work into the current work did, field by field, so the page can say so. */
export interface MergeResult {
  work: Work;
  /** Places (scopes) the current work did not have at all. */
  newItems: number;
  /** Saved fields (a prediction, a reflection, a run, one answer) the current work did not have. */
  added: number;
  /** Fields the current work had, replaced by a copy saved later. */
  updated: number;
  /** Fields in the incoming work that were left as they were: the same, or the current copy is as new or newer. */
  kept: number;
}

/** A savedAt as a comparable number; a missing or unreadable date counts as older than any real one. */
export function savedAtValue(savedAt: string | undefined): number {
  const t = savedAt ? Date.parse(savedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Dated = { savedAt: string };
type Tally = Pick<MergeResult, 'added' | 'updated' | 'kept'>;

/** The copy to keep of one field: the incoming one only when it was saved strictly later. */
function pick<T extends Dated>(current: T | undefined, incoming: T | undefined, tally: Tally): T | undefined {
  if (incoming === undefined) return current;
  if (current === undefined) {
    tally.added++;
    return incoming;
  }
  if (savedAtValue(incoming.savedAt) > savedAtValue(current.savedAt) && !sameJson(current, incoming)) {
    tally.updated++;
    return incoming;
  }
  tally.kept++;
  return current;
}

const copyText = (t: SavedText): SavedText => ({ text: t.text, savedAt: t.savedAt });
const copyRun = (r: SavedRun): SavedRun => ({ ...r, params: { ...r.params } });

function mergeItem(current: WorkItem | undefined, incoming: WorkItem, tally: Tally): WorkItem {
  const cur = current ?? {};
  const item: WorkItem = {};
  const page = cur.page ?? incoming.page;
  if (page !== undefined) item.page = page;
  const title = cur.title ?? incoming.title;
  if (title !== undefined) item.title = title;
  const prediction = pick(cur.prediction, incoming.prediction, tally);
  if (prediction) item.prediction = copyText(prediction);
  if (cur.answers || incoming.answers) {
    const keys = new Set([...Object.keys(cur.answers ?? {}), ...Object.keys(incoming.answers ?? {})]);
    const answers: [string, SavedAnswer][] = [];
    for (const key of keys) {
      const answer = pick(own(cur.answers, key), own(incoming.answers, key), tally);
      if (answer) answers.push([key, { ...answer }]);
    }
    item.answers = Object.fromEntries(answers);
  }
  const reflection = pick(cur.reflection, incoming.reflection, tally);
  if (reflection) item.reflection = copyText(reflection);
  const run = pick(cur.run, incoming.run, tally);
  if (run) item.run = copyRun(run);
  return item;
}

/**
 * Merges imported work into the current work without losing anything either holds. Field by field
 * (prediction, reflection, run, each answer), the copy saved later wins; on a tie, or when a date is
 * missing, the current copy stays. An item's page and title stay as they are unless it has none.
 * Pure: neither input is changed.
 */
export function mergeWork(current: Work, incoming: Work): MergeResult {
  const tally: Tally = { added: 0, updated: 0, kept: 0 };
  let newItems = 0;
  const items = new Map<string, WorkItem>();
  for (const [scope, item] of Object.entries(current.items)) items.set(scope, mergeItem(item, {}, tally));
  for (const [scope, item] of Object.entries(incoming.items)) {
    const existing = own(current.items, scope);
    if (existing === undefined) newItems++;
    items.set(scope, mergeItem(existing, item, tally));
  }
  // fromEntries keeps a scope such as "__proto__" as data.
  return { work: { version: SCHEMA_VERSION, items: Object.fromEntries(items) }, newItems, ...tally };
}
