import type { StorageLike } from '../../src/lib/storage';

/** An in-memory Storage with an optional quota, to test what happens when the browser refuses to save. */
export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  constructor(private quota = Infinity) {}
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
    if (used + k.length + v.length > this.quota) throw new Error('QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
