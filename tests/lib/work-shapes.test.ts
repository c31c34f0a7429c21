import { describe, expect, it } from 'vitest';
import { parseWork, readWork } from '../../src/lib/storage';
import { parseSubmission, readSubmission, SUBMISSION_FORMAT } from '../../src/lib/submission';
import { readItem } from '../../src/lib/work-record';
import { peekWork } from '../../src/lib/work-peek';
import { readAnswer, readAnswers, readRun, readText } from '../../src/lib/work-shapes';

// One odd value of each shape: a date that is not a string, a mark that is not true or false, a parameter
// that is neither a number nor a string.
const oddText = { text: 'I think so', savedAt: 5 };
const oddAnswer = { value: '12', correct: 'yes', savedAt: '2026-01-01T00:00:00Z' };
const oddRun = { model: 'cascade', params: { reach: 3, bad: [1] }, savedAt: '2026-01-01T00:00:00Z' };

describe('the saved-work readers', () => {
  it('fill what is missing or of another type with its default', () => {
    expect(readText(oddText)).toEqual({ text: 'I think so', savedAt: '' });
    expect(readAnswer(oddAnswer)).toEqual({ value: '12', correct: null, savedAt: '2026-01-01T00:00:00Z' });
    expect(readRun(oddRun)).toEqual({
      model: 'cascade',
      params: { reach: 3 },
      seed: 1,
      savedAt: '2026-01-01T00:00:00Z',
    });
    expect([readText({ savedAt: '' }), readAnswer({ value: 1 }), readRun({ model: 'x' })]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keep an answer id such as "__proto__" as data', () => {
    const answers = readAnswers(JSON.parse('{"__proto__": {"value": "1"}}'));
    expect(Object.keys(answers)).toEqual(['__proto__']);
  });

  it('are shared by storage, which reads only what it may rewrite, and submission files, which it never rewrites', () => {
    const fields = { prediction: oddText, answers: { q: oddAnswer }, run: oddRun };
    // Storage leaves each odd value where it is (My work lists it as another field), the quick read agrees.
    expect(readItem(fields)).toEqual({ answers: {} });
    const raw = JSON.stringify({ version: 1, items: { s: fields } });
    expect(peekWork(raw).items).toEqual({ s: { answers: {} } });
    // A submission file is read to be graded: the same readers, each value as far as it can be read.
    const parsed = readSubmission({
      format: SUBMISSION_FORMAT,
      formatVersion: 1,
      student: 'Ana',
      items: [{ exercise: 'e', ...fields }],
    });
    expect(parsed.ok && parsed.submission.items[0]).toMatchObject({
      prediction: readText(oddText),
      answers: { q: readAnswer(oddAnswer) },
      run: readRun(oddRun),
    });
  });

  it('read parsed JSON as the text readers read its text', () => {
    const work = { version: 1, items: { a: { title: 'T', prediction: { text: 'p', savedAt: '' } }, b: 3 } };
    expect(readWork(work)).toEqual(parseWork(JSON.stringify(work)));
    expect(readWork(undefined)).toEqual(parseWork('null'));
    const sub = { format: SUBMISSION_FORMAT, formatVersion: 2, student: 'B', items: [{ exercise: 'e' }] };
    expect(readSubmission(sub)).toEqual(parseSubmission(JSON.stringify(sub)));
  });
});
