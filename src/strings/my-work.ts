/** "1 entry", "3 entries": a number with its noun. */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** My work: saved answers, runs, exports, imports and recovery notices. */
export const myWork = {
  /** The page's static frame (src/pages/my-work.astro). */
  page: {
    title: 'My work',
    description:
      'Everything you saved on this site in this browser: predictions, answers, reflections and runs. Download it, print it, import it or clear it.',
    heading: 'My work',
    lead:
      'Everything you have saved on this site in this browser: your predictions, your answers to the exercises, ' +
      'your reflections, and the exact simulation runs you made (the settings and the random seed).',
    /** The second paragraph, left out of the printed report. */
    privacy:
      'Nothing is sent anywhere: there are no accounts, and your work stays in this browser until you clear it. ' +
      'Here you can download it as a file to hand in or keep, print it or save it as a PDF, import a file you ' +
      'downloaded before (from another computer, say), and delete it.',
    /** The notice shown without JavaScript, around its links to the exercises and the case lessons. */
    noScript: {
      before:
        "This page needs JavaScript. Your work is kept in this browser's own storage, and only JavaScript running " +
        'in the page can read it, so with JavaScript off there is nothing this page can show, download or import. ' +
        'Turn JavaScript on for this site to see your work. The ',
      exercises: 'exercises',
      and: ' and ',
      cases: 'case lessons',
      after: ' can still be read without it.',
    },
    /** Shown when nothing is saved, around its links to the exercises and the case library. */
    empty: {
      before: 'Nothing is saved in this browser yet. Try an ',
      exercise: 'exercise',
      or: ' or read a ',
      case: 'case',
      after: ' and write down a prediction: what you write is saved here as you go.',
    },
  },

  /** The box of buttons: download, print, import and clear. */
  tools: {
    heading: 'Keep, move or clear your work',
    /** Also in the clear dialog. */
    download: 'Download all my work (JSON)',
    print: 'Print or save as PDF',
    importLabel: 'Import a work file',
    importHelp:
      'A file downloaded from this page, or a submission file. It is merged with what is here: for each ' +
      'prediction, answer, reflection or run, the copy saved later is kept, and nothing else is removed.',
    clear: 'Clear all my work…',
  },

  /** The dialog that confirms clearing. */
  dialog: {
    heading: 'Delete all your work?',
    body:
      'This deletes every prediction, answer, reflection and run this site saved in this browser. It cannot ' +
      'be undone. If you might need your work later, download it first.',
    /** The checkbox's label, around the number of copies (`copies`). */
    alsoUnreadable: { before: 'Also delete ', after: ' of unreadable data kept aside' },
    copies: (n: number) => (n === 1 ? 'the 1 copy' : `the ${n} copies`),
    cancel: 'Cancel, keep my work',
    confirm: 'Yes, delete everything',
  },

  /** Saved data that could not be read, kept aside and offered for download. */
  unreadable: {
    heading: 'Saved data that could not be read',
    body:
      'This site found saved data it could not read (damaged, or from another version of the site). Nothing of ' +
      'it was deleted: it is kept where it was, or as a copy aside. Download a copy to keep it, or to ask for help reading it.',
    /** One kept copy: when it was kept and its length (formatted). */
    kept: (when: string, characters: string) => `Kept ${when}: ${characters} characters. `,
    /** The saved record itself, when it cannot be read: left where it is. */
    record: 'Your saved work, which this version of the site cannot read, is kept where it is: ',
    /** One saved item that cannot be read, by its place: left where it is. */
    item: (scope: string) =>
      `A saved item (${scope}) this version of the site cannot read is kept where it is: `,
    /** After `record` or `item`: the length (formatted). */
    characters: (characters: string) => `${characters} characters. `,
    download: 'Download this copy',
    /** The download button's hidden end, naming the copy by when it was kept. */
    downloadOf: (when: string) => ` (${when})`,
  },

  /** Shown instead of the page when the browser lets the site store nothing. */
  noStorage:
    'This browser does not let this site store anything (a private window, or storage turned off), so there is no saved work to show, and work on other pages is not being kept.',

  /** Shown above the work when storage is full: everything is still shown and can be downloaded. */
  full: "This browser's storage for this site is full. All your saved work is shown here and can be downloaded, but new work cannot be saved until there is room: download your work, then clear what you no longer need.",

  /** The live status line under the tools. */
  status: {
    nothingDeleted: 'Nothing was deleted.',
    deleted: 'All your work was deleted from this browser.',
    deletedKeptCopies:
      'All your saved work was deleted from this browser. The copies of unreadable data are still kept below.',
    /** After downloading everything: how many places and kept-aside copies the file holds. */
    downloaded: (file: string, places: number, copies: number) =>
      `Downloaded ${file}: ${places} saved ${places === 1 ? 'place' : 'places'}` +
      (copies ? ` and ${copies} kept-aside ${copies === 1 ? 'copy' : 'copies'}.` : '.'),
    /** After downloading one kept-aside copy. */
    downloadedCopy: (file: string) => `Downloaded ${file}.`,
  },

  /** The saved work, in groups of items. */
  groups: { assignment: 'Assignments', exercise: 'Exercises', lesson: 'Lessons' },
  /** A group's heading: its title and how many items it holds. */
  groupHeading: (title: string, n: number) => `${title} (${n})`,
  /** Shown only in print, above the list. */
  printed: (when: string) => `Printed ${when}.`,

  /** One saved item (a lesson's prediction box, an exercise, an assignment step). */
  item: {
    forAssignment: (reference: string) => `Saved for an assignment (reference ${reference}).`,
    /** After each saved field. */
    savedWhen: (when: string) => ` (saved ${when})`,
    /** A saved field with no text. */
    empty: '(empty)',
    prediction: 'Your prediction',
    /** A lesson's prediction, with the question its box asked. */
    predictionFor: (question: string) => `Your prediction for “${question}”`,
    /** An answer's term: with its question when the exercise is known, else the lone "answer" of a lesson's check, else the question's id. */
    answerTo: (question: string) => `Your answer to “${question}”`,
    answer: 'Your answer',
    answerId: (id: string) => `Your answer (${id})`,
    /** After a checked answer: "6: right". */
    verdictSeparator: ':',
    right: ' right',
    notYetRight: ' not yet right',
    reflection: 'Your reflection',
    run: 'Your run',
    /** One line of a saved run's parameters: "Population: 10,000 people". */
    param: (label: string, value: string) => `${label}: ${value}`,
    /**
     * A parameter's value by its unit id: a share arrives already in per cent, `word` is the unit's word
     * (src/strings/models/common.ts, given by the build so the page carries no table of units).
     */
    paramValue: (n: string, unit: string, word: string) =>
      unit === 'share' ? `${n}%` : unit === 'USD' ? `$${n}` : word ? `${n} ${word}` : n,
    seed: (seed: number) => `Seed: ${seed}`,
    reopen: 'Reopen this run',
    /** The reopen link's hidden end, naming the item. */
    reopenOf: (title: string) => ` (${title})`,
    nothingYet: 'Nothing saved here yet beyond a visit.',
    /** Fields this version does not read (saved by another version, say), shown as they are. */
    other: 'Also saved (this version of the site cannot read it, so it is kept as it is)',
    otherField: (path: string, value: string) => `${path}: ${value}`,
    /** The link to an assignment's own page, when its link is kept. */
    openAssignment: 'Open the assignment',
  },

  /** Importing a file (the import field; messages in the status line). */
  import: {
    failed: (file: string, reason: string) => `Could not import “${file}”: ${reason}. Nothing was changed.`,
    /** Reasons, completing "Could not import “file”: …". */
    tooLarge: 'it is far larger than any work file from this site',
    unreadableFile: 'the browser could not read the file',
    noWork: 'the file holds no saved work',
    storageFull: 'this browser refused to store it (its storage may be full)',
    newer: 'the work saved here was written by a newer version of this site; reload this page first',
    wouldLose: 'importing it would have removed saved work',
    notJson: 'it is not a JSON file',
    notWork: 'it does not hold saved work from this site',
    /** `version` is the file's format version as JSON. */
    otherVersion: (version: string) =>
      `it was made by a different version of this site (format version ${version})`,
    /** `reason` is why its saved work or submission could not be read (src/strings/saved-work.ts). */
    workUnreadable: (reason: string) => `its saved work could not be read (${reason})`,
    submissionUnreadable: (reason: string) => `it is a submission file that could not be read (${reason})`,

    /** What an import did, in one or two sentences: the file, its kind, and the parts below joined. */
    kinds: { export: 'a work file', work: 'saved work', submission: 'a submission file' },
    done: (file: string, kind: string, parts: string[]) =>
      `Imported “${file}” (${kind}): ` + (parts.length ? `${parts.join('; ')}.` : 'it held nothing new.'),
    added: (n: number, newPlaces: number) =>
      `${count(n, 'entry', 'entries')} added` +
      (newPlaces ? ` (${count(newPlaces, 'new place')} in all)` : ''),
    updated: (n: number) => `${count(n, 'entry', 'entries')} updated to the file's later copy`,
    kept: (n: number) =>
      `${count(n, 'entry', 'entries')} left as ${n === 1 ? 'it was' : 'they were'}: the copy in this browser is the same or newer`,
    /** Sentences added after `done` (each starts with its space). */
    entryIs: ' An entry is one prediction, answer, reflection or run.',
    unreadableItems: (n: number) =>
      ` ${count(n, 'item')} in the file could not be read by this version of the site; ${n === 1 ? 'it was' : 'they were'} kept as ${n === 1 ? 'it is' : 'they are'}.`,
    /** After an import that found values it could not place beside the ones here. */
    keptAside: (n: number) =>
      ` ${count(n, 'place')} held values that differ from yours and could not be merged; the file's ${n === 1 ? 'copy was' : 'copies were'} kept aside below.`,
    restored: (n: number) =>
      ` ${count(n, 'copy', 'copies')} of unreadable data from the file ${n === 1 ? 'was' : 'were'} kept aside below.`,
  },
} as const;
