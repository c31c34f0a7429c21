import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/storage';
import { saveItem } from '../../src/lib/storage-write';
import { quickSave } from '../../src/lib/work-quick-save';
import type { ItemChange } from '../../src/lib/work-record';
import { MemoryStorage } from './memory-storage';

const scope = fc.constantFrom('exercise:a', '/cases/c/#p', '__proto__');
const item = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      page: fc.oneof(fc.string(), fc.integer()),
      title: fc.string(),
      prediction: fc.oneof(
        fc.record(
          { text: fc.string(), savedAt: fc.string(), words: fc.integer() },
          { requiredKeys: ['text'] },
        ),
        fc.string(),
      ),
      reflection: fc.jsonValue(),
      answers: fc.oneof(
        fc.dictionary(
          fc.constantFrom('answer', 'q1'),
          fc.oneof(
            fc.record(
              { value: fc.string(), correct: fc.boolean(), note: fc.string() },
              { requiredKeys: ['value'] },
            ),
            fc.jsonValue(),
          ),
        ),
        fc.string(),
      ),
      run: fc.jsonValue(),
      extra: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);
const stored = fc.oneof(
  fc.constant(null),
  fc
    .record(
      { version: fc.constantFrom(1, 1, 2), items: fc.dictionary(scope, item), later: fc.jsonValue() },
      { requiredKeys: ['version', 'items'] },
    )
    .map((r) => JSON.stringify(r)),
  fc.string(),
);
const change: fc.Arbitrary<ItemChange> = fc.record(
  {
    page: fc.string(),
    title: fc.string(),
    prediction: fc.record({ text: fc.string(), savedAt: fc.string() }),
    reflection: fc.record({ text: fc.string(), savedAt: fc.string() }),
    answers: fc.dictionary(
      fc.constantFrom('answer', 'q1'),
      fc.record({ value: fc.string(), correct: fc.constantFrom(true, false, null), savedAt: fc.string() }),
    ),
  },
  { requiredKeys: [] },
);

describe('the quick save a lesson makes before the saving code has loaded', () => {
  it('writes exactly what the full save writes, or nothing at all (fast-check)', () => {
    let quick = 0;
    fc.assert(
      fc.property(stored, scope, change, (raw, s, c) => {
        const a = new MemoryStorage();
        const b = new MemoryStorage();
        if (raw !== null) {
          a.setItem(STORAGE_KEY, raw);
          b.setItem(STORAGE_KEY, raw);
        }
        if (quickSave(a, s, c)) {
          quick++;
          expect(saveItem(b, s, c)).toEqual({ ok: true, movedAside: 0 });
          expect(a.snapshot()).toEqual(b.snapshot());
        } else expect(a.getItem(STORAGE_KEY)).toBe(raw);
      }),
      { numRuns: 400 },
    );
    // Enough of the plain case to mean something: about a tenth of the runs (26 to 40 of 400 seen).
    expect(quick).toBeGreaterThan(10);
  });

  it('declines when storage is full, leaving it as it was', () => {
    const store = new MemoryStorage(20);
    expect(quickSave(store, 's', { prediction: { text: 'too long to fit', savedAt: 't' } })).toBe(false);
    expect(store.getItem(STORAGE_KEY)).toBeNull();
  });
});
