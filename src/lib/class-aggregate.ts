/**
 * The class view's logic as pure functions: read many submission files (one bad file never stops the
 * others), keep one submission per student (the latest), and line every answer up against the model's.
 *
 * Which model answer? The one for the settings the assignment gave the exercise, which every submission file
 * (version 2) carries item by item: the question text and the expected answers are computed from those
 * settings (src/lib/grading.ts; the model runs in the browser, by the caller, and its answers are passed in as
 * `references`), with no step for the instructor. With the exercise's own settings the answers computed at
 * build time are used. A version 1 file did not record settings: it is graded against the settings of an
 * assignment link the instructor gives (`linkSettings`), else the exercise's own, and the page says so.
 * "Right" always means within the question's tolerance of that reference, so the chart, the table and the
 * CSV agree. A student whose saved run used settings other than the reference's is flagged, so an answer
 * that is "not right" only because they explored is easy to spot.
 */
import { csvFormatRows } from 'd3-dsv';
import { isClose, parseAnswer } from './answers';
import { withoutAccents } from './fold';
import {
  changesAnswers,
  expectedAnswers,
  ownSettings,
  settingsChanges,
  settingsKey,
  type ExerciseSettings,
  type ExpectedAnswers,
} from './grading';
import { parseSubmission, type Submission, type SubmissionItem } from './submission';
import type { ParamSpec, ParamValues } from '../models/types';
import { classView } from '../strings/class-view';
import type { ExerciseQuestionData } from '../build/exercises';

const { report: words, csv } = classView;

/** What the class view knows of an exercise (embedded by the page at build time). */
export interface ClassExercise {
  id: string;
  title: string;
  model: string;
  preset: string;
  /** The preset's full parameter values. */
  params: ParamValues;
  /** The model's parameters, to name settings in words (help lines left out). */
  spec: readonly ParamSpec[];
  /** Each question as the exercise page has it (src/build/exercises.ts), without its worked explanation. */
  questions: Omit<ExerciseQuestionData, 'explanation'>[];
}

export interface FileText {
  name: string;
  text: string;
}

export interface Entry {
  /** How the student is named on the page: their name, or a stand-in built from the file name. */
  student: string;
  file: string;
  submission: Submission;
}

export interface Duplicate {
  student: string;
  kept: string;
  dropped: string[];
}

export interface Loaded {
  entries: Entry[];
  problems: { file: string; reason: string }[];
  duplicates: Duplicate[];
}

/** The same person however the name was typed: trimmed, spaces collapsed, case and accents folded. */
export function studentKey(name: string): string {
  return withoutAccents(name).trim().replace(/\s+/g, ' ').toLowerCase();
}

const time = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
};

/**
 * Reads submission files. Unreadable files are listed with the reason; for a student with several files
 * the one exported last is kept (on a tie, the one read last) and the others are named in `duplicates`.
 * A file with no name is its own student, called after the file.
 */
export function readSubmissions(files: readonly FileText[]): Loaded {
  const problems: Loaded['problems'] = [];
  const byStudent = new Map<string, Entry[]>();
  for (const f of files) {
    const parsed = parseSubmission(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.name, reason: parsed.reason });
      continue;
    }
    const name = parsed.submission.student.trim().replace(/\s+/g, ' ');
    const key = name ? studentKey(name) : `file:${f.name}`;
    const entry: Entry = {
      student: name || words.noName(f.name),
      file: f.name,
      submission: parsed.submission,
    };
    byStudent.set(key, [...(byStudent.get(key) ?? []), entry]);
  }
  const entries: Entry[] = [];
  const duplicates: Duplicate[] = [];
  for (const list of byStudent.values()) {
    let kept = list[0];
    for (const e of list.slice(1)) {
      if (time(e.submission.exportedAt) >= time(kept.submission.exportedAt)) kept = e;
    }
    entries.push(kept);
    if (list.length > 1) {
      duplicates.push({
        student: kept.student,
        kept: kept.file,
        dropped: list.filter((e) => e !== kept).map((e) => e.file),
      });
    }
  }
  entries.sort((a, b) => a.student.localeCompare(b.student, classView.locale, { sensitivity: 'base' }));
  return { entries, problems, duplicates };
}

