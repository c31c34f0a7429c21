import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models, modelIds } from '../../src/models/index';
import type { ModelDefinition, ParamSpec, ParamValue } from '../../src/models/types';
import {
  applyPreset,
  change,
  changes,
  fromProps,
  fromUrl,
  nextSeed,
  reset,
  toSearch,
  type SimState,
} from '../../src/lib/sim-state';

const model = (id: string) => models[id as keyof typeof models] as unknown as ModelDefinition;

/** A value a student could set for one parameter: anywhere in its range, or any option. */
const valueOf = (p: ParamSpec): fc.Arbitrary<ParamValue> =>
  p.kind === 'choice'
    ? fc.constantFrom(...p.options.map((o) => o.value))
    : fc.double({ min: p.min, max: p.max, noNaN: true });

/** One thing a student does to a simulation. */
type Op =
  | { kind: 'change'; id: string; value: ParamValue }
  | { kind: 'preset'; key: string }
  | { kind: 'reset' }
  | { kind: 'seed' };

const opsFor = (m: ModelDefinition): fc.Arbitrary<Op[]> =>
  fc.array(
    fc.oneof(
      fc
        .constantFrom(...m.spec)
        .chain((p) => valueOf(p).map((value): Op => ({ kind: 'change', id: p.id, value }))),
      fc.constantFrom('', ...Object.keys(m.presets)).map((key): Op => ({ kind: 'preset', key })),
      fc.constant<Op>({ kind: 'reset' }),
      fc.constant<Op>({ kind: 'seed' }),
    ),
    { maxLength: 8 },
  );

const apply = (m: ModelDefinition, state: SimState, op: Op): SimState => {
  if (op.kind === 'change') return change(m, state, { [op.id]: op.value }).state;
  if (op.kind === 'preset') return applyPreset(m, state, op.key) ?? state;
  if (op.kind === 'reset') return reset(m, state);
  return nextSeed(state);
};

/** A page's simulation for each model: its first preset, a lock on its first parameter or none. */
const pageArb = fc.constantFrom(...modelIds).chain((id) => {
  const m = model(id);
  return fc.record({
    id: fc.constant(id),
    preset: fc.constantFrom('', ...Object.keys(m.presets)),
    lock: fc.subarray(m.spec.map((p) => p.id)),
    seed: fc.integer({ min: 0, max: 1000 }),
  });
});

