/**
 * <wom-exercise>: an exercise page's student side. Keeps the prediction, answers, reflection and the exact
 * run (parameters and seed) in this browser as the student works, checks answers against the model, and,
 * when opened from an assignment link (?a=…&step=…), shows where the step sits in the assignment.
 */
import { assignmentId, decodeAssignment, stepUrl, workScope, type Assignment } from '../lib/assignment';
import { formatAnswer, isClose } from '../lib/answers';
import { answerBox } from './answer-box';
import { changesAnswers, expectedAnswers, settingsChanges, settingsOf } from '../lib/grading';
import type { ParamSpec, ParamValues } from '../models/types';
import type { ItemChange, WorkItem } from '../lib/storage';
import { siteHref } from '../lib/site-url';
import type { ExerciseQuestionData } from '../build/exercises';
import type { SimRun, SimulationElement } from './simulation-element';
import { part, readData } from './page-contract';
import { saveSoon } from './save-soon';
import { pageSession, reportSave, sayAtStart, startProblem, type PageSaving } from './save-notice';
import { exercise } from '../strings/exercise';

const t = exercise.element;

/** The JSON exercises/[id].astro hands the element (src/elements/page-contract.ts). */
export interface ExerciseData {
  questions: ExerciseQuestionData[];
  /** The exercise's own parameters, over its preset's. */
  params: ParamValues;
  /** Its model's parameters, to word what an assignment changed. */
  spec: readonly ParamSpec[];
}

class ExerciseElement extends HTMLElement {
  declare readonly pageData?: ExerciseData;
  private session!: PageSaving;
  private scope = '';
  /** The assignment this work belongs to, when the link holds one this site can read. */
  private assignmentRef: { id: string; code: string } | undefined;
  private questions: ExerciseQuestionData[] = [];
  /** Shows what the page says about saving while no save has failed (a frame, storage, unreadable work). */
  private restoreNotice = () => {};
  private status!: HTMLElement;

  connectedCallback() {
    const id = this.dataset.exercise ?? '';
    const query = new URLSearchParams(location.search);
    const code = query.get('a') ?? undefined;
    this.questions = readData(this, 'questions');
    const { session, state } = pageSession();
    this.session = session;
    // An exercise saves its run as soon as it is shown: the saving code is wanted at once.
    void session.ready();
    for (const el of this.querySelectorAll<HTMLElement>('.needs-js')) el.hidden = false;

    const assignment = code ? this.showAssignment(code, query.get('step')) : undefined;
    // Only a link this site can read makes a place of its own: any other `a=` would add one per visit.
    this.assignmentRef = assignment && code ? { id: assignmentId(code), code } : undefined;
    this.scope = workScope(id, this.assignmentRef?.code);

    this.status = part(this, '.save-notice');
    const start = startProblem(state);
    let notices: string[] = [];
    this.restoreNotice = () => sayAtStart(this.status, start, notices);
    const saved = session.load((later) => {
      notices = later;
      this.restoreNotice();
    });
    notices = saved.notices;
    this.restoreNotice();
    const item = Object.hasOwn(saved.work.items, this.scope) ? saved.work.items[this.scope] : {};

    this.bindText('prediction', item.prediction?.text ?? '');
    this.bindText('reflection', item.reflection?.text ?? '');
    void this.setUpQuestions(item, assignment);

    // The exact run the student looked at, kept with their work so a link can reopen it. The simulation may
    // already have run before this script did (separate modules, and a busy machine), so ask it as well.
    const keepRun = ({ model, params, seed }: SimRun) =>
      this.save(() => ({ run: { model, params, seed, savedAt: new Date().toISOString() } }));
    this.addEventListener('simchange', (event) => keepRun((event as CustomEvent<SimRun>).detail));
    const shown = this.querySelector<HTMLElement & Partial<Pick<SimulationElement, 'currentRun'>>>(
      'wom-simulation',
    )?.currentRun;
    if (shown) keepRun(shown);
  }

  /**
   * Writes one change to this exercise's saved work, with where and what it is: the page's own path (never
   * its query, which a link can make as long as it likes) and, inside an assignment, its code, kept once.
   */
  private save(change: (item: WorkItem) => ItemChange) {
    const result = this.session.save(
      this.scope,
      (item) => ({
        ...change(item),
        page: location.pathname,
        title: this.dataset.title ?? document.title,
      }),
      this.assignmentRef ? { assignment: this.assignmentRef } : {},
    );
    reportSave(this.status, result, undefined, () => this.restoreNotice());
  }

