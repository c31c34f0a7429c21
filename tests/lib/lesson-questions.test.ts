import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonQuestions } from '../../src/build/lesson-questions';

describe('a lesson’s questions, for My work', () => {
  it('reads every prediction box and self-check of the flagship with its question', () => {
    const q = lessonQuestions(readFileSync('content/cases/united-breaks-guitars.mdx', 'utf8'));
    expect(q['check-tarp-ratio']).toMatch(
      /^With the TARP 1981 preset, double the share of unhappy-story hearers who retell it, .* How many times as many people now end up hearing the unhappy story as the happy one\?$/,
    );
    expect(q['predict-response']).toMatch(
      /^United answered about two days after the upload, .* Type a percentage\./,
    );
    expect(Object.keys(q).length).toBeGreaterThanOrEqual(6);
    for (const text of Object.values(q)) expect(text).not.toMatch(/[<>{}]|\s\s/);
  });

  it('drops markup inside a question and keeps quoted > in attributes out of the text', () => {
    const mdx =
      '<Check id="a" explanation="x > y" params={{ n: 2 }}>\n  Is *this* <Term>right</Term>?\n</Check>\n' +
      '<Predict id="b">Guess {1 + 1}.</Predict><Check explanation="no id">Lost</Check>';
    expect(lessonQuestions(mdx)).toEqual({ a: 'Is this right?', b: 'Guess.' });
  });
});
