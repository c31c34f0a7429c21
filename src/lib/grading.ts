/**
 * Grading that follows the assignment: the settings an assignment gives one exercise (values, seed, what it
 * frees), the question text filled in for those settings, the model's expected answers for them, and the
 * verdict on a student's answer. The exercise page, the class view, the builder's answer key and My work all
 * go through these functions, so the question a student reads, the answer their page checks and the verdict
 * the instructor sees are computed from the same settings.
 *
 * No model is imported here (the class view and the builder load the models only when they need them):
 * `expectedAnswers` takes the model runner as an argument.
 */
import type { AssignmentItem } from './assignment';
import { isClose, parseAnswer } from './answers';
import type { computeMetric } from './metrics';
import { paramValueText } from './param-text';
import type { ParamSpec, ParamValue, ParamValues } from '../models/types';
import { grading as words } from '../strings/grading';

/** The seed an exercise's page starts from and its build-time answers use. */
export const DEFAULT_SEED = 1;

/** What an assignment sets for one exercise. Empty `params` and the default seed: the exercise's own. */
export interface ExerciseSettings {
  /** Values the instructor set, over the exercise's preset. */
  params: Record<string, ParamValue>;
  seed: number;
  /** Parameters the student may not change, besides those the exercise locks. */
  lock: string[];
  /** Parameters the exercise fixes that the assignment frees. */
  unlock: string[];
}

export const ownSettings = (): ExerciseSettings => ({ params: {}, seed: DEFAULT_SEED, lock: [], unlock: [] });

/** The settings an assignment step gives its exercise (the exercise's own when there is no step). */
export function settingsOf(item: AssignmentItem | undefined): ExerciseSettings {
  if (!item) return ownSettings();
  return {
    params: { ...item.params },
    seed: item.seed ?? DEFAULT_SEED,
    lock: [...item.lock],
    unlock: [...(item.unlock ?? [])],
  };
}

/** Whether the settings change what the model computes (values or seed), so answers must be recomputed. */
export const changesAnswers = (s: ExerciseSettings) =>
  Object.keys(s.params).length > 0 || s.seed !== DEFAULT_SEED;

/** One text per distinct set of values and seed (the order of the values does not matter). */
export function settingsKey(s: ExerciseSettings): string {
  const params = Object.keys(s.params)
    .sort()
    .map((k) => [k, s.params[k]]);
  return JSON.stringify([params, s.seed]);
}

/** The names a question text may fill in: `{<parameter id>}` and `{seed}`. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders a question text uses that are neither a parameter of `spec` nor `seed` (for the build). */
export function unknownPlaceholders(text: string, spec: readonly ParamSpec[]): string[] {
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .filter((name) => name !== 'seed' && !spec.some((p) => p.id === name));
}

/**
 * A question's text for the values the run uses: "answer on day {responseDay}, seed {seed}" → "answer on day
 * 1, seed 1". `values` are the full parameter values (preset and settings). An unknown name stays as written.
 */
export function fillQuestion(
  text: string,
  spec: readonly ParamSpec[],
  values: ParamValues,
  seed: number,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'seed') return String(seed);
    const p = spec.find((x) => x.id === name);
    return p && Object.hasOwn(values, name) ? paramValueText(p, values[name]) : whole;
  });
}

/**
 * What the settings change from the exercise's own, one item each: "Day of the answer 1 instead of 2",
 * "seed 7 instead of 1". Empty when the exercise runs as written.
 */
export function settingsChanges(
  spec: readonly ParamSpec[],
  preset: ParamValues,
  settings: ExerciseSettings,
): string[] {
  const out: string[] = [];
  for (const p of spec) {
    if (!Object.hasOwn(settings.params, p.id)) continue;
    const value = settings.params[p.id];
    if (sameParam(value, preset[p.id])) continue;
    out.push(words.changed(p.label, paramValueText(p, value), paramValueText(p, preset[p.id])));
  }
  if (settings.seed !== DEFAULT_SEED) out.push(words.seed(settings.seed, DEFAULT_SEED));
  return out;
}

function sameParam(a: ParamValue | undefined, b: ParamValue | undefined) {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/** What grading needs of an exercise. */
export interface GradedExercise {
  model: string;
  preset: string;
  /** The preset's full values. */
  params: ParamValues;
  questions: readonly { id: string; text: string; metric: string; answer: number }[];
}

export interface Expected {
  /** The question's text filled in for these settings. */
  text: string;
  value: number;
}

export type ExpectedAnswers =
  | {
      ok: true;
      /** By question id. */
      answers: Record<string, Expected>;
      /** The full values the model ran with. */
      params: ParamValues;
    }
  | { ok: false; reason: string };

/**
 * The model's answer to every question under `settings`. With the exercise's own settings these are the
 * answers computed at build time (no model run); otherwise each is computed by `compute` (computeMetric).
 * Settings the model refuses give a reason rather than an answer, so nothing is graded against a guess.
 */
export function expectedAnswers(
  exercise: GradedExercise,
  spec: readonly ParamSpec[],
  settings: ExerciseSettings,
  compute?: typeof computeMetric,
): ExpectedAnswers {
  const answers: Record<string, Expected> = {};
  if (!changesAnswers(settings)) {
    for (const q of exercise.questions)
      answers[q.id] = { text: fillQuestion(q.text, spec, exercise.params, DEFAULT_SEED), value: q.answer };
    return { ok: true, answers, params: exercise.params };
  }
  if (!compute) return { ok: false, reason: words.noModel };
  let params: ParamValues = { ...exercise.params, ...settings.params };
  try {
    for (const q of exercise.questions) {
      const answer = compute(q.metric, exercise.model, exercise.preset, settings.params, settings.seed);
      params = answer.params;
      answers[q.id] = { text: fillQuestion(q.text, spec, answer.params, settings.seed), value: answer.value };
    }
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  return { ok: true, answers, params };
}

/** Right, not right, or not a number this site can read (null), judged against the expected value. */
export function verdict(typed: string, expected: number, unit: string, tolerance: number): boolean | null {
  const value = parseAnswer(typed, unit);
  return value === null ? null : isClose(value, expected, tolerance);
}
