/**
 * What a page says when saving goes wrong: a save that failed, or a page that cannot keep work (shown inside
 * another site, storage turned off), with the actions beside it. Apart from ./saved-work because a page loads
 * these words only when it has something to say (src/elements/save-notice-view.ts is loaded on need).
 */
export const saveProblems = {
  /** A save that did not happen, and what to do; shown on every page that saves (src/elements/save-notice-view.ts). */
  failed: {
    blocked:
      'Not saved: this browser does not let this site keep anything here (a private window, storage turned off, or a page shown inside another site). Download what you wrote, or open the page in its own tab.',
    full: "Not saved: this browser's storage for this site is full. Everything saved before is still there. Download what you wrote now, then make room: on My work, download your work and clear what you no longer need.",
    newer:
      'Not saved: your work was last saved by a newer version of this site. Reload this page, then go on.',
    wouldLose:
      'Not saved: this save would have removed saved work, so it was stopped. Download what you wrote, then reload the page.',
  },
  /** Said at once when the browser lets the site keep nothing (and the page is not inside another site). */
  off: 'This browser does not let this site keep anything (a private window, or storage turned off), so nothing you write here is kept: download it as a file before you leave.',
  /** Said at once when the page is shown inside another site (an iframe in a course page, say). */
  frame: {
    partitioned:
      'This page is shown inside another site, so your browser keeps what you save here apart from the site itself and may delete it. Open the page in its own tab to keep your work with the rest, or download what you write as a file.',
    blocked:
      'This page is shown inside another site, and your browser does not let it save anything here. Open it in its own tab to keep your work, or download what you write as a file before you leave.',
    /** On an embedded simulation, which keeps nothing but its link. */
    simulation:
      'This simulation is shown inside another site and nothing you do here is kept in this browser. Open it in its own tab to go on from the site itself, or download this run as a file.',
  },
  /** The actions beside those notices. */
  actions: {
    download: 'Download what you wrote (JSON)',
    downloadRun: 'Download this run (JSON)',
    openTab: 'Open in its own tab',
    /** Hidden end of that link's name. */
    newTab: ' (opens a new tab)',
    myWork: 'My work',
    downloaded: (file: string) =>
      `Downloaded ${file}. Import it on My work, with the site open in its own tab, to keep it with the rest of your work.`,
  },
} as const;
