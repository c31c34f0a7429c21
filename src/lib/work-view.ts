/**
 * The pure side of /my-work/: how saved work is grouped, named, linked, exported and imported. No DOM,
 * so every rule here is tested in Node (tests/lib/my-work.test.ts); the element only draws what these return.
 */
import { readSubmission, SUBMISSION_FORMAT, type Submission } from './submission';
import {
  QUARANTINE_PREFIX,
  readWork,
  STORAGE_KEY,
  type RawRecord,
  type SavedRun,
  type Unreadable,
  type Work,
  type WorkItem,
} from './storage';
import { isRecord } from './json-guards';
import { decodeAssignment, stepUrl, type Assignment } from './assignment';
import { siteHref, type Site } from './site-url';
import { EXPORT_FORMAT, EXPORT_VERSION } from './work-file';
import { formatParam } from './param-format';
import { fillQuestion, settingsOf, type ExerciseSettings } from './grading';
import type { ParamSpec, ParamValues } from '../models/types';
import { myWork } from '../strings/my-work';
import { locale } from '../strings/locale';

export { buildExport, exportFileName, EXPORT_FORMAT, EXPORT_VERSION, type WorkExport } from './work-file';
export type { Unreadable } from './storage';
export type { Site } from './site-url';

const t = myWork.import;

/** localStorage holds about 5 MB per site; a file far larger than that cannot be work from this site. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The id of the simulation on an exercise page (see src/pages/exercises/[id].astro). */
export const EXERCISE_SIM_ID = 'exercise';

export type Group = 'assignment' | 'exercise' | 'lesson';

/** Which part of the page a scope belongs to: `assignment:…`, `exercise:…`, or a lesson's `<path>#<id>`. */
export function groupOf(scope: string): Group {
  if (scope.startsWith('assignment:')) return 'assignment';
  if (scope.startsWith('exercise:')) return 'exercise';
  return 'lesson';
}

/** The exercise id inside `exercise:<id>` or `assignment:<hash>:<id>`; undefined for a lesson. */
export function exerciseOf(scope: string): string | undefined {
  if (scope.startsWith('exercise:')) return scope.slice('exercise:'.length) || undefined;
  if (scope.startsWith('assignment:')) {
    const rest = scope.slice('assignment:'.length);
    const colon = rest.indexOf(':');
    return colon >= 0 ? rest.slice(colon + 1) || undefined : undefined;
  }
  return undefined;
}

