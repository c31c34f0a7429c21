/**
 * The student's view of an assignment, as pure functions: how far each step has got (from the work saved
 * in this browser), the submission file they hand in, and its file name. No DOM, so it is tested in Node.
 */
import { assignmentId, workScope, type Assignment } from './assignment';
import type { Work, WorkItem } from './storage';
import { SUBMISSION_FORMAT, SUBMISSION_VERSION, toSubmissionItem, type Submission } from './submission';
import { settingsOf } from './grading';
import { assignment } from '../strings/assignment';
import { withoutAccents } from './fold';

/** Where the student's name is kept in this browser, so every assignment page knows it. */
export const NAME_KEY = 'wom.student-name';

/** What the assignment page needs of an exercise (embedded at build time). */
export interface StepExercise {
  id: string;
  title: string;
  caseTitle: string;
  minutes: number;
  /** Question ids, in order. */
  questions: string[];
}

export interface StepProgress {
  predicted: boolean;
  /** Questions with an answer, of `total`. */
  answered: number;
  /** Answers the exercise page checked as right. */
  right: number;
  total: number;
  reflected: boolean;
  started: boolean;
  done: boolean;
}

const written = (t: { text: string } | undefined) => (t?.text.trim() ?? '') !== '';

export function stepProgress(item: WorkItem | undefined, questions: readonly string[]): StepProgress {
  const answers = item?.answers ?? {};
  let answered = 0;
  let right = 0;
  for (const id of questions) {
    const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!a || a.value.trim() === '') continue;
    answered++;
    if (a.correct === true) right++;
  }
  const predicted = written(item?.prediction);
  const reflected = written(item?.reflection);
  return {
    predicted,
    answered,
    right,
    total: questions.length,
    reflected,
    started: predicted || reflected || answered > 0 || item?.run !== undefined,
    done: predicted && reflected && answered === questions.length,
  };
}

/** The progress of one step in words: three short lines, none of which relies on colour or an icon. */
export function progressWords(p: StepProgress): {
  prediction: string;
  questions: string;
  reflection: string;
} {
  const words = assignment.steps.progress;
  const questions =
    p.total === 0
      ? words.noQuestions
      : p.answered === 0
        ? words.noneAnswered(p.total)
        : words.answered(p.answered, p.total, p.right);
  return {
    prediction: p.predicted ? words.predictionMade : words.predictionNotYet,
    questions,
    reflection: p.reflected ? words.reflectionWritten : words.reflectionNotYet,
  };
}

export type StepState = keyof typeof assignment.steps.status;

/** Where a step has got, as a key: for styling (data-status) and for its badge's words. */
export function stepState(p: StepProgress): StepState {
  return p.done ? 'done' : p.started ? 'started' : 'notStarted';
}

/** A step's status in one word, for its badge. */
export function stepStatus(p: StepProgress): string {
  return assignment.steps.status[stepState(p)];
}

/**
 * The file a student hands in: every step of the assignment, in order, including the ones not started, so
 * the instructor sees what is missing rather than guessing.
 */
export function buildSubmission(
  code: string,
  assignment: Assignment,
  exercises: ReadonlyMap<string, Pick<StepExercise, 'title'>>,
  work: Work,
  student: string,
  now: Date = new Date(),
): Submission {
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_VERSION,
    student: student.trim(),
    assignment: { title: assignment.title, id: assignmentId(code), due: assignment.due },
    exportedAt: now.toISOString(),
    items: assignment.items.map((item) => {
      const scope = workScope(item.exercise, code);
      const saved = Object.hasOwn(work.items, scope) ? work.items[scope] : undefined;
      const title = exercises.get(item.exercise)?.title ?? item.exercise;
      // The step's settings go with the work, so the class view grades against them by itself.
      return toSubmissionItem(item.exercise, title, saved, settingsOf(item));
    }),
  };
}

/** Lower-case ASCII words joined by hyphens: "Réponse à Dave!" → "reponse-a-dave". */
export function slug(text: string, fallback: string, max = 40): string {
  const s = withoutAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return s || fallback;
}

export function submissionFileName(title: string, student: string): string {
  return `submission-${slug(title, 'assignment')}-${slug(student, 'student')}.json`;
}

/** "1 December 2026" for an ISO date, or '' when there is none; read as a calendar date, not a time. */
export function formatDue(due: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!m) return '';
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-31 is not a day: Date would roll it over into March.
  if (date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) return '';
  return new Intl.DateTimeFormat(assignment.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
