/**
 * <wom-sco>: the launch page of a SCORM package. Finds the LMS's API (src/lib/scorm/api.ts), restores the
 * student's work from cmi.suspend_data into this browser, shows each step's exercise page in a frame, and
 * whenever an exercise page saves (a `storage` event from the frame) sends the work, completion, score and
 * answers to the LMS and commits. On leaving it sets the exit to "suspend" (so the next launch resumes), the
 * session time, commits and finishes. Without an LMS the work stays in this browser, with a notice.
 */
import { decodeAssignment, type Assignment } from '../../lib/assignment';
import { connect, findApi, type Lms, type ScormVersion } from '../../lib/scorm/api';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../lib/scorm/suspend';
import {
  ELEMENT,
  interactionElements,
  readSent,
  sessionTime,
  statusElements,
  tally,
  type PackageStep,
  type Sent,
} from '../../lib/scorm/report';
import { readStepWork, restoreStepWork } from '../../lib/scorm/local-work';
import { packageStepUrl, packageSteps } from '../../lib/scorm/steps';
// openStorage, not browserStore: the lesson pages' shared chunk then stays as it is (no extra export).
import { openStorage, STORAGE_KEY, type StorageLike } from '../../lib/storage';
import { formatDue } from '../../lib/assignment-progress';
import { h } from '../assignment/dom';
import { part, readData } from '../page-contract';
import { scorm } from '../../strings/scorm';
import { NONE } from '../../lib/scorm/files';

const t = scorm.launch;

/** The JSON launch.astro hands the element (src/elements/page-contract.ts). */
export interface ScoData {
  exercises: PackageStep[];
}

class ScoElement extends HTMLElement {
  declare readonly pageData?: ScoData;
  private lms: Lms | undefined;
  private version: ScormVersion = '1.2';
  private code = '';
  private assignment!: Assignment;
  private steps: PackageStep[] = [];
  private store: StorageLike | null = null;
  private sent: Sent = new Map();
  private count = 0;
  private lastSuspend = '';
  private current = 0;
  private started = Date.now();
  private finished = false;
  private timer = 0;

