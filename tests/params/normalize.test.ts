/**
 * normalizeParams by example: what it accepts silently, what it corrects, and the exact words it uses.
 */
import { describe, expect, it } from 'vitest';
import { cascade, tellAFriend } from '../../src/models/index.ts';
import { decimalsOf, normalizeParams, snapToStep } from '../../src/models/normalize.ts';
import type { ParamSpec } from '../../src/models/types.ts';

const spec = [
  {
    kind: 'number',
    id: 'tellers',
    label: 'Tellers per unhappy customer',
    unit: 'people',
    min: 0,
    max: 100,
    step: 1,
    default: 10,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'share',
    label: 'Share who retell',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.1,
    default: 0.5,
    scale: 'linear',
  },
  {
    kind: 'choice',
    id: 'network',
    label: 'Kind of network',
    options: [
      { value: 'random', label: 'Random' },
      { value: 'scale-free', label: 'Scale-free' },
    ],
    default: 'random',
  },
] as const satisfies readonly ParamSpec[];

const messages = (input: unknown) => normalizeParams(spec, input).notices.map((n) => n.message);

describe('normalizeParams', () => {
  it('fills defaults silently for absent keys, undefined and null input', () => {
    for (const input of [undefined, null, {}, { tellers: undefined }]) {
      expect(normalizeParams(spec, input)).toEqual({
        params: { tellers: 10, share: 0.5, network: 'random' },
        notices: [],
      });
    }
  });

  it('clamps above the maximum in plain words naming the label', () => {
    expect(messages({ tellers: 500 })).toEqual([
      'Tellers per unhappy customer was 500, above the maximum 100; using 100.',
    ]);
    expect(messages({ tellers: -3 })).toEqual([
      'Tellers per unhappy customer was -3, below the minimum 0; using 0.',
    ]);
    expect(messages({ tellers: Infinity })).toEqual([
      'Tellers per unhappy customer was Infinity, above the maximum 100; using 100.',
    ]);
  });

  it('reads numeric strings from a URL silently, and reports strings that are not numbers', () => {
    expect(normalizeParams(spec, { tellers: '12', share: ' 0.3 ' })).toEqual({
      params: { tellers: 12, share: 0.3, network: 'random' },
      notices: [],
    });
    expect(normalizeParams(spec, { tellers: '1e1' }).params.tellers).toBe(10);
    expect(messages({ tellers: 'abc' })).toEqual([
      'Tellers per unhappy customer was "abc", not a number; using the default 10.',
    ]);
    expect(messages({ tellers: '' })).toEqual([
      'Tellers per unhappy customer was empty; using the default 10.',
    ]);
    expect(messages({ tellers: '0x10' })).toHaveLength(1);
    expect(messages({ tellers: NaN })).toEqual([
      'Tellers per unhappy customer was NaN, not a number; using the default 10.',
    ]);
    expect(messages({ tellers: null })).toEqual([
      'Tellers per unhappy customer was empty (null), not a number; using the default 10.',
    ]);
    expect(messages({ tellers: [3] })).toEqual([
      'Tellers per unhappy customer was a list, not a number; using the default 10.',
    ]);
  });

  it('rounds to the step without float noise, and says so unless the difference is only noise', () => {
    expect(normalizeParams(spec, { share: 0.1 + 0.2 })).toEqual({
      params: { tellers: 10, share: 0.3, network: 'random' },
      notices: [],
    });
    const { params, notices } = normalizeParams(spec, { share: 0.34, tellers: 12.6 });
    expect(params.share).toBe(0.3);
    expect(params.tellers).toBe(13);
    expect(notices.map((n) => n.message)).toEqual([
      'Tellers per unhappy customer was 12.6, which is between steps of 1; using 13.',
      // A share is stored as a fraction and said as a percentage.
      'Share who retell was 34%, which is between steps of 10%; using 30%.',
    ]);
    expect(normalizeParams(spec, { share: 1.5 }).notices[0]?.message).toBe(
      'Share who retell was 150%, above the maximum 100%; using 100%.',
    );
  });

  it('accepts choices exactly, fixes case and spaces with a notice, and rejects unknown values', () => {
    expect(normalizeParams(spec, { network: 'scale-free' }).notices).toEqual([]);
    expect(normalizeParams(spec, { network: ' Scale-Free ' })).toEqual({
      params: { tellers: 10, share: 0.5, network: 'scale-free' },
      notices: [{ param: 'network', message: 'Kind of network was " Scale-Free "; using "scale-free".' }],
    });
    expect(messages({ network: 'lattice' })).toEqual([
      'Kind of network was "lattice", which is not one of the choices "random" (Random), "scale-free" (Scale-free); using the default "random".',
    ]);
    expect(messages({ network: 3 })).toHaveLength(1);
  });

  it('ignores unknown keys with a notice, and never reads inherited properties', () => {
    const { params, notices } = normalizeParams(spec, { colour: 'red', toString: 5 });
    expect(params).toEqual({ tellers: 10, share: 0.5, network: 'random' });
    expect(notices.map((n) => n.message)).toEqual([
      'There is no setting called "colour"; it was ignored.',
      'There is no setting called "toString"; it was ignored.',
    ]);
    expect(normalizeParams(spec, Object.create({ tellers: 50 })).params.tellers).toBe(10);
  });

  it('answers input that is not a set of named values with the defaults and one notice', () => {
    for (const input of [[1, 2], 'tellers=5', 42, true]) {
      const { params, notices } = normalizeParams(spec, input);
      expect(params).toEqual({ tellers: 10, share: 0.5, network: 'random' });
      expect(notices).toHaveLength(1);
      expect(notices[0]?.param).toBe('');
    }
  });

  it('survives input that throws when read (a throwing getter, a revoked Proxy)', () => {
    const throwing = Object.defineProperty({}, 'tellers', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [throwing, proxy]) {
      expect(normalizeParams(spec, input)).toEqual({
        params: { tellers: 10, share: 0.5, network: 'random' },
        notices: [{ param: '', message: 'The settings could not be read; using the defaults.' }],
      });
    }
  });

  it('quotes long input only in part', () => {
    const [message] = messages({ tellers: 'x'.repeat(500) });
    expect(message?.length).toBeLessThan(160);
  });
});

describe('snapping helpers', () => {
  it('counts decimals as written, including exponent notation', () => {
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(1e-4)).toBe(4);
    expect(decimalsOf(1.5e-7)).toBe(8);
    expect(decimalsOf(5)).toBe(0);
  });

  it('snaps from min and never past max', () => {
    const odd = { ...spec[0], min: 1, max: 10, step: 4 };
    expect(snapToStep(odd, 10)).toBe(9);
    expect(snapToStep(odd, 3.2)).toBe(5);
  });
});

describe("models' own rules", () => {
  it('tell-a-friend reports a value above its maximum by label', () => {
    expect(tellAFriend.normalize({ kUnhappy: 50000 }).notices).toEqual([
      {
        param: 'kUnhappy',
        message: 'People each unhappy teller tells was 50,000, above the maximum 10,000; using 10,000.',
      },
    ]);
  });

  it('the cascade lowers a mean degree that the number of people cannot support', () => {
    const { params, notices } = cascade.normalize({ n: 12, meanDegree: 40 });
    expect(params.meanDegree).toBe(10);
    expect(notices).toEqual([
      {
        param: 'meanDegree',
        message: 'Average contacts per person was 40, but with 12 people each can know at most 11; using 10.',
      },
    ]);
    expect(cascade.normalize(params).notices).toEqual([]);
  });
});
