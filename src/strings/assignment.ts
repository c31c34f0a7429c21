/**
 * The assignment page a student opens from an instructor's link (/assignment/?a=…), and the reasons a link
 * cannot be read (src/lib/assignment.ts), which the builder and the exercise pages show too.
 */
import { locale } from './locale.ts';

export const assignment = {
  /** The locale of due dates ("1 December 2026"), on this page and the builder's worksheet (formatDue). */
  locale,

  /** The title of an assignment whose link gives none; also the builder's title when none is written. */
  defaultTitle: 'Assignment',

  /** Why an assignment link cannot be used (decodeAssignment in src/lib/assignment.ts). */
  link: {
    damaged: 'The assignment link is damaged (it could not be read). Ask for the link again.',
    notAnAssignment: 'The assignment link does not hold an assignment.',
    /** `version` is whatever the link says its version is. */
    otherVersion: (version: string) =>
      `The assignment link was made by a different version of the site (${version}).`,
    /** A notice above the steps; the rest of the assignment is still shown. */
    exerciseGone: (id: string) => `The exercise “${id}” no longer exists on this site and was left out.`,
    noExercises: 'The assignment link lists no exercises this site has.',
    tooLong:
      'The assignment link is far longer than any this site makes, so it was not read. Ask for the link again.',
  },

  /** src/pages/assignment.astro, before the assignment is read. */
  page: {
    /** <title>, breadcrumb and <h1> until the assignment's own title replaces it. */
    title: 'Assignment',
    description:
      'An assignment from your instructor: the exercises to do, in order, and your work to hand in.',
    /** Shown only without JavaScript; split around the link to the exercises. */
    noJs: {
      before:
        'This page needs JavaScript: the assignment is carried in its link and read in your browser (nothing is ' +
        'sent anywhere). Turn JavaScript on, or ask your instructor for the printed worksheet. You can also ',
      link: 'browse the exercises',
      after: '.',
    },
  },

  /** The notice in place of the assignment when the link cannot be used: title, reason, then the way out. */
  problem: {
    title: 'This assignment cannot be shown. ',
    /** The reason when the address has no `?a=` at all. */
    noCode: 'This page shows an assignment from its link, and the address has no assignment in it.',
    askAgain: ' Ask your instructor for the link again, or ',
    link: 'browse the exercises',
    after: ' on your own.',
  },

  /** Under the title: due date and notices. */
  head: {
    due: (date: string) => `Due ${date}`,
    noDue: 'No due date given.',
    noStorage: 'This browser does not allow saving, so your work will not be kept between visits.',
  },

  /** The list of steps and each step's card. */
  steps: {
    heading: 'Steps',
    /** The live line under the heading. */
    summary: (done: number, total: number) => `${done} of ${total} step${total === 1 ? '' : 's'} done.`,
    help:
      'Each step opens an exercise: predict, run the simulation, answer, reflect. Your work is saved in this ' +
      'browser as you go; come back here to see your progress.',
    /** Before the exercise's title in the step's link. */
    number: (n: number) => `Step ${n}: `,
    meta: (caseTitle: string, minutes: number) => `${caseTitle} · about ${minutes} minutes`,
    /** Added to the meta line when the instructor set or locked parameters. */
    withSettings: ' · with settings from your instructor',
    /** The step's badge (stepStatus in src/lib/assignment-progress.ts). */
    status: { done: 'Done', started: 'Started', notStarted: 'Not started' },
    /** The three progress lines of a step (progressWords). */
    progress: {
      predictionMade: 'Prediction: made',
      predictionNotYet: 'Prediction: not yet',
      noQuestions: 'No questions to answer',
      noneAnswered: (total: number) => `Questions: none answered yet (of ${total})`,
      answered: (answered: number, total: number, right: number) =>
        `Questions: ${answered} of ${total} answered, ${right} right`,
      reflectionWritten: 'Reflection: written',
      reflectionNotYet: 'Reflection: not yet',
    },
  },

  /** The "Hand in your work" section. */
  handIn: {
    heading: 'Hand in your work',
    body:
      'When you have finished, download your submission: one file with every step, including any you did ' +
      'not get to. Send it the way your instructor asked (email, course page). Nothing is uploaded from ' +
      'here.',
    nameLabel: 'Your name (as your instructor knows you)',
    nameHint: 'Kept in this browser so you need not type it again.',
    download: 'Download my submission',
    /** Announced when the download button is pressed with no name. */
    nameMissing: 'Write your name first, so your instructor knows whose work it is.',
    /** Announced once when the browser would not keep the name (storage full or turned off). */
    nameNotSaved:
      'This browser could not keep your name for next time (its storage is full or turned off). It still goes into the file you download now.',
    /** Announced after the download; `empty` is how many steps have nothing in them. */
    downloaded: (file: string, empty: number) =>
      `Downloaded ${file}. Hand this file in the way your instructor asked.` +
      (empty ? ` ${empty} step${empty === 1 ? ' has' : 's have'} nothing in it yet.` : ''),
  },
} as const;
