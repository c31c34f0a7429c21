import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_VERSION,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
} from '../../src/lib/assignment';
import {
  assignmentCode,
  assignmentLink,
  checkParam,
  checkSeed,
  cleanItem,
  describeValue,
  embedCode,
  filterExercises,
  moveItem,
  readDraft,
  settingsSummary,
  siteRoot,
  stepLink,
  type BuilderExercise,
  type HelpedParam,
  type Specs,
} from '../../src/lib/assignment-builder';
import { models } from '../../src/models/index';
import { shownValue } from '../../src/models/percent';
import type { NumberParam } from '../../src/models/types';

const spec: HelpedParam[] = [
  {
    kind: 'number',
    id: 'n',
    label: 'People',
    unit: 'people',
    min: 10,
    max: 1000,
    step: 10,
    default: 100,
    scale: 'linear',
    help: '',
  },
  {
    kind: 'number',
    id: 'p',
    label: 'Chance',
    unit: '',
    min: 0,
    max: 1,
    step: 0.01,
    default: 0.5,
    scale: 'linear',
    help: '',
  },
  {
    kind: 'choice',
    id: 'graph',
    label: 'Network',
    options: [
      { value: 'er', label: 'Random' },
      { value: 'ba', label: 'Hubs' },
    ],
    default: 'er',
    help: '',
  },
];
const specs: Specs = { toy: spec };

const exercise = (id: string, extra: Partial<BuilderExercise> = {}): BuilderExercise => ({
  id,
  title: `Exercise ${id}`,
  case: 'ubg',
  caseTitle: 'United Breaks Guitars',
  model: 'toy',
  difficulty: 'introductory',
  minutes: 10,
  prompt: 'Run it and read the share.',
  predict: 'Guess first.',
  preset: 'toy',
  questions: [
    {
      id: 'q1',
      text: 'What share?',
      template: 'What share?',
      metric: 'toy.share',
      unit: 'share',
      tolerance: 0.1,
      answer: 0.5,
    },
  ],
  lock: [],
  params: { n: 100, p: 0.5, graph: 'er' },
  ...extra,
});
const exercises = new Map([
  ['a', exercise('a')],
  ['b', exercise('b', { lock: ['n'], difficulty: 'advanced', case: 'dominos', caseTitle: "Domino's" })],
]);

