/**
 * The assignment builder for instructors (/instructors/assign/): src/pages/instructors/assign.astro, its
 * element (src/elements/assign/assign-element.ts) and the checks and notices of src/lib/assignment-builder.ts.
 * The words of the assignment a student opens are in ./assignment.
 */
import { countWithUnit, unitWord } from './models/common.ts';

export const assign = {
  /** The page around the builder. */
  page: {
    /** <title>, last breadcrumb and <h1>. */
    title: 'Build an assignment',
    description:
      'Choose exercises, fix their settings, and share an assignment as a link, an embed or a printed worksheet with QR codes.',
    lead:
      'Choose exercises, put them in order, fix the settings you want, and share the assignment as a link, an ' +
      'embed for your course page, or a printed worksheet.',
    /** The second paragraph, split around its link to the class view. */
    noServer: {
      before:
        'Everything is kept in the link itself: there is no server and no account. Students do the work in their ' +
        'own browser and hand it in as a file, which you can read in the ',
      link: 'class view',
      after: '.',
    },
    /** Shown only without JavaScript. */
    noJs:
      'The assignment builder needs JavaScript, because it makes the link in your browser. Without it you can ' +
      'still share any exercise below by its own address.',
  },

  /** The "Title, instructions and due date" section. */
  details: {
    heading: 'Title, instructions and due date',
    title: 'Title',
    instructions: 'Instructions for students',
    due: 'Due date (optional)',
  },

  /** The list of exercises to choose from, and its filters. */
  picker: {
    /** The heading without JavaScript, when the list is only a list. */
    heading: 'Exercises',
    /** The heading once the builder runs. */
    headingReady: 'Choose exercises',
    /** Accessible name of the filter form. */
    filters: 'Filter exercises',
    search: 'Search',
    case: 'Case',
    model: 'Model',
    difficulty: 'Difficulty',
    /** The first option of each filter. */
    any: 'Any',
    clear: 'Clear filters',
    /** The line under each exercise's title. */
    meta: (caseTitle: string, model: string, difficulty: string, minutes: number, questions: number) =>
      `${caseTitle} · ${model} · ${difficulty} · about ${minutes} minutes · ${questions} question${questions === 1 ? '' : 's'}`,
    /** The <summary> that opens an exercise's prompt, and its hidden end naming the exercise. */
    whatItAsks: 'What it asks',
    whatItAsksOf: (title: string) => `: ${title}`,
    /** The live count under the filters. */
    count: (shown: number, total: number) => `${shown} of ${total} exercises shown`,
    /** Each exercise's button (its hidden end names the exercise). */
    add: 'Add',
    added: 'Added',
    addOf: (title: string) => ` “${title}”`,
  },

  /** "Your assignment": the chosen exercises as steps. */
  chosen: {
    heading: 'Your assignment',
    empty: 'Add exercises from the list; they appear here as steps, in order.',
    count: (n: number) =>
      n === 0 ? 'No exercises chosen yet.' : `${n} exercise${n === 1 ? '' : 's'} chosen.`,
    /** Before each step's title. */
    step: (n: number) => `Step ${n}:`,
    /** Accessible name of the group of buttons that order a step. */
    order: (title: string) => `Order of “${title}”`,
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    /** The hidden end of each step's buttons, naming the exercise. */
    buttonOf: (title: string) => `: ${title}`,
    meta: (caseTitle: string, difficulty: string, minutes: number) =>
      `${caseTitle} · ${difficulty} · about ${minutes} minutes`,
    /** The line saying what the instructor changed (`summary` from settingsSummary). */
    yourSettings: (summary: string) => `Your settings: ${summary}.`,
    ownSettings: 'The exercise’s own settings.',
    /** The <details> with a step's parameters. */
    settings: 'Set or lock parameters',
    settingsHelp:
      'Change a value to start the simulation there; lock it so students cannot change it. Empty or unchanged values keep the exercise’s own.',
  },

  /** One parameter of a step, and what the builder says about values typed into it. */
  param: {
    /** The checkbox beside a parameter, or its label when the exercise itself locks the parameter. */
    lock: 'Lock',
    fixed: 'Fixed by the exercise',
    /** The checkbox beside a setting the exercise fixes: frees it for this assignment. */
    unlock: 'Change this fixed setting',
    /** Shown once a fixed setting is freed: what the instructor takes on. */
    unlockWarning: (title: string) =>
      `“${title}” was written for its own value here: its task, hints and explanations may no longer fit. ` +
      'The questions and model answers follow your value. Lock it to keep students on your value, or leave it unlocked to let them change it.',
    /** The seed field of a step. */
    seed: 'Seed',
    seedHelp:
      'The run students start from and the model answers use. Every seed gives another network and other chances; 1 is the exercise’s own.',
    seedInvalid:
      'The seed must be a whole number from 0 to 4,294,967,295. Not accepted: the assignment keeps its seed.',
    /** A number parameter's value with its unit's word: "5,800,000 people". */
    value: (n: string, unit: string) => countWithUnit(n, unit),
    /** After a number parameter's label: "Population (people)"; a share is typed as a percentage. */
    unit: (unit: string) => (unit === 'share' ? ' (%)' : unit ? ` (${unitWord(unit)})` : ''),
    /** A share as a percentage: "25%". */
    percent: (n: string) => `${n}%`,
    /** Under the field when a value is refused (`message` is one of the checks below). */
    notAccepted: (message: string, kept: string) => `${message} Not accepted: the assignment keeps ${kept}.`,
    /** The checks (checkParam in builder.ts). `range` is the text of `range` below. */
    chooseOne: (label: string, options: string) => `${label}: choose one of ${options}.`,
    range: (min: string, max: string, unit: string) =>
      `from ${min} to ${max}${unit ? ` ${unitWord(unit)}` : ''}`,
    giveNumber: (label: string, range: string) => `${label}: give a number ${range}.`,
    notANumber: (label: string, typed: string) => `${label}: “${typed}” is not a number.`,
    outOfRange: (label: string, value: string, range: string) =>
      `${label}: ${value} is out of range; it must be ${range}.`,
    offStep: (label: string, step: string, nearest: string) =>
      `${label} goes in steps of ${step}; the nearest allowed value is ${nearest}.`,
    /** The help line under a parameter (paramHelp): the model's help, the range, the exercise's value. */
    exerciseValue: (value: string) => `Exercise’s value: ${value}.`,
    helpChoice: (help: string, own: string) => `${help} ${own}`,
    helpNumber: (help: string, min: string, max: string, step: string, own: string) =>
      `${help} From ${min} to ${max}, in steps of ${step}. ${own}`,
    /** One setting in a step's summary (settingsSummary); settings are joined with "; ". */
    setting: (label: string, value: string, fixed: boolean) => `${label}: ${value}${fixed ? ' (fixed)' : ''}`,
    /** In a step's summary, when the seed is not the exercise's own. */
    seedSetting: (seed: number) => `seed ${seed}`,
    /** In a step's summary, after a setting the exercise fixes and the assignment frees. */
    unlocked: ' (the exercise fixes it; changed for this assignment)',
  },

  /** The model's answers for the settings chosen: under each step, and in the answer key. */
  expected: {
    heading: 'Expected answers with these settings',
    computing: 'Computing the model’s answers for these settings…',
    failed: (reason: string) => `The model could not run these settings: ${reason}`,
    /** One answer: the question, the model's value and the range that counts as right. */
    answer: (question: string, value: string, low: string, high: string) =>
      `${question} ${value} (from ${low} to ${high} counts as right)`,
  },

  /** The printable answer key, beside the worksheet. */
  key: {
    label: 'Answer key',
    heading: (title: string) => `Answer key: ${title}`,
    intro:
      'The model’s answers for the settings of this assignment, as students’ pages and the class view check them.',
    step: (n: number, title: string) => `Step ${n}: ${title}`,
    settings: (summary: string) => `Settings: ${summary}.`,
    ownSettings: 'Settings: the exercise’s own.',
  },

  /** Notices above the builder when the draft in its address cannot be used as it is (readDraft). */
  draft: {
    unreadable: 'The draft in this address could not be read; starting afresh.',
    /** `reason` is one of assignment.link's sentences, with its full stop. */
    unreadableBecause: (reason: string) =>
      `The draft in this address could not be read (${reason}) Starting afresh.`,
    settingGone: (title: string, id: string) =>
      `“${title}”: the setting “${id}” does not exist and was left out.`,
    settingFixed: (title: string, label: string) =>
      `“${title}”: ${label} is fixed by the exercise; the value was left out.`,
    valueRefused: (title: string, message: string) => `“${title}”: ${message} The value was left out.`,
  },

  /** What the builder announces in its live region as the instructor works. */
  announce: {
    alreadyStep: (title: string, n: number) => `“${title}” is already step ${n}.`,
    tooMany: (max: number) => `An assignment can have at most ${max} exercises.`,
    added: (title: string, n: number) =>
      `Added “${title}” as step ${n}. Its settings are under “Your assignment”.`,
    alreadyAtEnd: (title: string, first: boolean) => `“${title}” is already ${first ? 'first' : 'last'}.`,
    moved: (title: string, to: number, total: number) => `Moved “${title}” to step ${to} of ${total}.`,
    removed: (title: string, left: number) =>
      `Removed “${title}”. ${left} exercise${left === 1 ? '' : 's'} left.`,
    linkCopied: 'Assignment link copied.',
    copyLinkByHand: 'Select the link and copy it (Ctrl+C or ⌘C).',
    embedCopied: (label: string) => `Embed code copied: ${label}.`,
    copyEmbedByHand: 'Select the code and copy it (Ctrl+C or ⌘C).',
    worksheetReady: 'Worksheet ready below the sharing options.',
    keyReady: 'Answer key ready below the worksheet.',
  },

  /** "Share it": the link, the embed codes and the worksheet's buttons. */
  share: {
    heading: 'Share it',
    empty: 'Add at least one exercise to get a link.',
    linkHeading: 'The assignment link',
    linkLabel: 'Link for students',
    copyLink: 'Copy link',
    open: 'Open the assignment as a student sees it',
    linkLength: (chars: number) => `The link is ${chars} characters long.`,
    /** Instead of linkLength when the link is long enough to cause trouble. */
    linkTooLong: (chars: number) =>
      `The link is ${chars} characters long. Some email programs and course systems cut links over 2,000 characters, and the worksheet’s QR codes get dense: shorter instructions help.`,
    embedsHeading: 'Embed codes for a course page',
    embedsHelp:
      'Paste into an LMS page that accepts HTML. The first shows the whole assignment; the others each ' +
      'show one exercise with its settings.',
    /** The label of each embed code's field. */
    embedWhole: (title: string) => `The whole assignment: ${title}`,
    embedStep: (n: number, title: string) => `Step ${n}: ${title}`,
    /** The title attribute of a step's <iframe> (the whole assignment's is its own title). */
    embedFrameTitle: (title: string) => `Exercise: ${title}`,
    /** Each embed code's copy button; its hidden end names the code (`label` is embedWhole or embedStep). */
    copy: 'Copy',
    copyOf: (label: string) => ` embed code for ${label}`,
    worksheetHeading: 'Printable worksheet',
    worksheetHelp:
      'A sheet with the title, instructions, due date and, for each exercise, its task, questions, space ' +
      'to write, and a QR code that opens it with its settings.',
    showWorksheet: 'Show the worksheet',
    printWorksheet: 'Print worksheet',
    printHint: 'The worksheet is below; printing prints only the worksheet.',
    showKey: 'Show the answer key',
    printKey: 'Print answer key',
    keyHint: 'The answer key is below the worksheet; printing it prints only the key.',
  },

  /** The printable worksheet. */
  worksheet: {
    /** Accessible name of the worksheet region. */
    label: 'Worksheet',
    due: (date: string) => `Due ${date}`,
    noDue: 'No due date',
    /** After the due date, before a blank for the student's name. */
    name: ' · Name: ',
    /** The box at the top with the whole assignment's QR code, split around its link. */
    online: {
      before:
        'Do this assignment online (your work is saved in your browser, and you hand it in as a file): scan the code, or open ',
      link: 'the assignment link',
      after: '. Each step below has its own code that opens the exercise with the settings it needs.',
    },
    /** Under each QR code, and the codes' accessible names. */
    scan: 'Scan to open',
    qrWhole: (title: string) => `QR code: the whole assignment, ${title}`,
    qrStep: (n: number, title: string) => `QR code: step ${n}, ${title}`,
    /** In place of a QR code when the link does not fit in one. */
    qrTooLong: 'This link is too long for a QR code: shorten the instructions, or use the link.',
    step: (n: number, title: string) => `Step ${n}: ${title}`,
    /** `summary` from settingsSummary, or '' when the step keeps the exercise's settings. */
    caseLine: (caseTitle: string, summary: string) =>
      `Case: ${caseTitle}.${summary ? ` Settings: ${summary}.` : ''}`,
    predict: 'Predict before you run',
    answer: 'Answer',
    reflect: 'Reflect',
    reflectPrompt:
      'Compare your prediction with what the model showed. What surprised you, and what does the model leave out?',
  },
} as const;
