/**
 * On a lesson page, runs a student pins, or answers a self-check about, are kept with their work (My work lists
 * them). Only the listeners live here, in the simulation's own script (a lesson has no other script to carry
 * them); the code that keeps a run (./lesson-runs.ts) loads when a student first does one of these.
 */
import type { SimRun } from '../simulation-element';

/** Where runs are kept: a case lesson's body (exercises and sandboxes keep their runs their own way). */
const LESSON = '.lesson-body';

export function keepLessonRuns(doc: Document) {
  if (!doc.querySelector(LESSON)) return;
  const keep = (target: EventTarget | null, run?: SimRun) =>
    void import('./lesson-runs').then((m) => m.keep(target, run));
  const inCheck = (e: Event, part: string) =>
    e.target instanceof Element && e.target.closest(`${LESSON} wom-check ${part}`) !== null;
  doc.addEventListener('simpin', (e) => {
    if (e.target instanceof Element && e.target.closest(LESSON))
      keep(e.target, (e as CustomEvent<{ run?: SimRun }>).detail?.run);
  });
  doc.addEventListener('click', (e) => inCheck(e, 'button') && keep(e.target));
  doc.addEventListener('keydown', (e) => e.key === 'Enter' && inCheck(e, 'input') && keep(e.target));
}
