/**
 * <wom-assignment>: the student's view of an assignment link (/assignment/?a=…). Decodes the link, lists the
 * exercises as steps that open each exercise page with the instructor's settings, shows how far each step
 * has got from the work saved in this browser, and downloads the submission file to hand in.
 */
import { decodeAssignment, stepUrl, workScope, type Assignment } from '../../lib/assignment';
import { emptyWork, loadWork, openStorage, type StorageLike } from '../../lib/storage';
import { framedElsewhere } from '../save-notice';
import { saveProblems } from '../../strings/save-problems';
import { assignment as text } from '../../strings/assignment';
import { announce, downloadText, h } from './dom';
import { part, readData } from '../page-contract';
import {
  NAME_KEY,
  buildSubmission,
  formatDue,
  progressWords,
  stepProgress,
  stepState,
  stepStatus,
  submissionFileName,
  type StepExercise,
} from '../../lib/assignment-progress';

/** The JSON assignment.astro hands the element (src/elements/page-contract.ts). */
export interface AssignmentData {
  exercises: StepExercise[];
}

class AssignmentView extends HTMLElement {
  declare readonly pageData?: AssignmentData;
  private exercises = new Map<string, StepExercise>();
  private store: StorageLike | null = null;
  /** Whether the browser lets this page keep work: a frame elsewhere is said at once. */
  private framed = false;
  private code = '';
  private assignment: Assignment | null = null;
  private base = '/';

  connectedCallback() {
    this.base = this.dataset.base ?? '/';
    for (const e of readData(this, 'exercises')) this.exercises.set(e.id, e);
    this.store = openStorage().store;
    this.framed = framedElsewhere();
    const code = new URLSearchParams(location.search).get('a')?.trim() ?? '';
    const problem = part(this, '.assignment-problem');
    if (!code) {
      this.showProblem(problem, text.problem.noCode);
      return;
    }
    const decoded = decodeAssignment(code, new Set(this.exercises.keys()));
    if (!decoded.ok) {
      this.showProblem(problem, decoded.reason);
      return;
    }
    this.code = code;
    this.assignment = decoded.assignment;
    this.renderAssignment(decoded.notices);
    this.renderSteps();
    this.setUpHandIn();
    // Work is saved on the exercise pages: refresh when the student comes back to this tab or page.
    const refresh = () => this.renderSteps();
    window.addEventListener('pageshow', refresh);
    window.addEventListener('storage', refresh);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') refresh();
    });
  }

  private showProblem(problem: HTMLElement, reason: string) {
    problem.replaceChildren(
      h('strong', {}, text.problem.title),
      reason,
      text.problem.askAgain,
      h('a', { href: `${this.base}exercises/` }, text.problem.link),
      text.problem.after,
    );
    problem.hidden = false;
  }

  private renderAssignment(notices: string[]) {
    const a = this.assignment!;
    part(this, 'h1').textContent = a.title;
    document.title = `${a.title} · ${document.title.split(' · ').pop() ?? ''}`;
    const due = part(this, '.assignment-due');
    due.textContent = a.due ? text.head.due(formatDue(a.due)) : text.head.noDue;
    const instructions = part(this, '.assignment-instructions');
    instructions.textContent = a.instructions;
    instructions.hidden = a.instructions.trim() === '';
    const list = part(this, '.assignment-notices');
    const { notices: workNotices } = this.store ? loadWork(this.store) : { notices: [] };
    const frame = this.framed
      ? [this.store ? saveProblems.frame.partitioned : saveProblems.frame.blocked]
      : [];
    const all = [
      ...notices,
      ...workNotices,
      ...(this.store || this.framed ? [] : [text.head.noStorage]),
      ...frame,
    ];
    list.replaceChildren(...all.map((n) => h('li', {}, n)));
    list.hidden = all.length === 0;
    part(this, '.assignment-body').hidden = false;
  }

  private renderSteps() {
    const a = this.assignment;
    if (!a) return;
    const work = this.store ? loadWork(this.store).work : emptyWork();
    const list = part(this, '.assignment-steps');
    let done = 0;
    const items = a.items.map((item, index) => {
      const ex = this.exercises.get(item.exercise);
      const scope = workScope(item.exercise, this.code);
      const saved = Object.hasOwn(work.items, scope) ? work.items[scope] : undefined;
      const p = stepProgress(saved, ex?.questions ?? []);
      if (p.done) done++;
      const words = progressWords(p);
      const status = stepStatus(p);
      const heading = `step-${index}-title`;
      return h(
        'li',
        { class: 'step card', 'aria-labelledby': heading, 'data-status': stepState(p) },
        h(
          'h3',
          { id: heading },
          h(
            'a',
            { href: stepUrl(this.base, this.code, a, index) },
            h('span', { class: 'step-number' }, text.steps.number(index + 1)),
            ex?.title ?? item.exercise,
          ),
        ),
        h(
          'p',
          { class: 'muted step-meta' },
          ex ? text.steps.meta(ex.caseTitle, ex.minutes) : '',
          item.lock.length || Object.keys(item.params).length ? text.steps.withSettings : '',
        ),
        h('p', { class: 'step-status' }, h('span', { class: 'badge' }, status)),
        h(
          'ul',
          { class: 'step-progress' },
          h('li', { 'data-done': p.predicted }, words.prediction),
          h('li', { 'data-done': p.answered === p.total }, words.questions),
          h('li', { 'data-done': p.reflected }, words.reflection),
        ),
      );
    });
    list.replaceChildren(...items);
    part(this, '.assignment-summary').textContent = text.steps.summary(done, a.items.length);
  }

  private setUpHandIn() {
    const name = part(this, '#student-name', HTMLInputElement);
    const button = part(this, '.download-submission', HTMLButtonElement);
    const status = part(this, '.hand-in-status');
    try {
      name.value = this.store?.getItem(NAME_KEY) ?? '';
    } catch {
      name.value = '';
    }
    let told = false;
    name.addEventListener('input', () => {
      try {
        if (!this.store) throw new Error('no storage');
        this.store.setItem(NAME_KEY, name.value.trim());
      } catch {
        // Storage full or refused: the name still goes into this download; said once, not at every key.
        if (!told) announce(status, text.handIn.nameNotSaved);
        told = true;
      }
    });
    button.addEventListener('click', () => {
      const student = name.value.trim();
      if (!student) {
        name.setAttribute('aria-invalid', 'true');
        announce(status, text.handIn.nameMissing);
        name.focus();
        return;
      }
      name.removeAttribute('aria-invalid');
      const a = this.assignment!;
      const work = this.store ? loadWork(this.store).work : emptyWork();
      const submission = buildSubmission(this.code, a, this.exercises, work, student);
      const file = submissionFileName(a.title, student);
      downloadText(`${JSON.stringify(submission, null, 2)}\n`, file, 'application/json');
      const empty = submission.items.filter(
        (i) => !i.prediction && !i.reflection && Object.keys(i.answers).length === 0,
      ).length;
      announce(status, text.handIn.downloaded(file, empty));
    });
  }
}

if (!customElements.get('wom-assignment')) customElements.define('wom-assignment', AssignmentView);
