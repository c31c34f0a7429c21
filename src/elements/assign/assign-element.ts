/**
 * <wom-assign>: the assignment builder. An instructor picks exercises, orders them, sets or locks parameters,
 * writes a title, instructions and a due date, and gets the assignment link, embed codes and a printable
 * worksheet with a QR code per step. The draft lives in this page's own URL (?a=…), so it can be bookmarked.
 */
import type { Assignment, AssignmentItem } from '../../lib/assignment';
import { assign } from '../../strings/assign';
import { assignment } from '../../strings/assignment';
import { announce, copyText, h } from '../assignment/dom';
import { part, readData } from '../page-contract';
import { formatDue } from '../../lib/assignment-progress';
import { difficultyLevel } from '../../strings/difficulty';
import { shownValue } from '../../models/percent';
import { formatAnswer } from '../../lib/answers';
import {
  changesAnswers,
  expectedAnswers,
  settingsKey,
  settingsOf,
  type ExpectedAnswers,
} from '../../lib/grading';
import {
  MAX_ITEMS,
  assignmentCode,
  assignmentLink,
  checkParam,
  checkSeed,
  describeValue,
  embedCode,
  filterExercises,
  moveItem,
  paramHelp,
  readDraft,
  sameValue,
  settingsSummary,
  siteRoot,
  stepLink,
  valueOf,
  type BuilderExercise,
  type HelpedParam,
  type Specs,
} from '../../lib/assignment-builder';

/** The JSON assign.astro hands the builder (src/elements/page-contract.ts). */
export interface AssignData {
  exercises: BuilderExercise[];
  /** Each model's parameters an assignment may set, with their help. */
  specs: Specs;
}

class AssignBuilder extends HTMLElement {
  declare readonly pageData?: AssignData;
  private exercises = new Map<string, BuilderExercise>();
  private specs: Specs = {};
  private base = '/';
  private draft!: Assignment;
  private status!: HTMLElement;
  private chosenList!: HTMLElement;
  private rows = new Map<string, HTMLLIElement>();
  private worksheetShown = false;
  private worksheetToken = 0;
  private keyShown = false;
  private keyToken = 0;
  private outputTimer = 0;
  /** The model's answers by exercise and settings, computed once each (the models load on first need). */
  private expectedCache = new Map<string, ExpectedAnswers>();

  connectedCallback() {
    for (const e of readData(this, 'exercises')) this.exercises.set(e.id, e);
    this.specs = readData(this, 'specs');
    this.base = this.dataset.base ?? '/';
    this.status = part(this, '.builder-status');
    this.chosenList = part(this, '.chosen');

    const { draft, notices } = readDraft(
      new URLSearchParams(location.search).get('a'),
      this.exercises,
      this.specs,
    );
    this.draft = draft;
    const noticeBox = part(this, '.builder-notices');
    noticeBox.replaceChildren(...notices.map((n) => h('li', {}, n)));
    noticeBox.hidden = notices.length === 0;

    for (const el of this.querySelectorAll<HTMLElement>('.needs-js')) el.hidden = false;
    part(this, '#pick-heading').textContent = assign.picker.headingReady;
    this.classList.add('ready');
    this.setUpDetails();
    this.setUpPicker();
    for (const item of this.draft.items) this.chosenList.append(this.renderItem(item));
    this.setUpShare();
    this.refresh(false);
  }

  // ── Title, instructions, due date ──────────────────────────────────────────────────────────────────

  private setUpDetails() {
    const title = part(this, '#assign-title', HTMLInputElement);
    const instructions = part(this, '#assign-instructions', HTMLTextAreaElement);
    const due = part(this, '#assign-due', HTMLInputElement);
    title.value = this.draft.title;
    instructions.value = this.draft.instructions;
    due.value = this.draft.due;
    title.addEventListener('input', () => {
      this.draft.title = title.value;
      this.refresh();
    });
    instructions.addEventListener('input', () => {
      this.draft.instructions = instructions.value;
      this.refresh();
    });
    due.addEventListener('input', () => {
      this.draft.due = /^\d{4}-\d{2}-\d{2}$/.test(due.value) ? due.value : '';
      this.refresh();
    });
  }

  // ── Choosing exercises ─────────────────────────────────────────────────────────────────────────────

