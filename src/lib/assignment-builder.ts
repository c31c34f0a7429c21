/**
 * The assignment builder's logic as pure functions: checking a parameter value an instructor types, reading
 * a draft back from the builder's own URL, filtering and reordering exercises, and the links and embed codes
 * it hands out. No DOM, so every rule here is tested in Node.
 */
import {
  ASSIGNMENT_VERSION,
  isSeed,
  decodeAssignment,
  encodeAssignment,
  stepUrl,
  type Assignment,
  type AssignmentItem,
} from './assignment';
import { formatNumber } from '../models/format';
import { snapToStep } from '../models/normalize';
import { shownValue, storedValue } from '../models/percent';
import type { ParamSpec, ParamValue, ParamValues } from '../models/types';
import { assign } from '../strings/assign';
import type { ExerciseQuestionData } from '../build/exercises';

/** What the builder knows of an exercise (embedded by the page at build time). */
export interface BuilderExercise {
  id: string;
  title: string;
  case: string;
  caseTitle: string;
  model: string;
  difficulty: string;
  minutes: number;
  prompt: string;
  predict: string;
  /** The exercise's preset (the model answers' starting point). */
  preset: string;
  /** Each question as the exercise page has it (src/build/exercises.ts), without its worked explanation. */
  questions: Omit<ExerciseQuestionData, 'explanation'>[];
  /** Parameters the exercise itself locks. */
  lock: string[];
  /** The preset's full parameter values. */
  params: ParamValues;
}

/** A parameter as the builder's page embeds it: the spec with its one line of help (src/build/param-help.ts). */
export type HelpedParam = ParamSpec & { readonly help: string };

export type Specs = Readonly<Record<string, readonly HelpedParam[]>>;

export const MAX_TITLE = 200;
export const MAX_INSTRUCTIONS = 2000;
export const MAX_ITEMS = 30;

export const emptyDraft = (): Assignment => ({
  v: ASSIGNMENT_VERSION,
  title: '',
  instructions: '',
  due: '',
  items: [],
});

