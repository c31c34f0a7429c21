/**
 * Issue 14, point 7: after any sequence of loads, saves, imports and exports, with storage full or not, with
 * unreadable records and items, unknown and mistyped fields and other versions' records written in between,
 * nothing a student wrote is gone.
 *
 * Every value written is a unique token. After each step, every token ever written must still be somewhere
 * in storage (in place, or in a copy kept aside), or, while a failed save is held by the page, in the file the
 * page offers to download. The one exemption is the documented rule for a dated field (a prediction, a
 * reflection, a run, an answer) that this version reads: a later copy of the same field replaces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWork, STORAGE_KEY, type SaveResult } from '../../src/lib/storage';
import { WorkSession } from '../../src/lib/work-session';
import { importWork } from '../../src/lib/work-import';
import { isRecord, type ItemChange, type RawRecord } from '../../src/lib/work-record';
import { readImport } from '../../src/lib/work-view';
import { MemoryStorage } from './memory-storage';

const scopes = ['exercise:a', 'exercise:b', 'assignment:h:a', '/cases/c/#p', '__proto__'] as const;
const fields = ['prediction', 'reflection', 'run', 'answers.q1', 'answers.q2'] as const;
type Field = (typeof fields)[number];
const injections = [
  'unknownField',
  'mistypedReflection',
  'mistypedAnswer',
  'mistypedRun',
  'subKey',
  'unreadableItem',
  'topLevel',
] as const;

type Op =
  | { op: 'save'; scope: string; field: Field }
  | { op: 'quota'; free: number }
  | { op: 'inject'; how: (typeof injections)[number]; scope: string }
  | { op: 'corrupt'; how: 'garbage' | 'newer' | 'older' }
  | { op: 'import'; items: { scope: string; field: Field; offset: number }[]; odd: boolean }
  | { op: 'export' }
  | { op: 'reload' };

const scope = fc.constantFrom(...scopes);
const field = fc.constantFrom(...fields);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('save' as const), scope, field }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('quota' as const),
      free: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(Infinity)),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('inject' as const), how: fc.constantFrom(...injections), scope }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('corrupt' as const),
      how: fc.constantFrom('garbage' as const, 'newer' as const, 'older' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      items: fc.array(fc.record({ scope, field, offset: fc.integer({ min: -20, max: 20 }) }), {
        maxLength: 4,
      }),
      odd: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('export' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reload' as const) }) },
);

type Tracked =
  | { dated: true; scope: string; field: Field; at: number; pending: boolean; step: number; saved: boolean }
  | { dated: false; pending: boolean };

function change(f: Field, token: string, savedAt: string): ItemChange {
  if (f === 'run') return { run: { model: 'm', params: { p: token }, seed: 1, savedAt } };
  if (f === 'answers.q1' || f === 'answers.q2')
    return { answers: { [f.slice(8)]: { value: token, correct: null, savedAt } } };
  return { [f]: { text: token, savedAt } };
}

/** The stored value of a dated field for a file (what a page would have saved). */
function fieldValue(f: Field, token: string, savedAt: string): [string[], unknown] {
  if (f === 'run') return [['run'], { model: 'm', params: { p: token }, seed: 1, savedAt }];
  if (f.startsWith('answers.')) return [['answers', f.slice(8)], { value: token, correct: null, savedAt }];
  return [[f], { text: token, savedAt }];
}

const minute = (m: number) => new Date(Date.UTC(2026, 10, 24, 10, 0) + m * 60_000).toISOString();
const ms = (iso: string) => Date.parse(iso);

function setIn(record: RawRecord, path: string[], value: unknown) {
  let at: RawRecord = record;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(at, key) ? at[key] : undefined;
    if (next === undefined)
      Object.defineProperty(at, key, { value: {}, enumerable: true, writable: true, configurable: true });
    else if (!isRecord(next)) return;
    at = at[key] as RawRecord;
  }
  const last = path[path.length - 1];
  if (!Object.hasOwn(at, last))
    Object.defineProperty(at, last, { value, enumerable: true, writable: true, configurable: true });
}

