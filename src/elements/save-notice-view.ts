/**
 * The notice itself, loaded by ./save-notice.ts only when a page has something to say: its words, and the
 * actions beside them (download what was written, open the page in its own tab, go to My work).
 */
import type { SaveProblem } from '../lib/storage';
import { exportFileName } from '../lib/work-file';
import { href } from '../lib/url';
import { saveProblems } from '../strings/save-problems';
import { downloadBlob } from './download';
import { flushSaves } from './save-soon';
import { pageSession } from './save-notice';

/** What a notice is about: a save that failed (and why), or a page that cannot keep work. */
export type NoticeKind = SaveProblem | 'off' | 'framed' | 'framed-blocked';

const words = saveProblems;

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
      void pageSession()
        .session.ready()
        .then((session) => {
          // Typing that has not been saved yet goes into the file too.
          flushSaves();
          const now = new Date();
          const file = exportFileName(now);
          const data = session.exportFile(now);
          downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), file);
          text.textContent = `${message} ${words.actions.downloaded(file)}`;
        });
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

/** Fills `box` with the notice for `kind`, the plain sentences `notices` after it, and what to do. */
export function renderNotice(box: HTMLElement, kind: NoticeKind, notices: string[], framed: boolean) {
  const f = words.failed;
  const [message, actions]: [string, NoticeActions] =
    kind === 'off'
      ? [words.off, { download: true }]
      : kind === 'framed'
        ? [words.frame.partitioned, { download: true, openTab: true }]
        : kind === 'framed-blocked'
          ? [words.frame.blocked, { download: true, openTab: true }]
          : kind === 'blocked'
            ? [f.blocked, { download: true, openTab: framed }]
            : kind === 'full'
              ? [f.full, { download: true, myWork: true, openTab: framed }]
              : kind === 'newer'
                ? [f.newer, { download: true }]
                : [f.wouldLose, { download: true }];
  showNotice(box, [message, ...notices].join(' '), actions);
}
