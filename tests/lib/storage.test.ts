import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUARANTINE_PREFIX,
  STORAGE_KEY,
  isQuotaError,
  loadWork,
  parseWork,
  type StorageLike,
  type Work,
} from '../../src/lib/storage';
import { saveItem } from '../../src/lib/storage-write';
import { quarantined } from '../../src/lib/storage-aside';
import { otherFields } from '../../src/lib/work-other';
import { MemoryStorage } from './memory-storage';

const clock = () => '2026-11-24T10:00:00.000Z';
/** A stored record, read loosely for the checks. */
type Stored = { items: Record<string, Record<string, unknown>> } & Record<string, unknown>;
const read = (text: string) => JSON.parse(text) as Stored;
const stored = (store: StorageLike) => read(store.getItem(STORAGE_KEY)!);
const opts = { now: clock };
const run = { model: 'branching', params: { r: 0.9, kappa: 0.5 }, seed: 7, savedAt: 't' };

/** A store with exactly `free` characters of room left after `raw` is stored under the work key. */
function storeWith(raw: string, free: number) {
  const store = new MemoryStorage(Infinity);
  store.setItem(STORAGE_KEY, raw);
  store.quota = store.used + free;
  return store;
}

describe('saved work', () => {
  it('round-trips a prediction, an answer, a reflection and a run', () => {
    const store = new MemoryStorage();
    expect(saveItem(store, 'ex:1', { prediction: { text: 'about 10,000', savedAt: 't' } })).toEqual({
      ok: true,
      movedAside: 0,
    });
    saveItem(store, 'ex:1', { answers: { q1: { value: '0.4', correct: true, savedAt: 't' } } });
    saveItem(store, 'ex:1', (item) => ({ ...item, reflection: { text: 'hubs matter', savedAt: 't' } }));
    saveItem(store, 'ex:1', { run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: 't' } });
    const { work, notices, status } = loadWork(store);
    expect(status).toBe('ok');
    expect(notices).toEqual([]);
    expect(work.items['ex:1']).toEqual({
      prediction: { text: 'about 10,000', savedAt: 't' },
      answers: { q1: { value: '0.4', correct: true, savedAt: 't' } },
      reflection: { text: 'hubs matter', savedAt: 't' },
      run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: 't' },
    });
  });

  it('reading never writes, whatever is stored', () => {
    for (const raw of ['not json', '{"version":2,"items":{}}', '{"version":1,"items":{"a":4}}']) {
      const store = new MemoryStorage();
      store.setItem(STORAGE_KEY, raw);
      const writes = store.writes;
      loadWork(store);
      expect(store.writes).toBe(writes);
      expect(store.getItem(STORAGE_KEY)).toBe(raw);
    }
  });

  it('keeps an unreadable record where it is, and moves it aside whole on the next save', () => {
    const raw = '{"version":1,"items":{"a":{"prediction":{"text":"x"}}'; // truncated JSON
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, raw);
    const loaded = loadWork(store);
    expect(loaded.status).toBe('unreadable');
    expect(loaded.unreadableRecord).toBe(raw);
    expect(loaded.notices[0]).toMatch(/could not be read \(the saved data is not valid JSON\)\. It is kept/);
    expect(store.getItem(STORAGE_KEY)).toBe(raw);
    expect(saveItem(store, 'b', { prediction: { text: 'new', savedAt: 't' } }, opts)).toEqual({
      ok: true,
      movedAside: 1,
    });
    expect(store.getItem(QUARANTINE_PREFIX + clock())).toBe(raw);
    expect(loadWork(store).work.items.b?.prediction?.text).toBe('new');
  });

  it('keeps an unreadable item in place beside good ones, through every save', () => {
    const store = new MemoryStorage();
    const raw = JSON.stringify({ version: 1, items: { good: { prediction: { text: 'ok' } }, bad: 42 } });
    store.setItem(STORAGE_KEY, raw);
    const loaded = loadWork(store);
    expect(Object.keys(loaded.work.items)).toEqual(['good']);
    expect(loaded.unreadableItems).toEqual([{ key: 'bad', raw: '42' }]);
    expect(loaded.notices[0]).toMatch(/^1 saved item could not be read\. It is kept as it is/);
    saveItem(store, 'good', { reflection: { text: 'more', savedAt: 't' } });
    expect(stored(store).items.bad).toBe(42);
    expect(quarantined(store)).toEqual([]);
  });

  it('moves an unreadable item aside before a save takes its place', () => {
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: { 'exercise:x': 'an old essay' } }));
    expect(saveItem(store, 'exercise:x', { run }, opts)).toMatchObject({ ok: true, movedAside: 1 });
    expect(read(quarantined(store)[0].raw)).toEqual({
      version: 1,
      items: { 'exercise:x': 'an old essay' },
    });
  });

  it('never writes over work a newer version of the site saved; says to reload', () => {
    const raw = JSON.stringify({ version: 2, items: { 'exercise:x': { essay: 'long essay' } } });
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, raw);
    const loaded = loadWork(store);
    expect(loaded.status).toBe('newer');
    expect(loaded.notices[0]).toMatch(/newer version of this site.*reload/);
    expect(saveItem(store, 'exercise:x', { run })).toEqual({ ok: false, problem: 'newer' });
    expect(store.getItem(STORAGE_KEY)).toBe(raw);
    expect(quarantined(store)).toEqual([]);
  });

  it('moves an older or odd version aside rather than guess', () => {
    for (const version of [0, '1', null]) {
      const store = new MemoryStorage();
      const raw = JSON.stringify({ version, items: { a: { prediction: { text: 'kept' } } } });
      store.setItem(STORAGE_KEY, raw);
      expect(loadWork(store).status).toBe('unreadable');
      expect(saveItem(store, 'b', { run }, opts).ok).toBe(true);
      expect(quarantined(store)[0]?.raw).toBe(raw);
    }
  });

  // Issue 14, scenario 1: about 1 KB free, an unreadable (version 2) record with an essay and a lesson note;
  // opening an exercise without typing saves its run automatically. That save wrote 284 characters over it.
  it('issue 14: an automatic save with 1 KB free never replaces an unreadable record', () => {
    const essay = 'An essay. '.repeat(300);
    for (const version of [2, 0]) {
      const raw = JSON.stringify({
        version,
        items: {
          'exercise:ubg-fizzle': { reflection: { text: essay, savedAt: 't' } },
          '/cases/united-breaks-guitars/#views-predict': { prediction: { text: 'a lesson note' } },
        },
      });
      const store = storeWith(raw, 1024);
      const result = saveItem(store, 'exercise:ubg-fizzle', { run, page: '/exercises/ubg-fizzle/' }, opts);
      expect(result).toEqual({ ok: false, problem: version === 2 ? 'newer' : 'full' });
      expect(store.getItem(STORAGE_KEY)).toBe(raw);
      expect(quarantined(store)).toEqual([]);
    }
  });

  it('issue 14: one unreadable item among good ones is never deleted, even with no room', () => {
    const raw = JSON.stringify({
      version: 1,
      items: { good: { prediction: { text: 'fine', savedAt: 't' } }, bad: ['an essay in a list'] },
    });
    const store = storeWith(raw, 10);
    expect(saveItem(store, 'bad', { run }, opts)).toEqual({ ok: false, problem: 'full' });
    expect(store.getItem(STORAGE_KEY)).toBe(raw);
    const roomy = storeWith(raw, 10_000);
    expect(saveItem(roomy, 'bad', { run }, opts).ok).toBe(true);
    expect(read(quarantined(roomy)[0].raw).items.bad).toEqual(['an essay in a list']);
  });

  // Issue 14, scenario 2: readItem kept an item but dropped fields of the wrong type or unknown fields.
  it('issue 14: unknown and mistyped fields are kept through every save', () => {
    const item = {
      title: 'Fizzle',
      reflection: 'text',
      answers: { peak: { value: 90, correct: true, savedAt: 't' }, half: { value: '3', note: 'mine' } },
      run: { model: 'branching', params: '…', seed: 3 },
      essay: { text: 'added by a newer deployment' },
      prediction: { text: 'p', savedAt: 't', wordCount: 1 },
    };
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: { s: item }, settings: { theme: 'x' } }));
    const { work, record } = loadWork(store);
    expect(work.items.s).toEqual({
      title: 'Fizzle',
      answers: { half: { value: '3', correct: null, savedAt: '' } },
      prediction: { text: 'p', savedAt: 't' },
    });
    expect(otherFields((record!.items as Stored['items']).s).map((o) => o.path.join('.'))).toEqual([
      'reflection',
      'answers.peak',
      'answers.half.note',
      'run',
      'essay',
      'prediction.wordCount',
    ]);
    // A save that does not touch them keeps every one, exactly.
    saveItem(store, 's', { prediction: { text: 'p2', savedAt: 't2' } }, opts);
    const after = stored(store);
    expect(after.settings).toEqual({ theme: 'x' });
    expect(after.items.s).toEqual({ ...item, prediction: { text: 'p2', savedAt: 't2', wordCount: 1 } });
    expect(quarantined(store)).toEqual([]);
    // A save that replaces one keeps a copy of the whole item first.
    expect(saveItem(store, 's', { run }, opts)).toMatchObject({ ok: true, movedAside: 1 });
    expect(read(quarantined(store)[0].raw).items.s.run).toEqual(item.run);
    const last = stored(store).items.s;
    expect(last.essay).toEqual(item.essay);
    expect(last.answers).toMatchObject({ peak: item.answers.peak });
  });

  it('reports a refused save instead of throwing, and tells full storage from blocked storage', () => {
    expect(saveItem(new MemoryStorage(10), 'x', { prediction: { text: 'long text', savedAt: 't' } })).toEqual(
      {
        ok: false,
        problem: 'full',
      },
    );
    const blocked: StorageLike = {
      length: 0,
      key: () => null,
      getItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(saveItem(blocked, 'x', { run })).toEqual({ ok: false, problem: 'blocked' });
    expect(loadWork(blocked).status).toBe('blocked');
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ name: 'SecurityError' })).toBe(false);
  });

  it('never throws on arbitrary stored text, never writes when reading, and keeps it on a save', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, items: v })),
          fc.jsonValue().map((v) => JSON.stringify({ version: 1, items: { s: v, t: { x: v } } })),
        ),
        (raw) => {
          const store = new MemoryStorage();
          store.setItem(STORAGE_KEY, raw);
          const loaded = loadWork(store);
          expect(store.getItem(STORAGE_KEY)).toBe(raw);
          const result = saveItem(store, 's', { prediction: { text: 'new', savedAt: 't' } }, opts);
          const all = Object.values(store.snapshot()).join('\n');
          if (loaded.status === 'newer') expect(result).toEqual({ ok: false, problem: 'newer' });
          else {
            expect(result.ok).toBe(true);
            // Every value the text held is still stored somewhere (in place or in a copy kept aside).
            const parsed = parseWork(raw);
            if (!parsed.ok) expect(quarantined(store)[0]?.raw).toBe(raw);
            else
              for (const [scope, value] of Object.entries(parsed.record.items as object))
                if (scope !== 's') expect(all).toContain(JSON.stringify(value));
          }
          // What is stored now is readable, or is what was there.
          const now = store.getItem(STORAGE_KEY)!;
          expect(parseWork(now).ok || now === raw).toBe(true);
        },
      ),
      { numRuns: 200 },
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
        if (parsed.ok) {
          expect(parsed.unreadableItems).toEqual([]);
          for (const it of Object.values(parsed.record.items as Stored['items']))
            expect(otherFields(it)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('ids that look like object internals', () => {
  it('keeps an item saved under "__proto__" as data, and saves to it as data', () => {
    const raw = '{"version":1,"items":{"__proto__":{"prediction":{"text":"x","savedAt":"t"}}}}';
    const parsed = parseWork(raw);
    expect(parsed.ok && Object.keys(parsed.work.items)).toEqual(['__proto__']);
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, raw);
    saveItem(store, '__proto__', { answers: { ['__proto__']: { value: '1', correct: null, savedAt: 't' } } });
    const stored = store.getItem(STORAGE_KEY)!;
    expect(stored).toContain('"__proto__":{"prediction":{"text":"x","savedAt":"t"},"answers":{"__proto__"');
  });
});
