/**
 * One answer box, as a self-check (check-element.ts) and an exercise's questions (exercise-element.ts) have it:
 * reads the typed answer, says whether it is right, puts back the answer saved before (checked again, not saved
 * again), and checks on the button or on Enter. What is right, what to say and how to save are the caller's.
 * Arguments by position, not an object: its property names would stay in both pages' JavaScript.
 *
 * @param unit the answer's unit, for reading what was typed ("20%", "1.2 million")
 * @param notANumber what to say when the box holds something that is not a number (an empty box says nothing)
 * @param judge whether a typed value is right, and what to say about it
 * @param save keeps a checked answer: what was typed and whether it was right
 * @param saved what was typed before, if an answer was saved
 */
import { parseAnswer } from '../lib/answers';

export function answerBox(
  input: HTMLInputElement,
  button: Element,
  feedback: HTMLElement,
  unit: string,
  notANumber: string,
  judge: (value: number) => [right: boolean, text: string],
  save: (typed: string, right: boolean) => void,
  saved: string | undefined,
): void {
  const check = (keep: boolean) => {
    const value = parseAnswer(input.value, unit);
    if (value === null) {
      feedback.textContent = input.value.trim() ? notANumber : '';
      feedback.dataset.state = '';
      return;
    }
    const [right, text] = judge(value);
    feedback.dataset.state = right ? 'right' : 'wrong';
    feedback.textContent = text;
    if (keep) save(input.value, right);
  };
  if (saved !== undefined) {
    input.value = saved;
    check(false);
  }
  button.addEventListener('click', () => check(true));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') check(true);
  });
}
