/**
 * The guess of a <Predict for="…"> that lets the simulation below show its result: a number in the model's
 * unit when the prediction names a quantity, and the reasoning typed beside it. Kept with the prediction (as
 * its answer "guess"); on a later visit announced at once, so the figure shows the result beside it. Loaded
 * only when a student locks in a guess or has one saved, not with every lesson.
 */
import { formatAnswer, parseAnswer } from '../lib/answers';
import type { pageSession, startProblem } from './save-notice';
import { reportSave } from './save-notice';
import type { PredictData } from './predict-element';

/** The words Predict.astro wrote into the element (data-words) that this module says. */
export interface TieWords {
  needNumber: string;
  committed: string;
  savedGuess: string;
}

export interface Tie {
  element: HTMLElement;
  session: ReturnType<typeof pageSession>['session'];
  scope: string;
  text: TieWords;
  status: HTMLElement;
  start: ReturnType<typeof startProblem>;
}

/** What the figure receives (`predictcommit`, and data-committed for a figure that starts later). */
export interface GuessDetail {
  value?: number;
  label?: string;
  metric?: string | undefined;
  unit?: string;
  text?: string;
  saved?: boolean;
}

/** Announces a guess saved earlier, if there is one; returns the function that locks in a new one. */
export function tiePrediction({ element, session, scope, text, status, start }: Tie): () => void {
  const number = element.querySelector<HTMLInputElement>('input.guess');
  const field = element.querySelector('textarea');
  const { metric, unit = '' } = element.dataset;
  const guessOf = (typed: string): GuessDetail | undefined => {
    const value = parseAnswer(typed, unit);
    return value === null ? undefined : { value, label: formatAnswer(value, unit), metric, unit };
  };
  const announce = (guess: GuessDetail, saved: boolean) => {
    const detail = { ...guess, text: field?.value.trim() || undefined, saved };
    element.dataset.committed = JSON.stringify(detail satisfies PredictData['committed']);
    element.dispatchEvent(new CustomEvent<GuessDetail>('predictcommit', { detail }));
  };
  const items = session.load().work.items;
  const kept = Object.hasOwn(items, scope) ? items[scope].answers?.guess : undefined;
  if (kept && number) {
    number.value = kept.value;
    const guess = guessOf(kept.value);
    if (guess) {
      status.textContent = text.savedGuess.replace('{guess}', guess.label ?? '');
      announce(guess, true);
    }
  } else if (kept) announce({}, true);
  return () => {
    const guess = number ? guessOf(number.value) : {};
    if (!guess) {
      status.textContent = text.needNumber;
      number?.focus();
      return;
    }
    const savedAt = new Date().toISOString();
    const result = session.save(scope, (item) => ({
      page: location.pathname,
      title: item.title ?? document.title,
      prediction: { text: field?.value ?? '', savedAt },
      answers: { guess: { value: number?.value ?? '', correct: null, savedAt } },
    }));
    reportSave(status, result, start, () => (status.textContent = text.committed));
    announce(guess, false);
  };
}