function run(ops: Op[]) {
  const store = new MemoryStorage();
  let session = new WorkSession(store);
  const tracked = new Map<string, Tracked>();
  let n = 0;
  let clock = 0;
  const token = () => `tok-${n++}-`;
  const storedText = () => Object.entries(store.snapshot()).flat().join('\n');

  /**
   * The tokens among `tokens` that are gone: not `present`, and not replaced by a newer copy of the same
   * dated field that is (later by its date, as imports merge, or written by the student afterwards, as an
   * edit is; and that one perhaps by a newer one again).
   */
  const gone = (tokens: string[], present: (t: string, info: Tracked) => boolean): string[] => {
    const kept = new Set([...tracked].filter(([t, info]) => present(t, info)).map(([t]) => t));
    const newer = (o: Tracked, t: Tracked) =>
      o.dated &&
      t.dated &&
      o.scope === t.scope &&
      o.field === t.field &&
      (o.at >= t.at || (o.saved && o.step > t.step));
    for (let grew = true; grew;) {
      grew = false;
      for (const [t, info] of tracked) {
        if (kept.has(t) || !info.dated) continue;
        if ([...kept].some((o) => newer(tracked.get(o)!, info))) {
          kept.add(t);
          grew = true;
        }
      }
    }
    return tokens.filter((t) => !kept.has(t));
  };

  const check = (step: number) => {
    const stored = storedText();
    const file = JSON.stringify(session.exportFile(new Date()));
    const lost = gone(
      [...tracked.keys()],
      (t, info) => stored.includes(t) || (info.pending && file.includes(t)),
    );
    expect(lost, `step ${step}: gone\n${stored}`).toEqual([]);
  };

  const mutateRecord = (fn: (record: RawRecord) => void) => {
    const raw = store.getItem(STORAGE_KEY);
    const loaded = loadWork(store);
    if (raw !== null && loaded.status !== 'ok') return;
    const record: RawRecord = loaded.record
      ? (JSON.parse(JSON.stringify(loaded.record)) as RawRecord)
      : { version: 1, items: {} };
    fn(record);
    try {
      store.setItem(STORAGE_KEY, JSON.stringify(record));
    } catch {
      // Another tab found no room either.
    }
  };

  ops.forEach((op, step) => {
    if (op.op === 'save') {
      const t = token();
      const at = minute(clock++);
      const result: SaveResult = session.save(op.scope, change(op.field, t, at));
      tracked.set(t, {
        dated: true,
        scope: op.scope,
        field: op.field,
        at: ms(at),
        pending: !result.ok,
        step,
        saved: true,
      });
      if (result.ok)
        for (const info of tracked.values()) if (info.dated && info.scope === op.scope) info.pending = false;
    } else if (op.op === 'quota') {
      store.quota = store.used + op.free;
    } else if (op.op === 'inject') {
      const t = token();
      let wrote = false;
      mutateRecord((record) => {
        const items = record.items as RawRecord;
        const path = {
          unknownField: ['items', op.scope, `x${n}`],
          mistypedReflection: ['items', op.scope, 'reflection'],
          mistypedAnswer: ['items', op.scope, 'answers', 'q1'],
          mistypedRun: ['items', op.scope, 'run'],
          subKey: ['items', op.scope, 'prediction', `k${n}`],
          unreadableItem: ['items', `u${n}`],
          topLevel: [`t${n}`],
        }[op.how];
        const value = {
          unknownField: t,
          mistypedReflection: t,
          mistypedAnswer: { value: 90, note: t },
          mistypedRun: { model: 'm', params: t },
          subKey: t,
          unreadableItem: [t],
          topLevel: { v: t },
        }[op.how];
        // A sub-key goes only into a prediction that is already there and readable.
        if (op.how === 'subKey') {
          const item = Object.hasOwn(items, op.scope) ? items[op.scope] : undefined;
          if (!isRecord(item) || !isRecord(item.prediction) || typeof item.prediction.text !== 'string')
            return;
        }
        if (op.how !== 'unreadableItem' && op.how !== 'topLevel') {
          const item = Object.hasOwn(items, op.scope) ? items[op.scope] : undefined;
          if (item !== undefined && !isRecord(item)) return;
        }
        setIn(record, path, value);
        wrote = true;
      });
      if (wrote && storedText().includes(t)) tracked.set(t, { dated: false, pending: false });
    } else if (op.op === 'corrupt') {
      const t = token();
      const raw = store.getItem(STORAGE_KEY);
      const next = {
        garbage: `${raw ?? ''}}{${t}`,
        newer: `{"version":2,"wrapped":${JSON.stringify(raw)},"note":"${t}"}`,
        older: `{"version":0,"wrapped":${JSON.stringify(raw)},"note":"${t}"}`,
      }[op.how];
      try {
        store.setItem(STORAGE_KEY, next);
        tracked.set(t, { dated: false, pending: false });
      } catch {
        // No room for the other version's write.
      }
    } else if (op.op === 'import') {
      const record: RawRecord = { version: 1, items: {} };
      const incoming: [string, Tracked][] = [];
      for (const { scope: s, field: f, offset } of op.items) {
        const t = token();
        // Unique dates: before, among or after the saves here.
        const at = new Date(Date.UTC(2026, 10, 24, 10, 0) + (clock + offset) * 60_000 + n).toISOString();
        const [path, value] = fieldValue(f, t, at);
        setIn(record, ['items', s, ...path], value);
        incoming.push([
          t,
          { dated: true, scope: s, field: f, at: ms(at), pending: false, step, saved: false },
        ]);
      }
      if (op.odd) {
        const t = token();
        setIn(record, ['items', `imported-${n}`], t);
        setIn(record, ['items', scopes[n % scopes.length], `y${n}`], { t });
        setIn(record, [`z${n}`], t);
        incoming.push([t, { dated: false, pending: false }]);
      }
      const file = JSON.stringify({
        format: 'word-of-mouth-work',
        formatVersion: 1,
        work: record,
        unreadable: [],
      });
      const parsed = readImport(file, '/');
      expect(parsed.ok).toBe(true);
      if (parsed.ok) {
        const outcome = importWork(store, parsed);
        const held = JSON.stringify(record);
        if (outcome.ok) for (const [t, info] of incoming) if (held.includes(t)) tracked.set(t, info);
      }
    } else if (op.op === 'export') {
      // The file holds everything stored, and importing it into an empty browser brings all of it back.
      const before = storedText();
      const file = JSON.stringify(session.exportFile(new Date()));
      const fresh = new MemoryStorage();
      const parsed = readImport(file, '/');
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(importWork(fresh, parsed).ok).toBe(true);
      const after = Object.entries(fresh.snapshot()).flat().join('\n');
      const inStorage = [...tracked.keys()].filter((t) => before.includes(t));
      expect(
        gone(inStorage, (t) => after.includes(t)),
        `step ${step}: lost on export`,
      ).toEqual([]);
    } else if (op.op === 'reload') {
      // What was never saved (and the page said so) goes with the page.
      session = new WorkSession(store);
      for (const [t, info] of tracked) if (info.pending) tracked.delete(t);
    }
    check(step);
  });
  return tracked.size;
}

describe('nothing a student wrote is gone (fast-check over sequences of saves, imports and exports)', () => {
  it('holds for any sequence, with full storage, unreadable data, unknown fields and other versions', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 24 }), (ops) => {
        run(ops);
      }),
      { numRuns: 120 },
    );
  });

  it('holds for the issue’s own sequence: 1 KB free, a version-2 record, an automatic run save', () => {
    expect(
      run([
        { op: 'save', scope: 'exercise:a', field: 'reflection' },
        { op: 'save', scope: '/cases/c/#p', field: 'prediction' },
        { op: 'corrupt', how: 'newer' },
        { op: 'quota', free: 1024 },
        { op: 'save', scope: 'exercise:a', field: 'run' },
        { op: 'export' },
        { op: 'corrupt', how: 'older' },
        { op: 'save', scope: 'exercise:a', field: 'run' },
        { op: 'quota', free: Infinity },
        { op: 'save', scope: 'exercise:a', field: 'run' },
        { op: 'inject', how: 'mistypedReflection', scope: 'exercise:b' },
        { op: 'save', scope: 'exercise:b', field: 'reflection' },
      ]),
    ).toBeGreaterThan(5);
  });
});
