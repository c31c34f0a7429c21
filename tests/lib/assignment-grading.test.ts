import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssignment, encodeAssignment, workScope, type Assignment } from '../../src/lib/assignment';
import { formatAnswer } from '../../src/lib/answers';
import {
  changesAnswers,
  DEFAULT_SEED,
  expectedAnswers,
  fillQuestion,
  ownSettings,
  settingsChanges,
  settingsOf,
  unknownPlaceholders,
  verdict,
} from '../../src/lib/grading';
import { computeMetric } from '../../src/lib/metrics';
import { parseSubmission } from '../../src/lib/submission';
import { buildSubmission } from '../../src/lib/assignment-progress';
import {
  classReport,
  readSubmissions,
  settingsToCompute,
  type ClassExercise,
} from '../../src/lib/class-aggregate';
import { models } from '../../src/models/index';
import type { Work } from '../../src/lib/storage';

/**
 * Issue 15, point 1: the chain settings → question text → expected answer → verdict, for "Racing the story"
 * (ubg-response-time) with the day of the answer set to 1, as the builder makes it, on the student's page and
 * in the class view, and for a submission file from before files carried settings.
 */
const ID = 'ubg-response-time';
const mdx = readFileSync(`content/exercises/${ID}.mdx`, 'utf8');
const questionOf = (id: string) => new RegExp(`id: ${id}\\n\\s+text: (.*)`).exec(mdx)![1];
const preset = /^preset: (.*)$/m.exec(mdx)![1];
const { cascade } = models;
const presetParams = cascade.normalize({ ...cascade.defaults(), ...cascade.presets[preset].params }).params;
const own = (metric: string) => computeMetric(metric, 'cascade', preset).value;

const exercise: ClassExercise = {
  id: ID,
  title: 'Racing the story',
  model: 'cascade',
  preset,
  params: presetParams,
  spec: cascade.spec,
  questions: [
    {
      id: 'share-two-days',
      text: fillQuestion(questionOf('share-two-days'), cascade.spec, presetParams, DEFAULT_SEED),
      template: questionOf('share-two-days'),
      metric: 'cascade.finalComplaintShare',
      unit: 'share',
      tolerance: 0.1,
      answer: own('cascade.finalComplaintShare'),
    },
    {
      id: 'peak-day',
      text: questionOf('peak-day'),
      template: questionOf('peak-day'),
      metric: 'cascade.peakDay',
      unit: 'days',
      tolerance: 0.25,
      answer: own('cascade.peakDay'),
    },
  ],
};
const withTemplates = { ...exercise, questions: exercise.questions.map((q) => ({ ...q, text: q.template })) };

const assignment: Assignment = {
  v: 1,
  title: 'Week 4: racing the story',
  instructions: '',
  due: '',
  items: [{ exercise: ID, params: { responseDay: 1 }, lock: ['responseDay'] }],
};
const code = encodeAssignment(assignment);

describe('settings → question → expected answer → verdict', () => {
  const decoded = decodeAssignment(code);
  if (!decoded.ok) throw new Error(decoded.reason);
  const settings = settingsOf(decoded.assignment.items[0]);
  const expected = expectedAnswers(withTemplates, cascade.spec, settings, computeMetric);
  if (!expected.ok) throw new Error(expected.reason);
  const dayOne = computeMetric('cascade.finalComplaintShare', 'cascade', preset, { responseDay: 1 }).value;

  it('the link carries the settings; they change the answers', () => {
    expect(settings).toEqual({ params: { responseDay: 1 }, seed: 1, lock: ['responseDay'], unlock: [] });
    expect(changesAnswers(settings)).toBe(true);
    expect(changesAnswers(ownSettings())).toBe(false);
    expect(settingsChanges(cascade.spec, presetParams, settings)).toEqual([
      'Day of the answer 1 instead of 2',
    ]);
  });

  it('the question reads the assignment’s day, not the preset’s', () => {
    expect(exercise.questions[0].text).toContain('(answer on day 2, seed 1)');
    expect(expected.answers['share-two-days'].text).toContain('(answer on day 1, seed 1)');
    expect(expected.answers['share-two-days'].text).not.toMatch(/[{}]/);
  });

  it('the expected answer is the model’s for day 1, and the verdicts follow it', () => {
    const dayTwo = exercise.questions[0].answer;
    expect(expected.answers['share-two-days'].value).toBe(dayOne);
    // The two answers are far apart (the issue saw 6.1% for day 1 and 36% for day 2), so grading can tell.
    expect(Math.abs(dayOne - dayTwo)).toBeGreaterThan(0.1 * dayTwo);
    expect(verdict(formatAnswer(dayOne, 'share'), dayOne, 'share', 0.1)).toBe(true);
    expect(verdict(formatAnswer(dayTwo, 'share'), dayOne, 'share', 0.1)).toBe(false);
    expect(verdict('about half', dayOne, 'share', 0.1)).toBeNull();
  });

  it('a seed set by the assignment is named in the question and used for the answer', () => {
    const seven = { ...settings, seed: 7 };
    const answers = expectedAnswers(withTemplates, cascade.spec, seven, computeMetric);
    if (!answers.ok) throw new Error(answers.reason);
    expect(answers.answers['share-two-days'].text).toContain('(answer on day 1, seed 7)');
    expect(answers.answers['share-two-days'].value).toBe(
      computeMetric('cascade.finalComplaintShare', 'cascade', preset, { responseDay: 1 }, 7).value,
    );
    expect(settingsChanges(cascade.spec, presetParams, seven)).toContain('seed 7 instead of 1');
  });

  it('settings the model refuses give a reason, not a guess', () => {
    const bad = expectedAnswers(
      withTemplates,
      cascade.spec,
      { ...settings, params: { n: -5 } },
      computeMetric,
    );
    expect(bad.ok).toBe(false);
    expect(expectedAnswers(withTemplates, cascade.spec, settings).ok).toBe(false);
  });

  it('the build refuses a question that fills in a name the model does not have', () => {
    expect(unknownPlaceholders(questionOf('share-two-days'), cascade.spec)).toEqual([]);
    expect(unknownPlaceholders('On day {responseDay} with {nope} and {seed}?', cascade.spec)).toEqual([
      'nope',
    ]);
  });
});

