import { describe, expect, it } from 'vitest';
import {
  interactionElements,
  interactionId,
  isComplete,
  readSent,
  sessionTime,
  statusElements,
  type PackageStep,
  type Sent,
} from '../../src/lib/scorm/report';
import type { WorkItem } from '../../src/lib/storage';

const at = '2026-12-04T10:00:00.000Z';
const steps: PackageStep[] = [
  {
    exercise: 'a',
    title: 'A',
    questions: [
      { id: 'q1', text: 'Share?', unit: 'share' },
      { id: 'q2', text: 'How many?', unit: 'people' },
    ],
  },
  { exercise: 'b', title: 'B', questions: [{ id: 'q3', text: 'Cost?', unit: 'USD' }] },
];
const ans = (value: string, correct: boolean | null) => ({ value, correct, savedAt: at });
const now = new Date(2026, 11, 4, 9, 5, 7);

describe('status and score', () => {
  const some: Record<string, WorkItem> = { a: { answers: { q1: ans('40%', true), q2: ans('10', false) } } };
  const all: Record<string, WorkItem> = { ...some, b: { answers: { q3: ans('$5', true) } } };

  it('SCORM 1.2: incomplete until every question has an answer; raw is the share right, 0–100', () => {
    expect(Object.fromEntries(statusElements('1.2', steps, some))).toEqual({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.score.raw': '33.33',
    });
    expect(Object.fromEntries(statusElements('1.2', steps, all))['cmi.core.lesson_status']).toBe('completed');
  });

  it('SCORM 2004: completion, progress, raw/min/max and scaled', () => {
    expect(Object.fromEntries(statusElements('2004', steps, all))).toEqual({
      'cmi.completion_status': 'completed',
      'cmi.progress_measure': '1',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.raw': '66.67',
      'cmi.score.scaled': '0.6667',
    });
    expect(Object.fromEntries(statusElements('2004', steps, {}))['cmi.score.scaled']).toBe('0');
  });

  it('sends no score for steps without questions; complete once each has a reflection', () => {
    const bare: PackageStep[] = [{ exercise: 'c', title: 'C', questions: [] }];
    expect(statusElements('1.2', bare, {})).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(isComplete(bare, { c: { reflection: { text: 'I learnt…', savedAt: at } } })).toBe(true);
    // A blank answer is no answer.
    expect(isComplete(steps, { ...all, b: { answers: { q3: ans('  ', null) } } })).toBe(false);
  });
});

describe('interactions', () => {
  const work: Record<string, WorkItem> = { a: { answers: { q1: ans('40%', true), q2: ans('10', false) } } };

  it('SCORM 1.2: appends after the LMS’s count, with the typed response and correct/wrong', () => {
    const sent: Sent = new Map();
    const r = interactionElements('1.2', steps, work, sent, 3, now);
    expect(r.count).toBe(5);
    expect(Object.fromEntries(r.elements)).toMatchObject({
      'cmi.interactions.3.id': 'a__q1',
      'cmi.interactions.3.type': 'numeric',
      'cmi.interactions.3.student_response': '40%',
      'cmi.interactions.3.result': 'correct',
      'cmi.interactions.3.time': '09:05:07',
      'cmi.interactions.4.result': 'wrong',
    });
    // Nothing changed: nothing sent. A changed answer: a new journal entry.
    expect(interactionElements('1.2', steps, work, sent, r.count, now).elements).toEqual([]);
    const changed = { a: { answers: { ...work.a.answers, q2: ans('12', true) } } };
    const again = interactionElements('1.2', steps, changed, sent, r.count, now);
    expect(Object.fromEntries(again.elements)['cmi.interactions.5.id']).toBe('a__q2');
  });

  it('SCORM 2004: a number as the response, incorrect, and a changed answer updates its own index', () => {
    const { sent, count } = readSent(
      (e) =>
        ({
          'cmi.interactions._count': '1',
          'cmi.interactions.0.id': 'a__q2',
          'cmi.interactions.0.learner_response': '9',
          'cmi.interactions.0.result': 'incorrect',
        })[e] ?? '',
    );
    const r = interactionElements('2004', steps, work, sent, count, now);
    const set = Object.fromEntries(r.elements);
    expect(set['cmi.interactions.1.id']).toBe('a__q1');
    expect(set['cmi.interactions.1.learner_response']).toBe('0.4');
    expect(set['cmi.interactions.1.timestamp']).toBe('2026-12-04T09:05:07');
    expect(set['cmi.interactions.1.description']).toBe('Share?');
    expect(set['cmi.interactions.0.learner_response']).toBe('10');
    expect(set['cmi.interactions.0.result']).toBe('incorrect');
    expect(r.count).toBe(2);
  });

  it('makes ids without spaces, at most 255 characters', () => {
    expect(interactionId('ex one', 'q/1')).toBe('ex-one__q-1');
    expect(interactionId('x'.repeat(300), 'q')).toHaveLength(255);
  });
});

describe('session time', () => {
  it('is HHHH:MM:SS in 1.2 and an ISO 8601 duration in 2004', () => {
    expect(sessionTime('1.2', 3_723_400)).toBe('0001:02:03');
    expect(sessionTime('2004', 3_723_400)).toBe('PT1H2M3S');
  });
});
