/**
 * This browser's storage for saved work: its key, and whether the browser lets the site use it (full storage
 * told apart from storage turned off). Apart from ./storage.ts, which reads the work, because every page that
 * saves needs this at once and a lesson needs the rest only when there is work to read.
 */

export const STORAGE_KEY = 'wom.work';
export const QUARANTINE_PREFIX = 'wom.work.unreadable.';
export const SCHEMA_VERSION = 1;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

/** Whether a failed write failed because storage is full (every browser names it its own way). */
export function isQuotaError(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
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
