/**
 * Work saved in this browser (src/lib/storage.ts) and submission files (src/lib/submission.ts): the notices
 * when saved work cannot be read, and the reasons a saved record or a submission file cannot be. Its own
 * small file, apart from ./my-work, because every page that saves work imports those two modules (lessons
 * through Predict and Check, exercises, assignments, the class view): with My work's page text in the same
 * object, each of those pages would carry it all.
 */
export const savedWork = {
  /** loadWork's notices, shown wherever work is saved (prediction boxes, exercises, assignments, My work). */
  notices: {
    noStorage: 'This browser does not allow saving, so work on this page will not be kept.',
    /** The saved record was written by a newer version of the site: it is left as it is. */
    newer:
      'Your work was last saved by a newer version of this site. It is kept as it is: reload this page to see it and to go on saving.',
    /** The whole record was unreadable; `reason` is one of `parse` below. */
    unreadable: (reason: string) =>
      `Saved work could not be read (${reason}). It is kept as it is and can be downloaded from My work; new work is saved beside it.`,
    /** Some items were unreadable; they stay where they are. */
    unreadableItems: (n: number) =>
      `${n} saved item${n === 1 ? '' : 's'} could not be read. ${n === 1 ? 'It is' : 'They are'} kept as ${n === 1 ? 'it is' : 'they are'} and can be downloaded from My work.`,
  },
  /** A save that did not happen, and what to do; shown on every page that saves (src/elements/save-notice.ts). */
  failed: {
    blocked:
      'Not saved: this browser does not let this site keep anything here (a private window, storage turned off, or a page shown inside another site). Download what you wrote, or open the page in its own tab.',
    full: "Not saved: this browser's storage for this site is full. Everything saved before is still there. Download what you wrote now, then make room: on My work, download your work and clear what you no longer need.",
    newer:
      'Not saved: your work was last saved by a newer version of this site. Reload this page, then go on.',
    wouldLose:
      'Not saved: this save would have removed saved work, so it was stopped. Download what you wrote, then reload the page.',
  },
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
  /** Why a saved-work record could not be read (parseWork): inside the notices above and My work's import messages. */
  parse: {
    notJson: 'the saved data is not valid JSON',
    notRecord: 'the saved data is not a record',
    /** `found` is the record's version as JSON ("99", "undefined"), `reads` the one this site reads. */
    version: (found: string, reads: number) =>
      `the saved data has version ${found}, this site reads ${reads}`,
    noItems: 'the saved data has no items',
  },
  /** Why a submission file could not be read (parseSubmission): in My work's import messages and the class view. */
  submission: {
    notJson: 'not valid JSON',
    notSubmission: 'not a submission file from this site',
    version: (version: string) => `submission format version ${version} is not known`,
  },
} as const;
