import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWork, parseWork, type SavedText, type Work, type WorkItem } from '../../src/lib/storage';
import { mergeWork, savedAtValue, type MergeResult } from '../../src/lib/work-merge';

/** mergeWork on typed work: its result read back as typed work (these inputs hold nothing else). */
const merge = (a: Work, b: Work): Omit<MergeResult, 'work'> & { work: Work } => {
  const result = mergeWork(a, b);
  return { ...result, work: result.work as unknown as Work };
};

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
const text = (t: string, minute: number): SavedText => ({ text: t, savedAt: at(minute) });
const work = (items: Record<string, WorkItem>): Work => ({ version: 1, items });

describe('mergeWork', () => {
  it('adds what is new, takes the later copy of each field, and keeps the current one otherwise', () => {
    const current = work({
      'exercise:a': {
        page: '/exercises/a/',
        title: 'A',
        prediction: text('mine, later', 30),
        reflection: text('old reflection', 1),
        answers: { q1: { value: '1', correct: false, savedAt: at(5) } },
      },
    });
    const incoming = work({
      'exercise:a': {
        page: '/elsewhere/',
        title: 'Other title',
        prediction: text('theirs, earlier', 10),
        reflection: text('new reflection', 20),
        answers: {
          q1: { value: '2', correct: true, savedAt: at(6) },
          q2: { value: '3', correct: null, savedAt: at(6) },
        },
        run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: at(6) },
      },
      '/cases/x/#p': { prediction: text('lesson', 2) },
    });
    const result = merge(current, incoming);
    expect(result.work.items['exercise:a']).toEqual({
      page: '/exercises/a/',
      title: 'A',
      prediction: text('mine, later', 30),
      reflection: text('new reflection', 20),
      answers: {
        q1: { value: '2', correct: true, savedAt: at(6) },
        q2: { value: '3', correct: null, savedAt: at(6) },
      },
      run: { model: 'cascade', params: { n: 500 }, seed: 7, savedAt: at(6) },
    });
    expect(result.work.items['/cases/x/#p']).toEqual({ prediction: text('lesson', 2) });
    expect(result).toMatchObject({ newItems: 1, added: 3, updated: 2, kept: 1 });
  });

  it('keeps the current copy on a tie or when a date is missing', () => {
    const current = work({ s: { prediction: { text: 'mine', savedAt: '' } } });
    expect(merge(current, work({ s: { prediction: { text: 'theirs', savedAt: '' } } })).work).toEqual(
      current,
    );
    const dated = work({ s: { prediction: text('mine', 5) } });
    const result = merge(dated, work({ s: { prediction: text('theirs', 5) } }));
    expect(result.work).toEqual(dated);
    expect(result).toMatchObject({ added: 0, updated: 0, kept: 1 });
    // A dated copy beats an undated one.
    expect(merge(current, dated).work).toEqual(dated);
  });

  it('does not count an identical later copy as an update', () => {
    const a = work({ s: { answers: { q: { value: '1', correct: true, savedAt: at(1) } } } });
    const result = merge(a, a);
    expect(result).toMatchObject({ newItems: 0, added: 0, updated: 0, kept: 1 });
  });

  it('changes neither input', () => {
    const current = work({
      s: { prediction: text('a', 1), run: { model: 'm', params: { n: 1 }, seed: 1, savedAt: at(1) } },
    });
    const incoming = work({ s: { prediction: text('b', 2) }, t: { reflection: text('c', 3) } });
    const before = JSON.stringify([current, incoming]);
    const { work: merged } = merge(current, incoming);
    merged.items.s.run!.params.n = 99;
    expect(JSON.stringify([current, incoming])).toBe(before);
  });

  it('keeps a scope or an answer named "__proto__" as data', () => {
    const incoming = parseWork(
      '{"version":1,"items":{"__proto__":{"answers":{"__proto__":{"value":"1","correct":null,"savedAt":""}}}}}',
    );
    if (!incoming.ok) throw new Error('fixture');
    const { work: merged } = merge(emptyWork(), incoming.record as unknown as Work);
    expect(Object.keys(merged.items)).toEqual(['__proto__']);
    expect(Object.keys(merged.items['__proto__'].answers!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.items)).toBe(Object.prototype);
  });

  it('reads dates the way browsers write them, and treats nonsense as oldest', () => {
    expect(savedAtValue('2026-11-24T10:00:00.000Z')).toBeGreaterThan(
      savedAtValue('2026-11-24T09:59:59.999Z'),
    );
    expect(savedAtValue('')).toBe(-Infinity);
    expect(savedAtValue('yesterday-ish')).toBe(-Infinity);
  });
});

