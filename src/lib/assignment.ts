/**
 * An assignment, carried entirely in its link (there is no server): title, instructions, due date and the
 * exercises in order, each with parameters the instructor set or locked. Encoded as base64url JSON in
 * `?a=…`, so the link is self-contained, survives copying into an LMS, and decodes without a network.
 * Decoding never throws: a damaged link gives a clear reason instead.
 */
import type { ParamValue } from '../models/types';
import { assignment as assignmentText } from '../strings/assignment';
import { isParamEntry, isRecord, names } from './json-guards';

export const ASSIGNMENT_VERSION = 1;

export interface AssignmentItem {
  /** Exercise id (content/exercises/<id>.mdx). */
  exercise: string;
  /** Parameter values the instructor set, on top of the exercise's preset. */
  params: Record<string, ParamValue>;
  /** Parameters the student may not change, besides those the exercise already locks. */
  lock: string[];
  /**
   * Parameters the exercise fixes that this assignment frees (the instructor was warned): the student may
   * change them, and `params` may set them. Absent when none.
   */
  unlock?: string[];
  /** The seed the simulation starts from and the model answers use; absent for the exercise's own (1). */
  seed?: number;
}

export interface Assignment {
  v: typeof ASSIGNMENT_VERSION;
  title: string;
  instructions: string;
  /** ISO date (YYYY-MM-DD) or ''. */
  due: string;
  items: AssignmentItem[];
}

const MAX_TEXT = 2000;
const MAX_ITEMS = 30;
/**
 * Longer than any link the builder makes (its longest title and instructions, in three-byte characters, and
 * thirty exercises with every parameter set and locked), so a link cannot carry megabytes into saved work.
 */
export const MAX_CODE_LENGTH = 64 * 1024;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeAssignment(assignment: Assignment): string {
  return toBase64Url(JSON.stringify(assignment));
}

const text = (v: unknown, max = MAX_TEXT) => (typeof v === 'string' ? v.slice(0, max) : '');

/** A seed as the simulation takes one from a link: a whole number from 0 to 2^32 − 1. */
export const isSeed = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;

export type DecodeResult =
  { ok: true; assignment: Assignment; notices: string[] } | { ok: false; reason: string };

/**
 * Reads `?a=` back. `knownExercises` drops items that name no existing exercise (with a notice) rather than
 * failing the whole assignment.
 */
export function decodeAssignment(code: string, knownExercises?: ReadonlySet<string>): DecodeResult {
  if (code.length > MAX_CODE_LENGTH) return { ok: false, reason: assignmentText.link.tooLong };
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(code.trim()));
  } catch {
    return { ok: false, reason: assignmentText.link.damaged };
  }
  if (!isRecord(data)) return { ok: false, reason: assignmentText.link.notAnAssignment };
  if (data.v !== ASSIGNMENT_VERSION) {
    return { ok: false, reason: assignmentText.link.otherVersion(String(data.v)) };
  }
  const notices: string[] = [];
  const items: AssignmentItem[] = [];
  for (const raw of Array.isArray(data.items) ? data.items.slice(0, MAX_ITEMS) : []) {
    if (!isRecord(raw) || typeof raw.exercise !== 'string') continue;
    if (knownExercises && !knownExercises.has(raw.exercise)) {
      notices.push(assignmentText.link.exerciseGone(raw.exercise));
      continue;
    }
    // fromEntries defines own properties: a parameter named "__proto__" stays data (and is refused later).
    const params: Record<string, ParamValue> = Object.fromEntries(
      Object.entries(isRecord(raw.params) ? raw.params : {}).filter(isParamEntry),
    );
    const lock = names(raw.lock);
    const item: AssignmentItem = { exercise: raw.exercise, params, lock };
    const unlock = names(raw.unlock);
    if (unlock.length) item.unlock = unlock;
    if (isSeed(raw.seed)) item.seed = raw.seed;
    items.push(item);
  }
  if (items.length === 0) return { ok: false, reason: assignmentText.link.noExercises };
  const due = /^\d{4}-\d{2}-\d{2}$/.test(text(data.due)) ? text(data.due) : '';
  return {
    ok: true,
    assignment: {
      v: ASSIGNMENT_VERSION,
      title: text(data.title, 200) || assignmentText.defaultTitle,
      instructions: text(data.instructions),
      due,
      items,
    },
    notices,
  };
}

/** A short, stable id for an assignment, so saved work from two assignments never mixes. */
export function assignmentId(code: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The storage scope of one exercise's work: inside an assignment, or on its own. */
export function workScope(exercise: string, assignmentCode?: string): string {
  return assignmentCode ? `assignment:${assignmentId(assignmentCode)}:${exercise}` : `exercise:${exercise}`;
}

/**
 * The address of one step of an assignment: the exercise page with the assignment code, the step's index,
 * and the instructor's parameters, locks and seed for the exercise's simulation (whose id is `exercise`).
 * What the assignment unlocks is read from the code itself by the exercise page (never from a bare link).
 * `base` is the site's base path ("/" or "/sub/").
 */
export function stepUrl(base: string, code: string, assignment: Assignment, index: number): string {
  const item = assignment.items[index];
  if (!item) return `${base}assignment/?a=${encodeURIComponent(code)}`;
  const query = new URLSearchParams({ a: code, step: String(index) });
  for (const [k, v] of Object.entries(item.params)) query.set(`exercise.${k}`, String(v));
  if (item.lock.length) query.set('exercise.lock', item.lock.join(','));
  if (item.seed !== undefined) query.set('exercise.seed', String(item.seed));
  return `${base}exercises/${encodeURIComponent(item.exercise)}/?${query.toString()}`;
}