describe('checking what an instructor types', () => {
  const n = spec[0];
  it('accepts values in range and on the grid', () => {
    expect(checkParam(n, '500')).toEqual({ ok: true, value: 500 });
    expect(checkParam(n, ' 10 ')).toEqual({ ok: true, value: 10 });
    expect(checkParam(spec[1], '0.07')).toEqual({ ok: true, value: 0.07 });
    expect(checkParam(spec[2], 'ba')).toEqual({ ok: true, value: 'ba' });
  });

  it('refuses out-of-range values, saying the range', () => {
    const low = checkParam(n, '5');
    expect(low.ok).toBe(false);
    if (!low.ok) expect(low.message).toMatch(/out of range.*from 10 to 1,000 people/);
    expect(checkParam(n, '1010').ok).toBe(false);
    expect(checkParam(n, '-20').ok).toBe(false);
    expect(checkParam(n, '1e9').ok).toBe(false);
  });

  it('refuses text, empty values, values between steps and unknown choices', () => {
    expect(checkParam(n, 'abc')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a number/) as string,
    });
    expect(checkParam(n, '')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/give a number/) as string,
    });
    expect(checkParam(n, '15')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/steps of 10.*nearest allowed value is 20/) as string,
    });
    expect(checkParam(n, 'Infinity').ok).toBe(false);
    expect(checkParam(spec[2], 'BA').ok).toBe(false);
  });

  it('reads and says a share as a percentage, and stores it as a fraction', () => {
    const share: NumberParam = { ...(spec[1] as NumberParam), unit: 'share', label: 'Share who retell' };
    expect(checkParam(share, '25')).toEqual({ ok: true, value: 0.25 });
    expect(checkParam(share, '150')).toEqual({
      ok: false,
      message: 'Share who retell: 150% is out of range; it must be from 0% to 100%.',
    });
    expect(checkParam(share, '25.5')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/steps of 1%; the nearest allowed value is 2[56]%/) as string,
    });
    expect(describeValue(share, 0.07)).toBe('7%');
  });

  it('every value it accepts, the model accepts unchanged (real model specs)', () => {
    const rows = Object.values(models).flatMap((m) =>
      m.spec.filter((p): p is NumberParam => p.kind === 'number').map((p) => ({ m, p })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...rows).chain(({ m, p }) =>
          fc.tuple(
            fc.constant({ m, p }),
            fc.oneof(
              fc.double({ noNaN: true, min: p.min - p.step, max: p.max + p.step }),
              // Values on the grid, written as a person would type them.
              fc
                .integer({ min: 0, max: Math.floor((p.max - p.min) / p.step) })
                .map((k) => Number((p.min + k * p.step).toPrecision(12))),
            ),
          ),
        ),
        ([{ m, p }, v]) => {
          // Typed as the builder shows it: a share as a percentage.
          const checked = checkParam(p, String(shownValue(p, v)));
          if (!checked.ok) return;
          const { params, notices } = m.normalize({ ...m.defaults(), [p.id]: checked.value });
          expect(notices.filter((x) => x.param === p.id)).toEqual([]);
          expect((params as Record<string, unknown>)[p.id]).toBe(checked.value);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the draft in the builder’s address', () => {
  it('reads back what the builder wrote, including a draft with no exercises yet', () => {
    const draft: Assignment = {
      v: ASSIGNMENT_VERSION,
      title: 'Week 3 ✓',
      instructions: 'Work in pairs.',
      due: '2026-12-01',
      items: [],
    };
    expect(readDraft(assignmentCode(draft), exercises, specs)).toEqual({ draft, notices: [] });
    const full = { ...draft, items: [{ exercise: 'b', params: { p: 0.2 }, lock: ['graph'] }] };
    expect(readDraft(assignmentCode(full), exercises, specs)).toEqual({ draft: full, notices: [] });
  });

  it('a damaged draft starts afresh with a notice; no code is an empty draft', () => {
    const { draft, notices } = readDraft('garbage!!', exercises, specs);
    expect(draft.items).toEqual([]);
    expect(draft.title).toBe('');
    expect(notices[0]).toMatch(/could not be read/);
    expect(readDraft(null, exercises, specs).notices).toEqual([]);
  });

  it('drops unknown exercises, duplicates, out-of-range values and locks on the exercise’s own locks', () => {
    const code = encodeAssignment({
      v: ASSIGNMENT_VERSION,
      title: 'T',
      instructions: '',
      due: '',
      items: [
        { exercise: 'gone', params: {}, lock: [] },
        { exercise: 'a', params: { n: 5000, p: 0.25, zzz: 1 }, lock: ['n', 'nope', 'n'] },
        { exercise: 'a', params: {}, lock: [] },
        { exercise: 'b', params: { n: 200 }, lock: ['n'] },
      ],
    });
    const { draft, notices } = readDraft(code, exercises, specs);
    expect(draft.items).toEqual([
      { exercise: 'a', params: { p: 0.25 }, lock: ['n'] },
      { exercise: 'b', params: {}, lock: [] },
    ]);
    const text = notices.join('\n');
    expect(text).toMatch(/gone/);
    expect(text).toMatch(/out of range/);
    expect(text).toMatch(/zzz/);
    expect(text).toMatch(/fixed by the exercise/);
  });

  it('values equal to the preset are not carried', () => {
    expect(
      cleanItem({ exercise: 'a', params: { n: 100, p: 0.3 }, lock: [] }, exercises.get('a')!, spec).item,
    ).toEqual({
      exercise: 'a',
      params: { p: 0.3 },
      lock: [],
    });
  });
});

describe('what an exercise fixes, and the seed (issue 15)', () => {
  const b = exercises.get('b')!;
  it('keeps a value or lock for a fixed setting only when the step frees it', () => {
    const locked = cleanItem({ exercise: 'b', params: { n: 500 }, lock: ['n'] }, b, spec);
    expect(locked.item).toEqual({ exercise: 'b', params: {}, lock: [] });
    expect(locked.notices).toHaveLength(1);
    const freed = cleanItem({ exercise: 'b', params: { n: 500 }, lock: ['n'], unlock: ['n', 'p'] }, b, spec);
    // Only what the exercise fixes can be freed ("p" is not fixed by it, so freeing it means nothing).
    expect(freed).toEqual({
      item: { exercise: 'b', params: { n: 500 }, lock: ['n'], unlock: ['n'] },
      notices: [],
    });
    expect(settingsSummary(freed.item, b, spec)).toMatch(
      /^People: 500 people \(fixed\) \(the exercise fixes it/,
    );
  });

  it('keeps a seed other than the exercise’s own, and reads a typed seed strictly', () => {
    expect(
      cleanItem({ exercise: 'a', params: {}, lock: [], seed: 7 }, exercises.get('a')!, spec).item.seed,
    ).toBe(7);
    expect(
      cleanItem({ exercise: 'a', params: {}, lock: [], seed: 1 }, exercises.get('a')!, spec).item,
    ).not.toHaveProperty('seed');
    expect(checkSeed(' 42 ')).toBe(42);
    expect(checkSeed('4294967295')).toBe(4294967295);
    for (const bad of ['4294967296', '-1', '1.5', '', 'seven', '1e3']) expect(checkSeed(bad)).toBeNull();
    expect(settingsSummary({ exercise: 'a', params: {}, lock: [], seed: 9 }, exercises.get('a')!, spec)).toBe(
      'seed 9',
    );
  });

  it('a freed setting and a seed survive the round trip through the builder’s address', () => {
    const draft = {
      v: 1 as const,
      title: 'T',
      instructions: '',
      due: '',
      items: [{ exercise: 'b', params: { n: 500 }, lock: ['n'], unlock: ['n'], seed: 3 }],
    };
    const read = readDraft(assignmentCode(draft), exercises, specs);
    expect(read.notices).toEqual([]);
    expect(read.draft.items).toEqual(draft.items);
  });
});

describe('ordering and filtering', () => {
  it('moves an item up or down and never off the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: -3, max: 3 }),
        (xs, i, d) => {
          const out = moveItem(xs, xs.length ? i % xs.length : 0, d);
          expect([...out].sort()).toEqual([...xs].sort());
        },
      ),
    );
  });

  it('filters by case, model, difficulty and words', () => {
    const list = [...exercises.values()];
    const none = { q: '', case: '', model: '', difficulty: '' };
    expect(filterExercises(list, none)).toHaveLength(2);
    expect(filterExercises(list, { ...none, case: 'dominos' }).map((e) => e.id)).toEqual(['b']);
    expect(filterExercises(list, { ...none, difficulty: 'introductory' }).map((e) => e.id)).toEqual(['a']);
    expect(filterExercises(list, { ...none, model: 'other' })).toEqual([]);
    expect(filterExercises(list, { ...none, q: 'GUITARS exercise' }).map((e) => e.id)).toEqual(['a']);
  });
});

