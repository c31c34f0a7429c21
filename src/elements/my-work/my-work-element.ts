/**
 * `<wom-my-work>`: everything this browser has saved, with export (JSON and a printable report), import
 * and a confirmed clear. The page renders the frame (headings, buttons, the dialog) and this element
 * fills it in; all decisions live in ./work-view.ts and src/lib/storage.ts. Saved text is only ever set as
 * textContent, never parsed as HTML: imported files are untrusted data.
 */
import { downloadBlob } from '../download';
import {
  browserStore,
  loadWork,
  mergeWork,
  QUARANTINE_PREFIX,
  quarantined,
  STORAGE_KEY,
  type StorageLike,
  type Work,
  type WorkItem,
} from '../../lib/storage';
import {
  assignmentOf,
  buildExport,
  describeParam,
  exerciseOf,
  exportFileName,
  groupItems,
  importMessage,
  MAX_IMPORT_BYTES,
  pageOf,
  readImport,
  reopenUrl,
  savedWhen,
  titleOf,
  unreadableFileName,
  type ExerciseInfo,
  type ModelInfo,
  type Unreadable,
} from './work-view';
import { myWork } from '../../strings/my-work';
import { locale } from '../../strings/locale';

type Attrs = Record<string, string>;

/** A small element builder: text only, so nothing saved can become markup. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c || c === '') node.append(c);
  return node;
}

function readJson<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

export class MyWorkElement extends HTMLElement {
  private store: StorageLike | null = null;
  private base = '/';
  private models: Record<string, ModelInfo> = {};
  private exercises: Record<string, ExerciseInfo> = {};
  private work: Work = { version: 1, items: {} };
  private unreadable: Unreadable[] = [];
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(STORAGE_KEY)) this.refresh();
  };

  private find<T extends Element>(selector: string): T {
    const node = this.querySelector<T>(selector);
    if (!node) throw new Error(`<wom-my-work> needs ${selector}`);
    return node;
  }

  connectedCallback() {
    this.base = this.dataset.base ?? '/';
    this.models = readJson(this.dataset.models, {});
    this.exercises = readJson(this.dataset.exercises, {});
    this.store = browserStore();
    const live = this.find<HTMLElement>('.mw-live');
    live.hidden = false;
    if (!this.store) {
      this.showNotices([myWork.noStorage]);
      this.find<HTMLElement>('.mw-tools').hidden = true;
      this.find<HTMLElement>('.mw-empty').hidden = true;
      return;
    }
    const { notices } = this.load();
    this.showNotices(notices);
    this.render();
    this.wire();
    window.addEventListener('storage', this.onStorage);
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Reads storage (moving unreadable data aside, as every page does) and returns loadWork's notices. */
  private load(): { notices: string[] } {
    if (!this.store) return { notices: [] };
    const { work, notices } = loadWork(this.store);
    this.work = work;
    this.unreadable = quarantined(this.store);
    return { notices };
  }

  private refresh() {
    const { notices } = this.load();
    if (notices.length) this.showNotices(notices);
    this.render();
  }

  private showNotices(notices: string[]) {
    const box = this.find<HTMLElement>('.mw-notices');
    box.replaceChildren(...notices.map((n) => el('p', {}, n)));
    box.hidden = notices.length === 0;
  }

  private status(message: string) {
    const box = this.find<HTMLElement>('.mw-status');
    // Cleared first so that the same message twice is still announced.
    box.textContent = '';
    window.setTimeout(() => (box.textContent = message), 50);
  }

  private wire() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('.mw-download')) {
      button.addEventListener('click', () => this.downloadAll());
    }
    this.find<HTMLButtonElement>('.mw-print').addEventListener('click', () => window.print());
    const input = this.find<HTMLInputElement>('.mw-import');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.importFile(file).finally(() => (input.value = ''));
    });
    const dialog = this.find<HTMLDialogElement>('.mw-dialog');
    const trigger = this.find<HTMLButtonElement>('.mw-clear');
    const alsoUnreadable = this.find<HTMLInputElement>('.mw-clear-unreadable');
    trigger.addEventListener('click', () => {
      alsoUnreadable.checked = false;
      const count = this.unreadable.length;
      this.find<HTMLElement>('.mw-clear-unreadable-row').hidden = count === 0;
      this.find<HTMLElement>('.mw-clear-unreadable-count').textContent = myWork.dialog.copies(count);
      dialog.showModal();
      this.find<HTMLButtonElement>('.mw-cancel').focus();
    });
    this.find<HTMLButtonElement>('.mw-cancel').addEventListener('click', () => dialog.close('cancel'));
    this.find<HTMLButtonElement>('.mw-confirm').addEventListener('click', () => {
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
    const data = buildExport(this.work, this.unreadable, now);
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
    const parsed = readImport(text, this.base);
    if (!parsed.ok) return fail(parsed.reason);
    if (Object.keys(parsed.work.items).length === 0 && parsed.unreadable.length === 0) {
      return fail(t.noWork);
    }
    // Re-read first: another tab may have saved since this page was drawn.
    const { notices } = this.load();
    if (notices.length) this.showNotices(notices);
    const merged = mergeWork(this.work, parsed.work);
    try {
      this.store.setItem(STORAGE_KEY, JSON.stringify(merged.work));
    } catch {
      return fail(t.storageFull);
    }
    let restored = 0;
    for (const copy of parsed.unreadable) {
      if (this.unreadable.some((u) => u.raw === copy.raw)) continue;
      const base = copy.key.startsWith(QUARANTINE_PREFIX) ? copy.key : `${QUARANTINE_PREFIX}${copy.key}`;
      let key = base;
      for (let i = 1; this.store.getItem(key) !== null; i++) key = `${base}.${i}`;
      try {
        this.store.setItem(key, copy.raw);
        restored++;
      } catch {
        break;
      }
    }
    this.load();
    this.render();
    this.status(importMessage(file.name, parsed.kind, merged, parsed.dropped, restored));
  }

  private clearAll(alsoUnreadable: boolean) {
    if (!this.store) return;
    this.store.removeItem(STORAGE_KEY);
    if (alsoUnreadable) for (const { key } of quarantined(this.store)) this.store.removeItem(key);
    this.load();
    this.render();
    this.status(
      alsoUnreadable || this.unreadable.length === 0
        ? myWork.status.deleted
        : myWork.status.deletedKeptCopies,
    );
  }

  private render() {
    const groups = groupItems(this.work);
    const list = this.find<HTMLElement>('.mw-list');
    list.replaceChildren(
      ...groups.map(({ group, items }) => {
        const id = `mw-group-${group}`;
        return el(
          'section',
          { class: 'mw-group', 'aria-labelledby': id },
          el('h2', { id }, myWork.groupHeading(myWork.groups[group], items.length)),
          el('ul', { class: 'mw-items' }, ...items.map(([scope, item]) => this.renderItem(scope, item))),
        );
      }),
    );
    const empty = groups.length === 0;
    this.find<HTMLElement>('.mw-empty').hidden = !empty;
    this.find<HTMLElement>('.mw-print-date').textContent = myWork.printed(
      savedWhen(new Date().toISOString()),
    );
    this.renderUnreadable();
  }

  private renderItem(scope: string, item: WorkItem): HTMLLIElement {
    const t = myWork.item;
    const title = titleOf(scope, item, this.exercises);
    const page = pageOf(scope, item, this.base);
    const exercise = exerciseOf(scope);
    const info = exercise && Object.hasOwn(this.exercises, exercise) ? this.exercises[exercise] : undefined;
    const when = (iso: string) => {
      const words = savedWhen(iso);
      return words ? el('span', { class: 'mw-when' }, t.savedWhen(words)) : null;
    };
    const assignment = assignmentOf(scope);
    const body = el(
      'article',
      { class: 'mw-item' },
      el('h3', {}, page ? el('a', { href: page }, title) : title),
      assignment ? el('p', { class: 'mw-meta' }, t.forAssignment(assignment)) : null,
    );
    const dl = el('dl', { class: 'mw-fields' });
    const row = (term: string, ...value: (Node | string | null)[]) =>
      dl.append(el('dt', {}, term), el('dd', {}, ...value));
    if (item.prediction)
      row(
        t.prediction,
        el('span', { class: 'mw-text' }, item.prediction.text || t.empty),
        when(item.prediction.savedAt),
      );
    for (const [id, answer] of Object.entries(item.answers ?? {})) {
      const question = info && Object.hasOwn(info.questions, id) ? info.questions[id] : undefined;
      const verdict =
        answer.correct === true
          ? el('strong', { class: 'mw-right' }, t.right)
          : answer.correct === false
            ? el('strong', { class: 'mw-wrong' }, t.notYetRight)
            : null;
      row(
        question ? t.answerTo(question) : id === 'answer' ? t.answer : t.answerId(id),
        el('span', { class: 'mw-text' }, answer.value || t.empty),
        verdict ? t.verdictSeparator : '',
        verdict,
        when(answer.savedAt),
      );
    }
    if (item.reflection)
      row(
        t.reflection,
        el('span', { class: 'mw-text' }, item.reflection.text || t.empty),
        when(item.reflection.savedAt),
      );
    if (item.run) {
      const run = item.run;
      const model = Object.hasOwn(this.models, run.model) ? this.models[run.model] : undefined;
      const params = el(
        'ul',
        { class: 'mw-params' },
        ...Object.entries(run.params).map(([name, value]) => {
          const p = describeParam(name, value, model);
          return el('li', {}, t.param(p.label, p.value));
        }),
        el('li', {}, t.seed(run.seed)),
      );
      // Absolute, so the printed report carries an address that works when typed in.
      const reopen = page && exercise ? new URL(reopenUrl(page, run), location.href).href : undefined;
      row(
        t.run,
        el('span', {}, model?.name ?? run.model),
        when(run.savedAt),
        params,
        reopen
          ? el(
              'a',
              { href: reopen, class: 'mw-reopen' },
              t.reopen,
              el('span', { class: 'visually-hidden' }, t.reopenOf(title)),
            )
          : null,
      );
    }
    if (dl.childElementCount) body.append(dl);
    else body.append(el('p', { class: 'mw-meta' }, t.nothingYet));
    return el('li', {}, body);
  }

  private renderUnreadable() {
    const t = myWork.unreadable;
    const section = this.find<HTMLElement>('.mw-unreadable');
    const list = this.find<HTMLElement>('.mw-unreadable-list');
    section.hidden = this.unreadable.length === 0;
    list.replaceChildren(
      ...this.unreadable.map(({ key, raw }) => {
        const stamp = key.slice(QUARANTINE_PREFIX.length);
        const words = savedWhen(stamp);
        const name = unreadableFileName(key, raw);
        const button = el('button', { type: 'button', class: 'button' }, t.download);
        button.append(el('span', { class: 'visually-hidden' }, t.downloadOf(words || stamp)));
        button.addEventListener('click', () => {
          downloadBlob(
            new Blob([raw], { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }),
            name,
          );
          this.status(myWork.status.downloadedCopy(name));
        });
        return el(
          'li',
          {},
          el('span', {}, t.kept(words || stamp, raw.length.toLocaleString(locale))),
          button,
        );
      }),
    );
  }
}

if (!customElements.get('wom-my-work')) customElements.define('wom-my-work', MyWorkElement);
