/**
 * The class view's logic as pure functions: read many submission files (one bad file never stops the
 * others), keep one submission per student (the latest), and line every answer up against the model's.
 *
 * Which model answer? Each question's answer is computed by the model at build time for the exercise's
 * preset. An assignment can change parameters, and a student can run other settings; so the reference is
 * the preset's answer, or the answer for the assignment's settings when the instructor gives the assignment
 * link (recomputed in the browser by the caller and passed in as `references`). "Right" always means within
 * the question's tolerance of that reference, so the chart, the table and the CSV agree. A student whose
 * saved run used settings other than the reference's is flagged, so an answer that is "not right" only
 * because they explored is easy to spot.
 */
import { csvFormatRows } from 'd3-dsv';
import { isClose, parseAnswer } from '../../lib/answers';
import { parseSubmission, type Submission, type SubmissionItem } from '../../lib/submission';
import type { ParamValues } from '../../models/types';
import { classView } from '../../strings/class-view';

const { report: words, csv } = classView;

/** What the class view knows of an exercise (embedded by the page at build time). */
export interface ClassExercise {
  id: string;
  title: string;
  model: string;
  preset: string;
  /** The preset's full parameter values. */
  params: ParamValues;
  questions: { id: string; text: string; metric: string; unit: string; tolerance: number; answer: number }[];
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
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
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
  params: ParamValues;
  /** 'preset': the exercise's own settings; 'assignment': the assignment's settings. */
  source: 'preset' | 'assignment';
}

export type References = ReadonlyMap<string, Reference>;
export const referenceKey = (exercise: string, question: string) => `${exercise}/${question}`;

export interface Response {
  student: string;
  /** What the student typed, or null when they gave no answer. */
  value: string | null;
  parsed: number | null;
  /** Within tolerance of the reference; null when there is no answer or no reference. */
  right: boolean | null;
  /** Their saved run used settings other than the reference's. */
  otherSettings: boolean;
}

export interface QuestionReport {
  id: string;
  text: string;
  unit: string;
  tolerance: number;
  reference: Reference | null;
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
      const given = references.get(referenceKey(id, qid));
      const reference: Reference | null =
        given ?? (q && ex ? { value: q.answer, params: ex.params, source: 'preset' } : null);
      const responses = entries.map((e): Response => {
        const item = itemOf(e);
        const saved = item && Object.hasOwn(item.answers, qid) ? item.answers[qid] : undefined;
        const value = saved && saved.value.trim() !== '' ? saved.value.trim() : null;
        const parsed = value === null ? null : parseAnswer(value, unit);
        const differs = reference ? runDiffers(item?.run ?? null, reference.params) : false;
        if (differs) otherSettings.add(e.student);
        let right: boolean | null = null;
        if (value !== null) {
          if (reference) right = parsed !== null && isClose(parsed, reference.value, tolerance);
          // No model answer on this site (an exercise since removed): the student's own page check stands.
          else right = saved?.correct ?? null;
        }
        return { student: e.student, value, parsed, right, otherSettings: differs };
      });
      return {
        id: qid,
        text: q?.text ?? words.unknownQuestion(qid),
        unit,
        tolerance,
        reference,
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
    return {
      id,
      title: ex?.title ?? titles.get(id) ?? id,
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