  private setUpPicker() {
    const form = part(this, '.pick-filters', HTMLFormElement);
    const count = part(this, '.pick-count');
    const list = part(this, '.exercise-list');
    const items = new Map<string, HTMLElement>();
    for (const li of list.querySelectorAll<HTMLElement>(':scope > li[data-id]')) {
      const id = li.dataset.id!;
      const exercise = this.exercises.get(id);
      if (!exercise) continue;
      items.set(id, li);
      const button = h(
        'button',
        { type: 'button', class: 'add', 'data-id': id },
        assign.picker.add,
        h('span', { class: 'visually-hidden' }, assign.picker.addOf(exercise.title)),
      );
      button.addEventListener('click', () => this.add(id));
      part(li, '.add-slot').replaceWith(button);
    }
    const text = (data: FormData, key: string) => {
      const v = data.get(key);
      return typeof v === 'string' ? v : '';
    };
    const apply = () => {
      const data = new FormData(form);
      const shown = filterExercises([...this.exercises.values()], {
        q: text(data, 'q'),
        case: text(data, 'case'),
        model: text(data, 'model'),
        difficulty: text(data, 'difficulty'),
      });
      const ids = new Set(shown.map((e) => e.id));
      for (const [id, li] of items) li.hidden = !ids.has(id);
      count.textContent = assign.picker.count(shown.length, items.size);
    };
    form.addEventListener('input', apply);
    form.addEventListener('reset', () => window.setTimeout(apply, 0));
    form.addEventListener('submit', (e) => e.preventDefault());
    apply();
  }

