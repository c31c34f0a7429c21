/**
 * A submission file: what a student hands in (exported from their browser) and what the class view reads.
 * Plain JSON, versioned, readable by a person; parsing never throws and says what it could not read.
 *
 * Version 2 carries, for each exercise, the settings the assignment gave it (values, seed, locks), so the
 * class view grades against the model's answers for those settings with no step for the instructor.
 * Version 1 files (before that) still read: their items have `settings: null` and `legacy` is true.
 */
import { isSeed } from './assignment';
import { DEFAULT_SEED, type ExerciseSettings } from './grading';
import type { SavedAnswer, SavedRun, SavedText, WorkItem } from './storage';
import { isParamEntry, isRecord, names, str } from './json-guards';
import { readAnswers, readRun, readText } from './work-shapes';
import { savedWork } from '../strings/saved-work';

export const SUBMISSION_FORMAT = 'word-of-mouth-submission';
export const SUBMISSION_VERSION = 2;
/** Versions this site reads. */
const READABLE = [1, 2];

export interface SubmissionItem {
  exercise: string;
  title: string;
  prediction: SavedText | null;
  answers: Record<string, SavedAnswer>;
  reflection: SavedText | null;
  run: SavedRun | null;
  /** The assignment's settings for this exercise; null in a version 1 file (not recorded then). */
  settings: ExerciseSettings | null;
}

export interface Submission {
  format: typeof SUBMISSION_FORMAT;
  formatVersion: typeof SUBMISSION_VERSION;
  /** Read from a version 1 file, which did not record the assignment's settings. */
  legacy?: true;
  student: string;
  assignment: { title: string; id: string; due: string } | null;
  exportedAt: string;
  items: SubmissionItem[];
}

export function toSubmissionItem(
  exercise: string,
  title: string,
  item: WorkItem | undefined,
  settings: ExerciseSettings,
): SubmissionItem {
  return {
    exercise,
    title,
    prediction: item?.prediction ?? null,
    answers: item?.answers ?? {},
    reflection: item?.reflection ?? null,
    run: item?.run ?? null,
    settings,
  };
}

/** An item's settings as a file gives them; anything unreadable in them falls back to the exercise's own. */
function readSettings(v: unknown): ExerciseSettings {
  const s = isRecord(v) ? v : {};
  return {
    // fromEntries defines own properties: a parameter named "__proto__" stays data.
    params: Object.fromEntries(Object.entries(isRecord(s.params) ? s.params : {}).filter(isParamEntry)),
    seed: isSeed(s.seed) ? s.seed : DEFAULT_SEED,
    lock: names(s.lock),
    unlock: names(s.unlock),
  };
}

export type ParsedSubmission = { ok: true; submission: Submission } | { ok: false; reason: string };

/** Reads a submission file's text. Never throws; a file it cannot read says why. */
export function parseSubmission(text: string): ParsedSubmission {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: savedWork.submission.notJson };
  }
  return readSubmission(data);
}

/**
 * Reads a submission from parsed JSON. Its texts, answers and runs are read by the saved-work readers
 * (./work-shapes.ts), leniently: a file is read to be graded, never written back.
 */
export function readSubmission(data: unknown): ParsedSubmission {
  if (!isRecord(data) || data.format !== SUBMISSION_FORMAT)
    return { ok: false, reason: savedWork.submission.notSubmission };
  const legacy = data.formatVersion === 1;
  if (!READABLE.includes(data.formatVersion as number))
    return { ok: false, reason: savedWork.submission.version(String(data.formatVersion)) };
  const items: SubmissionItem[] = [];
  for (const raw of Array.isArray(data.items) ? data.items : []) {
    if (!isRecord(raw) || typeof raw.exercise !== 'string') continue;
    items.push({
      exercise: raw.exercise,
      title: str(raw.title) || raw.exercise,
      prediction: readText(raw.prediction),
      answers: readAnswers(raw.answers),
      reflection: readText(raw.reflection),
      run: readRun(raw.run),
      settings: legacy ? null : readSettings(raw.settings),
    });
  }
  const a = isRecord(data.assignment) ? data.assignment : null;
  return {
    ok: true,
    submission: {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_VERSION,
      ...(legacy ? { legacy: true as const } : {}),
      student: str(data.student).slice(0, 200),
      assignment: a ? { title: str(a.title), id: str(a.id), due: str(a.due) } : null,
      exportedAt: str(data.exportedAt),
      items,
    },
  };
}