/** The assignments the files come from (normally one), with how many students handed in each. */
export function assignmentsOf(entries: readonly Entry[]): { id: string; title: string; count: number }[] {
  const out = new Map<string, { id: string; title: string; count: number }>();
  for (const e of entries) {
    const a = e.submission.assignment;
    const id = a?.id ?? '';
    const found = out.get(id);
    if (found) found.count++;
    else
      out.set(id, {
        id,
        title: a?.title || (id ? words.untitledAssignment : words.noAssignment),
        count: 1,
      });
  }
  return [...out.values()];
}

/** The model's answer that students' answers are judged against, and the settings it was computed with. */
export interface Reference {
  value: number;
  /** The question as these settings read. */
  text: string;
  params: ParamValues;
  /**
   * 'preset': the exercise's own settings; 'assignment': the settings the submission carries; 'link': the
   * settings of the assignment link the instructor gave, for a file that carries none (version 1).
   */
  source: 'preset' | 'assignment' | 'link';
}

/** The model's answers for one exercise under one set of settings, by `referenceKey`. */
export type References = ReadonlyMap<string, ExpectedAnswers>;
export const referenceKey = (exercise: string, settings: ExerciseSettings) =>
  `${exercise}\n${settingsKey(settings)}`;

/** Settings of an assignment link, by exercise: used only for files that carry no settings of their own. */
export type LinkSettings = ReadonlyMap<string, ExerciseSettings>;

/** The settings a student's item is graded with, and where they come from. */
export function gradingSettings(
  item: SubmissionItem,
  linkSettings: LinkSettings = new Map(),
): { settings: ExerciseSettings; source: Reference['source'] } {
  if (item.settings) return { settings: item.settings, source: 'assignment' };
  const given = linkSettings.get(item.exercise);
  if (given) return { settings: given, source: 'link' };
  return { settings: ownSettings(), source: 'preset' };
}

/**
 * The settings whose answers the model must compute before grading (each once): every item's settings
 * that change values or the seed, for exercises this site has, not already in `known`.
 */
export function settingsToCompute(
  entries: readonly Entry[],
  exercises: ReadonlyMap<string, ClassExercise>,
  known: References,
  linkSettings?: LinkSettings,
): { exercise: ClassExercise; settings: ExerciseSettings; key: string }[] {
  const out = new Map<string, { exercise: ClassExercise; settings: ExerciseSettings; key: string }>();
  for (const e of entries) {
    for (const item of e.submission.items) {
      const exercise = exercises.get(item.exercise);
      const { settings } = gradingSettings(item, linkSettings);
      if (!exercise || !changesAnswers(settings)) continue;
      const key = referenceKey(item.exercise, settings);
      if (!known.has(key) && !out.has(key)) out.set(key, { exercise, settings, key });
    }
  }
  return [...out.values()];
}

/**
 * The model's answer to one question for one item's settings: the build's for the exercise's own settings,
 * else the computed one in `references`; null while it is not computed, or when the model refused them.
 */
function referenceFor(
  ex: ClassExercise,
  qid: string,
  settings: ExerciseSettings,
  source: Reference['source'],
  references: References,
): Reference | null {
  const expected = changesAnswers(settings)
    ? references.get(referenceKey(ex.id, settings))
    : expectedAnswers(
        { ...ex, questions: ex.questions.map((q) => ({ ...q, text: q.template })) },
        ex.spec,
        settings,
      );
  if (!expected?.ok || !Object.hasOwn(expected.answers, qid)) return null;
  const answer = expected.answers[qid];
  return {
    value: answer.value,
    text: answer.text,
    params: expected.params,
    source: changesAnswers(settings) || settings.unlock.length || settings.lock.length ? source : 'preset',
  };
}

export interface Response {
  student: string;
  /** What the student typed, or null when they gave no answer. */
  value: string | null;
  parsed: number | null;
  /** Within tolerance of the reference; null when there is no answer or no reference. */
  right: boolean | null;
  /** The model's answer this student's answer is judged against (their assignment's settings). */
  reference: Reference | null;
  /** Their saved run used settings other than the reference's. */
  otherSettings: boolean;
}

export interface QuestionReport {
  id: string;
  text: string;
  unit: string;
  tolerance: number;
  /** The model's answer most students are judged against (all of them, for files of one assignment). */
  reference: Reference | null;
  /** Students judged against another model answer than `reference` (files of several assignments). */
  otherReferences: number;
  responses: Response[];
  answered: number;
  right: number;
  notRight: number;
  /** Answers that are not a number this site can read. */
  unreadable: number;
  missing: number;
}