  /** Marks the picker's buttons for exercises already chosen (still focusable, so focus is never lost). */
  private syncAddButtons() {
    const chosen = new Set(this.draft.items.map((i) => i.exercise));
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.add')) {
      const has = chosen.has(button.dataset.id!);
      button.setAttribute('aria-disabled', String(has));
      button.firstChild!.textContent = has ? assign.picker.added : assign.picker.add;
    }
  }

  private add(id: string) {
    const exercise = this.exercises.get(id);
    if (!exercise) return;
    if (this.draft.items.some((i) => i.exercise === id)) {
      announce(this.status, assign.announce.alreadyStep(exercise.title, this.indexOf(id) + 1));
      return;
    }
    if (this.draft.items.length >= MAX_ITEMS) {
      announce(this.status, assign.announce.tooMany(MAX_ITEMS));
      return;
    }
    const item: AssignmentItem = { exercise: id, params: {}, lock: [] };
    this.draft.items.push(item);
    this.chosenList.append(this.renderItem(item));
    this.refresh();
    announce(this.status, assign.announce.added(exercise.title, this.draft.items.length));
  }

  private indexOf(id: string) {
    return this.draft.items.findIndex((i) => i.exercise === id);
  }

  // ── The chosen exercises: order, remove, settings ─────────────────────────────────────────────────

  private renderItem(item: AssignmentItem): HTMLLIElement {
    const exercise = this.exercises.get(item.exercise)!;
    const spec = this.specs[exercise.model] ?? [];
    const id = exercise.id;
    const headingId = `chosen-${id}`;
    const button = (label: string, cls: string, onClick: () => void) => {
      const b = h(
        'button',
        { type: 'button', class: cls },
        label,
        h('span', { class: 'visually-hidden' }, assign.chosen.buttonOf(exercise.title)),
      );
      b.addEventListener('click', onClick);
      return b;
    };
    const params = h('div', { class: 'params' }, ...spec.map((row) => this.renderParam(item, exercise, row)));
    const li = h(
      'li',
      { class: 'chosen-item card', 'data-id': id, 'aria-labelledby': headingId },
      h(
        'div',
        { class: 'chosen-head' },
        h(
          'h3',
          { id: headingId, tabindex: '-1' },
          h('span', { class: 'step-label' }),
          ' ',
          h('a', { href: `${this.base}exercises/${id}/` }, exercise.title),
        ),
        h(
          'div',
          { class: 'chosen-actions', role: 'group', 'aria-label': assign.chosen.order(exercise.title) },
          button(assign.chosen.moveUp, 'up', () => this.move(id, -1)),
          button(assign.chosen.moveDown, 'down', () => this.move(id, 1)),
          button(assign.chosen.remove, 'remove', () => this.removeItem(id)),
        ),
      ),
      h(
        'p',
        { class: 'muted chosen-meta' },
        assign.chosen.meta(exercise.caseTitle, difficultyLevel(exercise.difficulty), exercise.minutes),
      ),
      h('p', { class: 'chosen-summary' }),
      h('div', { class: 'expected', 'aria-live': 'polite' }),
      h(
        'details',
        { class: 'settings' },
        h('summary', {}, assign.chosen.settings),
        h('p', { class: 'muted' }, assign.chosen.settingsHelp),
        params,
        this.renderSeed(item, exercise),
      ),
    );
    this.rows.set(id, li);
    return li;
  }

  private renderParam(item: AssignmentItem, exercise: BuilderExercise, row: HelpedParam): HTMLElement {
    const base = `p-${exercise.id}-${row.id}`;
    const fixed = exercise.lock.includes(row.id);
    const current = valueOf(item, exercise, row.id);
    const unit = row.kind === 'number' ? assign.param.unit(row.unit) : '';
    const help = paramHelp(row, exercise.params[row.id]);
    const control =
      row.kind === 'number'
        ? h('input', {
            id: base,
            type: 'number',
            inputmode: 'decimal',
            // The field holds what the instructor reads: a share as a percentage (checkParam converts back).
            min: shownValue(row, row.min),
            max: shownValue(row, row.max),
            step: shownValue(row, row.step),
            value: current === undefined ? '' : String(shownValue(row, Number(current))),
            disabled: fixed,
            'aria-describedby': `${base}-help ${base}-msg`,
          })
        : h(
            'select',
            { id: base, disabled: fixed, 'aria-describedby': `${base}-help ${base}-msg` },
            ...row.options.map((o) =>
              h('option', { value: o.value, selected: o.value === current }, o.label),
            ),
          );
    const message = h('p', { id: `${base}-msg`, class: 'param-msg', 'aria-live': 'polite' });
    const freed = () => item.unlock?.includes(row.id) === true;
    const lock = h('input', {
      type: 'checkbox',
      id: `${base}-lock`,
      checked: (fixed && !freed()) || item.lock.includes(row.id),
      disabled: fixed && !freed(),
    });
    // A setting the exercise fixes can be freed for this assignment, with a warning of what that risks.
    const unlock = fixed ? h('input', { type: 'checkbox', id: `${base}-unlock`, checked: freed() }) : null;
    const warning = h(
      'p',
      { class: 'notice unlock-warning', hidden: !freed() },
      assign.param.unlockWarning(exercise.title),
    );
    const wrap = h(
      'div',
      { class: 'param', 'data-param': row.id },
      h('label', { for: base }, row.label + unit),
      h(
        'div',
        { class: 'param-row' },
        control,
        h(
          'label',
          { class: 'lock', for: `${base}-lock` },
          lock,
          ' ',
          h('span', { class: 'lock-word' }, fixed && !freed() ? assign.param.fixed : assign.param.lock),
          h('span', { class: 'visually-hidden' }, ` ${row.label}`),
        ),
        unlock
          ? h(
              'label',
              { class: 'lock', for: `${base}-unlock` },
              unlock,
              ' ',
              assign.param.unlock,
              h('span', { class: 'visually-hidden' }, ` ${row.label}`),
            )
          : null,
      ),
      h('p', { id: `${base}-help`, class: 'muted param-help' }, help),
      warning,
      message,
    );
    if (fixed) {
      if (!freed()) control.disabled = true;
      unlock!.addEventListener('change', () => {
        const on = unlock!.checked;
        item.unlock = on ? [...(item.unlock ?? []), row.id] : (item.unlock ?? []).filter((u) => u !== row.id);
        if (!item.unlock.length) delete item.unlock;
        // Freed, it stays locked for students until the instructor unlocks it; put back, the exercise's value.
        item.lock = on ? [...item.lock, row.id] : item.lock.filter((l) => l !== row.id);
        if (!on) {
          delete item.params[row.id];
          const own = exercise.params[row.id];
          control.value =
            own === undefined ? '' : String(row.kind === 'number' ? shownValue(row, Number(own)) : own);
          message.textContent = '';
          control.removeAttribute('aria-invalid');
        }
        control.disabled = !on;
        lock.disabled = !on;
        // Freed, the checkbox is the instructor's own lock again; put back, the exercise's.
        part(wrap, '.lock-word').textContent = on ? assign.param.lock : assign.param.fixed;
        lock.checked = true;
        warning.hidden = !on;
        this.refresh();
      });
    }
    const commit = (final: boolean) => {
      const checked = checkParam(row, control.value);
      if (!checked.ok) {
        control.setAttribute('aria-invalid', 'true');
        if (final) {
          const kept = valueOf(item, exercise, row.id);
          message.textContent = assign.param.notAccepted(checked.message, describeValue(row, kept));
        }
        return;
      }
      control.removeAttribute('aria-invalid');
      message.textContent = '';
      if (sameValue(checked.value, exercise.params[row.id])) delete item.params[row.id];
      else item.params[row.id] = checked.value;
      this.refresh();
    };
    control.addEventListener('input', () => commit(false));
    control.addEventListener('change', () => commit(true));
    lock.addEventListener('change', () => {
      if (lock.disabled) return;
      item.lock = lock.checked ? [...item.lock, row.id] : item.lock.filter((l) => l !== row.id);
      this.refresh();
    });
    return wrap;
  }

  /** The seed a step's simulation starts from, which its model answers use too. */
  private renderSeed(item: AssignmentItem, exercise: BuilderExercise): HTMLElement {
    const base = `p-${exercise.id}-seed`;
    const input = h('input', {
      id: base,
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      max: 0xffffffff,
      step: 1,
      value: String(item.seed ?? 1),
      'aria-describedby': `${base}-help ${base}-msg`,
    });
    const message = h('p', { id: `${base}-msg`, class: 'param-msg', 'aria-live': 'polite' });
    const commit = (final: boolean) => {
      const seed = checkSeed(input.value);
      if (seed === null) {
        input.setAttribute('aria-invalid', 'true');
        if (final) message.textContent = assign.param.seedInvalid;
        return;
      }
      input.removeAttribute('aria-invalid');
      message.textContent = '';
      if (seed === 1) delete item.seed;
      else item.seed = seed;
      this.refresh();
    };
    input.addEventListener('input', () => commit(false));
    input.addEventListener('change', () => commit(true));
    return h(
      'div',
      { class: 'param', 'data-param': 'seed' },
      h('label', { for: base }, assign.param.seed),
      h('div', { class: 'param-row' }, input),
      h('p', { id: `${base}-help`, class: 'muted param-help' }, assign.param.seedHelp),
      message,
    );
  }

  /**
   * The model's answers to a step's questions for its settings (and its questions as those settings read):
   * the build's own for the exercise's settings, else computed here, once per settings.
   */
  private async expected(item: AssignmentItem, exercise: BuilderExercise): Promise<ExpectedAnswers> {
    const settings = settingsOf(item);
    const key = `${exercise.id}\n${settingsKey(settings)}`;
    const cached = this.expectedCache.get(key);
    if (cached) return cached;
    const spec = this.specs[exercise.model] ?? [];
    const graded = { ...exercise, questions: exercise.questions.map((q) => ({ ...q, text: q.template })) };
    let result: ExpectedAnswers;
    if (!changesAnswers(settings)) result = expectedAnswers(graded, spec, settings);
    else {
      try {
        const { computeMetric } = await import('../../lib/metrics');
        result = expectedAnswers(graded, spec, settings, computeMetric);
      } catch (error) {
        result = { ok: false, reason: (error as Error).message };
      }
    }
    this.expectedCache.set(key, result);
    return result;
  }

  /** The expected answers as list items: "question 6.1% (from 5.5% to 6.7% counts as right)". */
  private expectedItems(exercise: BuilderExercise, result: ExpectedAnswers): HTMLElement[] {
    if (!result.ok) return [h('li', { class: 'notice' }, assign.expected.failed(result.reason))];
    return exercise.questions.map((q) => {
      const e = result.answers[q.id];
      const spread = Math.abs(e.value) * q.tolerance;
      return h(
        'li',
        { 'data-question': q.id },
        assign.expected.answer(
          e.text,
          formatAnswer(e.value, q.unit),
          formatAnswer(e.value - spread, q.unit),
          formatAnswer(e.value + spread, q.unit),
        ),
      );
    });
  }

  /** Under each step: the model's answers for the settings chosen, recomputed as they change. */
  private async renderExpected() {
    for (const item of [...this.draft.items]) {
      const exercise = this.exercises.get(item.exercise);
      const box = this.rows.get(item.exercise)?.querySelector<HTMLElement>('.expected');
      if (!exercise || !box || exercise.questions.length === 0) continue;
      const key = settingsKey(settingsOf(item));
      if (box.dataset.key === key) continue;
      box.dataset.key = key;
      box.setAttribute('aria-busy', 'true');
      const result = await this.expected(item, exercise);
      // Settings changed again while the model ran: the newer call draws.
      if (box.dataset.key !== key) continue;
      box.replaceChildren(
        h('p', { class: 'expected-heading' }, assign.expected.heading),
        h('ul', {}, ...this.expectedItems(exercise, result)),
      );
      box.removeAttribute('aria-busy');
    }
  }

  private move(id: string, delta: number) {
    const index = this.indexOf(id);
    const title = this.exercises.get(id)?.title ?? id;
    const to = index + delta;
    if (to < 0 || to >= this.draft.items.length) {
      announce(this.status, assign.announce.alreadyAtEnd(title, delta < 0));
      return;
    }
    this.draft.items = moveItem(this.draft.items, index, delta);
    const focused = document.activeElement;
    for (const item of this.draft.items) this.chosenList.append(this.rows.get(item.exercise)!);
    if (focused instanceof HTMLElement) focused.focus();
    this.refresh();
    announce(this.status, assign.announce.moved(title, to + 1, this.draft.items.length));
  }

  private removeItem(id: string) {
    const index = this.indexOf(id);
    if (index < 0) return;
    const title = this.exercises.get(id)?.title ?? id;
    this.draft.items.splice(index, 1);
    this.rows.get(id)?.remove();
    this.rows.delete(id);
    this.refresh();
    // Focus goes to the step now in this place, or to the list's heading when none is left.
    const next = this.draft.items[Math.min(index, this.draft.items.length - 1)];
    const target = next
      ? this.rows.get(next.exercise)?.querySelector<HTMLElement>('h3')
      : this.querySelector<HTMLElement>('#chosen-heading');
    target?.focus();
    announce(this.status, assign.announce.removed(title, this.draft.items.length));
  }

  // ── Output: URL state, link, embeds, worksheet ─────────────────────────────────────────────────────

  private setUpShare() {
    const link = part(this, '#assign-link', HTMLInputElement);
    part(this, '.copy-link').addEventListener('click', () => {
      void copyText(link.value, link).then((ok) =>
        announce(this.status, ok ? assign.announce.linkCopied : assign.announce.copyLinkByHand),
      );
    });
    part(this, '.show-worksheet').addEventListener('click', () => {
      this.worksheetShown = true;
      void this.renderWorksheet(true).then(() => {
        const ws = part(this, '.worksheet');
        ws.querySelector<HTMLElement>('h2')?.focus();
      });
    });
    part(this, '.print-worksheet').addEventListener('click', () => {
      const print = () => window.print();
      if (this.worksheetShown) print();
      else {
        this.worksheetShown = true;
        void this.renderWorksheet(true).then(print);
      }
    });
    part(this, '.show-key').addEventListener('click', () => {
      this.keyShown = true;
      void this.renderKey(true).then(() => {
        this.querySelector<HTMLElement>('.answer-key h2')?.focus();
      });
    });
    part(this, '.print-key').addEventListener('click', () => {
      this.keyShown = true;
      void this.renderKey(true).then(() => {
        // Printing the key prints only the key (html.print-key), until the print dialog closes.
        document.documentElement.classList.add('print-key');
        window.print();
      });
    });
    window.addEventListener('beforeprint', () => {
      const root = document.documentElement;
      if (this.worksheetShown && !root.classList.contains('print-key')) root.classList.add('print-worksheet');
    });
    window.addEventListener('afterprint', () =>
      document.documentElement.classList.remove('print-worksheet', 'print-key'),
    );
  }

  /** Everything that follows from the draft; `soon` waits for typing to pause before the heavier parts. */
  private refresh(soon = true) {
    this.syncAddButtons();
    const n = this.draft.items.length;
    this.draft.items.forEach((item, i) => {
      const li = this.rows.get(item.exercise);
      if (!li) return;
      part(li, '.step-label').textContent = assign.chosen.step(i + 1);
      const exercise = this.exercises.get(item.exercise)!;
      const summary = settingsSummary(item, exercise, this.specs[exercise.model] ?? []);
      part(li, '.chosen-summary').textContent = summary
        ? assign.chosen.yourSettings(summary)
        : assign.chosen.ownSettings;
    });
    part(this, '.chosen-empty').hidden = n > 0;
    part(this, '.chosen-count').textContent = assign.chosen.count(n);

    const code = assignmentCode(this.draft);
    const empty = n === 0 && !this.draft.title && !this.draft.instructions && !this.draft.due;
    const search = empty ? '' : `?a=${code}`;
    if (search !== location.search)
      history.replaceState(null, '', location.pathname + search + location.hash);

    window.clearTimeout(this.outputTimer);
    if (soon) this.outputTimer = window.setTimeout(() => this.renderOutputs(code), 250);
    else this.renderOutputs(code);
  }

  private renderOutputs(code: string) {
    const n = this.draft.items.length;
    part(this, '.share-empty').hidden = n > 0;
    part(this, '.share-body').hidden = n === 0;
    if (n === 0) return;
    const root = siteRoot(location.origin, this.base);
    const link = assignmentLink(root, code);
    part(this, '#assign-link', HTMLInputElement).value = link;
    part(this, '.open-assignment', HTMLAnchorElement).href = link;
    const length = part(this, '.link-length');
    length.textContent =
      link.length > 1800 ? assign.share.linkTooLong(link.length) : assign.share.linkLength(link.length);

    const embeds = part(this, '.embeds');
    const title = this.draft.title.trim() || assignment.defaultTitle;
    const blocks = [
      { label: assign.share.embedWhole(title), code: embedCode(link, title, 900) },
      ...this.draft.items.map((item, i) => {
        const ex = this.exercises.get(item.exercise)!;
        return {
          label: assign.share.embedStep(i + 1, ex.title),
          code: embedCode(
            stepLink(location.origin, this.base, code, this.draft, i),
            assign.share.embedFrameTitle(ex.title),
            1200,
          ),
        };
      }),
    ];
    embeds.replaceChildren(
      ...blocks.map((b, i) => {
        const id = `embed-${i}`;
        const area = h('textarea', { id, readonly: true, rows: 3, spellcheck: 'false' });
        area.value = b.code;
        const copy = h(
          'button',
          { type: 'button' },
          assign.share.copy,
          h('span', { class: 'visually-hidden' }, assign.share.copyOf(b.label)),
        );
        copy.addEventListener('click', () => {
          void copyText(area.value, area).then((ok) =>
            announce(
              this.status,
              ok ? assign.announce.embedCopied(b.label) : assign.announce.copyEmbedByHand,
            ),
          );
        });
        return h('div', { class: 'embed' }, h('label', { for: id }, b.label), area, copy);
      }),
    );
    if (this.worksheetShown) void this.renderWorksheet();
    if (this.keyShown) void this.renderKey();
    void this.renderExpected();
  }

  /** The answer key: every step's settings and its questions with the model's answers for them. */
  private async renderKey(announceReady = false) {
    const token = ++this.keyToken;
    const key = part(this, '.answer-key');
    const a = this.draft;
    const title = a.title.trim() || assignment.defaultTitle;
    const say = assign.key;
    const steps: HTMLElement[] = [];
    for (const [i, item] of a.items.entries()) {
      const exercise = this.exercises.get(item.exercise)!;
      const result = await this.expected(item, exercise);
      if (token !== this.keyToken) return;
      const summary = settingsSummary(item, exercise, this.specs[exercise.model] ?? []);
      steps.push(
        h(
          'section',
          { class: 'ws-step' },
          h('h3', {}, say.step(i + 1, exercise.title)),
          h('p', { class: 'muted' }, summary ? say.settings(summary) : say.ownSettings),
          exercise.questions.length
            ? h('ol', { class: 'key-list' }, ...this.expectedItems(exercise, result))
            : null,
        ),
      );
    }
    key.replaceChildren(h('h2', { tabindex: '-1' }, say.heading(title)), h('p', {}, say.intro), ...steps);
    key.hidden = a.items.length === 0;
    if (announceReady) announce(this.status, assign.announce.keyReady);
  }

  private async renderWorksheet(announceReady = false) {
    const token = ++this.worksheetToken;
    const ws = part(this, '.worksheet');
    const code = assignmentCode(this.draft);
    const root = siteRoot(location.origin, this.base);
    const a = this.draft;
    const title = a.title.trim() || assignment.defaultTitle;
    const say = assign.worksheet;
    const steps = a.items.map((item, i) => ({
      item,
      exercise: this.exercises.get(item.exercise)!,
      url: stepLink(location.origin, this.base, code, a, i),
    }));
    // Each question as the step's settings read it (the day, the seed it names).
    const asked = new Map<string, ExpectedAnswers>();
    for (const { item, exercise } of steps) asked.set(item.exercise, await this.expected(item, exercise));
    if (token !== this.worksheetToken) return;
    const questionText = (exerciseId: string, q: { id: string; text: string }) => {
      const e = asked.get(exerciseId);
      return e?.ok ? e.answers[q.id].text : q.text;
    };
    const lines = (count: number) =>
      h(
        'div',
        { class: 'write-lines', 'aria-hidden': 'true' },
        ...Array.from({ length: count }, () => h('span')),
      );
    const qrSlot = (url: string, label: string) =>
      h('figure', { class: 'ws-qr', 'data-url': url, 'data-label': label }, h('figcaption', {}, say.scan));
    ws.replaceChildren(
      ...[
        h('h2', { tabindex: '-1' }, title),
        h(
          'p',
          { class: 'ws-meta' },
          a.due ? say.due(formatDue(a.due)) : say.noDue,
          say.name,
          h('span', { class: 'ws-blank' }),
        ),
        a.instructions.trim() ? h('p', { class: 'ws-instructions' }, a.instructions) : null,
        h(
          'div',
          { class: 'ws-online' },
          qrSlot(assignmentLink(root, code), say.qrWhole(title)),
          h(
            'p',
            {},
            say.online.before,
            h('a', { href: assignmentLink(root, code) }, say.online.link),
            say.online.after,
          ),
        ),
        ...steps.map(({ item, exercise, url }, i) => {
          const summary = settingsSummary(item, exercise, this.specs[exercise.model] ?? []);
          return h(
            'section',
            { class: 'ws-step' },
            h(
              'div',
              { class: 'ws-step-head' },
              h(
                'div',
                {},
                h('h3', {}, say.step(i + 1, exercise.title)),
                h('p', { class: 'muted' }, say.caseLine(exercise.caseTitle, summary)),
              ),
              qrSlot(url, say.qrStep(i + 1, exercise.title)),
            ),
            h('p', {}, exercise.prompt),
            h('h4', {}, say.predict),
            h('p', {}, exercise.predict),
            lines(3),
            exercise.questions.length ? h('h4', {}, say.answer) : null,
            exercise.questions.length
              ? h(
                  'ol',
                  { class: 'ws-questions' },
                  ...exercise.questions.map((q) =>
                    h('li', {}, h('p', {}, questionText(exercise.id, q)), lines(2)),
                  ),
                )
              : null,
            h('h4', {}, say.reflect),
            h('p', {}, say.reflectPrompt),
            lines(4),
          );
        }),
      ].filter((n): n is HTMLElement => n !== null),
    );
    ws.hidden = false;
    part(this, '.print-hint').hidden = false;
    // The QR generator is loaded only now, the first time a worksheet is shown.
    const { qrModules, qrSvg } = await import('./qr');
    for (const slot of ws.querySelectorAll<HTMLElement>('.ws-qr')) {
      const modules = await qrModules(slot.dataset.url!);
      if (token !== this.worksheetToken) return;
      if (modules) slot.prepend(qrSvg(document, modules, slot.dataset.label!));
      else {
        part(slot, 'figcaption').textContent = say.qrTooLong;
      }
    }
    if (announceReady) announce(this.status, assign.announce.worksheetReady);
  }
}

if (!customElements.get('wom-assign')) customElements.define('wom-assign', AssignBuilder);
