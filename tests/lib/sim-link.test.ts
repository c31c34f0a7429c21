import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models, modelIds } from '../../src/models/index';
import type { ModelDefinition } from '../../src/models/types';
import { presetOf, resolveLink, type PageSim } from '../../src/lib/sim-link';

const model = (id: string) => models[id as keyof typeof models] as unknown as ModelDefinition;
const page = (m: ModelDefinition, presetKey = '', lock: string[] = []): PageSim => {
  const preset = presetKey ? presetOf(m, presetKey) : undefined;
  return {
    presetKey,
    base: m.normalize({ ...m.defaults(), ...preset?.params }).params,
    baseSeed: 1,
    lock,
  };
};
/** Names every object has through its prototype: none of them is a preset, a frame or a parameter. */
const builtins = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];

describe('a link to a simulation', () => {
  // Issue 14: /simulations/bass/?bass.preset=constructor stopped the live simulation ("… is not iterable").
  it('issue 14: a preset named after a built-in is an unknown preset, with a notice', () => {
    const bass = model('bass');
    for (const name of builtins) {
      const link = resolveLink(bass, page(bass), `?bass.preset=${encodeURIComponent(name)}`, 'bass');
      expect(link.presetKey).toBe('');
      expect(link.presetChanged).toBe(false);
      expect(link.notices.map((n) => n.message)).toEqual([
        `There is no preset called “${name}”; using the page's own.`,
      ]);
      expect(Object.keys(link.params).sort()).toEqual(bass.spec.map((p) => p.id).sort());
    }
    expect(resolveLink(bass, page(bass), '?bass.preset=mobile-phones', 'bass').presetKey).toBe(
      'mobile-phones',
    );
  });

  it('a parameter named after a built-in is an unknown parameter, with a notice', () => {
    const bass = model('bass');
    for (const name of builtins) {
      const link = resolveLink(bass, page(bass), `?bass.${encodeURIComponent(name)}=1`, 'bass');
      expect(link.notices.map((n) => n.message)).toEqual([
        `The link sets “${name}”, which this simulation does not have; it was ignored.`,
      ]);
      expect(Object.getPrototypeOf(link.params)).toBe(Object.prototype);
    }
  });

  // Issue 14: ?exercise.lock=runs&exercise.runs=10 changed a parameter the exercise fixes, silently.
  it('issue 14: a lock in a link only adds locks; a value the page fixes stays, with a notice', () => {
    const branching = model('branching');
    const fixed = page(branching, 'ubg-2009', ['cap', 'maxGenerations', 'runs']);
    const link = resolveLink(branching, fixed, '?exercise.lock=runs&exercise.runs=10', 'exercise');
    expect(link.params.runs).toBe(fixed.base.runs);
    expect(link.notices.map((n) => n.message)).toEqual([
      `${branching.spec.find((p) => p.id === 'runs')!.label} is fixed here; the link's value was ignored.`,
    ]);
    expect(link.linkLock).toEqual([]);
    // A lock the page does not have is added, with the link's value (an assignment's).
    const more = resolveLink(branching, fixed, '?exercise.lock=r&exercise.r=1.5', 'exercise');
    expect(more.params.r).toBe(1.5);
    expect([...more.locked].sort()).toEqual(['cap', 'maxGenerations', 'r', 'runs']);
    expect(more.linkLock).toEqual(['r']);
    expect(more.notices).toEqual([]);
    // A preset picked by a link keeps what the page fixes.
    const other = resolveLink(branching, fixed, '?exercise.preset=viral-k&exercise.runs=5', 'exercise');
    expect(other.presetKey).toBe('viral-k');
    expect(other.params.runs).toBe(fixed.base.runs);
  });

  // The URL fuzz of the issue (3,000 URLs, 171 broke the bass simulation), on every model, in Node.
  it('survives hostile links on every model: no throw, own presets only, fixed values kept (3,000 URLs)', () => {
    const key = fc.constantFrom('preset', 'lock', 'seed', ...builtins);
    const value = fc.oneof(
      fc.constantFrom(...builtins, '', 'NaN', 'Infinity', '-1', '1e309', '0x10', ' 1', '1,2', ',,', 'true'),
      fc.string({ maxLength: 6 }),
      fc.double().map(String),
    );
    let tried = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...modelIds),
        fc.array(fc.tuple(fc.oneof(key, fc.constant('param')), value), { maxLength: 6 }),
        fc.boolean(),
        (id, entries, withLock) => {
          tried++;
          const m = model(id);
          const presetKey = Object.keys(m.presets)[0] ?? '';
          const lock = withLock ? [m.spec[0].id] : [];
          const p = page(m, presetKey, lock);
          const query = new URLSearchParams();
          entries.forEach(([k, v], i) =>
            query.append(`s.${k === 'param' ? m.spec[i % m.spec.length].id : k}`, v),
          );
          const link = resolveLink(m, p, `?${query}`, 's');
          // '' is the menu's "Default values", which a link may pick like a preset.
          expect(
            link.presetKey === p.presetKey ||
              link.presetKey === '' ||
              Object.hasOwn(m.presets, link.presetKey),
          ).toBe(true);
          for (const spec of m.spec) expect(Object.hasOwn(link.params, spec.id)).toBe(true);
          for (const id of lock) {
            expect(link.locked.has(id)).toBe(true);
            expect(link.params[id]).toBe(p.base[id]);
          }
          expect(Number.isInteger(link.seed) && link.seed >= 0 && link.seed <= 0xffffffff).toBe(true);
          for (const n of link.notices) expect(typeof n.message).toBe('string');
        },
      ),
      { numRuns: 3000 },
    );
    expect(tried).toBe(3000);
  });
});