export interface MissingWork {
  student: string;
  what: string[];
}

export interface ExerciseReport {
  id: string;
  title: string;
  /** The site has this exercise (its model answers are known). */
  known: boolean;
  questions: QuestionReport[];
  predictions: { student: string; text: string | null }[];
  reflections: { student: string; text: string | null }[];
  missing: MissingWork[];
  /** Students whose saved run used other settings than the reference. */
  otherSettings: string[];
  /** The settings students were graded with that differ from the exercise's own, each once, in words. */
  settings: { changes: string[]; source: 'assignment' | 'link' }[];
}

export interface ClassReport {
  students: string[];
  exercises: ExerciseReport[];
}

const written = (t: { text: string } | null | undefined) => (t && t.text.trim() !== '' ? t.text : null);

/** Whether a saved run's settings differ from the reference's on any parameter both name. */
export function runDiffers(run: SubmissionItem['run'], params: ParamValues): boolean {
  if (!run) return false;
  for (const [k, v] of Object.entries(run.params)) {
    if (!Object.hasOwn(params, k)) continue;
    const ref = params[k];
    const a = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
    if (typeof a === 'number' && typeof ref === 'number') {
      if (Math.abs(a - ref) > 1e-9 * Math.max(1, Math.abs(ref))) return true;
    } else if (a !== ref) return true;
  }
  return false;
}

/**
 * Lines up every student's work exercise by exercise: exercises in the order the files list them, the
 * site's questions first, then any answer the site does not know (kept, so nothing a student wrote is lost).
 */
export function classReport(
  entries: readonly Entry[],
  exercises: ReadonlyMap<string, ClassExercise>,
  references: References = new Map(),
  linkSettings?: LinkSettings,
): ClassReport {
  const order: string[] = [];
  const titles = new Map<string, string>();
  for (const e of entries) {
    for (const item of e.submission.items) {
      if (!titles.has(item.exercise)) {
        order.push(item.exercise);
        titles.set(item.exercise, item.title);
      }
    }
  }
  const students = entries.map((e) => e.student);
  const reports = order.map((id): ExerciseReport => {
    const ex = exercises.get(id);
    const itemOf = (e: Entry) => e.submission.items.find((i) => i.exercise === id);
    const questionIds = [...(ex?.questions.map((q) => q.id) ?? [])];
    for (const e of entries) {
      for (const k of Object.keys(itemOf(e)?.answers ?? {}))
        if (!questionIds.includes(k)) questionIds.push(k);
    }
    const otherSettings = new Set<string>();
    const questions = questionIds.map((qid): QuestionReport => {
      const q = ex?.questions.find((x) => x.id === qid);
      const unit = q?.unit ?? '';
      const tolerance = q?.tolerance ?? 0;
      const responses = entries.map((e): Response => {
        const item = itemOf(e);
        const saved = item && Object.hasOwn(item.answers, qid) ? item.answers[qid] : undefined;
        const value = saved && saved.value.trim() !== '' ? saved.value.trim() : null;
        const parsed = value === null ? null : parseAnswer(value, unit);
        let reference: Reference | null = null;
        if (q && ex) {
          const { settings, source } = item ? gradingSettings(item, linkSettings) : gradingOwn;
          reference = referenceFor(ex, qid, settings, source, references);
        }
        const differs = reference ? runDiffers(item?.run ?? null, reference.params) : false;
        if (differs) otherSettings.add(e.student);
        let right: boolean | null = null;
        if (value !== null) {
          if (reference) right = parsed !== null && isClose(parsed, reference.value, tolerance);
          // No model answer on this site (an exercise since removed): the student's own page check stands.
          else if (!q) right = saved?.correct ?? null;
        }
        return { student: e.student, value, parsed, right, reference, otherSettings: differs };
      });
      const reference = commonReference(responses);
      return {
        id: qid,
        text: reference?.text ?? q?.text ?? words.unknownQuestion(qid),
        unit,
        tolerance,
        reference,
        otherReferences: responses.filter((r) => r.reference && !sameReference(r.reference, reference))
          .length,
        responses,
        answered: responses.filter((r) => r.value !== null).length,
        right: responses.filter((r) => r.right === true).length,
        notRight: responses.filter((r) => r.right === false).length,
        unreadable: responses.filter((r) => r.value !== null && r.parsed === null).length,
        missing: responses.filter((r) => r.value === null).length,
      };
    });
    const missing: MissingWork[] = [];
    for (const e of entries) {
      const item = itemOf(e);
      if (!item) {
        missing.push({ student: e.student, what: [words.missing.notInFile] });
        continue;
      }
      const what: string[] = [];
      if (!written(item.prediction)) what.push(words.missing.prediction);
      const unanswered = questions.filter(
        (q) => q.responses.find((r) => r.student === e.student)?.value === null,
      );
      if (unanswered.length) {
        what.push(
          unanswered.length === questions.length && questions.length > 1
            ? words.missing.answers
            : words.missing.answersTo(unanswered.map((q) => questions.indexOf(q) + 1)),
        );
      }
      if (!written(item.reflection)) what.push(words.missing.reflection);
      if (what.length) missing.push({ student: e.student, what });
    }
    const settings = new Map<string, ExerciseReport['settings'][number]>();
    for (const e of entries) {
      const item = itemOf(e);
      if (!ex || !item) continue;
      const graded = gradingSettings(item, linkSettings);
      const changes = settingsChanges(ex.spec, ex.params, graded.settings);
      if (graded.source === 'preset' || changes.length === 0) continue;
      settings.set(`${graded.source}\n${settingsKey(graded.settings)}`, { changes, source: graded.source });
    }
    return {
      id,
      title: ex?.title ?? titles.get(id) ?? id,
      settings: [...settings.values()],
      known: ex !== undefined,
      questions,
      predictions: entries.map((e) => ({ student: e.student, text: written(itemOf(e)?.prediction) })),
      reflections: entries.map((e) => ({ student: e.student, text: written(itemOf(e)?.reflection) })),
      missing,
      otherSettings: [...otherSettings],
    };
  });
  return { students, exercises: reports };
}

