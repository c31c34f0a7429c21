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