describe('a simulation state', () => {
  it('fromProps: the preset under the page values, checked by the model', () => {
    const cascade = model('cascade');
    const { state, notices } = fromProps(cascade, {
      preset: 'ubg-press-day-1',
      params: { responseDay: 5 },
      lock: ['n'],
      seed: 7,
    });
    expect(notices).toEqual([]);
    expect(state.params.responseDay).toBe(5);
    expect(state.page.presetKey).toBe('ubg-press-day-1');
    expect(state.page.baseSeed).toBe(7);
    expect(state.seed).toBe(7);
    expect(state.locked).toEqual(['n']);
    expect(changes(cascade, state)).toEqual([]);
    const out = fromProps(cascade, { params: { responseDay: -3 } });
    expect(out.notices.length).toBeGreaterThan(0);
  });

  // Issue 13: Reset in "Fizzle or explode" restored the default seed, so an explosive run found with "New
  // seed" was lost; and after another preset it kept that preset's values.
  it('issue 13: Reset returns to the page own settings and keeps the seed a student found', () => {
    const branching = model('branching');
    const start = fromProps(branching, { preset: 'ubg-2009' }).state;
    const other = Object.keys(branching.presets).find((k) => k !== 'ubg-2009')!;
    const moved = nextSeed(applyPreset(branching, start, other)!);
    expect(moved.seed).not.toBe(start.seed);
    expect(moved.presetKey).toBe(other);
    const back = reset(branching, moved);
    expect(back.seed).toBe(moved.seed);
    expect(back.presetKey).toBe('ubg-2009');
    expect(back.params).toEqual(start.params);
    expect(back.base).toEqual(start.base);
  });

  it('a preset picked from the menu becomes the starting point; an unknown one changes nothing', () => {
    const cascade = model('cascade');
    const start = fromProps(cascade, { preset: 'ubg-press-day-1', lock: ['n'] }).state;
    const other = Object.keys(cascade.presets).find(
      (k) => k !== 'ubg-press-day-1' && cascade.presets[k].params.n !== undefined,
    );
    if (other) {
      const picked = applyPreset(cascade, start, other)!;
      expect(picked.params.n).toBe(start.params.n);
      expect(changes(cascade, picked)).toEqual([]);
    }
    for (const key of ['nope', 'constructor', '__proto__'])
      expect(applyPreset(cascade, start, key)).toBeUndefined();
  });

  it('a link that sets a locked parameter does not move it', () => {
    const cascade = model('cascade');
    const { state } = fromProps(cascade, { preset: 'ubg-press-day-1', lock: ['responseDay'] });
    const linked = fromUrl(cascade, state.page, '?s.responseDay=6&s.seed=9', 's');
    expect(linked.state.params.responseDay).toBe(state.params.responseDay);
    expect(linked.state.seed).toBe(9);
    expect(linked.notices.length).toBe(1);
  });

  it('locked values never change, whatever a student does', () => {
    fc.assert(
      fc.property(
        pageArb.chain((p) => fc.tuple(fc.constant(p), opsFor(model(p.id)))),
        ([p, ops]) => {
          const m = model(p.id);
          let state = fromProps(m, { preset: p.preset, lock: p.lock, seed: p.seed }).state;
          const fixed = Object.fromEntries(p.lock.map((id) => [id, state.params[id]]));
          for (const op of ops) {
            state = apply(m, state, op);
            for (const id of p.lock) expect(state.params[id]).toBe(fixed[id]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a change that would move a locked setting is refused, with a notice naming both', () => {
    // Found by the round-trip property below: 10 people cannot each know 10 others, and normalize lowered the
    // locked contacts to fit; putting the lock back made a run the model rejects when its link is read.
    const cascade = model('cascade');
    const { state } = fromProps(cascade, { preset: 'nestle-greenpeace-2010', lock: ['meanDegree'] });
    expect(state.params.meanDegree).toBeGreaterThanOrEqual(10);
    const after = change(cascade, state, { n: 10 });
    expect(after.state).toBe(state);
    expect(after.notices).toHaveLength(1);
    expect(after.notices[0].param).toBe('n');
    const label = (id: string) => cascade.spec.find((p) => p.id === id)!.label;
    expect(after.notices[0].message).toContain(label('n'));
    expect(after.notices[0].message).toContain(label('meanDegree'));
    // A value that fits the lock is taken as before.
    expect(change(cascade, state, { n: 500 }).state.params.n).toBe(500);
  });

  it('toSearch then fromUrl gives back the same run: preset, parameters and seed', () => {
    fc.assert(
      fc.property(
        pageArb.chain((p) => fc.tuple(fc.constant(p), opsFor(model(p.id)))),
        ([p, ops]) => {
          const m = model(p.id);
          let state = fromProps(m, { preset: p.preset, lock: p.lock, seed: p.seed }).state;
          for (const op of ops) state = apply(m, state, op);
          const search = toSearch(m, '?other=1', 'sim', state);
          const back = fromUrl(m, state.page, search, 'sim');
          expect(back.notices).toEqual([]);
          expect(back.state.presetKey).toBe(state.presetKey);
          expect(back.state.params).toEqual(state.params);
          expect(back.state.seed).toBe(state.seed);
          expect(new URLSearchParams(search).get('other')).toBe('1');
        },
      ),
      { numRuns: 150 },
    );
  });

  it("the page's own run writes nothing to the URL", () => {
    for (const id of modelIds) {
      const m = model(id);
      for (const preset of ['', ...Object.keys(m.presets)]) {
        const { state } = fromProps(m, { preset, seed: 3 });
        expect(toSearch(m, '', 'sim', state)).toBe('');
        expect(toSearch(m, '', 'sim', reset(m, state))).toBe('');
      }
    }
  });
});
