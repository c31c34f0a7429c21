/**
 * What a page says about saving, wherever it saves (exercises, a lesson's prediction boxes and self-checks,
 * assignments): at once when the page is shown inside another site or storage is turned off, and after any
 * save that failed, with what to do: download what was written, open the page in its own tab, make room on
 * My work. Every element of a page shares one session, so one download holds all the work done on the page.
 */
import { openStorage, type SaveResult, type StoreState } from '../lib/storage';
import { WorkSession } from '../lib/work-session';
import { exportFileName } from '../lib/work-file';
import { href } from '../lib/url';
import { savedWork } from '../strings/saved-work';
import { downloadBlob } from './download';
import { flushSaves } from './save-soon';

const words = savedWork;
let shared: { session: WorkSession; state: StoreState } | undefined;

/** The page's saving session and what the browser lets it do. */
export function pageSession(): { session: WorkSession; state: StoreState } {
  if (!shared) {
    const { store, state } = openStorage();
    shared = { session: new WorkSession(store), state };
  }
  return shared;
}

/** Whether this page is shown inside a page of another origin (where storage is partitioned or blocked). */
export function framedElsewhere(): boolean {
  if (window.top === window.self) return false;
  const ancestors = location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) {
    for (let i = 0; i < ancestors.length; i++) if (ancestors.item(i) !== location.origin) return true;
    return false;
  }
  try {
    return window.top?.location.origin !== location.origin;
  } catch {
    return true;
  }
}

export interface NoticeActions {
  /** A button that downloads this page's work (or `run` to call instead, on a simulation). */
  download?: boolean | { label: string; run: () => void };
  /** A link that opens this page (or the address given) in a new tab. */
  openTab?: boolean | string;
  myWork?: boolean;
}

/** Fills `box` with `message` and its actions, and shows it. */
export function showNotice(box: HTMLElement, message: string, actions: NoticeActions = {}) {
  const text = document.createElement('span');
  text.className = 'save-message';
  text.textContent = message;
  const row = document.createElement('span');
  row.className = 'save-actions';
  if (actions.download) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    const custom = typeof actions.download === 'object' ? actions.download : undefined;
    button.textContent = custom?.label ?? words.actions.download;
    button.addEventListener('click', () => {
      if (custom) return custom.run();
      flushSaves();
      const now = new Date();
      const file = exportFileName(now);
      const data = pageSession().session.exportFile(now);
      downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), file);
      text.textContent = `${message} ${words.actions.downloaded(file)}`;
    });
    row.append(button);
  }
  if (actions.openTab) {
    const a = document.createElement('a');
    a.href = typeof actions.openTab === 'string' ? actions.openTab : location.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.className = 'button';
    a.textContent = words.actions.openTab;
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = words.actions.newTab;
    a.append(hidden);
    row.append(a);
  }
  if (actions.myWork) {
    const a = document.createElement('a');
    a.href = href('/my-work/');
    a.textContent = words.actions.myWork;
    row.append(a);
  }
  box.replaceChildren(text, ...(row.childElementCount ? [row] : []));
  box.classList.add('save-problem');
  box.hidden = false;
}

/** Empties `box` of a notice (the page goes back to its own words there). */
export function clearNotice(box: HTMLElement) {
  box.classList.remove('save-problem');
  box.replaceChildren();
}

/** What to say before any save: shown inside another site, or storage turned off. Undefined when all is well. */
export function startNotice(state: StoreState): { message: string; actions: NoticeActions } | undefined {
  const framed = framedElsewhere();
  if (state === 'blocked') {
    return {
      message: framed ? words.frame.blocked : words.notices.noStorage,
      actions: { download: true, openTab: framed },
    };
  }
  if (framed) return { message: words.frame.partitioned, actions: { download: true, openTab: true } };
  return undefined;
}

/** Says why a save failed, with what to do; returns false (and says nothing) when it succeeded. */
export function reportSave(box: HTMLElement, result: SaveResult): boolean {
  if (result.ok) {
    if (box.classList.contains('save-problem')) clearNotice(box);
    return false;
  }
  const framed = framedElsewhere();
  const f = words.failed;
  switch (result.problem) {
    case 'blocked':
      showNotice(box, f.blocked, { download: true, openTab: framed });
      break;
    case 'full':
      showNotice(box, f.full, { download: true, myWork: true, openTab: framed });
      break;
    case 'newer':
      showNotice(box, f.newer, { download: true });
      break;
    case 'would-lose':
      showNotice(box, f.wouldLose, { download: true });
      break;
  }
  return true;
}