/** The assignment's short id inside `assignment:<hash>:<id>`. */
export function assignmentOf(scope: string): string | undefined {
  if (!scope.startsWith('assignment:')) return undefined;
  const rest = scope.slice('assignment:'.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? rest.slice(0, colon) : undefined;
}

/** Assignment codes by id, as saved work keeps them (see saveItem's `assignment` option). */
export type AssignmentCodes = ReadonlyMap<string, string>;

// My work may list thousands of steps of the same few assignments: each code is decoded once.
const decoded = new Map<string, Assignment | null>();
function assignmentIn(codes: AssignmentCodes | undefined, id: string) {
  const code = codes?.get(id);
  if (code === undefined) return undefined;
  if (!decoded.has(code)) {
    const result = decodeAssignment(code);
    decoded.set(code, result.ok ? result.assignment : null);
  }
  const assignment = decoded.get(code);
  return assignment ? { code, assignment } : undefined;
}

/** The address of an assignment's own page, when its code is kept. */
export function assignmentPage(scope: string, site: Site, codes?: AssignmentCodes): string | undefined {
  const id = assignmentOf(scope);
  const found = id ? assignmentIn(codes, id) : undefined;
  return found ? siteHref(`${site.base}assignment/?a=${encodeURIComponent(found.code)}`, site) : undefined;
}

/**
 * Where an item was saved, to link back to: inside an assignment whose code is kept, that step of it; else
 * its own `page`; else what the scope says (an exercise's page, a lesson's path). Every link passes
 * `siteHref`, the site's one rule for links from saved data: only an address on this site is returned.
 */
export function pageOf(
  scope: string,
  item: WorkItem,
  site: Site,
  codes?: AssignmentCodes,
): string | undefined {
  const exercise = exerciseOf(scope);
  const id = assignmentOf(scope);
  const found = id && exercise ? assignmentIn(codes, id) : undefined;
  const index = found ? found.assignment.items.findIndex((i) => i.exercise === exercise) : -1;
  if (found && index >= 0) {
    const step = siteHref(stepUrl(site.base, found.code, found.assignment, index), site);
    if (step) return step;
  }
  const saved = siteHref(item.page, site);
  if (saved) return saved;
  if (exercise) return siteHref(`${site.base}exercises/${encodeURIComponent(exercise)}/`, site);
  const path = scope.split('#')[0];
  if (!path.startsWith('/') || path.length < 2) return undefined;
  return siteHref(path, site)?.split('#')[0];
}

/**
 * The link that reopens a saved run: `page` (a link `pageOf` returned) with `<sim>.<param>=value` for every
 * saved parameter and `<sim>.seed=n`. The page's other query entries (an assignment's `a=` and `step=`, its
 * locks) stay; earlier values of this simulation are replaced, so the link shows exactly the saved run.
 */
export function reopenUrl(page: string, run: SavedRun, simId = EXERCISE_SIM_ID): string {
  const hashAt = page.indexOf('#');
  const hash = hashAt >= 0 ? page.slice(hashAt) : '';
  const withoutHash = hashAt >= 0 ? page.slice(0, hashAt) : page;
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt >= 0 ? withoutHash.slice(0, queryAt) : withoutHash;
  const query = new URLSearchParams(queryAt >= 0 ? withoutHash.slice(queryAt + 1) : '');
  const prefix = `${simId}.`;
  for (const key of [...query.keys()]) {
    if (key.startsWith(prefix) && key !== `${prefix}lock`) query.delete(key);
  }
  for (const [name, value] of Object.entries(run.params)) query.set(prefix + name, formatParam(value));
  query.set(`${prefix}seed`, String(run.seed));
  return `${path}?${query.toString()}${hash}`;
}

/** Labels the build gives the page: model names, parameter labels and units, exercise questions. */
export interface ModelInfo {
  name: string;
  /** `unit` is the unit id, `unitText` its word. */
  params: Record<
    string,
    { label: string; unit?: string; unitText?: string; options?: Record<string, string> }
  >;
}
export interface ExerciseInfo {
  title: string;
  /** Questions as the exercise's own settings read them. */
  questions: Record<string, string>;
  /** Questions that fill in settings (`{responseDay}`, `{seed}`), as written; only those. */
  templates?: Record<string, string>;
  model?: string;
  /** The preset's full values, for filling in a template with an assignment's settings. */
  params?: ParamValues;
}

/** A lesson's title and the questions of its prediction boxes and self-checks, by box id. */
export interface LessonInfo {
  title: string;
  questions: Record<string, string>;
}

/** Lessons by path below the site's base ("cases/united-breaks-guitars/"). */
export type Lessons = Record<string, LessonInfo>;

/** One lesson as My work lists it: every box and run saved on its page, under one entry. */
export interface LessonEntry {
  /** The page's path, as saved ("/cases/united-breaks-guitars/"). */
  path: string;
  /** Each part's scope and item, in the order given (most recent first). */
  parts: [string, WorkItem][];
}

/**
 * Lesson items grouped by page: a lesson saves each prediction box, self-check and kept run under its own
 * scope (`<path>#<id>`), and listing those one by one showed the same lesson several times.
 */
export function lessonEntries(items: readonly [string, WorkItem][]): LessonEntry[] {
  const byPath = new Map<string, LessonEntry>();
  for (const [scope, item] of items) {
    const path = scope.split('#')[0];
    const entry = byPath.get(path);
    if (entry) entry.parts.push([scope, item]);
    else byPath.set(path, { path, parts: [[scope, item]] });
  }
  return [...byPath.values()];
}

/** What the build knows of the lesson at `path`, looked up below the site's base; undefined if nothing. */
export function lessonInfo(path: string, site: Site, lessons: Lessons): LessonInfo | undefined {
  const key = path.startsWith(site.base) ? path.slice(site.base.length) : path.replace(/^\//, '');
  return Object.hasOwn(lessons, key) ? lessons[key] : undefined;
}

/** The box or simulation id in a lesson scope `<path>#<id>`. */
export const partId = (scope: string) => scope.slice(scope.indexOf('#') + 1);

/**
 * The question an exercise's answer answers: as the assignment's settings read it when the step changes
 * what the question names (its day, its seed), else as the exercise's own settings read it.
 */
export function questionOf(
  info: ExerciseInfo | undefined,
  id: string,
  settings: ExerciseSettings | undefined,
  model: ModelInfo | undefined,
): string | undefined {
  if (!info || !Object.hasOwn(info.questions, id)) return undefined;
  const template = info.templates && Object.hasOwn(info.templates, id) ? info.templates[id] : undefined;
  if (!template || !settings || !model || !info.params) return info.questions[id];
  // Only what naming a value reads (kind, id, label, unit, options): the page carries labels, not the models.
  const spec = Object.entries(model.params).map(
    ([pid, p]) =>
      (p.options
        ? {
            kind: 'choice',
            id: pid,
            label: p.label,
            options: Object.entries(p.options).map(([value, label]) => ({ value, label })),
          }
        : { kind: 'number', id: pid, label: p.label, unit: p.unit ?? '' }) as unknown as ParamSpec,
  );
  return fillQuestion(template, spec, { ...info.params, ...settings.params }, settings.seed);
}

/** The settings of the assignment step a scope belongs to, when its code is kept. */
export function stepSettings(scope: string, codes?: AssignmentCodes): ExerciseSettings | undefined {
  const id = assignmentOf(scope);
  const exercise = exerciseOf(scope);
  const found = id && exercise ? assignmentIn(codes, id) : undefined;
  const item = found?.assignment.items.find((i) => i.exercise === exercise);
  return item ? settingsOf(item) : undefined;
}

const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 12 });

