/**
 * What a page says about saving, wherever it saves (exercises, a lesson's prediction boxes and self-checks):
 * at once when the page is shown inside another site or storage is turned off, and after any save that
 * failed, with what to do (download what was written, open the page in its own tab, make room on My work).
 * Every element of a page shares one session, so one download holds all the work done on the page.
 *
 * This part is small and loads with every page that saves; the notice itself (its words, its buttons, the
 * download) is ./save-notice-view.ts, loaded with the code that writes (./save-later.ts) only when needed.
 */
import type { SaveResult, Work } from '../lib/storage';
import { openStorage, STORAGE_KEY, type StorageLike, type StoreState } from '../lib/storage-state';
import { peekWork } from '../lib/work-peek';
import { quickSave } from '../lib/work-quick-save';
import type { SaveOptions } from '../lib/storage-write';
import type { ItemChange, WorkItem } from '../lib/work-record';
import type { WorkSession } from '../lib/work-session';
import type { NoticeKind } from './save-notice-view';

/**
 * A page's saving. A quick read (src/lib/work-peek.ts) is at hand from the start; the full reader and the code
 * that writes (src/lib/work-session.ts and what it needs) load on first use: when a box that saves is first
 * focused, or at once where a page asks (`ready`), or when the quick read finds something only they can tell.
 */
export class PageSaving {
  private session: WorkSession | undefined;
  private loading: Promise<WorkSession> | undefined;

  constructor(readonly store: StorageLike | null) {}

  /** The saving code, loaded once. */
  ready(): Promise<WorkSession> {
    this.loading ??= later().then(({ WorkSession }) => (this.session = new WorkSession(this.store)));
    return this.loading;
  }

  /**
   * The saved work (with the page's unsaved changes on top, once there are any), and what to say about it.
   * Before the full reader has loaded, that is the quick read; when it finds something only the full reader
   * can describe (unreadable data, another version's work), the full reader loads and `onNotices` gets its notices.
   */
  load(onNotices?: (notices: string[]) => void): { work: Work; notices: string[] } {
    if (this.session) return this.session.load();
    let raw: string | null = null;
    try {
      raw = this.store?.getItem(STORAGE_KEY) ?? null;
    } catch {
      // Storage refused: the page says so at once (startProblem).
    }
    const { items, odd } = peekWork(raw);
    if (odd && onNotices)
      void this.ready().then((session) => {
        const { notices } = session.load();
        if (notices.length) onNotices(notices);
      });
    return { work: { version: 1, items }, notices: [] };
  }

  /**
   * Saves a change to one place, at once: through the saving code once it is loaded, or before that, in the
   * plain case, through src/lib/work-quick-save.ts (a student who types and leaves the page at once loses
   * nothing); anything else as soon as the saving code has loaded.
   */
  // async runs synchronously up to its first await, so the quick save happens before this call returns.
  async save(
    scope: string,
    change: ItemChange | ((item: WorkItem) => ItemChange),
    options?: SaveOptions,
  ): Promise<SaveResult> {
    if (this.session) return this.session.save(scope, change, options);
    if (this.store && !options?.assignment && quickSave(this.store, scope, change)) {
      void this.ready();
      return { ok: true, movedAside: 0 };
    }
    const session = await this.ready();
    return session.save(scope, change, options);
  }
}

/** The code a page loads only when it is needed (./save-later.ts). */
const later = () => import('./save-later');

let shared: { session: PageSaving; state: StoreState } | undefined;

/** The page's saving and what the browser lets it do. */
export function pageSession(): { session: PageSaving; state: StoreState } {
  if (!shared) {
    const { store, state } = openStorage();
    const session = new PageSaving(store);
    shared = { session, state };
    // Storage already full or the page framed elsewhere: a notice is likely, so have its code ready.
    if (state !== 'ok' || framedElsewhere()) void session.ready();
    // A lesson's boxes load the saving code when a student first goes to write in one.
    const use = (event: Event) => {
      if ((event.target as Element | null)?.closest?.('wom-predict, wom-check')) void session.ready();
    };
    // (A click on a Check button focuses it, so focus covers the mouse as well as the keyboard.)
    document.addEventListener('focusin', use);
  }
  return shared;
}

/** Whether this page is shown inside a page of another origin (where storage is partitioned or blocked). */
export function framedElsewhere(): boolean {
  try {
    // Another origin's location cannot be read: that is the answer.
    return window.top !== window.self && window.top?.location.origin !== location.origin;
  } catch {
    return true;
  }
}

/** What the page must say before any save, if anything: storage turned off, or shown inside another site. */
export function startProblem(state: StoreState): NoticeKind | undefined {
  const framed = framedElsewhere();
  if (state === 'blocked') return framed ? 'framed-blocked' : 'off';
  return framed ? 'framed' : undefined;
}

let tokens = 0;

/** Shows notice `kind` in `box`, with `notices` (plain sentences) after it; the latest call wins. */
function show(box: HTMLElement, kind: NoticeKind, notices: string[] = []) {
  const token = String(++tokens);
  box.dataset.notice = token;
  void later().then(({ renderNotice }) => {
    if (box.dataset.notice === token) renderNotice(box, kind, notices, framedElsewhere());
  });
}

/** Empties `box` of a notice. */
export function clearNotice(box: HTMLElement) {
  box.dataset.notice = String(++tokens);
  box.classList.remove('save-problem');
  box.replaceChildren();
}

/**
 * What the page says before any save: the start problem with the load's notices, or the notices alone, or
 * nothing (then `box` is hidden).
 */
export function sayAtStart(box: HTMLElement, problem: NoticeKind | undefined, notices: string[] = []) {
  if (problem) return show(box, problem, notices);
  clearNotice(box);
  box.textContent = notices.join(' ');
  box.hidden = notices.length === 0;
}

/**
 * Once a save is done: if it failed, says why in `box`, with what to do; if it worked, clears a failure shown
 * there and says again what the page said at `start` (shown inside another site, say), else calls `saved`.
 */
export function reportSave(
  box: HTMLElement,
  result: SaveResult | Promise<SaveResult>,
  start: NoticeKind | undefined,
  saved: () => void,
) {
  void Promise.resolve(result).then((r) => {
    if (!r.ok) show(box, r.problem);
    else if (start) show(box, start);
    else {
      if (box.classList.contains('save-problem')) clearNotice(box);
      saved();
    }
  });
}
