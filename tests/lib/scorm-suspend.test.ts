import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../src/lib/scorm/suspend';
import type { WorkItem } from '../../src/lib/storage';

const at = '2026-12-04T10:00:00.000Z';
const item = (reflection: string): WorkItem => ({
  prediction: { text: 'Most fizzle.', savedAt: at },
  reflection: { text: reflection, savedAt: at },
  answers: {
    'p-fizzle': { value: '96.6%', correct: true, savedAt: at },
    x: { value: '3', correct: null, savedAt: at },
  },
  run: { model: 'branching', params: { r: 1.1, mode: 'even' }, seed: 7, savedAt: at },
});

describe('suspend data', () => {
  it('round-trips short work as plain JSON', () => {
    const work = { 'ubg-fizzle': item('Short.') };
    const { data, truncated } = encodeSuspend(work, SUSPEND_LIMIT['1.2']);
    expect(truncated).toBe(false);
    expect(data.startsWith('j{')).toBe(true);
    expect(decodeSuspend(data, at)).toEqual(work);
  });

  it('deflates work that is long or not ASCII, and reads it back whole', () => {
    const work = { a: item('Ça se répète. '.repeat(400)), b: item('✓') };
    const { data, truncated } = encodeSuspend(work, SUSPEND_LIMIT['1.2']);
    expect(truncated).toBe(false);
    expect(data.startsWith('z')).toBe(true);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(/^[\x20-\x7e]*$/.test(data)).toBe(true);
    expect(decodeSuspend(data, at)).toEqual(work);
  });

  it('shortens the longest texts to fit 1.2’s 4,096 characters, keeping answers and runs', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 5000, maxLength: 9000, unit: 'grapheme' }), (text) => {
        const { data, truncated } = encodeSuspend({ s: item(text) }, 4096);
        expect(data.length).toBeLessThanOrEqual(4096);
        expect(truncated).toBe(true);
        const back = decodeSuspend(data, at).s;
        expect(back.answers).toEqual(item('').answers);
        expect(back.run).toEqual(item('').run);
        expect(back.reflection!.text.length).toBeLessThan(text.length);
      }),
      { numRuns: 15 },
    );
  });

  it('reads anything else as no work, never throwing', () => {
    for (const bad of ['', 'hello', 'j{', 'z!!!', 'j{"v":2,"s":{}}', 'j[]', 'j{"v":1,"s":{"x":5}}', 'zAAAA'])
      expect(decodeSuspend(bad, at)).toEqual({});
    // A step named __proto__ stays data.
    const odd = decodeSuspend('j{"v":1,"s":{"__proto__":{"p":"x"}}}', at);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.hasOwn(odd, '__proto__')).toBe(true);
  });
});