describe('links and embed codes', () => {
  const a: Assignment = {
    v: ASSIGNMENT_VERSION,
    title: 'He said "hi" <script>',
    instructions: '',
    due: '',
    items: [{ exercise: 'a', params: { n: 500 }, lock: ['n'] }],
  };
  const code = assignmentCode(a);
  const root = siteRoot('https://example.org', '/sub');

  it('the assignment link decodes to the assignment', () => {
    const link = new URL(assignmentLink(root, code));
    expect(link.pathname).toBe('/sub/assignment/');
    const back = decodeAssignment(link.searchParams.get('a')!);
    expect(back.ok && back.assignment).toEqual(a);
  });

  it('a step link opens the exercise with its settings', () => {
    const link = new URL(stepLink('https://example.org', '/sub/', code, a, 0));
    expect(link.pathname).toBe('/sub/exercises/a/');
    expect(link.searchParams.get('exercise.n')).toBe('500');
    expect(link.searchParams.get('exercise.lock')).toBe('n');
    expect(link.searchParams.get('step')).toBe('0');
  });

  it('embed codes escape the title and the address', () => {
    const html = embedCode('https://x.org/?a=1&b=2', a.title);
    expect(html).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=2" title="He said &quot;hi&quot; &lt;script&gt;" width="100%" height="900" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('says what an item changes in words', () => {
    expect(
      settingsSummary(
        { exercise: 'a', params: { n: 500, graph: 'ba' }, lock: ['n', 'p'] },
        exercises.get('a')!,
        spec,
      ),
    ).toBe('People: 500 people (fixed); Network: Hubs; Chance: 0.5 (fixed)');
  });
});
