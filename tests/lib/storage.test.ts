import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUARANTINE_PREFIX,
  STORAGE_KEY,
  loadWork,
  parseWork,
  quarantined,
  saveItem,
  type Work,
} from '../../src/lib/storage';
import { MemoryStorage } from './memory-storage';

const clock = () => '2026-11-24T10:00:00.000Z';

describe('saved work', () => {
  it('round-trips a prediction, an answer, a reflection and a run', () => {
    const store = new MemoryStorage();
    saveItem(store, 'ex:1', (item) => ({ ...item, prediction: { text: 'about 10,000', savedAt: 't' } }));
    saveItem(store, 'ex:1', (item) => ({
      ...item,
      answers: { q1: { value: '0.4', correct: true, savedAt: 't' } },
    }));
    saveItem(store, 'ex:1', (item) => ({ ...item, reflection: { text: 'hubs matter', savedAt: 't' } }));
    saveItem(store, 'ex:1', (item) => ({
      ...item,
      run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: 't' },
    }));
    const { work, notices } = loadWork(store);
    expect(notices).toEqual([]);
    expect(work.items['ex:1']).toEqual({
      prediction: { text: 'about 10,000', savedAt: 't' },
      answers: { q1: { value: '0.4', correct: true, savedAt: 't' } },
      reflection: { text: 'hubs matter', savedAt: 't' },
      run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: 't' },
    });
  });

  it('keeps unreadable data aside instead of overwriting it, and says so', () => {
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, '{"version":1,"items":{"a":{"prediction":{"text":"x"}}'); // truncated JSON
    const { work, notices } = loadWork(store, clock);
    expect(work.items).toEqual({});
    expect(notices[0]).toMatch(/could not be read \(the saved data is not valid JSON\)/);
    expect(store.getItem(QUARANTINE_PREFIX + clock())).toBe(
      '{"version":1,"items":{"a":{"prediction":{"text":"x"}}',
    );
    expect(store.getItem(STORAGE_KEY)).toBeNull();
    saveItem(store, 'b', (item) => ({ ...item, prediction: { text: 'new', savedAt: 't' } }));
    expect(quarantined(store)).toHaveLength(1);
  });

  it('keeps the readable items of a partly damaged record, with a copy of the whole', () => {
    const store = new MemoryStorage();
    const raw = JSON.stringify({ version: 1, items: { good: { prediction: { text: 'ok' } }, bad: 42 } });
    store.setItem(STORAGE_KEY, raw);
    const { work, notices } = loadWork(store, clock);
    expect(Object.keys(work.items)).toEqual(['good']);
    expect(notices[0]).toMatch(/^1 saved item could not be read/);
    expect(store.getItem(QUARANTINE_PREFIX + clock())).toBe(raw);
  });

  it('sets a record of an unknown version aside rather than guess', () => {
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 99, items: {} }));
    const { notices } = loadWork(store, clock);
    expect(notices[0]).toMatch(/version 99/);
    expect(quarantined(store)[0]?.raw).toContain('"version":99');
  });

  it('changes nothing when there is no room to keep a copy', () => {
    const raw = 'not json at all';
    const store = new MemoryStorage(STORAGE_KEY.length + raw.length + 5);
    store.setItem(STORAGE_KEY, raw);
    const { notices } = loadWork(store, clock);
    expect(notices[0]).toMatch(/no room/);
    expect(store.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('reports a refused save instead of throwing', () => {
    const store = new MemoryStorage(10);
    expect(
      saveItem(store, 'x', (item) => ({ ...item, prediction: { text: 'long text', savedAt: 't' } })),
    ).toBe(false);
  });

  it('never throws on arbitrary stored text, and never loses it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, items: v })),
        ),
        (raw) => {
          const store = new MemoryStorage();
          store.setItem(STORAGE_KEY, raw);
          const { work } = loadWork(store, clock);
          expect(work.version).toBe(1);
          // Either the text was fully readable, or an identical copy was kept aside.
          const kept = store.getItem(QUARANTINE_PREFIX + clock());
          const parsed = parseWork(raw);
          if (!(parsed.ok && parsed.dropped === 0)) expect(kept).toBe(raw);
          // What is stored now is always readable.
          const now = store.getItem(STORAGE_KEY);
          if (now !== null) expect(parseWork(now).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parses whatever it writes (fast-check over random work)', () => {
    const text = fc.record({ text: fc.string(), savedAt: fc.string() });
    const item = fc.record(
      {
        page: fc.string(),
        prediction: text,
        reflection: text,
        answers: fc.dictionary(
          fc.string(),
          fc.record({
            value: fc.string(),
            correct: fc.constantFrom(true, false, null),
            savedAt: fc.string(),
          }),
        ),
        run: fc.record({
          model: fc.string(),
          params: fc.dictionary(
            fc.string(),
            fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()),
          ),
          seed: fc.integer(),
          savedAt: fc.string(),
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), item), (items) => {
        const work: Work = { version: 1, items };
        const parsed = parseWork(JSON.stringify(work));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.dropped).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids that look like object internals', () => {
  it('keeps an item saved under "__proto__" as data', () => {
    const raw = '{"version":1,"items":{"__proto__":{"prediction":{"text":"x","savedAt":"t"}}}}';
    const parsed = parseWork(raw);
    expect(parsed.ok && Object.keys(parsed.work.items)).toEqual(['__proto__']);
  });
});