/** One parameter of a saved run, for reading: "Share who pass it on: 35%", "Population: 10,000 people". */
export function describeParam(
  name: string,
  value: number | string,
  info: ModelInfo | undefined,
): { label: string; value: string } {
  // Names and values come from saved (perhaps imported) data: only the page's own labels are looked up.
  const spec = info && Object.hasOwn(info.params, name) ? info.params[name] : undefined;
  const label = spec?.label ?? name;
  if (typeof value === 'string') {
    const options = spec?.options;
    return { label, value: options && Object.hasOwn(options, value) ? options[value] : value };
  }
  const unit = spec?.unit ?? '';
  const n = numberFormat.format(unit === 'share' ? Number((value * 100).toPrecision(10)) : value);
  return { label, value: myWork.item.paramValue(n, unit, spec?.unitText ?? unit) };
}

// One formatter per time zone: making one per date costs more than formatting thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "24 November 2026 at 10:00"; empty when the date is missing or unreadable. */
export function savedWhen(iso: string, timeZone?: string): string {
  const t = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(t)) return '';
  const key = timeZone ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(t);
}

/** The latest savedAt of anything in an item (for ordering), as a number; -Infinity when none is dated. */
export function latestSave(item: WorkItem): number {
  const dates = [
    item.prediction?.savedAt,
    item.reflection?.savedAt,
    item.run?.savedAt,
    ...Object.values(item.answers ?? {}).map((a) => a.savedAt),
  ];
  let latest = -Infinity;
  for (const d of dates) {
    const t = d ? Date.parse(d) : NaN;
    if (!Number.isNaN(t) && t > latest) latest = t;
  }
  return latest;
}

/** Whether an item holds anything a student wrote or ran (an item with only a page and title does not). */
export function hasContent(item: WorkItem): boolean {
  return Boolean(
    item.prediction?.text || item.reflection?.text || item.run || Object.keys(item.answers ?? {}).length > 0,
  );
}

/** The saved items by group, most recently saved first; groups in page order, empty groups left out. */
export function groupItems(work: Work): { group: Group; items: [string, WorkItem][] }[] {
  const groups: Record<Group, [string, WorkItem, number][]> = { assignment: [], exercise: [], lesson: [] };
  // Each item's date once, not once per comparison: with 10,000 items that is the difference that shows.
  for (const [scope, item] of Object.entries(work.items))
    groups[groupOf(scope)].push([scope, item, latestSave(item)]);
  return (Object.keys(groups) as Group[])
    .map((group) => ({
      group,
      items: groups[group]
        .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([scope, item]): [string, WorkItem] => [scope, item]),
    }))
    .filter((g) => g.items.length > 0);
}

/** A title for an item: the one it saved, the exercise's, or the place it was saved. */
export function titleOf(scope: string, item: WorkItem, exercises: Record<string, ExerciseInfo> = {}): string {
  if (item.title) return item.title;
  const exercise = exerciseOf(scope);
  if (exercise) return Object.hasOwn(exercises, exercise) ? exercises[exercise].title : exercise;
  return scope;
}

