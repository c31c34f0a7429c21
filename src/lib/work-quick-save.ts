/**
 * A save a lesson can make before the full saving code (./storage-write.ts) has loaded: the student typed and
 * left the page at once. It handles only the plain case, where nothing can be lost by construction: the
 * stored record is readable, and the change sets a page, a title, a prediction or a reflection whose stored
 * value is absent or of the kind this version writes (keys inside it that it does not write are
 * kept). Anything else (an unreadable record or item, a value of another type, a run or an answer) it
 * declines, and the full saving code does it. The record it writes is exactly the one the full code would write.
 */
import { SCHEMA_VERSION, STORAGE_KEY, type StorageLike } from './storage-state';
import type { ItemChange, WorkItem } from './work-record';
import { peekWork, text, type Loose } from './work-peek';

/**
 * Saves `change` to `scope` when that is the plain case and the browser takes the write: true. False when
 * not, and then nothing was written and the full saving code must do it (and say why, if it fails too).
 */
export function quickSave(
  store: StorageLike,
  scope: string,
  change: ItemChange | ((item: WorkItem) => ItemChange),
): boolean {
  try {
    const raw = store.getItem(STORAGE_KEY);
    const peek = peekWork(raw);
    if (peek.odd) return false;
    const record = peek.record ?? { version: SCHEMA_VERSION, items: {} };
    const { items } = record;
    // Spread copies own keys only, "__proto__" included, in their order.
    const item: Loose = { ...(Object.hasOwn(items, scope) ? (items[scope] as Loose) : {}) };
    const c =
      typeof change === 'function'
        ? change(Object.hasOwn(peek.items, scope) ? peek.items[scope] : {})
        : change;
    // Only what a student types: a run or an answer is saved on a click, once the saving code is there.
    if (c.run || Object.keys(c.answers ?? {}).length) return false;
    for (const key of ['page', 'title', 'prediction', 'reflection'] as const) {
      const value = c[key];
      const before = item[key];
      if (value === undefined || before === value) continue;
      if (typeof value === 'string') {
        if (before !== undefined && typeof before !== 'string') return false;
        item[key] = value;
      } else {
        if (before !== undefined && !text(before)) return false;
        item[key] = { ...(before as Loose | undefined), text: value.text, savedAt: value.savedAt };
      }
    }
    Object.defineProperty(items, scope, {
      value: item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    store.setItem(STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    // Storage refused the read or the write: the full saving code tries again and says why.
    return false;
  }
}
