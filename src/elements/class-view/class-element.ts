/**
 * <wom-class-view>: reads students' submission files in the browser (file picker or drag and drop; nothing
 * is uploaded), then shows, exercise by exercise, each question's answers against the model's as a dot plot
 * and a table, who has not handed in what, and exports the table as CSV.
 */
import { renderClassPredictions, type ClassPoint } from '../../charts/class-predictions';
import { formatAnswer } from '../../lib/answers';
import { assignmentId, decodeAssignment } from '../../lib/assignment';
import {
  changesAnswers,
  expectedAnswers,
  settingsOf,
  type ExerciseSettings,
  type ExpectedAnswers,
} from '../../lib/grading';
import { announce, downloadText, h } from '../assignment/dom';
import { part, readData } from '../page-contract';
import { slug } from '../../lib/assignment-progress';
import { classView } from '../../strings/class-view';
import {
  assignmentsOf,
  classReport,
  readSubmissions,
  settingsToCompute,
  toCsv,
  type ClassExercise,
  type ClassReport,
  type ExerciseReport,
  type FileText,
  type Loaded,
  type QuestionReport,
} from '../../lib/class-aggregate';

/** Files larger than this are not submissions from this site (a full one is a few kilobytes). */
const MAX_FILE = 2_000_000;

const {
  status: statusText,
  summary: summaryText,
  reference: referenceText,
  exercise: exerciseText,
  question: questionText,
  table: tableText,
} = classView;

/** The JSON class.astro hands the element (src/elements/page-contract.ts). */
export interface ClassViewData {
  exercises: ClassExercise[];
}

class ClassView extends HTMLElement {
  declare readonly pageData?: ClassViewData;
  private exercises = new Map<string, ClassExercise>();
  private files: FileText[] = [];
  private unreadable: { file: string; reason: string }[] = [];
  private loaded: Loaded | null = null;
  private report: ClassReport | null = null;
  /** The model's answers for settings an assignment changed, computed here once per settings. */
  private references = new Map<string, ExpectedAnswers>();
  /** An assignment link's settings, given for older files that carry none. */
  private linkSettings = new Map<string, ExerciseSettings>();
  private referenceNote = '';
  /** Settings whose answers could not be computed, in words. */
  private failures: string[] = [];
  private computing = false;
  private status!: HTMLElement;
  private resizeTimer = 0;
  private lastWidth = 0;