export type Checked = { ok: true; value: ParamValue } | { ok: false; message: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const show = (n: number) => formatNumber(n, 10);
/** A parameter's value as the instructor reads and types it: a share as a percentage ("25%"). */
const showParam = (spec: ParamSpec, n: number) =>
  spec.kind === 'number' && spec.unit === 'share' ? assign.param.percent(show(shownValue(spec, n))) : show(n);
/** The unit a range names after its numbers: none for a share, whose numbers carry "%". */
const rangeUnit = (spec: ParamSpec) => (spec.kind === 'number' && spec.unit !== 'share' ? spec.unit : '');

/**
 * Checks what an instructor typed for one parameter. Unlike a student's slider (which is clamped and rounded
 * with a notice), a value that is not allowed is refused with the reason, so an assignment never says one
 * thing and runs another.
 */
export function checkParam(spec: ParamSpec, raw: string): Checked {
  const text = raw.trim();
  const say = assign.param;
  if (spec.kind === 'choice') {
    if (spec.options.some((o) => o.value === text)) return { ok: true, value: text };
    return { ok: false, message: say.chooseOne(spec.label, spec.options.map((o) => o.label).join(', ')) };
  }
  const range = say.range(showParam(spec, spec.min), showParam(spec, spec.max), rangeUnit(spec));
  if (text === '') return { ok: false, message: say.giveNumber(spec.label, range) };
  if (!NUMBER.test(text)) return { ok: false, message: say.notANumber(spec.label, text.slice(0, 20)) };
  // Typed as read: a share as a percentage, stored as a fraction.
  const value = storedValue(spec, Number(text));
  if (!Number.isFinite(value) || value < spec.min || value > spec.max) {
    return { ok: false, message: say.outOfRange(spec.label, showParam(spec, value), range) };
  }
  const snapped = snapToStep(spec, value);
  if (Math.abs(snapped - value) > spec.step * 1e-9) {
    return {
      ok: false,
      message: say.offStep(spec.label, showParam(spec, spec.step), showParam(spec, snapped)),
    };
  }
  return { ok: true, value: snapped };
}

/** Whether two parameter values are the same setting (numbers compared up to float noise). */
export function sameValue(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return a === b;
}

/** A seed as an instructor types it: a whole number from 0 to 2^32 − 1, else null. */
export function checkSeed(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return isSeed(n) ? n : null;
}

/**
 * An item as the assignment should carry it: only values that differ from the preset, and only locks the
 * exercise does not already have, each checked against the model's spec (anything else is dropped). A
 * setting the exercise fixes may be set or locked only when the item frees it (`unlock`); a seed only when
 * it is not the exercise's own (1).
 */
export function cleanItem(
  item: AssignmentItem,
  exercise: BuilderExercise,
  spec: readonly ParamSpec[],
): { item: AssignmentItem; notices: string[] } {
  const notices: string[] = [];
  const unlock = [...new Set(item.unlock ?? [])].filter((id) => exercise.lock.includes(id));
  const params: Record<string, ParamValue> = {};
  for (const [id, value] of Object.entries(item.params)) {
    const row = spec.find((p) => p.id === id);
    if (!row) {
      notices.push(assign.draft.settingGone(exercise.title, id));
      continue;
    }
    if (exercise.lock.includes(id) && !unlock.includes(id)) {
      notices.push(assign.draft.settingFixed(exercise.title, row.label));
      continue;
    }
    const checked = checkParam(row, String(value));
    if (!checked.ok) {
      notices.push(assign.draft.valueRefused(exercise.title, checked.message));
      continue;
    }
    if (!sameValue(checked.value, exercise.params[id])) params[id] = checked.value;
  }
  const lock = [...new Set(item.lock)].filter(
    (id) => spec.some((p) => p.id === id) && (!exercise.lock.includes(id) || unlock.includes(id)),
  );
  const cleaned: AssignmentItem = { exercise: item.exercise, params, lock };
  if (unlock.length) cleaned.unlock = unlock;
  if (item.seed !== undefined && isSeed(item.seed) && item.seed !== 1) cleaned.seed = item.seed;
  return { item: cleaned, notices };
}

function fromBase64Url(code: string): string {
  const b64 = code.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Title, instructions and due date of a draft that has no exercises yet (which decodeAssignment refuses). */
function draftText(code: string): Pick<Assignment, 'title' | 'instructions' | 'due'> | null {
  try {
    const data: unknown = JSON.parse(fromBase64Url(code.trim()));
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const d = data as Record<string, unknown>;
    if (d.v !== ASSIGNMENT_VERSION) return null;
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
    const due = text(d.due, 10);
    return {
      title: text(d.title, MAX_TITLE),
      instructions: text(d.instructions, MAX_INSTRUCTIONS),
      due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : '',
    };
  } catch {
    return null;
  }
}

/**
 * The draft in the builder's URL (`?a=`), so an instructor can bookmark a half-made assignment. A damaged
 * code gives an empty draft and a notice; an unknown exercise or setting is dropped with a notice.
 */
export function readDraft(
  code: string | null,
  exercises: ReadonlyMap<string, BuilderExercise>,
  specs: Specs,
): { draft: Assignment; notices: string[] } {
  if (!code) return { draft: emptyDraft(), notices: [] };
  const text = draftText(code);
  const decoded = decodeAssignment(code, new Set(exercises.keys()));
  if (!text) {
    return {
      draft: emptyDraft(),
      notices: [decoded.ok ? assign.draft.unreadable : assign.draft.unreadableBecause(decoded.reason)],
    };
  }
  const notices = decoded.ok ? [...decoded.notices] : [];
  const items: AssignmentItem[] = [];
  const seen = new Set<string>();
  for (const raw of decoded.ok ? decoded.assignment.items : []) {
    const exercise = exercises.get(raw.exercise);
    if (!exercise || seen.has(raw.exercise)) continue;
    seen.add(raw.exercise);
    const cleaned = cleanItem(raw, exercise, specs[exercise.model] ?? []);
    items.push(cleaned.item);
    notices.push(...cleaned.notices);
  }
  return { draft: { v: ASSIGNMENT_VERSION, ...text, items }, notices };
}

/** The code to put in links: the draft as it is, with a title of "Assignment" when none is given. */
export function assignmentCode(draft: Assignment): string {
  return encodeAssignment({ ...draft, title: draft.title.trim().slice(0, MAX_TITLE) });
}

/** Moves the item at `index` by `delta` places (clamped to the list); returns a new array. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + delta));
  const out = [...items];
  if (index < 0 || index >= items.length || to === index) return out;
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved);
  return out;
}

export interface ExerciseFilter {
  q: string;
  case: string;
  model: string;
  difficulty: string;
}

/** The exercises matching every filter given (words of `q` may appear in the title, case or prompt). */
export function filterExercises(list: readonly BuilderExercise[], f: ExerciseFilter): BuilderExercise[] {
  const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((e) => {
    if (f.case && e.case !== f.case) return false;
    if (f.model && e.model !== f.model) return false;
    if (f.difficulty && e.difficulty !== f.difficulty) return false;
    const hay = `${e.title} ${e.caseTitle} ${e.prompt}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** `origin` + base path: the start of every absolute link the builder hands out ("https://x.org/sub/"). */
export const siteRoot = (origin: string, base: string) =>
  `${origin}${base.endsWith('/') ? base : `${base}/`}`;

export function assignmentLink(root: string, code: string): string {
  return `${root}assignment/?a=${code}`;
}

/** The absolute address of one step: the exercise page with the assignment, its step and its settings. */
export function stepLink(origin: string, base: string, code: string, assignment: Assignment, index: number) {
  return `${origin}${stepUrl(base.endsWith('/') ? base : `${base}/`, code, assignment, index)}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe to paste into an LMS page. */
export function embedCode(src: string, title: string, height = 900): string {
  const attributes = {
    src,
    title,
    width: '100%',
    height: String(height),
    style: 'border:0',
    loading: 'lazy',
  };
  const html = Object.entries(attributes).map(([name, value]) => `${name}="${escapeAttr(value)}"`);
  return `<iframe ${html.join(' ')}></iframe>`;
}

/** A parameter's current value in the draft item, else the preset's. */
export function valueOf(item: AssignmentItem, exercise: BuilderExercise, id: string): ParamValue | undefined {
  return Object.hasOwn(item.params, id) ? item.params[id] : exercise.params[id];
}

/** A parameter's value as people read it: "5,800,000 people", "Hubs". */
export function describeValue(row: ParamSpec, v: ParamValue | undefined): string {
  if (v === undefined) return '';
  if (row.kind === 'choice') return row.options.find((o) => o.value === v)?.label ?? String(v);
  if (row.unit === 'share') return showParam(row, Number(v));
  return assign.param.value(show(Number(v)), row.unit);
}

/** The help line under a parameter's control: what it is, its range and steps, and the exercise's value. */
export function paramHelp(row: HelpedParam, exerciseValue: ParamValue | undefined): string {
  const own = assign.param.exerciseValue(describeValue(row, exerciseValue));
  if (row.kind === 'choice') return assign.param.helpChoice(row.help, own);
  return assign.param.helpNumber(
    row.help,
    showParam(row, row.min),
    showParam(row, row.max),
    showParam(row, row.step),
    own,
  );
}

/** One line on what an item changes, for the worksheet and the list: "Population 500 (locked); …". */
export function settingsSummary(
  item: AssignmentItem,
  exercise: BuilderExercise,
  spec: readonly ParamSpec[],
): string {
  const ids = [...new Set([...Object.keys(item.params), ...item.lock, ...(item.unlock ?? [])])];
  const parts = ids.map((id) => {
    const row = spec.find((p) => p.id === id);
    if (!row) return '';
    const v = valueOf(item, exercise, id);
    const freed = item.unlock?.includes(id) ? assign.param.unlocked : '';
    return assign.param.setting(row.label, describeValue(row, v), item.lock.includes(id)) + freed;
  });
  if (item.seed !== undefined && item.seed !== 1) parts.push(assign.param.seedSetting(item.seed));
  return parts.filter(Boolean).join('; ');
}
