/**
 * `<wom-my-work>`: everything this browser has saved, with export (JSON and a printable report), import
 * and a confirmed clear. The page renders the frame (headings, buttons, the dialog) and this element
 * fills it in; all decisions live in ./work-view.ts and src/lib/storage.ts. Saved text is only ever set as
 * textContent, never parsed as HTML: imported files are untrusted data.
 */
import { downloadBlob } from '../download';
import {
  emptyWork,
  loadWork,
  openStorage,
  QUARANTINE_PREFIX,
  STORAGE_KEY,
  type Loaded,
  type StorageLike,
  type StoreState,
  type Work,
  type WorkItem,
} from '../../lib/storage';
import { own } from '../../lib/work-record';
import { isRecord } from '../../lib/json-guards';
import { h } from '../assignment/dom';
import { part, readData } from '../page-contract';
import { otherFields } from '../../lib/work-other';
import { assignmentCodes, quarantined } from '../../lib/storage-aside';
import { clearWork, importWork } from '../../lib/work-import';
import {
  assignmentOf,
  assignmentPage,
  buildExport,
  describeParam,
  exerciseOf,
  exportFileName,
  groupItems,
  importMessage,
  itemKey,
  MAX_IMPORT_BYTES,
  lessonEntries,
  lessonInfo,
  pageOf,
  partId,
  questionOf,
  readImport,
  reopenUrl,
  savedWhen,
  stepSettings,
  titleOf,
  unreadableFileName,
  type AssignmentCodes,
  type ExerciseInfo,
  type LessonEntry,
  type LessonInfo,
  type Lessons,
  type ModelInfo,
  type Site,
  type Unreadable,
} from '../../lib/work-view';
import { myWork } from '../../strings/my-work';
import { locale } from '../../strings/locale';

/** Items of each group drawn before the page first paints (more than a screen holds); the rest follow in chunks. */
const FIRST = 40;
const CHUNK = 250;

/** The JSON my-work.astro hands the element, each keyed by id (src/elements/page-contract.ts). */
export interface MyWorkData {
  models: Record<string, ModelInfo>;
  exercises: Record<string, ExerciseInfo>;
  lessons: Record<string, LessonInfo>;
}

