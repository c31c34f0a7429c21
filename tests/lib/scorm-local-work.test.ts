import { describe, expect, it } from 'vitest';
import { workScope } from '../../src/lib/assignment';
import { readStepWork, restoreStepWork } from '../../src/lib/scorm/local-work';
import { STORAGE_KEY } from '../../src/lib/storage';
import { MemoryStorage } from './memory-storage';

const at = '2026-12-04T10:00:00.000Z';
const code = 'eyJ2IjoxfQ';

describe('the package’s work in the browser', () => {
  it('sets this assignment’s items to the LMS’s, keeping everything else saved', () => {
    const store = new MemoryStorage();
    const other = { prediction: { text: 'a lesson', savedAt: at } };
    const stale = { reflection: { text: 'someone else’s', savedAt: at } };
    store.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        items: { 'lesson:x': other, [workScope('b', code)]: stale },
        extra: 'kept',
      }),
    );
    const fromLms = { a: { answers: { q: { value: '3', correct: true, savedAt: at } } } };
    expect(restoreStepWork(store, code, ['a', 'b'], fromLms)).toBe(true);
    const record = JSON.parse(store.getItem(STORAGE_KEY)!) as {
      items: Record<string, unknown>;
      extra: unknown;
      assignments: Record<string, string>;
    };
    expect(record.items['lesson:x']).toEqual(other);
    expect(record.extra).toBe('kept');
    // Step b has no work in the LMS: the browser's copy (another student's, on a shared computer) goes.
    expect(record.items[workScope('b', code)]).toBeUndefined();
    expect(Object.values(record.assignments)).toEqual([code]);
    expect(readStepWork(store, code, ['a', 'b'])).toEqual(fromLms);
  });

  it('writes nothing over work it cannot read, or that a newer version wrote', () => {
    for (const raw of ['{not json', JSON.stringify({ version: 99, items: {} })]) {
      const store = new MemoryStorage();
      store.setItem(STORAGE_KEY, raw);
      expect(restoreStepWork(store, code, ['a'], {})).toBe(false);
      expect(store.getItem(STORAGE_KEY)).toBe(raw);
      expect(readStepWork(store, code, ['a'])).toEqual({});
    }
  });

  it('says so when the browser refuses to store', () => {
    const store = new MemoryStorage(10);
    expect(
      restoreStepWork(store, code, ['a'], { a: { prediction: { text: 'x'.repeat(50), savedAt: at } } }),
    ).toBe(false);
  });
});
