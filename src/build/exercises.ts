/**
 * Exercises as plain data for the pages that work with several at once (the assignment builder, an
 * assignment, the class view): each with its model's parameter spec and every question's answer computed
 * by the model at build time. Served as /exercises.json.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { computeMetric } from '../lib/metrics';
import { models } from '../models/index';
import { DEFAULT_SEED, fillQuestion, unknownPlaceholders } from '../lib/grading';
import type { ModelId, ParamSpec, ParamValues } from '../models/types';

export interface ExerciseQuestionData {
  id: string;
  /** The question as the exercise's own settings read: its template filled with the preset and seed 1. */
  text: string;
  /** The question as written, with `{<parameter>}` and `{seed}` filled in for an assignment's settings. */
  template: string;
  metric: string;
  unit: string;
  tolerance: number;
  /** The model's value with the exercise's preset (recomputed in the browser when an assignment changes it). */
  answer: number;
  explanation: string;
}

export interface ExerciseData {
  id: string;
  title: string;
  case: string;
  caseTitle: string;
  model: ModelId;
  preset: string;
  /** The preset's full parameter values. */
  params: ParamValues;
  lock: string[];
  difficulty: string;
  minutes: number;
  skills: string[];
  prompt: string;
  predict: string;
  questions: ExerciseQuestionData[];
  spec: readonly ParamSpec[];
}

export function exerciseData(entry: CollectionEntry<'exercises'>, caseTitle: string): ExerciseData {
  const d = entry.data;
  const model = models[d.model];
  const preset = model.presets[d.preset];
  if (!preset) throw new Error(`content/exercises/${entry.id}: model ${d.model} has no preset "${d.preset}"`);
  const specIds = model.spec.map((p) => p.id);
  for (const l of d.lock) {
    if (!specIds.includes(l))
      throw new Error(
        `content/exercises/${entry.id}: lock names "${l}"; ${d.model} has ${specIds.join(', ')}`,
      );
  }
  const { params } = model.normalize({ ...model.defaults(), ...preset.params });
  return {
    id: entry.id,
    title: d.title,
    case: d.case,
    caseTitle,
    model: d.model,
    preset: d.preset,
    params,
    lock: d.lock,
    difficulty: d.difficulty,
    minutes: d.minutes,
    skills: d.skills,
    prompt: d.prompt,
    predict: d.predict,
    questions: d.questions.map((q) => {
      const unknown = unknownPlaceholders(q.text, model.spec);
      if (unknown.length)
        throw new Error(
          `content/exercises/${entry.id}: question "${q.id}" fills in {${unknown.join('}, {')}}; ${d.model} has seed, ${specIds.join(', ')}`,
        );
      let answer;
      try {
        answer = computeMetric(q.metric, d.model, d.preset);
      } catch (error) {
        throw new Error(`content/exercises/${entry.id}: question "${q.id}": ${(error as Error).message}`, {
          cause: error,
        });
      }
      return {
        id: q.id,
        text: fillQuestion(q.text, model.spec, params, DEFAULT_SEED),
        template: q.text,
        metric: q.metric,
        unit: q.unit || answer.unit,
        tolerance: q.tolerance,
        answer: answer.value,
        explanation: q.explanation,
      };
    }),
    spec: model.spec,
  };
}

export async function allExercises(): Promise<ExerciseData[]> {
  const cases = new Map((await getCollection('cases')).map((c) => [c.id, c.data.title]));
  return (await getCollection('exercises'))
    .map((e) => exerciseData(e, cases.get(e.data.case) ?? e.data.case))
    .sort((a, b) => a.caseTitle.localeCompare(b.caseTitle) || a.title.localeCompare(b.title));
}
