/**
 * The class view (/instructors/class/): instructors load students' submission files. Used by the page
 * (pages/instructors/class.astro), its element (elements/class-view/class-element.ts), the report logic
 * (lib/class-aggregate.ts: student stand-in names, what is missing, CSV headers) and the dot plot
 * of a question's answers (charts/class-predictions.ts).
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

import { locale } from './locale.ts';
import { countWithUnit, unitWord } from './models/common.ts';

export const classView = {
  /** Sorting students' names (a locale tag, for localeCompare). */
  locale,

  /** The page's own text, drawn at build time. */
  page: {
    title: 'Class view',
    description:
      "Open your students' submission files to see the class's predictions and answers against the model, and who has not handed in what.",
    lead:
      'Open the files your students handed in to see their answers against the model’s, question by question, ' +
      'and who has not done what.',
    /** The privacy paragraph under the lead: a bold sentence, then text ending in a link to the builder. */
    privacy: {
      strong: 'The files are read in this browser and are never uploaded.',
      before:
        'Nothing leaves your computer, and closing this tab forgets them. Students make these files with ' +
        '“Download my submission” on an assignment page; make an assignment with the',
      link: 'assignment builder',
      after: '.',
    },
    /** Shown only when JavaScript is off. */
    noJs: 'The class view needs JavaScript, because it reads the files in your browser.',
  },

  /** The "Open submission files" section: file picker, drop zone and buttons. */
  load: {
    heading: 'Open submission files',
    filesLabel: 'Submission files (choose several at once)',
    dropHint: 'Or drag the files from your computer and drop them in this box.',
    downloadCsv: 'Download the table as CSV',
    clear: 'Clear all files',
  },

  /** Announced in the status line under the drop zone. */
  status: {
    reading: (files: number) => `Reading ${files} ${plural(files, 'file', 'files')}…`,
    /** After files are read: how many students from how many files, and what went wrong. */
    loaded: (students: number, files: number, unreadable: number, duplicates: number) =>
      `${students} ${plural(students, 'student', 'students')} loaded from ${files} ${plural(files, 'file', 'files')}.` +
      (unreadable
        ? ` ${unreadable} ${plural(unreadable, 'file', 'files')} could not be read (listed below).`
        : '') +
      (duplicates
        ? ` ${duplicates} ${plural(duplicates, 'student', 'students')} had more than one file; the latest was kept.`
        : ''),
    cleared: 'Cleared. No files loaded.',
    downloaded: (file: string) => `Downloaded ${file}.`,
  },

  /** What was loaded: the assignment the files come from, and files that could not be used. */
  summary: {
    none: 'No submissions loaded yet.',
    one: (title: string) => `Assignment: ${title}.`,
    /** When files come from several assignments; `list` is made with `assignmentCount` and `listJoin`. */
    several: (count: number, list: string) =>
      `These files come from ${count} different assignments: ${list}. Exercises are still matched by name.`,
    assignmentCount: (title: string, count: number) => `${title} (${count})`,
    listJoin: ', ',
    problemsHeading: 'Files that could not be read',
    /** After the file name, in bold, in the list of unreadable files. */
    problem: (reason: string) => `: ${reason}.`,
    /** Reasons of the element's own (the others come from reading the submission file). */
    tooLarge: 'too large to be a submission file',
    notReadable: 'the browser could not read it',
    duplicatesHeading: 'More than one file from the same student',
    duplicatesIntro: 'Only the file exported last is used for each:',
    duplicate: (student: string, kept: string, dropped: readonly string[]) =>
      `${student}: kept ${kept}; not used: ${dropped.join(', ')}.`,
  },

  /**
   * Files made before submissions carried the assignment's settings (version 1): a notice, and the folded
   * box where the assignment link can be given for them. Newer files need none of this.
   */
  reference: {
    legacy: (files: number) =>
      `${files} ${plural(files, 'file was', 'files were')} made before submission files carried the assignment’s settings: ` +
      `${plural(files, 'it is', 'they are')} graded against each exercise’s own settings unless you give the assignment link below.`,
    summary: 'Grade older files with an assignment’s settings',
    explain:
      'Newer submission files carry the settings of their assignment and are graded with them by themselves. ' +
      'For older files, paste the assignment link to grade them against the model’s answers for its settings.',
    linkLabel: 'Assignment link',
    use: 'Use these settings',
    noLink: 'No link given: older files are graded against each exercise’s own settings.',
    invalid: (reason: string) => `That link could not be used: ${reason}`,
    /** While the model computes answers for settings an assignment changed. */
    computing: 'Computing the model’s answers for the assignment’s settings…',
    /** The note is `using` or `otherAssignment`, then `changed` or `unchanged`. */
    using: (title: string) => `Older files are graded with the settings of “${title}”: `,
    otherAssignment: (title: string) =>
      `“${title}” is not the assignment these files name (its code differs); its settings are used for older files anyway: `,
    changed: (exercises: number) =>
      `${exercises} ${plural(exercises, 'exercise has', 'exercises have')} model answers for the assignment’s settings.`,
    unchanged: 'it changes no settings, so the model answers are the exercises’ own.',
    /** When the model cannot run some settings (a damaged or hand-edited file). */
    failed: (failures: readonly string[]) => `Could not compute model answers: ${failures.join('; ')}.`,
    failure: (exercise: string, message: string) => `${exercise}: ${message}`,
  },

  /** One section per exercise. */
  exercise: {
    heading: (n: number, title: string) => `${n}. ${title}`,
    unknown: 'This exercise is not on this site (any more): there is no model answer to compare with.',
    otherSettings: (students: readonly string[]) =>
      `Ran the simulation with other settings than the model answer’s: ${students.join(', ')}. Their answers may be right for the settings they used.`,
    /** The settings the exercise was graded with, when an assignment changed them. */
    settings: (changes: readonly string[]) => `Graded with the assignment’s settings: ${changes.join('; ')}.`,
    linkSettings: (changes: readonly string[]) =>
      `Older files graded with the settings of the link you gave: ${changes.join('; ')}.`,
    missingHeading: 'Who has not done what',
    allDone: 'Everyone made a prediction, answered every question and wrote a reflection.',
    /** After the student's name, in bold; `what` comes from `missing` below. */
    missing: (what: readonly string[]) => `: ${what.join(', ')}`,
    /** The folded table of predictions and reflections. */
    texts: {
      summary: 'Predictions and reflections',
      /** Accessible name of the scrolling box and the table's caption. */
      label: (title: string) => `Predictions and reflections: ${title}`,
      student: 'Student',
      prediction: 'Prediction',
      reflection: 'Reflection',
      none: 'none',
    },
  },

  /** One block per question: heading, model answer, counts and the dot plot. */
  question: {
    heading: (n: number, text: string) => `Question ${n}: ${text}`,
    /** `percent` is the tolerance in per cent; `low` and `high` are formatted answers. */
    modelAnswer: (answer: string, source: string, percent: number, low: string, high: string) =>
      `Model answer: ${answer} (${source}); answers within ${percent}% of it (${low} to ${high}) count as right. `,
    fromAssignment: 'with the assignment’s settings',
    fromLink: 'with the settings of the assignment link you gave',
    fromExercise: 'with the exercise’s own settings',
    /** After the counts when files of several assignments are judged against different model answers. */
    otherReferences: (n: number) =>
      ` ${n} ${plural(n, 'answer is', 'answers are')} judged against the model’s answer for ${plural(n, 'its', 'their')} own assignment’s settings.`,
    noModelAnswer: 'No model answer on this site: marks show the student’s own check. ',
    counts: (
      answered: number,
      of: number,
      right: number,
      notRight: number,
      unreadable: number,
      missing: number,
    ) =>
      `${answered} of ${of} answered: ${right} right, ${notRight} not right` +
      (unreadable ? ` (${unreadable} not a number)` : '') +
      (missing ? `; ${missing} no answer.` : '.'),
    noAnswers: 'No answers to draw.',
    /** The dot plot's axis label, by the question's unit id (shares are drawn in per cent, sums in dollars). */
    axis: (unit: string) =>
      unit === 'share'
        ? 'Answer (%)'
        : unit === 'USD'
          ? 'Answer ($)'
          : unit
            ? `Answer (${unitWord(unit)})`
            : 'Answer',
    /** The model's line in the dot plot. */
    model: (answer: string | null) => (answer ? `Model: ${answer}` : 'Model'),
    chartTitle: (text: string) => `Answers to: ${text}`,
    chartDescription: (counts: string, answer: string | null) =>
      `One mark per student. ${counts}${answer ? ` The model gives ${answer}.` : ''}`,
  },

  /** "Every answer, student by student": the table of all answers. */
  table: {
    heading: 'Every answer, student by student',
    /** Accessible name of the sideways-scrolling box. */
    region: 'Every answer, student by student (scrolls sideways)',
    caption: 'Each student’s answer to each question, and whether it is right',
    student: 'Student',
    /** Column header, and the term in the "Which question is which" key. */
    column: (step: number, question: number) => `Step ${step}, question ${question}`,
    /** The column header's tooltip, and the key's explanation after the term. */
    columnTitle: (exercise: string, question: string) => `${exercise}: ${question}`,
    keyEntry: (exercise: string, question: string) => `: ${exercise}: ${question}`,
    keySummary: 'Which question is which',
    /** An empty cell: a dash that is hidden from screen readers, and words that only they read. */
    noAnswerMark: '—',
    noAnswer: 'no answer',
    /** A cell's verdict: a mark hidden from screen readers, then the words. */
    right: { mark: '✓', text: 'right' },
    notRight: { mark: '✗', text: 'not right' },
    unchecked: { mark: '?', text: 'not checked' },
    otherSettings: ' (other settings)',
  },

  /** The dot plot of one question's answers (charts/class-predictions.ts). */
  chart: {
    /** Legend entries of the marks; the marks' tooltips use `status`. */
    legend: { right: 'Right', notRight: 'Not right', unchecked: 'Not checked' },
    status: { right: 'right', notRight: 'not right', unchecked: 'not checked' },
    /** A mark's tooltip: "Ben Okafor: 50% (not right)". */
    mark: (student: string, value: string, status: string) => `${student}: ${value} (${status})`,
    /** A value on the axis or in a tooltip, by the question's unit id; a share arrives already in per cent. */
    value: (n: string, unit: string) =>
      unit === 'share'
        ? `${n}%`
        : unit === 'USD'
          ? `$${n}`
          : unit === 'times'
            ? `${n}×`
            : countWithUnit(n, unit),
    band: 'Counted as right',
    logScale: 'Log scale: the answers span several orders of magnitude.',
    notDrawn: (n: number) => `${n} not drawn.`,
  },

  /** Text the report logic makes (lib/class-aggregate.ts). */
  report: {
    /** A student who left the name empty, named after the file. */
    noName: (file: string) => `No name (${file})`,
    untitledAssignment: 'Untitled assignment',
    noAssignment: 'Not from an assignment',
    /** A question a file answers that the site does not know (any more). */
    unknownQuestion: (id: string) => `Question “${id}” (not on this site)`,
    /** "Who has not done what": the parts of one student's list. */
    missing: {
      notInFile: 'not in their file at all',
      prediction: 'no prediction',
      answers: 'no answers',
      /** `questions` are question numbers: "no answer to questions 1 and 3". */
      answersTo: (questions: readonly number[]) =>
        `no answer to ${plural(questions.length, 'question', 'questions')} ${questions.join(' and ')}`,
      reflection: 'no reflection',
    },
  },

  /** The downloaded CSV: column headers and cell values. */
  csv: {
    student: 'Student',
    file: 'File',
    exportedAt: 'Exported at',
    prediction: (exercise: string) => `${exercise}: prediction`,
    answer: (exercise: string, n: number) => `${exercise}: answer ${n}`,
    checked: (exercise: string, n: number) => `${exercise}: answer ${n} checked`,
    reflection: (exercise: string) => `${exercise}: reflection`,
    otherSettings: (exercise: string) => `${exercise}: ran other settings`,
    right: 'right',
    notRight: 'not right',
    yes: 'yes',
  },
} as const;