  /** A text box saved as the student types (once typing pauses, or at once if the page is left). */
  private bindText(id: 'prediction' | 'reflection', initial: string) {
    const area = this.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!area) return;
    area.value = initial;
    const saveLater = saveSoon(() => {
      const value = { text: area.value, savedAt: new Date().toISOString() };
      this.save(() => ({ [id]: value }));
    });
    area.addEventListener('input', saveLater);
  }

  private async setUpQuestions(item: WorkItem, assignment: Assignment | undefined) {
    const step = assignment?.items[Number(new URLSearchParams(location.search).get('step') ?? -1)];
    const settings = settingsOf(step);
    const spec = readData(this, 'spec');
    const preset = readData(this, 'params');
    const changes = settingsChanges(spec, preset, settings);
    const note = this.querySelector<HTMLElement>('.settings-note');
    if (note && changes.length) {
      note.textContent = t.settings(changes);
      note.hidden = false;
    }
    if (changesAnswers(settings)) {
      // The instructor changed values or the seed: the questions and answers are the model's for those
      // settings (computed here, as the class view does from the submission), not the preset's.
      const { computeMetric } = await import('../lib/metrics');
      const expected = expectedAnswers(
        {
          model: this.dataset.model ?? '',
          preset: this.dataset.preset ?? '',
          params: preset,
          questions: this.questions.map((q) => ({ ...q, text: q.template })),
        },
        spec,
        settings,
        computeMetric,
      );
      if (expected.ok) {
        for (const q of this.questions) {
          const e = expected.answers[q.id];
          q.answer = e.value;
          const li = part(this, `[data-question="${q.id}"]`);
          part(li, `#q-${q.id}-text`).textContent = e.text;
          part(li, '.answer').textContent = formatAnswer(q.answer, q.unit);
          part(li, '.answer-note').textContent = t.instructorParams;
        }
      } else if (note) {
        // Settings the model refuses: keep the preset's answers, which the page already shows, and say so.
        note.textContent = t.settingsFailed(expected.reason);
        note.hidden = false;
      }
    }
    for (const q of this.questions) {
      const li = this.querySelector<HTMLElement>(`[data-question="${q.id}"]`);
      const input = li?.querySelector('input');
      const button = li?.querySelector('button.check');
      const feedback = li?.querySelector<HTMLElement>('.feedback');
      if (!li || !input || !button || !feedback) continue;
      answerBox(
        input,
        button,
        feedback,
        q.unit,
        t.notANumber,
        (value) => {
          const right = isClose(value, q.answer, q.tolerance);
          return [
            right,
            right ? t.right(formatAnswer(q.answer, q.unit)) : t.notYet(formatAnswer(value, q.unit)),
          ];
        },
        (typed, right) => {
          const answer = { value: typed, correct: right, savedAt: new Date().toISOString() };
          this.save(() => ({ answers: { [q.id]: answer } }));
        },
        item.answers && Object.hasOwn(item.answers, q.id) ? item.answers[q.id].value : undefined,
      );
    }
  }

  /** The banner: which assignment, which step, and links to the steps before and after. */
  private showAssignment(code: string, stepText: string | null): Assignment | undefined {
    const banner = part(this, '.assignment-banner');
    banner.hidden = false;
    const base = this.dataset.base ?? '/';
    const decoded = decodeAssignment(code);
    if (!decoded.ok) {
      banner.textContent = t.banner.damaged(decoded.reason);
      return undefined;
    }
    const { assignment } = decoded;
    const index = Number(stepText);
    const site = { origin: location.origin, base };
    const link = (text: string, url: string, rel?: string) => {
      const a = document.createElement('a');
      // Built from the link's own data: followed only when it stays on this site.
      a.href = siteHref(url, site) ?? base;
      a.textContent = text;
      if (rel) a.rel = rel;
      return a;
    };
    const title = document.createElement('strong');
    title.textContent = assignment.title;
    const where = document.createElement('span');
    const known = Number.isInteger(index) && index >= 0 && index < assignment.items.length;
    where.textContent = known ? t.banner.stepOf(index + 1, assignment.items.length) : t.banner.partOf;
    banner.replaceChildren(title, where);
    if (known && index > 0)
      banner.append(link(t.banner.previous, stepUrl(base, code, assignment, index - 1), 'prev'));
    if (known && index < assignment.items.length - 1) {
      banner.append(link(t.banner.next, stepUrl(base, code, assignment, index + 1), 'next'));
    }
    banner.append(link(t.banner.all, `${base}assignment/?a=${encodeURIComponent(code)}`));
    return assignment;
  }
}

if (!customElements.get('wom-exercise')) customElements.define('wom-exercise', ExerciseElement);