/** A file name for one kept-aside copy: JSON when it parses as JSON, else plain text. */
export function unreadableFileName(key: string, raw: string): string {
  let json = true;
  try {
    JSON.parse(raw);
  } catch {
    json = false;
  }
  const stamp = key.startsWith(QUARANTINE_PREFIX) ? key.slice(QUARANTINE_PREFIX.length) : key;
  const safe = stamp.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '') || 'copy';
  return `my-work-unreadable-${safe}.${json ? 'json' : 'txt'}`;
}

/** A submission's items as saved work: under the assignment's scope when it names one, else the exercise's. */
export function submissionToWork(submission: Submission, base: string): Work {
  const items: [string, WorkItem][] = [];
  const assignment = submission.assignment?.id;
  for (const s of submission.items) {
    const scope = assignment ? `assignment:${assignment}:${s.exercise}` : `exercise:${s.exercise}`;
    const item: WorkItem = {
      page: `${base}exercises/${encodeURIComponent(s.exercise)}/`,
      title: s.title,
    };
    if (s.prediction) item.prediction = s.prediction;
    if (Object.keys(s.answers).length) item.answers = s.answers;
    if (s.reflection) item.reflection = s.reflection;
    if (s.run) item.run = s.run;
    items.push([scope, item]);
  }
  return { version: 1, items: Object.fromEntries(items) };
}

export type ImportKind = 'export' | 'work' | 'submission';
export type ImportResult =
  | {
      ok: true;
      kind: ImportKind;
      /** The file's saved work as it is, fields this version does not read included. */
      work: RawRecord;
      /** Items in it this version cannot read (they come along as they are). */
      unreadableItems: number;
      unreadable: Unreadable[];
    }
  | { ok: false; reason: string };

/** Reads a work file, a bare saved-work record, or a submission file. Never throws; says why it could not. */
export function readImport(text: string, base: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t.notJson };
  }
  if (!isRecord(data)) return { ok: false, reason: t.notWork };
  if (data.format === EXPORT_FORMAT) {
    if (data.formatVersion !== EXPORT_VERSION) {
      return { ok: false, reason: t.otherVersion(JSON.stringify(data.formatVersion)) };
    }
    const parsed = readWork(data.work);
    if (!parsed.ok) return { ok: false, reason: t.workUnreadable(parsed.reason) };
    const unreadable = (Array.isArray(data.unreadable) ? data.unreadable : [])
      .filter((u): u is Unreadable => isRecord(u) && typeof u.key === 'string' && typeof u.raw === 'string')
      .map(({ key, raw }) => ({ key, raw }));
    return {
      ok: true,
      kind: 'export',
      work: parsed.record,
      unreadableItems: parsed.unreadableItems.length,
      unreadable,
    };
  }
  if (data.format === SUBMISSION_FORMAT) {
    const parsed = readSubmission(data);
    if (!parsed.ok) return { ok: false, reason: t.submissionUnreadable(parsed.reason) };
    const work = submissionToWork(parsed.submission, base);
    return { ok: true, kind: 'submission', work: { ...work }, unreadableItems: 0, unreadable: [] };
  }
  if ('version' in data && 'items' in data) {
    const parsed = readWork(data);
    if (!parsed.ok) return { ok: false, reason: parsed.reason };
    return {
      ok: true,
      kind: 'work',
      work: parsed.record,
      unreadableItems: parsed.unreadableItems.length,
      unreadable: [],
    };
  }
  return { ok: false, reason: t.notWork };
}

/** The key under which an unreadable item inside the saved record is listed: `wom.work:<scope>`. */
export const itemKey = (scope: string) => `${STORAGE_KEY}:${scope}`;

/** What an import did, in one or two sentences. */
export function importMessage(
  fileName: string,
  kind: ImportKind,
  merge: { newItems: number; added: number; updated: number; kept: number },
  unreadableItems: number,
  restored: number,
): string {
  const parts: string[] = [];
  if (merge.added) parts.push(t.added(merge.added, merge.newItems));
  if (merge.updated) parts.push(t.updated(merge.updated));
  if (merge.kept) parts.push(t.kept(merge.kept));
  let message = t.done(fileName, t.kinds[kind], parts);
  if (merge.added + merge.updated > 0) message += t.entryIs;
  if (unreadableItems) message += t.unreadableItems(unreadableItems);
  if (restored) message += t.restored(restored);
  return message;
}