export class MyWorkElement extends HTMLElement {
  declare readonly pageData?: MyWorkData;
  private store: StorageLike | null = null;
  private state: StoreState = 'ok';
  private site: Site = { origin: '', base: '/' };
  private models: Record<string, ModelInfo> = {};
  private exercises: Record<string, ExerciseInfo> = {};
  private lessons: Lessons = {};
  private work: Work = emptyWork();
  private loaded: Loaded | undefined;
  private codes: AssignmentCodes = new Map();
  /** Everything kept that this version cannot read: copies aside, the record itself, items in it. */
  private unreadable: Unreadable[] = [];
  /** Copies kept aside under their own keys (what "also delete" removes besides the record's own). */
  private asideCopies: Unreadable[] = [];
  private renderToken = 0;
  private pendingChunks: (() => void)[] = [];
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(STORAGE_KEY)) this.refresh();
  };

  connectedCallback() {
    this.site = { origin: location.origin, base: this.dataset.base ?? '/' };
    // Built by the page from typed content: checked by name, and an empty list rather than a broken page.
    this.models = readData(this, 'models');
    this.exercises = readData(this, 'exercises');
    this.lessons = readData(this, 'lessons');
    const { store, state } = openStorage();
    this.store = store;
    this.state = state;
    const live = part(this, '.mw-live');
    live.hidden = false;
    if (!this.store) {
      this.showNotices([myWork.noStorage]);
      part(this, '.mw-tools').hidden = true;
      part(this, '.mw-empty').hidden = true;
      return;
    }
    const { notices } = this.load();
    this.showNotices(notices);
    this.render();
    this.wire();
    window.addEventListener('storage', this.onStorage);
    // Print what is saved, not only the part drawn so far.
    window.addEventListener('beforeprint', () => this.finishRender());
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Reads storage (never writing: what cannot be read stays where it is) and returns what to say. */
  private load(): { notices: string[] } {
    if (!this.store) return { notices: [] };
    const loaded = loadWork(this.store);
    this.loaded = loaded;
    this.work = loaded.work;
    this.codes = assignmentCodes(loaded.record);
    this.asideCopies = quarantined(this.store);
    this.unreadable = [
      ...(loaded.unreadableRecord !== null ? [{ key: STORAGE_KEY, raw: loaded.unreadableRecord }] : []),
      ...loaded.unreadableItems.map(({ key, raw }) => ({ key: itemKey(key), raw })),
      ...this.asideCopies,
    ];
    const notices = [...loaded.notices];
    if (this.state === 'full') notices.unshift(myWork.full);
    return { notices };
  }

  private refresh() {
    const { notices } = this.load();
    if (notices.length) this.showNotices(notices);
    this.render();
  }

  private showNotices(notices: string[]) {
    const box = part(this, '.mw-notices');
    box.replaceChildren(...notices.map((n) => h('p', {}, n)));
    box.hidden = notices.length === 0;
  }

  private status(message: string) {
    const box = part(this, '.mw-status');
    // Cleared first so that the same message twice is still announced.
    box.textContent = '';
    window.setTimeout(() => (box.textContent = message), 50);
  }

  private wire() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('.mw-download')) {
      button.addEventListener('click', () => this.downloadAll());
    }
    part(this, '.mw-print', HTMLButtonElement).addEventListener('click', () => window.print());
    const input = part(this, '.mw-import', HTMLInputElement);
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.importFile(file).finally(() => (input.value = ''));
    });
    const dialog = part(this, '.mw-dialog', HTMLDialogElement);
    const trigger = part(this, '.mw-clear', HTMLButtonElement);
    const alsoUnreadable = part(this, '.mw-clear-unreadable', HTMLInputElement);
    trigger.addEventListener('click', () => {
      alsoUnreadable.checked = false;
      const count = this.unreadable.length;
      part(this, '.mw-clear-unreadable-row').hidden = count === 0;
      part(this, '.mw-clear-unreadable-count').textContent = myWork.dialog.copies(count);
      dialog.showModal();
      part(this, '.mw-cancel', HTMLButtonElement).focus();
    });
    part(this, '.mw-cancel', HTMLButtonElement).addEventListener('click', () => dialog.close('cancel'));
    part(this, '.mw-confirm', HTMLButtonElement).addEventListener('click', () => {
      this.clearAll(alsoUnreadable.checked);
      dialog.close('confirm');
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'confirm') this.status(myWork.status.nothingDeleted);
      dialog.returnValue = '';
      trigger.focus();
    });
  }

  private downloadAll() {
    // Re-read first, so the file holds what is saved now (another tab may have saved since).
    this.refresh();
    const now = new Date();
    const data = buildExport(
      this.loaded?.record ?? { version: 1, items: {} },
      [
        ...(this.loaded?.unreadableRecord != null
          ? [{ key: STORAGE_KEY, raw: this.loaded.unreadableRecord }]
          : []),
        ...this.asideCopies,
      ],
      now,
    );
    downloadBlob(
      new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      exportFileName(now),
    );
    this.status(
      myWork.status.downloaded(
        exportFileName(now),
        Object.keys(this.work.items).length,
        this.unreadable.length,
      ),
    );
  }

  private async importFile(file: File) {
    const t = myWork.import;
    const fail = (reason: string) => this.status(t.failed(file.name, reason));
    if (!this.store) return;
    if (file.size > MAX_IMPORT_BYTES) return fail(t.tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail(t.unreadableFile);
    }
    const parsed = readImport(text, this.site.base);
    if (!parsed.ok) return fail(parsed.reason);
    const fileItems = isRecord(parsed.work.items) ? Object.keys(parsed.work.items).length : 0;
    if (fileItems === 0 && parsed.unreadable.length === 0) {
      return fail(t.noWork);
    }
    // Read from storage afresh inside: another tab may have saved since this page was drawn.
    const outcome = importWork(this.store, parsed);
    const { notices } = this.load();
    if (notices.length) this.showNotices(notices);
    this.render();
    if (!outcome.ok) {
      const reasons = {
        newer: t.newer,
        'would-lose': t.wouldLose,
        full: t.storageFull,
        blocked: t.storageFull,
      };
      return fail(reasons[outcome.problem]);
    }
    this.status(
      importMessage(file.name, parsed.kind, outcome.merge, parsed.unreadableItems, outcome.restored) +
        (outcome.keptAside ? t.keptAside(outcome.keptAside) : ''),
    );
  }

  /**
   * Deletes the work this version can read. What it cannot read (items and fields of the record that are not
   * work it knows, a record it cannot read, copies kept aside) stays unless `alsoUnreadable`.
   */
  private clearAll(alsoUnreadable: boolean) {
    if (!this.store) return;
    try {
      clearWork(this.store, alsoUnreadable);
    } catch {
      // A browser that refuses leaves everything as it was; the list below shows what is there.
    }
    this.load();
    this.render();
    this.status(
      alsoUnreadable || this.unreadable.length === 0
        ? myWork.status.deleted
        : myWork.status.deletedKeptCopies,
    );
  }

  /**
   * Draws the saved work. The first items of each group are drawn at once, so the list paints quickly even
   * with thousands saved; the rest follow in chunks between frames (and all at once before printing).
   */
  private render() {
    const token = ++this.renderToken;
    this.pendingChunks = [];
    const groups = groupItems(this.work);
    const list = part(this, '.mw-list');
    const sections = groups.map(({ group, items }) => {
      const id = `mw-group-${group}`;
      const ul = h('ul', { class: 'mw-items' });
      // A lesson is one entry, however many of its boxes and runs were saved.
      const draw: (() => HTMLLIElement)[] =
        group === 'lesson'
          ? lessonEntries(items).map((entry) => () => this.renderLesson(entry))
          : items.map(
              ([scope, item]) =>
                () =>
                  this.renderItem(scope, item),
            );
      const first = document.createDocumentFragment();
      for (const one of draw.slice(0, FIRST)) first.append(one());
      ul.append(first);
      for (let i = FIRST; i < draw.length; i += CHUNK) {
        const part = draw.slice(i, i + CHUNK);
        this.pendingChunks.push(() => {
          const frag = document.createDocumentFragment();
          for (const one of part) frag.append(one());
          ul.append(frag);
        });
      }
      // elementtiming: the first paint of the list, as scripts/my-work-timing.mjs measures it.
      const heading = h('h2', { id }, myWork.groupHeading(myWork.groups[group], draw.length));
      if (group === groups[0].group) heading.setAttribute('elementtiming', 'mw-list');
      return h('section', { class: 'mw-group', 'aria-labelledby': id }, heading, ul);
    });
    list.replaceChildren(...sections);
    const empty = groups.length === 0;
    part(this, '.mw-empty').hidden = !empty;
    part(this, '.mw-print-date').textContent = myWork.printed(savedWhen(new Date().toISOString()));
    this.renderUnreadable();
    const next = () => {
      if (token !== this.renderToken) return;
      const chunk = this.pendingChunks.shift();
      if (!chunk) {
        list.removeAttribute('aria-busy');
        return;
      }
      chunk();
      window.setTimeout(next, 0);
    };
    if (this.pendingChunks.length) {
      list.setAttribute('aria-busy', 'true');
      requestAnimationFrame(() => window.setTimeout(next, 0));
    }
  }

  /** Draws whatever is still waiting (before printing). */
  private finishRender() {
    for (const chunk of this.pendingChunks.splice(0)) chunk();
    part(this, '.mw-list').removeAttribute('aria-busy');
  }

  private renderItem(scope: string, item: WorkItem): HTMLLIElement {
    const t = myWork.item;
    const title = titleOf(scope, item, this.exercises);
    const page = pageOf(scope, item, this.site, this.codes);
    const assignmentLink = assignmentPage(scope, this.site, this.codes);
    const exercise = exerciseOf(scope);
    const info = exercise && Object.hasOwn(this.exercises, exercise) ? this.exercises[exercise] : undefined;
    const assignment = assignmentOf(scope);
    const body = h(
      'article',
      { class: 'mw-item' },
      h('h3', {}, page ? h('a', { href: page }, title) : title),
      assignment
        ? h(
            'p',
            { class: 'mw-meta' },
            t.forAssignment(assignment),
            assignmentLink ? ' ' : null,
            assignmentLink ? h('a', { href: assignmentLink }, t.openAssignment) : null,
          )
        : null,
    );
    const settings = stepSettings(scope, this.codes);
    const model = info?.model && Object.hasOwn(this.models, info.model) ? this.models[info.model] : undefined;
    const dl = h('dl', { class: 'mw-fields' });
    this.renderFields(dl, scope, item, {
      question: (id) => questionOf(info, id, settings, model),
      reopen: page && exercise ? (run) => reopenUrl(page, run) : undefined,
      title,
    });
    if (dl.childElementCount) body.append(dl);
    else body.append(h('p', { class: 'mw-meta' }, t.nothingYet));
    return h('li', {}, body);
  }

  /**
   * One lesson: its title once, then every prediction and answer saved on its page with the question it
   * answers, and every run kept there (pinned, or answered about) with a link that reopens it.
   */
  private renderLesson(entry: LessonEntry): HTMLLIElement {
    const t = myWork.item;
    const [firstScope, firstItem] = entry.parts[0];
    const info = lessonInfo(entry.path, this.site, this.lessons);
    const title = info?.title ?? titleOf(firstScope, firstItem, this.exercises);
    const page = pageOf(firstScope, firstItem, this.site, this.codes);
    const dl = h('dl', { class: 'mw-fields' });
    // In page order where the build knows it (the boxes' order in the lesson), runs after.
    const order = Object.keys(info?.questions ?? {});
    const rank = (scope: string) => {
      const i = order.indexOf(partId(scope));
      return i < 0 ? order.length : i;
    };
    for (const [scope, item] of [...entry.parts].sort((a, b) => rank(a[0]) - rank(b[0]))) {
      const id = partId(scope);
      const question = info && Object.hasOwn(info.questions, id) ? info.questions[id] : undefined;
      this.renderFields(dl, scope, item, {
        question: () => question,
        prediction: question,
        // A run kept on a lesson is its simulation's (`<path>#<simulation id>`): reopen it there.
        reopen: page ? (run) => reopenUrl(page, run, id) : undefined,
        title,
      });
    }
    const body = h(
      'article',
      { class: 'mw-item' },
      h('h3', {}, page ? h('a', { href: page }, title) : title),
    );
    if (dl.childElementCount) body.append(dl);
    else body.append(h('p', { class: 'mw-meta' }, t.nothingYet));
    return h('li', {}, body);
  }

  /** The saved fields of one item, as terms and values of `dl`. */
  private renderFields(
    dl: HTMLDListElement,
    scope: string,
    item: WorkItem,
    how: {
      question: (id: string) => string | undefined;
      /** The question of a lesson's prediction box. */
      prediction?: string;
      reopen?: (run: NonNullable<WorkItem['run']>) => string;
      title: string;
    },
  ) {
    const t = myWork.item;
    const when = (iso: string) => {
      const words = savedWhen(iso);
      return words ? h('span', { class: 'mw-when' }, t.savedWhen(words)) : null;
    };
    const row = (term: string, ...value: (Node | string | null)[]) =>
      dl.append(h('dt', {}, term), h('dd', {}, ...value));
    if (item.prediction)
      row(
        how.prediction ? t.predictionFor(how.prediction) : t.prediction,
        h('span', { class: 'mw-text' }, item.prediction.text || t.empty),
        when(item.prediction.savedAt),
      );
    for (const [id, answer] of Object.entries(item.answers ?? {})) {
      const question = how.question(id);
      // (Object.entries and Object.hasOwn: an answer id from a file is data, never a key of the prototype.)
      const verdict =
        answer.correct === true
          ? h('strong', { class: 'mw-right' }, t.right)
          : answer.correct === false
            ? h('strong', { class: 'mw-wrong' }, t.notYetRight)
            : null;
      row(
        question ? t.answerTo(question) : id === 'answer' ? t.answer : t.answerId(id),
        h('span', { class: 'mw-text' }, answer.value || t.empty),
        verdict ? t.verdictSeparator : '',
        verdict,
        when(answer.savedAt),
      );
    }
    if (item.reflection)
      row(
        t.reflection,
        h('span', { class: 'mw-text' }, item.reflection.text || t.empty),
        when(item.reflection.savedAt),
      );
    if (item.run) {
      const run = item.run;
      const model = Object.hasOwn(this.models, run.model) ? this.models[run.model] : undefined;
      const params = h(
        'ul',
        { class: 'mw-params' },
        ...Object.entries(run.params).map(([name, value]) => {
          const p = describeParam(name, value, model);
          return h('li', {}, t.param(p.label, p.value));
        }),
        h('li', {}, t.seed(run.seed)),
      );
      // Absolute, so the printed report carries an address that works when typed in; `page` passed siteHref.
      const reopen = how.reopen ? new URL(how.reopen(run), location.origin).href : undefined;
      row(
        t.run,
        h('span', {}, model?.name ?? run.model),
        when(run.savedAt),
        params,
        reopen
          ? h(
              'a',
              { href: reopen, class: 'mw-reopen' },
              t.reopen,
              h('span', { class: 'visually-hidden' }, t.reopenOf(how.title)),
            )
          : null,
      );
    }
    const other = otherFields(own(own(this.loaded?.record, 'items'), scope));
    if (other.length) {
      row(
        t.other,
        h(
          'ul',
          { class: 'mw-other' },
          ...other.map(({ path, value }) =>
            h('li', {}, h('code', {}, t.otherField(path.join('.'), JSON.stringify(value) ?? String(value)))),
          ),
        ),
      );
    }
  }

  private renderUnreadable() {
    const t = myWork.unreadable;
    const section = part(this, '.mw-unreadable');
    const list = part(this, '.mw-unreadable-list');
    section.hidden = this.unreadable.length === 0;
    list.replaceChildren(
      ...this.unreadable.map(({ key, raw }) => {
        const stamp = key.startsWith(QUARANTINE_PREFIX) ? key.slice(QUARANTINE_PREFIX.length) : key;
        const words = key.startsWith(QUARANTINE_PREFIX) ? savedWhen(stamp) : '';
        const name = unreadableFileName(key, raw);
        const length = raw.length.toLocaleString(locale);
        const what =
          key === STORAGE_KEY
            ? t.record + t.characters(length)
            : key.startsWith(`${STORAGE_KEY}:`)
              ? t.item(key.slice(STORAGE_KEY.length + 1)) + t.characters(length)
              : t.kept(words || stamp, length);
        const button = h('button', { type: 'button', class: 'button' }, t.download);
        button.append(h('span', { class: 'visually-hidden' }, t.downloadOf(words || stamp)));
        button.addEventListener('click', () => {
          downloadBlob(
            new Blob([raw], { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }),
            name,
          );
          this.status(myWork.status.downloadedCopy(name));
        });
        return h('li', {}, h('span', {}, what), button);
      }),
    );
  }
}

if (!customElements.get('wom-my-work')) customElements.define('wom-my-work', MyWorkElement);
