import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_VERSION,
  assignmentId,
  decodeAssignment,
  encodeAssignment,
  MAX_CODE_LENGTH,
  stepUrl,
  workScope,
  type Assignment,
} from '../../src/lib/assignment';
import { MAX_INSTRUCTIONS, MAX_ITEMS, MAX_TITLE } from '../../src/lib/assignment-builder';
import { models } from '../../src/models/index';

const paramId = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/);
const paramValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const exerciseId = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/);
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Assignments as the builder makes them: any text (emoji, accents, RTL, quotes, newlines) within the limits. */
const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
  v: fc.constant(ASSIGNMENT_VERSION),
  title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((t) => t.length <= 200),
  instructions: fc.string({ unit: 'grapheme', maxLength: 300 }).filter((t) => t.length <= 2000),
  due: fc.oneof(fc.constant(''), isoDate),
  items: fc.array(
    fc.record({
      exercise: exerciseId,
      params: fc.dictionary(paramId, paramValue, { maxKeys: 5 }),
      lock: fc.uniqueArray(paramId, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});

/** Normalises -0 to 0, as JSON does: the only change a round trip through text may make. */
const viaJson = (a: Assignment): Assignment => JSON.parse(JSON.stringify(a)) as Assignment;

describe('assignment links', () => {
  it('round-trip through the URL: decode(encode(a)) is a, for any text and parameters', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const code = encodeAssignment(a);
        // Safe in a query string as it is: base64url has no characters that need escaping.
        expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
        const url = new URL(`https://example.org/assignment/?a=${code}`);
        const back = decodeAssignment(url.searchParams.get('a')!);
        expect(back).toEqual({ ok: true, assignment: viaJson(a), notices: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips unicode titles and instructions exactly', () => {
    const a: Assignment = {
      v: ASSIGNMENT_VERSION,
      title: 'Réponse à Dave — 😀 «Guitars» 中文 עברית',
      instructions: 'Line one\nLine two: “quotes”, <b>not html</b> & ampersands\u0000',
      due: '2026-12-01',
      items: [{ exercise: 'ubg-fizzle', params: { r: 1.2, graph: 'ws' }, lock: ['r'] }],
    };
    const back = decodeAssignment(encodeAssignment(a));
    expect(back.ok && back.assignment).toEqual(a);
  });

  it('keeps the order of the exercises', () => {
    const items = ['c', 'a', 'b'].map((exercise) => ({ exercise, params: {}, lock: [] }));
    const back = decodeAssignment(
      encodeAssignment({ v: ASSIGNMENT_VERSION, title: 'T', instructions: '', due: '', items }),
    );
    expect(back.ok && back.assignment.items.map((i) => i.exercise)).toEqual(['c', 'a', 'b']);
  });

  it('drops unknown exercises with a notice, and fails only when none is left', () => {
    const a: Assignment = {
      v: ASSIGNMENT_VERSION,
      title: 'T',
      instructions: '',
      due: '',
      items: [
        { exercise: 'known', params: {}, lock: [] },
        { exercise: 'gone', params: {}, lock: [] },
      ],
    };
    const back = decodeAssignment(encodeAssignment(a), new Set(['known']));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.assignment.items.map((i) => i.exercise)).toEqual(['known']);
      expect(back.notices.join(' ')).toContain('gone');
    }
    expect(decodeAssignment(encodeAssignment(a), new Set(['other'])).ok).toBe(false);
  });

  it('damaged codes give ok: false with a reason and never throw', () => {
    const good = encodeAssignment({
      v: ASSIGNMENT_VERSION,
      title: 'A title',
      instructions: 'Do it',
      due: '',
      items: [{ exercise: 'ubg-fizzle', params: { r: 2 }, lock: [] }],
    });
    const damaged = [
      '',
      '!!!',
      '%%%',
      good.slice(0, good.length - 5),
      good.slice(3),
      `${good}x`,
      good.replace(/[A-M]/g, 'z'),
      btoa('not json'),
      btoa('[1,2,3]'),
      btoa('{"v":99,"items":[]}'),
      btoa('{"v":1,"items":[]}'),
      btoa('{"v":1,"items":[{"exercise":3}]}'),
      btoa('\u00ff\u00fe'),
    ];
    for (const code of damaged) {
      const result = decodeAssignment(code);
      expect(result.ok, code).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('any string at all decodes without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (code) => {
        const result = decodeAssignment(code);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(assignmentArb, fc.nat(), fc.nat(), (a, at, len) => {
        // A link cut or garbled in the middle, as an email program might do it.
        const code = encodeAssignment(a);
        const cut = code.slice(0, at % code.length) + code.slice((at % code.length) + (len % 8));
        expect(() => decodeAssignment(cut)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('drops parameter values that are not numbers or text', () => {
    const raw = btoa(
      JSON.stringify({
        v: 1,
        title: 'T',
        items: [{ exercise: 'e', params: { a: 1, b: 'x', c: null, d: [1], e: { f: 1 } }, lock: ['a', 3] }],
      }),
    );
    const back = decodeAssignment(raw);
    expect(back.ok && back.assignment.items[0]).toEqual({
      exercise: 'e',
      params: { a: 1, b: 'x' },
      lock: ['a'],
    });
  });

  it('gives each assignment its own id and work scope', () => {
    fc.assert(
      fc.property(assignmentArb, assignmentArb, (a, b) => {
        const ca = encodeAssignment(a);
        const cb = encodeAssignment(b);
        expect(assignmentId(ca)).toBe(assignmentId(ca));
        if (ca !== cb)
          expect(workScope('x', ca) === workScope('x', cb)).toBe(assignmentId(ca) === assignmentId(cb));
      }),
    );
    expect(workScope('ex')).toBe('exercise:ex');
  });

  it('a step URL carries the code, the step and the settings for the simulation "exercise"', () => {
    const a: Assignment = {
      v: ASSIGNMENT_VERSION,
      title: 'T',
      instructions: '',
      due: '',
      items: [
        { exercise: 'first', params: {}, lock: [] },
        { exercise: 'second', params: { n: 500, graph: 'ba' }, lock: ['n', 'betaC'] },
      ],
    };
    const code = encodeAssignment(a);
    const url = new URL(stepUrl('/sub/', code, a, 1), 'https://example.org');
    expect(url.pathname).toBe('/sub/exercises/second/');
    expect(url.searchParams.get('a')).toBe(code);
    expect(url.searchParams.get('step')).toBe('1');
    expect(url.searchParams.get('exercise.n')).toBe('500');
    expect(url.searchParams.get('exercise.graph')).toBe('ba');
    expect(url.searchParams.get('exercise.lock')).toBe('n,betaC');
    expect(new URL(stepUrl('/', code, a, 0), 'https://x.org').search).toBe(`?a=${code}&step=0`);
  });
});

describe('bounded links (issue 14)', () => {
  it('the longest assignment the builder can make fits under MAX_CODE_LENGTH', () => {
    // Three-byte characters in the longest title and instructions, thirty exercises, every parameter of the
    // largest model set to a long value and locked.
    const widest = Object.values(models).reduce((a, b) => (b.spec.length > a.spec.length ? b : a));
    const params = Object.fromEntries(
      widest.spec.map((p) => [p.id, p.kind === 'number' ? 123456.789012345 : 'x'.repeat(40)]),
    );
    const code = encodeAssignment({
      v: 1,
      title: '語'.repeat(MAX_TITLE),
      instructions: '語'.repeat(MAX_INSTRUCTIONS),
      due: '2026-12-31',
      items: Array.from({ length: MAX_ITEMS }, (_, i) => ({
        exercise: `an-exercise-with-a-long-id-${i}`,
        params,
        lock: widest.spec.map((p) => p.id),
      })),
    });
    expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
    expect(decodeAssignment(code).ok).toBe(true);
  });

  it('a link longer than that is refused, so it cannot carry megabytes into saved work', () => {
    const result = decodeAssignment('A'.repeat(MAX_CODE_LENGTH + 1));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/far longer/) as unknown });
  });
});
