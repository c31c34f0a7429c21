/**
 * The three dated shapes of saved work (a text, an answer, a run): one guard and one reader each, shared by
 * storage (./work-record.ts), the quick read (./work-peek.ts), merging (./work-merge.ts) and submission files
 * (./submission.ts). Small and dependency-light on purpose: lesson pages load it at first paint.
 *
 * The guards say what storage reads as it is and may therefore rewrite (anything else stays in storage
 * untouched). The readers make the typed view of whatever holds the shape's key field, filling what is
 * missing or of another type with its default; submission files, which are never rewritten, are read by
 * the readers alone. Pure, tested in Node.
 */
import { finite, isParamEntry, isRecord, str } from './json-guards';

export interface SavedText {
  text: string;
  savedAt: string;
}

export interface SavedAnswer {
  value: string;
  correct: boolean | null;
  savedAt: string;
}

export interface SavedRun {
  model: string;
  params: Record<string, number | string>;
  seed: number;
  savedAt: string;
}

type Raw = Record<string, unknown>;

/** The keys of each saved kind that this version reads; anything else inside one is kept as it is. */
export const known = {
  text: ['text', 'savedAt'],
  answer: ['value', 'correct', 'savedAt'],
  run: ['model', 'params', 'seed', 'savedAt'],
} as const;

const optString = (v: unknown) => v === undefined || typeof v === 'string';

export function isSavedText(v: unknown): v is Raw & { text: string } {
  return isRecord(v) && typeof v.text === 'string' && optString(v.savedAt);
}

export function isSavedAnswer(v: unknown): v is Raw & { value: string } {
  return (
    isRecord(v) &&
    typeof v.value === 'string' &&
    (v.correct === undefined || v.correct === null || typeof v.correct === 'boolean') &&
    optString(v.savedAt)
  );
}

export function isSavedRun(v: unknown): v is Raw & { model: string; params: Raw } {
  return (
    isRecord(v) &&
    typeof v.model === 'string' &&
    isRecord(v.params) &&
    Object.entries(v.params).every(isParamEntry) &&
    (v.seed === undefined || finite(v.seed)) &&
    optString(v.savedAt)
  );
}

/** A text's typed view; null when `v` holds no text. */
export const readText = (v: unknown): SavedText | null =>
  isRecord(v) && typeof v.text === 'string' ? { text: v.text, savedAt: str(v.savedAt) } : null;

/** An answer's typed view (a `correct` that is not true or false reads as unmarked); null without a value. */
export const readAnswer = (v: unknown): SavedAnswer | null =>
  isRecord(v) && typeof v.value === 'string'
    ? { value: v.value, correct: typeof v.correct === 'boolean' ? v.correct : null, savedAt: str(v.savedAt) }
    : null;

/** A run's typed view (parameters that are not numbers or strings left out, seed 1 when missing); null without a model. */
export function readRun(v: unknown): SavedRun | null {
  if (!isRecord(v) || typeof v.model !== 'string' || !isRecord(v.params)) return null;
  return {
    model: v.model,
    // fromEntries defines own properties: a parameter named "__proto__" stays data.
    params: Object.fromEntries(Object.entries(v.params).filter(isParamEntry)),
    seed: finite(v.seed) ? v.seed : 1,
    savedAt: str(v.savedAt),
  };
}

/** The answers of a record by question id: those `accept` lets through, each as readAnswer reads it. */
export function readAnswers(
  v: unknown,
  accept: (a: unknown) => boolean = isRecord,
): Record<string, SavedAnswer> {
  const answers: [string, SavedAnswer][] = [];
  for (const [id, a] of Object.entries(isRecord(v) ? v : {})) {
    const read = accept(a) ? readAnswer(a) : null;
    if (read) answers.push([id, read]);
  }
  // fromEntries defines own properties: an answer id such as "__proto__" stays data.
  return Object.fromEntries(answers);
}
