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
import type { ParamValue } from '../models/types';
import type { SavedAnswer, SavedRun, SavedText, WorkItem } from './storage';
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

const isValue = (e: [string, unknown]): e is [string, ParamValue] =>
  typeof e[1] === 'string' || (typeof e[1] === 'number' && Number.isFinite(e[1]));
const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** An item's settings as a file gives them; anything unreadable in them falls back to the exercise's own. */
function readSettings(v: unknown): ExerciseSettings {
  const s = isRecord(v) ? v : {};
  return {
    // fromEntries defines own properties: a parameter named "__proto__" stays data.
    params: Object.fromEntries(Object.entries(isRecord(s.params) ? s.params : {}).filter(isValue)),
    seed: isSeed(s.seed) ? s.seed : DEFAULT_SEED,
    lock: names(s.lock),
    unlock: names(s.unlock),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const savedText = (v: unknown): SavedText | null =>
  isRecord(v) && typeof v.text === 'string' ? { text: v.text, savedAt: str(v.savedAt) } : null;

export type ParsedSubmission = { ok: true; submission: Submission } | { ok: false; reason: string };

export function parseSubmission(text: string): ParsedSubmission {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: savedWork.submission.notJson };
  }
  if (!isRecord(data) || data.format !== SUBMISSION_FORMAT)
    return { ok: false, reason: savedWork.submission.notSubmission };
  const legacy = data.formatVersion === 1;
  if (!READABLE.includes(data.formatVersion as number))
    return { ok: false, reason: savedWork.submission.version(String(data.formatVersion)) };
  const items: SubmissionItem[] = [];
  for (const raw of Array.isArray(data.items) ? data.items : []) {
    if (!isRecord(raw) || typeof raw.exercise !== 'string') continue;
    const answers: Record<string, SavedAnswer> = {};
    if (isRecord(raw.answers)) {
      for (const [k, a] of Object.entries(raw.answers)) {
        if (isRecord(a) && typeof a.value === 'string') {
          answers[k] = {
            value: a.value,
            correct: typeof a.correct === 'boolean' ? a.correct : null,
            savedAt: str(a.savedAt),
          };
        }
      }
    }
    const run =
      isRecord(raw.run) && typeof raw.run.model === 'string' && isRecord(raw.run.params)
        ? {
            model: raw.run.model,
            params: Object.fromEntries(Object.entries(raw.run.params).filter(isValue)),
            seed: typeof raw.run.seed === 'number' ? raw.run.seed : 1,
            savedAt: str(raw.run.savedAt),
          }
        : null;
    items.push({
      exercise: raw.exercise,
      title: str(raw.title) || raw.exercise,
      prediction: savedText(raw.prediction),
      answers,
      reflection: savedText(raw.reflection),
      run,
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