describe('the class view grades the downloaded submission by itself', () => {
  const dayOne = computeMetric('cascade.finalComplaintShare', 'cascade', preset, { responseDay: 1 }).value;
  const work = (value: string): Work => {
    return {
      version: 1,
      items: {
        [workScope(ID, code)]: {
          answers: { 'share-two-days': { value, correct: true, savedAt: '2026-12-04T10:00:00Z' } },
        },
      },
    };
  };
  const file = (student: string, value: string) => {
    const decoded = decodeAssignment(code);
    if (!decoded.ok) throw new Error(decoded.reason);
    const submission = buildSubmission(
      code,
      decoded.assignment,
      new Map([[ID, { title: 'Racing the story' }]]),
      work(value),
      student,
    );
    return { name: `${student}.json`, text: JSON.stringify(submission) };
  };
  const files = [
    file('Ana', formatAnswer(dayOne, 'share')),
    file('Ben', formatAnswer(exercise.questions[0].answer, 'share')),
  ];

  it('the file carries the step’s settings', () => {
    const parsed = parseSubmission(files[0].text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.submission.formatVersion).toBe(2);
    expect(parsed.submission.legacy).toBeUndefined();
    expect(parsed.submission.items[0].settings).toEqual({
      params: { responseDay: 1 },
      seed: 1,
      lock: ['responseDay'],
      unlock: [],
    });
  });

  it('grades against the model’s answer for those settings, with no link given', () => {
    const { entries } = readSubmissions(files);
    const exercises = new Map([[ID, exercise]]);
    const needed = settingsToCompute(entries, exercises, new Map());
    expect(needed).toHaveLength(1);
    // Until the model has run, nothing is judged against the exercise's own settings.
    const before = classReport(entries, exercises).exercises[0].questions[0];
    expect(before.responses.map((r) => r.right)).toEqual([null, null]);
    const references = new Map(
      needed.map((n) => [
        n.key,
        expectedAnswers(
          { ...n.exercise, questions: n.exercise.questions.map((q) => ({ ...q, text: q.template })) },
          n.exercise.spec,
          n.settings,
          computeMetric,
        ),
      ]),
    );
    const report = classReport(entries, exercises, references);
    const q = report.exercises[0].questions[0];
    expect(q.text).toContain('(answer on day 1, seed 1)');
    expect(q.reference).toMatchObject({ value: dayOne, source: 'assignment' });
    expect(q.responses.map((r) => [r.student, r.right])).toEqual([
      ['Ana', true],
      ['Ben', false],
    ]);
    expect(report.exercises[0].settings).toEqual([
      { changes: ['Day of the answer 1 instead of 2'], source: 'assignment' },
    ]);
  });

  it('an older file (version 1, no settings) still reads, marked as such, graded against the exercise’s own', () => {
    const old = JSON.parse(files[0].text) as Record<string, unknown> & { items: Record<string, unknown>[] };
    old.formatVersion = 1;
    for (const item of old.items) delete item.settings;
    const { entries } = readSubmissions([{ name: 'old.json', text: JSON.stringify(old) }]);
    expect(entries).toHaveLength(1);
    expect(entries[0].submission.legacy).toBe(true);
    expect(entries[0].submission.items[0].settings).toBeNull();
    const exercises = new Map([[ID, exercise]]);
    expect(settingsToCompute(entries, exercises, new Map())).toEqual([]);
    const q = classReport(entries, exercises).exercises[0].questions[0];
    expect(q.reference).toMatchObject({ source: 'preset', value: exercise.questions[0].answer });
    expect(q.responses[0].right).toBe(false);
  });

  it('a file of a version this site does not know is refused with the reason', () => {
    const future = { ...(JSON.parse(files[0].text) as object), formatVersion: 3 };
    const parsed = parseSubmission(JSON.stringify(future));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain('3');
  });
});
