/**
 * Keeps, with the student's work, the lesson runs they pin or answer a self-check about, so My work can list
 * them and reopen each exactly (model, parameters, seed). Loaded by a lesson page only when a student pins a
 * run or checks an answer, so it costs a lesson nothing at first paint.
 *
 * A run is kept under `<page path>#<simulation id>`, one per simulation (the latest pinned or answered about),
 * beside the page's predictions and self-checks, which My work lists with it as one lesson.
 */
import { pageSession, reportSave } from '../save-notice';
import type { SimRun } from '../simulation-element';

type Sim = HTMLElement & { currentRun?: SimRun };

/**
 * The simulation a self-check is about: the nearest one before it on the page. Lessons put a check after the
 * figure it asks about; a check before any figure is about none.
 */
export function simBefore(check: Element): Sim | undefined {
  const sims = [...document.querySelectorAll<Sim>('wom-simulation')];
  return sims.reverse().find((sim) => sim.compareDocumentPosition(check) & Node.DOCUMENT_POSITION_FOLLOWING);
}

function save(sim: Sim, run: SimRun) {
  const id = sim.dataset.sim;
  if (!id) return;
  const { session } = pageSession();
  const result = session.save(`${location.pathname}#${id}`, () => ({
    page: location.pathname,
    title: document.title,
    run: { model: run.model, params: { ...run.params }, seed: run.seed, savedAt: new Date().toISOString() },
  }));
  // A failed save is said under the figure, with what to do (the notice the page's other boxes use).
  let box = sim.nextElementSibling as HTMLElement | null;
  if (!box?.classList.contains('run-save-status')) {
    box = document.createElement('p');
    box.className = 'run-save-status';
    box.setAttribute('role', 'status');
    box.hidden = true;
    sim.after(box);
  }
  const status = box;
  reportSave(status, result, undefined, () => (status.hidden = true));
}

/**
 * Called by the lesson page: for a pin (`pinned` is the event's run) from the simulation that sent it; for a
 * checked answer (`target` inside a <wom-check>), the run on show in the figure the check is about, once the
 * check has judged a number (an empty or unreadable answer keeps nothing).
 */
export function keep(target: EventTarget | null, pinned?: SimRun) {
  if (!(target instanceof Element)) return;
  if (pinned) {
    const sim = target.closest<Sim>('wom-simulation');
    if (sim) save(sim, pinned);
    return;
  }
  const check = target.closest('wom-check');
  const state = check?.querySelector<HTMLElement>('.feedback')?.dataset.state;
  if (!check || (state !== 'right' && state !== 'wrong')) return;
  const sim = simBefore(check);
  const run = sim?.currentRun;
  if (sim && run) save(sim, run);
}