  connectedCallback() {
    for (const e of readData(this, 'exercises')) this.exercises.set(e.id, e);
    for (const el of this.querySelectorAll<HTMLElement>('.needs-js')) el.hidden = false;
    this.status = part(this, '.load-status');
    const input = part(this, '#class-files', HTMLInputElement);
    input.addEventListener('change', () => {
      void this.addFiles([...(input.files ?? [])]).then(() => {
        input.value = '';
      });
    });
    const zone = part(this, '.drop-zone');
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      void this.addFiles([...(e.dataTransfer?.files ?? [])]);
    });
    part(this, '.clear-files').addEventListener('click', () => {
      this.files = [];
      this.unreadable = [];
      this.references.clear();
      this.linkSettings.clear();
      this.failures = [];
      this.referenceNote = '';
      this.update();
      announce(this.status, statusText.cleared);
      input.focus();
    });
    part(this, '.download-csv').addEventListener('click', () => this.downloadCsv());
    part(this, '.reference-form', HTMLFormElement).addEventListener('submit', (e) => {
      e.preventDefault();
      this.useAssignmentLink();
    });
    new ResizeObserver(() => {
      window.clearTimeout(this.resizeTimer);
      this.resizeTimer = window.setTimeout(() => {
        const w = this.clientWidth;
        if (this.report && Math.abs(w - this.lastWidth) > 24) this.renderResults();
      }, 150);
    }).observe(this);
    this.update();
  }

  /** Reads files as text in this browser; a file that cannot be read is listed and the rest go on. */
  private async addFiles(list: File[]) {
    if (list.length === 0) return;
    announce(this.status, statusText.reading(list.length));
    const read = await Promise.all(
      list.map(async (file): Promise<FileText | { file: string; reason: string }> => {
        if (file.size > MAX_FILE) return { file: file.name, reason: summaryText.tooLarge };
        try {
          return { name: file.name, text: await file.text() };
        } catch {
          return { file: file.name, reason: summaryText.notReadable };
        }
      }),
    );
    for (const r of read) {
      if ('text' in r) this.files.push(r);
      else this.unreadable.push(r);
    }
    this.update();
    const l = this.loaded!;
    const bad = l.problems.length + this.unreadable.length;
    announce(this.status, statusText.loaded(l.entries.length, this.files.length, bad, l.duplicates.length));
  }

  private update() {
    this.loaded = readSubmissions(this.files);
    this.loaded.problems.unshift(...this.unreadable);
    this.report = classReport(this.loaded.entries, this.exercises, this.references, this.linkSettings);
    this.renderLoadSummary();
    this.renderResults();
    void this.computeReferences();
  }

  /**
   * Runs the model for every assignment's settings the files carry (each once; the models load only now),
   * then grades again. Until then those answers show as not yet checked, never against the wrong settings.
   */
  private async computeReferences() {
    if (this.computing || !this.loaded) return;
    const needed = settingsToCompute(this.loaded.entries, this.exercises, this.references, this.linkSettings);
    if (needed.length === 0) return;
    this.computing = true;
    const results = part(this, '.results');
    results.setAttribute('aria-busy', 'true');
    const note = part(this, '.computing-note');
    note.textContent = referenceText.computing;
    note.hidden = false;
    try {
      const { computeMetric } = await import('../../lib/metrics');
      for (const { exercise, settings, key } of needed) {
        const questions = exercise.questions.map((q) => ({ ...q, text: q.template }));
        const expected = expectedAnswers({ ...exercise, questions }, exercise.spec, settings, computeMetric);
        this.references.set(key, expected);
        if (!expected.ok) this.failures.push(referenceText.failure(exercise.title, expected.reason));
        // Let the page answer between models runs (a class of thirty may carry a few settings).
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } catch (error) {
      // The models could not load: say so; the answers stay unchecked rather than judged against a guess.
      this.failures.push((error as Error).message);
      for (const { key } of needed) this.references.set(key, { ok: false, reason: (error as Error).message });
    }
    this.computing = false;
    note.hidden = this.failures.length === 0;
    note.textContent = this.failures.length ? referenceText.failed(this.failures) : '';
    results.removeAttribute('aria-busy');
    this.update();
  }

  private renderLoadSummary() {
    const l = this.loaded!;
    const summary = part(this, '.load-summary');
    const assignments = assignmentsOf(l.entries);
    summary.replaceChildren(
      ...(l.entries.length === 0
        ? [h('p', { class: 'muted' }, summaryText.none)]
        : [
            assignments.length > 1
              ? h(
                  'p',
                  { class: 'notice' },
                  summaryText.several(
                    assignments.length,
                    assignments
                      .map((a) => summaryText.assignmentCount(a.title, a.count))
                      .join(summaryText.listJoin),
                  ),
                )
              : h('p', {}, summaryText.one(assignments[0].title)),
          ]),
    );
    const problems = part(this, '.problems');
    problems.hidden = l.problems.length === 0;
    problems.replaceChildren(
      h('h3', {}, summaryText.problemsHeading),
      h(
        'ul',
        {},
        ...l.problems.map((p) => h('li', {}, h('strong', {}, p.file), summaryText.problem(p.reason))),
      ),
    );
    const dups = part(this, '.duplicates');
    dups.hidden = l.duplicates.length === 0;
    dups.replaceChildren(
      h('h3', {}, summaryText.duplicatesHeading),
      h('p', {}, summaryText.duplicatesIntro),
      h(
        'ul',
        {},
        ...l.duplicates.map((d) => h('li', {}, summaryText.duplicate(d.student, d.kept, d.dropped))),
      ),
    );
    part(this, '.download-csv', HTMLButtonElement).hidden = l.entries.length === 0;
    part(this, '.clear-files', HTMLButtonElement).hidden =
      this.files.length === 0 && this.unreadable.length === 0;
    const note = part(this, '.reference-note');
    note.textContent = this.referenceNote;
    // Files from before submissions carried settings: said, with the box to give the link opened for them.
    const legacy = l.entries.filter((e) => e.submission.legacy).length;
    const legacyNote = part(this, '.legacy-note');
    legacyNote.hidden = legacy === 0;
    legacyNote.textContent = legacy ? referenceText.legacy(legacy) : '';
    const box = part(this, 'details.reference', HTMLDetailsElement);
    box.hidden = legacy === 0;
    if (legacy && !box.dataset.shown) {
      box.open = true;
      box.dataset.shown = 'true';
    }
  }

  /** Older files carry no settings: grade them with those of an assignment link the instructor gives. */
  private useAssignmentLink() {
    const field = part(this, '#class-assignment', HTMLInputElement);
    const raw = field.value.trim();
    this.linkSettings.clear();
    if (!raw) {
      this.referenceNote = referenceText.noLink;
      this.update();
      return;
    }
    let code = raw;
    try {
      code = new URL(raw, location.href).searchParams.get('a') ?? raw;
    } catch {
      // Not a URL: take it as the code itself.
    }
    const decoded = decodeAssignment(code, new Set(this.exercises.keys()));
    if (!decoded.ok) {
      field.setAttribute('aria-invalid', 'true');
      this.referenceNote = referenceText.invalid(decoded.reason);
      this.update();
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    const ids = new Set(this.loaded?.entries.map((e) => e.submission.assignment?.id));
    const matches = ids.has(assignmentId(code));
    for (const item of decoded.assignment.items) this.linkSettings.set(item.exercise, settingsOf(item));
    const changed = decoded.assignment.items.filter((i) => changesAnswers(settingsOf(i))).length;
    const title = decoded.assignment.title;
    this.referenceNote =
      (matches ? referenceText.using(title) : referenceText.otherAssignment(title)) +
      (changed ? referenceText.changed(changed) : referenceText.unchanged);
    this.update();
    announce(this.status, this.referenceNote);
  }

  private renderResults() {
    const results = part(this, '.results');
    const report = this.report!;
    this.lastWidth = this.clientWidth;
    if (report.students.length === 0) {
      results.replaceChildren();
      return;
    }
    results.replaceChildren(
      ...report.exercises.map((ex, i) => this.renderExercise(ex, i)),
      this.renderTable(report),
    );
  }

  private renderExercise(ex: ExerciseReport, index: number): HTMLElement {
    const headingId = `ex-${index}-heading`;
    const n = this.report!.students.length;
    return h(
      'section',
      { class: 'exercise-report', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, exerciseText.heading(index + 1, ex.title)),
      ex.known ? null : h('p', { class: 'notice' }, exerciseText.unknown),
      ...ex.settings.map((s) =>
        h(
          'p',
          { class: 'settings-note' },
          s.source === 'link' ? exerciseText.linkSettings(s.changes) : exerciseText.settings(s.changes),
        ),
      ),
      ex.otherSettings.length
        ? h('p', { class: 'notice' }, exerciseText.otherSettings(ex.otherSettings))
        : null,
      ...ex.questions.map((q, qi) => this.renderQuestion(q, qi, n, index)),
      h('h3', {}, exerciseText.missingHeading),
      ex.missing.length === 0
        ? h('p', { class: 'all-done' }, exerciseText.allDone)
        : h(
            'ul',
            { class: 'missing' },
            ...ex.missing.map((m) => h('li', {}, h('strong', {}, m.student), exerciseText.missing(m.what))),
          ),
      h(
        'details',
        { class: 'texts' },
        h('summary', {}, exerciseText.texts.summary),
        h(
          'div',
          {
            class: 'table-scroll',
            tabindex: '0',
            role: 'region',
            'aria-label': exerciseText.texts.label(ex.title),
          },
          h(
            'table',
            {},
            h('caption', { class: 'visually-hidden' }, exerciseText.texts.label(ex.title)),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, exerciseText.texts.student),
                h('th', { scope: 'col' }, exerciseText.texts.prediction),
                h('th', { scope: 'col' }, exerciseText.texts.reflection),
              ),
            ),
            h(
              'tbody',
              {},
              ...ex.predictions.map((p, i) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, p.student),
                  h('td', {}, p.text ?? h('span', { class: 'muted' }, exerciseText.texts.none)),
                  h(
                    'td',
                    {},
                    ex.reflections[i]?.text ?? h('span', { class: 'muted' }, exerciseText.texts.none),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  private renderQuestion(q: QuestionReport, qi: number, n: number, exIndex: number) {
    const ref = q.reference;
    const refText = ref ? formatAnswer(ref.value, q.unit) : null;
    const source =
      ref?.source === 'assignment'
        ? questionText.fromAssignment
        : ref?.source === 'link'
          ? questionText.fromLink
          : questionText.fromExercise;
    const counts = questionText.counts(q.answered, n, q.right, q.notRight, q.unreadable, q.missing);
    const points: ClassPoint[] = q.responses
      .filter((r) => r.parsed !== null)
      .map((r) => ({
        value: r.parsed!,
        label: r.student,
        status: r.right === true ? 'right' : r.right === false ? 'not-right' : 'unchecked',
      }));
    const figure = h('figure', { class: 'question-chart' });
    const width = Math.max(280, Math.min(900, Math.floor(part(this, '.results').clientWidth || 600)));
    if (points.length) {
      const chart = renderClassPredictions(
        document,
        {
          xLabel: questionText.axis(q.unit),
          unit: q.unit,
          reference: ref?.value ?? null,
          referenceLabel: questionText.model(refText),
          tolerance: q.tolerance,
          points,
        },
        {
          width,
          height: 150,
          title: questionText.chartTitle(q.text),
          description: questionText.chartDescription(counts, refText),
          idPrefix: `q-${exIndex}-${qi}`,
        },
      );
      figure.append(chart.node);
    } else figure.append(h('p', { class: 'muted' }, questionText.noAnswers));
    return h(
      'div',
      { class: 'question-report' },
      h('h3', {}, questionText.heading(qi + 1, q.text)),
      h(
        'p',
        {},
        ref && refText
          ? questionText.modelAnswer(
              refText,
              source,
              Math.round(q.tolerance * 100),
              formatAnswer(ref.value - Math.abs(ref.value) * q.tolerance, q.unit),
              formatAnswer(ref.value + Math.abs(ref.value) * q.tolerance, q.unit),
            )
          : questionText.noModelAnswer,
        counts,
        q.otherReferences ? questionText.otherReferences(q.otherReferences) : '',
      ),
      figure,
    );
  }

  private renderTable(report: ClassReport): HTMLElement {
    const headCells: HTMLElement[] = [h('th', { scope: 'col' }, tableText.student)];
    report.exercises.forEach((ex, i) =>
      ex.questions.forEach((q, qi) =>
        headCells.push(
          h(
            'th',
            { scope: 'col', title: tableText.columnTitle(ex.title, q.text) },
            tableText.column(i + 1, qi + 1),
          ),
        ),
      ),
    );
    const rows = report.students.map((student) => {
      const cells: HTMLElement[] = [h('th', { scope: 'row' }, student)];
      for (const ex of report.exercises) {
        for (const q of ex.questions) {
          const r = q.responses.find((x) => x.student === student);
          if (!r || r.value === null) {
            cells.push(
              h(
                'td',
                { class: 'answer-none' },
                h('span', { 'aria-hidden': 'true' }, tableText.noAnswerMark),
                h('span', { class: 'visually-hidden' }, tableText.noAnswer),
              ),
            );
            continue;
          }
          const [verdict, cellClass] =
            r.right === true
              ? ([tableText.right, 'answer-right'] as const)
              : r.right === false
                ? ([tableText.notRight, 'answer-wrong'] as const)
                : ([tableText.unchecked, 'answer-unchecked'] as const);
          cells.push(
            h(
              'td',
              { class: cellClass },
              r.value,
              h('br'),
              h(
                'span',
                { class: 'verdict' },
                h('span', { 'aria-hidden': 'true' }, `${verdict.mark} `),
                verdict.text,
              ),
              r.otherSettings ? h('span', { class: 'muted other' }, tableText.otherSettings) : null,
            ),
          );
        }
      }
      return h('tr', {}, ...cells);
    });
    const legend = h(
      'ol',
      { class: 'table-key' },
      ...report.exercises.flatMap((ex, i) =>
        ex.questions.map((q, qi) =>
          h('li', {}, h('strong', {}, tableText.column(i + 1, qi + 1)), tableText.keyEntry(ex.title, q.text)),
        ),
      ),
    );
    return h(
      'section',
      { class: 'answer-table', 'aria-labelledby': 'answer-table-heading' },
      h('h2', { id: 'answer-table-heading' }, tableText.heading),
      h(
        'div',
        {
          class: 'table-scroll',
          tabindex: '0',
          role: 'region',
          'aria-label': tableText.region,
        },
        h(
          'table',
          {},
          h('caption', { class: 'visually-hidden' }, tableText.caption),
          h('thead', {}, h('tr', {}, ...headCells)),
          h('tbody', {}, ...rows),
        ),
      ),
      h('details', {}, h('summary', {}, tableText.keySummary), legend),
    );
  }

  private downloadCsv() {
    if (!this.report || !this.loaded) return;
    const csv = toCsv(this.report, this.loaded.entries);
    const title = assignmentsOf(this.loaded.entries)[0]?.title ?? 'class';
    const file = `class-${slug(title, 'class')}.csv`;
    downloadText(`\uFEFF${csv}\n`, file, 'text/csv;charset=utf-8');
    announce(this.status, statusText.downloaded(file));
  }
}

if (!customElements.get('wom-class-view')) customElements.define('wom-class-view', ClassView);
