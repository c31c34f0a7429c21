import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_VERSION,
  assignmentId,
  encodeAssignment,
  workScope,
  type Assignment,
} from '../../src/lib/assignment';
import { emptyWork, type Work } from '../../src/lib/storage';
import { parseSubmission } from '../../src/lib/submission';
import {
  buildSubmission,
  formatDue,
  progressWords,
  slug,
  stepProgress,
  stepStatus,
  submissionFileName,
} from '../../src/lib/assignment-progress';

const assignment: Assignment = {
  v: ASSIGNMENT_VERSION,
  title: 'Week 3: Fizzle or explode?',
  instructions: 'Do both.',
  due: '2026-12-01',
  items: [
    { exercise: 'ubg-fizzle', params: {}, lock: [] },
    { exercise: 'ubg-break-even', params: { cost: 1500 }, lock: ['cost'] },
  ],
};
const code = encodeAssignment(assignment);
const titles = new Map([
  ['ubg-fizzle', { title: 'Fizzle' }],
  ['ubg-break-even', { title: 'Break even' }],
]);

describe('progress of a step', () => {
  it('nothing saved: not started', () => {
    const p = stepProgress(undefined, ['q1', 'q2']);
    expect(p).toEqual({
      predicted: false,
      answered: 0,
      right: 0,
      total: 2,
      reflected: false,
      started: false,
      done: false,
    });
    expect(stepStatus(p)).toBe('Not started');
    expect(progressWords(p)).toEqual({
      prediction: 'Prediction: not yet',
      questions: 'Questions: none answered yet (of 2)',
      reflection: 'Reflection: not yet',
    });
  });

  it('counts answers to this exercise’s questions, and the right ones', () => {
    const p = stepProgress(
      {
        prediction: { text: 'most fizzle', savedAt: '' },
        answers: {
          q1: { value: '0.9', correct: true, savedAt: '' },
          q2: { value: '5', correct: false, savedAt: '' },
          old: { value: '1', correct: true, savedAt: '' },
        },
        reflection: { text: '   ', savedAt: '' },
      },
      ['q1', 'q2'],
    );
    expect(p).toMatchObject({
      predicted: true,
      answered: 2,
      right: 1,
      reflected: false,
      started: true,
      done: false,
    });
    expect(stepStatus(p)).toBe('Started');
    expect(progressWords(p).questions).toBe('Questions: 2 of 2 answered, 1 right');
  });

  it('done when predicted, all answered and reflected', () => {
    const p = stepProgress(
      {
        prediction: { text: 'a', savedAt: '' },
        answers: { q1: { value: '1', correct: null, savedAt: '' } },
        reflection: { text: 'b', savedAt: '' },
      },
      ['q1'],
    );
    expect(stepStatus(p)).toBe('Done');
  });
});

describe('the submission file', () => {
  it('has every step, in order, including empty ones, and reads back with parseSubmission', () => {
    const work: Work = emptyWork();
    work.items[workScope('ubg-break-even', code)] = {
      prediction: { text: '10,000 people', savedAt: '2026-11-24T10:00:00.000Z' },
      answers: { 'break-even': { value: '12000', correct: true, savedAt: 't' } },
      run: { model: 'cost-of-silence', params: { cost: 1500 }, seed: 1, savedAt: 't' },
    };
    // Work on the same exercise outside the assignment is not part of it.
    work.items[workScope('ubg-fizzle')] = { prediction: { text: 'not this', savedAt: '' } };
    const now = new Date('2026-11-30T12:00:00.000Z');
    const sub = buildSubmission(code, assignment, titles, work, '  Ana Silva ', now);
    expect(sub.student).toBe('Ana Silva');
    expect(sub.assignment).toEqual({ title: assignment.title, id: assignmentId(code), due: '2026-12-01' });
    expect(sub.exportedAt).toBe('2026-11-30T12:00:00.000Z');
    expect(sub.items.map((i) => i.exercise)).toEqual(['ubg-fizzle', 'ubg-break-even']);
    expect(sub.items[0]).toEqual({
      exercise: 'ubg-fizzle',
      title: 'Fizzle',
      prediction: null,
      answers: {},
      reflection: null,
      run: null,
      settings: { params: {}, seed: 1, lock: [], unlock: [] },
    });
    expect(sub.items[1].prediction?.text).toBe('10,000 people');
    // The step's settings go with the work, for the class view to grade against.
    expect(sub.items[1].settings).toEqual({ params: { cost: 1500 }, seed: 1, lock: ['cost'], unlock: [] });
    const parsed = parseSubmission(JSON.stringify(sub));
    expect(parsed).toEqual({ ok: true, submission: sub });
  });
});

describe('file names and dates', () => {
  it('slugs titles and names to plain ASCII', () => {
    expect(slug('Réponse à Dave!', 'x')).toBe('reponse-a-dave');
    expect(slug('  ', 'fallback')).toBe('fallback');
    expect(slug('中文', 'student')).toBe('student');
    expect(slug('a'.repeat(60), 'x')).toHaveLength(40);
    expect(submissionFileName('Week 3: Fizzle or explode?', 'Ana Silva')).toBe(
      'submission-week-3-fizzle-or-explode-ana-silva.json',
    );
  });

  it('formats a due date as a calendar date in British English', () => {
    expect(formatDue('2026-12-01')).toBe('1 December 2026');
    expect(formatDue('')).toBe('');
    expect(formatDue('2026-13-45')).toBe('');
    expect(formatDue('2026-02-31')).toBe('');
  });
});