  connectedCallback() {
    this.version = this.dataset.version === '2004' ? '2004' : '1.2';
    this.code = this.dataset.assignment === NONE ? '' : (this.dataset.assignment ?? '');
    const decoded = this.code ? decodeAssignment(this.code) : undefined;
    const storeNote = part(this, '.sco-store');
    if (!decoded?.ok) {
      storeNote.textContent = decoded ? decoded.reason : t.noAssignment;
      storeNote.hidden = false;
      return;
    }
    this.assignment = decoded.assignment;
    const exercises = readData(this, 'exercises');
    this.steps = packageSteps(this.assignment, exercises);
    this.store = openStorage().store;
    document.title = this.assignment.title;
    part(this, '.sco-title').textContent = this.assignment.title;

    const api = findApi(window, this.version);
    const lms = api ? connect(api, this.version) : undefined;
    if (lms?.initialize()) {
      this.lms = lms;
      storeNote.textContent = scorm.store.lms;
      this.resume();
    } else {
      storeNote.textContent = lms ? scorm.store.lmsRefused : scorm.store.noLms;
    }
    storeNote.hidden = false;
    this.render();

    // The exercise pages in the frame write to localStorage; this page hears it as a `storage` event.
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) this.syncSoon();
    });
    // pagehide is the last event a page reliably gets, also when an LMS removes its frame; beforeunload as
    // well, for players that close a window (no unload listener: browsers are retiring it).
    for (const type of ['pagehide', 'beforeunload'] as const)
      window.addEventListener(type, () => this.finish());
  }

  private get ids() {
    return this.steps.map((s) => s.exercise);
  }

  /** Reads where the student was and their work from the LMS, and puts that work in this browser. */
  private resume() {
    const lms = this.lms!;
    const names = ELEMENT[this.version];
    const saved = lms.get(names.suspend);
    const work = decodeSuspend(saved, new Date().toISOString());
    if (this.store && !restoreStepWork(this.store, this.code, this.ids, work)) {
      this.note(scorm.store.unreadableLocal);
    }
    this.lastSuspend = saved;
    const location = Number.parseInt(lms.get(names.location), 10);
    if (Number.isInteger(location) && location >= 0 && location < this.steps.length) this.current = location;
    if (this.version === '2004') ({ sent: this.sent, count: this.count } = readSent((e) => lms.get(e)));
    else {
      // 1.2's interactions are write-only: the answers the LMS keeps in suspend data were journaled
      // already, so only answers changed from here on are written again.
      this.count = Math.max(0, Number.parseInt(lms.get('cmi.interactions._count'), 10) || 0);
      interactionElements(this.version, this.steps, work, this.sent, 0, new Date());
    }
  }

  private note(text: string) {
    part(this, '.sco-saved').textContent = text;
  }

  private syncSoon() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.sync(), 300);
  }

  /** Sends this assignment's work to the LMS: suspend data, status, score, new answers; then commits. */
  private sync(): void {
    const work = this.store ? readStepWork(this.store, this.code, this.ids) : {};
    const counts = tally(this.steps, work);
    part(this, '.sco-progress').textContent = t.progress(counts.answered, counts.total);
    const lms = this.lms;
    if (!lms || this.finished) return;
    const names = ELEMENT[this.version];
    const suspend = encodeSuspend(work, SUSPEND_LIMIT[this.version]);
    const elements = statusElements(this.version, this.steps, work);
    elements.push([names.location, String(this.current)]);
    if (suspend.data !== this.lastSuspend) elements.push([names.suspend, suspend.data]);
    const answers = interactionElements(this.version, this.steps, work, this.sent, this.count, new Date());
    this.count = answers.count;
    elements.push(...answers.elements);
    let refused = '';
    for (const [element, value] of elements) {
      if (!lms.set(element, value) && !refused) refused = lms.lastError() || '?';
    }
    if (!lms.commit() && !refused) refused = lms.lastError() || '?';
    if (!refused) this.lastSuspend = suspend.data;
    this.note(
      refused ? scorm.store.notSaved(refused) : suspend.truncated ? scorm.store.truncated : scorm.store.saved,
    );
  }

  /** Once: the last save, "suspend" so the next launch resumes, the session's time, commit and finish. */
  private finish() {
    if (this.finished || !this.lms) return;
    window.clearTimeout(this.timer);
    this.sync();
    const names = ELEMENT[this.version];
    this.lms.set(names.exit, 'suspend');
    this.lms.set(names.sessionTime, sessionTime(this.version, Date.now() - this.started));
    this.lms.commit();
    this.lms.finish();
    this.finished = true;
  }

  private render() {
    part(this, '.sco-body').hidden = false;
    const due = part(this, '.sco-due');
    due.textContent = this.assignment.due ? t.due(formatDue(this.assignment.due)) : '';
    due.hidden = !this.assignment.due;
    part(this, '.sco-instructions').textContent = this.assignment.instructions;
    const list = part(this, '.sco-steps');
    list.replaceChildren(
      ...this.steps.map((step, i) => {
        const b = h('button', { type: 'button', 'data-step': String(i) }, t.step(i + 1, step.title));
        b.addEventListener('click', () => this.show(i, true));
        return h('li', {}, b);
      }),
    );
    part(this, '.sco-prev').addEventListener('click', () => this.show(this.current - 1, true));
    part(this, '.sco-next').addEventListener('click', () => this.show(this.current + 1, true));
    this.show(this.current, false);
    // Status from the start, so an LMS shows the attempt as begun even before the first answer.
    this.sync();
  }

  private show(index: number, moved: boolean) {
    if (index < 0 || index >= this.steps.length) return;
    this.current = index;
    const step = this.steps[index];
    const frame = part(this, '.sco-frame', HTMLIFrameElement);
    frame.title = t.frameTitle(step.title);
    const itemIndex = this.assignment.items.findIndex((i) => i.exercise === step.exercise);
    frame.src = packageStepUrl(this.code, this.assignment, itemIndex);
    for (const b of this.querySelectorAll<HTMLButtonElement>('.sco-steps button')) {
      if (b.dataset.step === String(index)) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
    part(this, '.sco-prev', HTMLButtonElement).disabled = index === 0;
    part(this, '.sco-next', HTMLButtonElement).disabled = index === this.steps.length - 1;
    if (moved) {
      this.note(t.showing(index + 1, this.steps.length, step.title));
      this.syncSoon();
    }
  }
}

if (!customElements.get('wom-sco')) customElements.define('wom-sco', ScoElement);