const gradingOwn = { settings: ownSettings(), source: 'preset' as const };

const sameReference = (a: Reference | null, b: Reference | null) =>
  a !== null && b !== null && a.value === b.value && a.text === b.text;

/** The model answer most responses are judged against (the first of the most common). */
function commonReference(responses: readonly Response[]): Reference | null {
  let best: Reference | null = null;
  let bestCount = 0;
  for (const r of responses) {
    if (!r.reference) continue;
    const count = responses.filter((x) => sameReference(x.reference, r.reference)).length;
    if (count > bestCount) [best, bestCount] = [r.reference, count];
  }
  return best;
}

/**
 * A spreadsheet cell that cannot run as a formula, by OWASP's rule for CSV injection: every cell that starts
 * with = + - @, a tab or a carriage return gets a leading apostrophe. No exception for numbers: "-2+3+cmd|…"
 * starts with a sign and a digit and is still a formula. (The CSV writer then quotes the cell as needed.)
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const yesNo = (v: boolean | null) => (v === null ? '' : v ? csv.right : csv.notRight);

/** The table as rows: a header, then one row per student, with prediction, answers and reflection. */
export function tableRows(report: ClassReport, files: ReadonlyMap<string, Entry>): string[][] {
  const header: string[] = [csv.student, csv.file, csv.exportedAt];
  for (const ex of report.exercises) {
    header.push(csv.prediction(ex.title));
    ex.questions.forEach((_q, i) => {
      header.push(csv.answer(ex.title, i + 1), csv.checked(ex.title, i + 1));
    });
    header.push(csv.reflection(ex.title), csv.otherSettings(ex.title));
  }
  const rows = report.students.map((student) => {
    const entry = files.get(student);
    const row = [student, entry?.file ?? '', entry?.submission.exportedAt ?? ''];
    for (const ex of report.exercises) {
      row.push(ex.predictions.find((p) => p.student === student)?.text ?? '');
      for (const q of ex.questions) {
        const r = q.responses.find((x) => x.student === student);
        row.push(r?.value ?? '', yesNo(r?.right ?? null));
      }
      row.push(
        ex.reflections.find((p) => p.student === student)?.text ?? '',
        ex.otherSettings.includes(student) ? csv.yes : '',
      );
    }
    return row;
  });
  return [header, ...rows];
}

export function toCsv(report: ClassReport, entries: readonly Entry[]): string {
  const files = new Map(entries.map((e) => [e.student, e]));
  return csvFormatRows(tableRows(report, files).map((row) => row.map(safeCell)));
}
