import type { StorageLike } from '../../src/lib/storage';

/**
 * An in-memory Storage with an optional quota (characters of keys and values, as browsers count them), to test
 * what happens when storage is full; the quota can change while a test runs. Its refusals look like a
 * browser's: a DOMException-like error named QuotaExceededError.
 */
export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  /** How many writes succeeded, so a test can tell that reading wrote nothing. */
  writes = 0;
  constructor(public quota = Infinity) {}
  /** Characters in use. */
  get used() {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  /** Everything stored, key by key (a copy). */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map.entries()].reduce(
      (n, [key, val]) => n + (key === k ? 0 : key.length + val.length),
      0,
    );
    if (used + k.length + v.length > this.quota) {
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
        code: 22,
      });
    }
    this.map.set(k, String(v));
    this.writes++;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