// --- properties -------------------------------------------------------------------------------------------

/** Dates from a small pool so that two works often share a scope and a field, with distinct-or-equal times. */
const date = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 50 }).map(at) },
  { weight: 1, arbitrary: fc.constant('') },
);
const savedText = fc.record({ text: fc.constantFrom('a', 'b', 'c'), savedAt: date });
const item: fc.Arbitrary<WorkItem> = fc.record(
  {
    page: fc.constantFrom('/exercises/a/', '/cases/b/'),
    title: fc.constantFrom('A', 'B'),
    prediction: savedText,
    reflection: savedText,
    answers: fc.dictionary(
      fc.constantFrom('q1', 'q2', 'q3', '__proto__'),
      fc.record({
        value: fc.constantFrom('1', '2'),
        correct: fc.constantFrom(true, false, null),
        savedAt: date,
      }),
    ),
    run: fc.record({
      model: fc.constantFrom('cascade', 'bass'),
      params: fc.dictionary(fc.constantFrom('n', 'k'), fc.integer({ min: 0, max: 9 })),
      seed: fc.integer({ min: 1, max: 3 }),
      savedAt: date,
    }),
  },
  { requiredKeys: [] },
);
const anyWork: fc.Arbitrary<Work> = fc
  .dictionary(fc.constantFrom('exercise:a', 'exercise:b', 'assignment:x:a', '/cases/c/#p', '__proto__'), item)
  .map((items) => work(items));

/** Every dated field of a work, addressed as "scope / field". */
function fields(w: Work): Map<string, { savedAt: string }> {
  const out = new Map<string, { savedAt: string }>();
  for (const [scope, it] of Object.entries(w.items)) {
    if (it.prediction) out.set(`${scope} / prediction`, it.prediction);
    if (it.reflection) out.set(`${scope} / reflection`, it.reflection);
    if (it.run) out.set(`${scope} / run`, it.run);
    for (const [k, a] of Object.entries(it.answers ?? {})) out.set(`${scope} / answer ${k}`, a);
  }
  return out;
}

describe('mergeWork properties', () => {
  it('merging with nothing changes nothing, from either side', () => {
    fc.assert(
      fc.property(anyWork, (w) => {
        expect(merge(w, emptyWork()).work).toEqual(w);
        expect(merge(emptyWork(), w).work).toEqual(w);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent: importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(anyWork, anyWork, (a, b) => {
        expect(merge(a, a).work).toEqual(a);
        const once = merge(a, b);
        const twice = merge(once.work, b);
        expect(twice.work).toEqual(once.work);
        expect(twice.added + twice.updated + twice.newItems).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('a copy saved later always wins, field by field', () => {
    fc.assert(
      fc.property(anyWork, anyWork, (a, b) => {
        const merged = fields(merge(a, b).work);
        const fa = fields(a);
        for (const [key, inB] of fields(b)) {
          const inA = fa.get(key);
          const want = inA === undefined || savedAtValue(inB.savedAt) > savedAtValue(inA.savedAt) ? inB : inA;
          expect(merged.get(key)).toEqual(want);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('loses nothing: every scope and field of either input is in the result, and nothing else', () => {
    fc.assert(
      fc.property(anyWork, anyWork, (a, b) => {
        const result = merge(a, b);
        expect(new Set(Object.keys(result.work.items))).toEqual(
          new Set([...Object.keys(a.items), ...Object.keys(b.items)]),
        );
        const merged = fields(result.work);
        const fa = fields(a);
        const fb = fields(b);
        expect(new Set(merged.keys())).toEqual(new Set([...fa.keys(), ...fb.keys()]));
        for (const [key, value] of merged) {
          // Each field is one of the two inputs' copies, never a mixture.
          expect([fa.get(key), fb.get(key)]).toContainEqual(value);
        }
        for (const scope of Object.keys(result.work.items)) {
          const it = result.work.items[scope];
          const original = Object.hasOwn(a.items, scope) ? a.items[scope] : undefined;
          const other = Object.hasOwn(b.items, scope) ? b.items[scope] : undefined;
          expect(it.page).toBe(original?.page ?? other?.page);
          expect(it.title).toBe(original?.title ?? other?.title);
        }
        // The tally accounts for every field of the incoming work.
        expect(result.added + result.updated + result.kept).toBe(fb.size);
        // The merged work is a valid record.
        const reread = parseWork(JSON.stringify(result.work));
        expect(reread.ok && reread.unreadableItems.length).toBe(0);
        // Nothing set aside: these works hold only what this version reads.
        expect(result.aside).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
