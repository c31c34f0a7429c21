/**
 * What the package tells the LMS, as data model elements and values for SCORM 1.2 or 2004: completion, the
 * score (the share of model-checked answers right, 0–100 raw, 0–1 scaled), each answer as an interaction,
 * where the student is, and how the session ends. Pure, so each element and value is unit-tested.
 */
import { parseAnswer } from '../answers';
import type { WorkItem } from '../storage';
import type { ScormVersion } from './api';

export interface StepQuestion {
  id: string;
  text: string;
  unit: string;
}
export interface PackageStep {
  exercise: string;
  title: string;
  questions: StepQuestion[];
}

export type Element = [element: string, value: string];

export interface Tally {
  total: number;
  answered: number;
  right: number;
}

export function tally(steps: readonly PackageStep[], work: Record<string, WorkItem>): Tally {
  let total = 0;
  let answered = 0;
  let right = 0;
  for (const step of steps) {
    const answers = Object.hasOwn(work, step.exercise) ? (work[step.exercise].answers ?? {}) : {};
    for (const q of step.questions) {
      total++;
      const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
      if (!a || !a.value.trim()) continue;
      answered++;
      if (a.correct === true) right++;
    }
  }
  return { total, answered, right };
}

/** Complete when every model-checked question has an answer (or, with none, every step a reflection). */
export function isComplete(steps: readonly PackageStep[], work: Record<string, WorkItem>): boolean {
  const t = tally(steps, work);
  if (t.total > 0) return t.answered === t.total;
  return steps.every((s) => Object.hasOwn(work, s.exercise) && !!work[s.exercise].reflection?.text.trim());
}

const round = (x: number, places: number) => Number(x.toFixed(places));

/** Status and score elements. No score is sent for an assignment without questions. */
export function statusElements(
  version: ScormVersion,
  steps: readonly PackageStep[],
  work: Record<string, WorkItem>,
): Element[] {
  const t = tally(steps, work);
  const done = isComplete(steps, work);
  const out: Element[] = [];
  if (version === '1.2') {
    out.push(['cmi.core.lesson_status', done ? 'completed' : 'incomplete']);
    if (t.total > 0) {
      out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']);
      out.push(['cmi.core.score.raw', String(round((100 * t.right) / t.total, 2))]);
    }
    return out;
  }
  out.push(['cmi.completion_status', done ? 'completed' : 'incomplete']);
  if (t.total > 0) {
    out.push(['cmi.progress_measure', String(round(t.answered / t.total, 4))]);
    out.push(['cmi.score.min', '0'], ['cmi.score.max', '100']);
    out.push(['cmi.score.raw', String(round((100 * t.right) / t.total, 2))]);
    out.push(['cmi.score.scaled', String(round(t.right / t.total, 4))]);
  }
  return out;
}

/** An interaction id both versions accept: no spaces, at most 255 characters (1.2's CMIIdentifier). */
export function interactionId(exercise: string, question: string): string {
  return `${exercise}__${question}`.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 255);
}

/** The answers sent so far in this session: interaction index and the value sent, by interaction id. */
export type Sent = Map<string, { index: number; value: string; result: string }>;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Interaction elements for answers that are new or changed since the last call. 1.2 interactions are a
 * journal (write-only, new ones appended after cmi.interactions._count); in 2004 `sent` is filled from the
 * LMS's own list first (readSent), so an answer changed in a later session updates its interaction.
 */
export function interactionElements(
  version: ScormVersion,
  steps: readonly PackageStep[],
  work: Record<string, WorkItem>,
  sent: Sent,
  count: number,
  now: Date,
): { elements: Element[]; count: number } {
  const out: Element[] = [];
  let next = count;
  for (const step of steps) {
    const answers = Object.hasOwn(work, step.exercise) ? (work[step.exercise].answers ?? {}) : {};
    for (const q of step.questions) {
      const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
      if (!a || !a.value.trim()) continue;
      const id = interactionId(step.exercise, q.id);
      const parsed = parseAnswer(a.value, q.unit);
      // A numeric response is a number in 2004 (real); 1.2 takes the text the student typed, up to 255.
      const value = version === '2004' ? (parsed === null ? '' : String(parsed)) : a.value.slice(0, 255);
      const result =
        a.correct === null ? 'neutral' : a.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect';
      const before = sent.get(id);
      if (before && before.value === value && before.result === result) continue;
      const index = version === '2004' && before ? before.index : next++;
      const p = `cmi.interactions.${index}.`;
      out.push([`${p}id`, id], [`${p}type`, 'numeric']);
      if (version === '1.2') {
        out.push([`${p}time`, `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`]);
        out.push([`${p}weighting`, '1'], [`${p}student_response`, value], [`${p}result`, result]);
      } else {
        const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
        out.push([`${p}timestamp`, stamp], [`${p}weighting`, '1']);
        out.push([`${p}description`, q.text.slice(0, 250)]);
        if (value) out.push([`${p}learner_response`, value]);
        out.push([`${p}result`, result]);
      }
      sent.set(id, { index, value, result });
    }
  }
  return { elements: out, count: next };
}

/** 2004: the interactions the LMS already holds (from an earlier session), so they are updated in place. */
export function readSent(get: (element: string) => string): { sent: Sent; count: number } {
  const sent: Sent = new Map();
  const count = Math.max(0, Number.parseInt(get('cmi.interactions._count'), 10) || 0);
  for (let i = 0; i < count; i++) {
    const id = get(`cmi.interactions.${i}.id`);
    if (id) {
      sent.set(id, {
        index: i,
        value: get(`cmi.interactions.${i}.learner_response`),
        result: get(`cmi.interactions.${i}.result`),
      });
    }
  }
  return { sent, count };
}

/** Session time in the version's format: 1.2 HHHH:MM:SS.SS, 2004 ISO 8601 duration. */
export function sessionTime(version: ScormVersion, ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return version === '1.2' ? `${String(h).padStart(4, '0')}:${pad(m)}:${pad(s)}` : `PT${h}H${m}M${s}S`;
}

/** Names that differ between the versions. */
export const ELEMENT = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.core.lesson_location',
    entry: 'cmi.core.entry',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    name: 'cmi.core.student_name',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    location: 'cmi.location',
    entry: 'cmi.entry',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    name: 'cmi.learner_name',
  },
} as const;
