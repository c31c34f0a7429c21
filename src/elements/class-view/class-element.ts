/**
 * <wom-class-view>: reads students' submission files in the browser (file picker or drag and drop; nothing
 * is uploaded), then shows, exercise by exercise, each question's answers against the model's as a dot plot
 * and a table, who has not handed in what, and exports the table as CSV.
 */
import { renderClassPredictions, type ClassPoint } from '../../charts/class-predictions';
import { formatAnswer } from '../../lib/answers';
import { assignmentId, decodeAssignment } from '../../lib/assignment';
import { announce, downloadText, h, readJson } from '../assignment/dom';
import { slug } from '../assignment/progress';
import {
  assignmentsOf,
  classReport,
  readSubmissions,
  referenceKey,
  toCsv,
  type ClassExercise,
  type ClassReport,
  type ExerciseReport,
  type FileText,
  type Loaded,
  type QuestionReport,
  type Reference,
} from './aggregate';

/** Files larger than this are not submissions from this site (a full one is a few kilobytes). */
const MAX_FILE = 2_000_000;

class ClassView extends HTMLElement {
  private exercises = new Map<string, ClassExercise>();
  private files: FileText[] = [];
  private unreadable: { file: string; reason: string }[] = [];
  private loaded: Loaded | null = null;
  private report: ClassReport | null = null;
  private references = new Map<string, Reference>();
  private referenceNote = '';
  private status!: HTMLElement;
  private resizeTimer = 0;
  private lastWidth = 0;

  connectedCallback() {
    for (const e of readJson<ClassExercise[]>(this, 'exercises', [])) this.exercises.set(e.id, e);
    for (const el of this.querySelectorAll<HTMLElement>('.needs-js')) el.hidden = false;
    this.status = this.querySelector('.load-status')!;
    const input = this.querySelector<HTMLInputElement>('#class-files')!;
    input.addEventListener('change', () => {
      void this.addFiles([...(input.files ?? [])]).then(() => {
        input.value = '';
      });
    });
    const zone = this.querySelector<HTMLElement>('.drop-zone')!;
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
    this.querySelector('.clear-files')!.addEventListener('click', () => {
      this.files = [];
      this.unreadable = [];
      this.references.clear();
      this.referenceNote = '';
      this.update();
      announce(this.status, 'Cleared. No files loaded.');
      input.focus();
    });
    this.querySelector('.download-csv')!.addEventListener('click', () => this.downloadCsv());
    this.querySelector<HTMLFormElement>('.reference-form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.useAssignmentLink();
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
    announce(this.status, `Reading ${list.length} file${list.length === 1 ? '' : 's'}…`);
    const read = await Promise.all(
      list.map(async (file): Promise<FileText | { file: string; reason: string }> => {
        if (file.size > MAX_FILE) return { file: file.name, reason: 'too large to be a submission file' };
        try {
          return { name: file.name, text: await file.text() };
        } catch {
          return { file: file.name, reason: 'the browser could not read it' };
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
    announce(
      this.status,
      `${l.entries.length} student${l.entries.length === 1 ? '' : 's'} loaded from ${this.files.length} file${this.files.length === 1 ? '' : 's'}.` +
        (bad ? ` ${bad} file${bad === 1 ? '' : 's'} could not be read (listed below).` : '') +
        (l.duplicates.length
          ? ` ${l.duplicates.length} student${l.duplicates.length === 1 ? '' : 's'} had more than one file; the latest was kept.`
          : ''),
    );
  }

  private update() {
    this.loaded = readSubmissions(this.files);
    this.loaded.problems.unshift(...this.unreadable);
    this.report = classReport(this.loaded.entries, this.exercises, this.references);
    this.renderLoadSummary();
    this.renderResults();
  }

  private renderLoadSummary() {
    const l = this.loaded!;
    const summary = this.querySelector<HTMLElement>('.load-summary')!;
    const assignments = assignmentsOf(l.entries);
    summary.replaceChildren(
      ...(l.entries.length === 0
        ? [h('p', { class: 'muted' }, 'No submissions loaded yet.')]
        : [
            assignments.length > 1
              ? h(
                  'p',
                  { class: 'notice' },
                  `These files come from ${assignments.length} different assignments: `,
                  assignments.map((a) => `${a.title} (${a.count})`).join(', '),
                  '. Exercises are still matched by name.',
                )
              : h('p', {}, `Assignment: ${assignments[0].title}.`),
          ]),
    );
    const problems = this.querySelector<HTMLElement>('.problems')!;
    problems.hidden = l.problems.length === 0;
    problems.replaceChildren(
      h('h3', {}, 'Files that could not be read'),
      h('ul', {}, ...l.problems.map((p) => h('li', {}, h('strong', {}, p.file), `: ${p.reason}.`))),
    );
    const dups = this.querySelector<HTMLElement>('.duplicates')!;
    dups.hidden = l.duplicates.length === 0;
    dups.replaceChildren(
      h('h3', {}, 'More than one file from the same student'),
      h('p', {}, 'Only the file exported last is used for each:'),
      h(
        'ul',
        {},
        ...l.duplicates.map((d) =>
          h('li', {}, `${d.student}: kept ${d.kept}; not used: ${d.dropped.join(', ')}.`),
        ),
      ),
    );
    this.querySelector<HTMLButtonElement>('.download-csv')!.hidden = l.entries.length === 0;
    this.querySelector<HTMLButtonElement>('.clear-files')!.hidden =
      this.files.length === 0 && this.unreadable.length === 0;
    const note = this.querySelector<HTMLElement>('.reference-note')!;
    note.textContent = this.referenceNote;
  }

  /** Recomputes the model's answers with the assignment's settings (the models load only now). */
  private async useAssignmentLink() {
    const field = this.querySelector<HTMLInputElement>('#class-assignment')!;
    const note = this.querySelector<HTMLElement>('.reference-note')!;
    const raw = field.value.trim();
    this.references.clear();
    if (!raw) {
      this.referenceNote = 'No link given: model answers are for each exercise’s own settings.';
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
      this.referenceNote = `That link could not be used: ${decoded.reason}`;
      this.update();
      field.focus();
      return;
    }
    field.removeAttribute('aria-invalid');
    const id = assignmentId(code);
    const ids = new Set(this.loaded?.entries.map((e) => e.submission.assignment?.id));
    const matches = ids.has(id);
    note.textContent = 'Computing the model’s answers for the assignment’s settings…';
    const changed = decoded.assignment.items.filter((i) => Object.keys(i.params).length > 0);
    const failures: string[] = [];
    if (changed.length) {
      const { computeMetric } = await import('../../lib/metrics');
      for (const item of changed) {
        const ex = this.exercises.get(item.exercise);
        if (!ex) continue;
        for (const q of ex.questions) {
          try {
            const answer = computeMetric(q.metric, ex.model, ex.preset, item.params);
            this.references.set(referenceKey(ex.id, q.id), {
              value: answer.value,
              params: answer.params,
              source: 'assignment',
            });
          } catch (error) {
            failures.push(`${ex.title}: ${(error as Error).message}`);
          }
        }
      }
    }
    this.referenceNote =
      (matches
        ? `Using “${decoded.assignment.title}”: `
        : `“${decoded.assignment.title}” is not the assignment these files name (its code differs); using its settings anyway: `) +
      (changed.length
        ? `${changed.length} exercise${changed.length === 1 ? ' has' : 's have'} model answers for the assignment’s settings.`
        : 'it changes no settings, so the model answers are the exercises’ own.') +
      (failures.length ? ` Could not compute: ${failures.join('; ')}.` : '');
    this.update();
    announce(this.status, this.referenceNote);
  }

  private renderResults() {
    const results = this.querySelector<HTMLElement>('.results')!;
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
      h('h2', { id: headingId }, `${index + 1}. ${ex.title}`),
      ex.known
        ? null
        : h(
            'p',
            { class: 'notice' },
            'This exercise is not on this site (any more): there is no model answer to compare with.',
          ),
      ex.otherSettings.length
        ? h(
            'p',
            { class: 'notice' },
            `Ran the simulation with other settings than the model answer’s: ${ex.otherSettings.join(', ')}. Their answers may be right for the settings they used.`,
          )
        : null,
      ...ex.questions.map((q, qi) => this.renderQuestion(q, qi, n, index)),
      h('h3', {}, 'Who has not done what'),
      ex.missing.length === 0
        ? h(
            'p',
            { class: 'all-done' },
            'Everyone made a prediction, answered every question and wrote a reflection.',
          )
        : h(
            'ul',
            { class: 'missing' },
            ...ex.missing.map((m) => h('li', {}, h('strong', {}, m.student), `: ${m.what.join(', ')}`)),
          ),
      h(
        'details',
        { class: 'texts' },
        h('summary', {}, 'Predictions and reflections'),
        h(
          'div',
          {
            class: 'table-scroll',
            tabindex: '0',
            role: 'region',
            'aria-label': `Predictions and reflections: ${ex.title}`,
          },
          h(
            'table',
            {},
            h('caption', { class: 'visually-hidden' }, `Predictions and reflections: ${ex.title}`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Student'),
                h('th', { scope: 'col' }, 'Prediction'),
                h('th', { scope: 'col' }, 'Reflection'),
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
                  h('td', {}, p.text ?? h('span', { class: 'muted' }, 'none')),
                  h('td', {}, ex.reflections[i]?.text ?? h('span', { class: 'muted' }, 'none')),
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
      ref?.source === 'assignment' ? 'with the assignment’s settings' : 'with the exercise’s own settings';
    const counts =
      `${q.answered} of ${n} answered: ${q.right} right, ${q.notRight} not right` +
      (q.unreadable ? ` (${q.unreadable} not a number)` : '') +
      (q.missing ? `; ${q.missing} no answer.` : '.');
    const points: ClassPoint[] = q.responses
      .filter((r) => r.parsed !== null)
      .map((r) => ({
        value: r.parsed!,
        label: r.student,
        status: r.right === true ? 'right' : r.right === false ? 'not-right' : 'unchecked',
      }));
    const figure = h('figure', { class: 'question-chart' });
    const width = Math.max(
      280,
      Math.min(900, Math.floor(this.querySelector('.results')!.clientWidth || 600)),
    );
    if (points.length) {
      const chart = renderClassPredictions(
        document,
        {
          xLabel: q.unit === 'share' ? 'Answer (%)' : q.unit ? `Answer (${q.unit})` : 'Answer',
          unit: q.unit,
          reference: ref?.value ?? null,
          referenceLabel: refText ? `Model: ${refText}` : 'Model',
          tolerance: q.tolerance,
          points,
        },
        {
          width,
          height: 150,
          title: `Answers to: ${q.text}`,
          description: `One mark per student. ${counts}${refText ? ` The model gives ${refText}.` : ''}`,
          idPrefix: `q-${exIndex}-${qi}`,
        },
      );
      figure.append(chart.node);
    } else figure.append(h('p', { class: 'muted' }, 'No answers to draw.'));
    return h(
      'div',
      { class: 'question-report' },
      h('h3', {}, `Question ${qi + 1}: ${q.text}`),
      h(
        'p',
        {},
        ref && refText
          ? `Model answer: ${refText} (${source}); answers within ${Math.round(q.tolerance * 100)}% of it (${formatAnswer(ref.value - Math.abs(ref.value) * q.tolerance, q.unit)} to ${formatAnswer(ref.value + Math.abs(ref.value) * q.tolerance, q.unit)}) count as right. `
          : 'No model answer on this site: marks show the student’s own check. ',
        counts,
      ),
      figure,
    );
  }

  private renderTable(report: ClassReport): HTMLElement {
    const headCells: HTMLElement[] = [h('th', { scope: 'col' }, 'Student')];
    report.exercises.forEach((ex, i) =>
      ex.questions.forEach((q, qi) =>
        headCells.push(
          h('th', { scope: 'col', title: `${ex.title}: ${q.text}` }, `Step ${i + 1}, question ${qi + 1}`),
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
                h('span', { 'aria-hidden': 'true' }, '—'),
                h('span', { class: 'visually-hidden' }, 'no answer'),
              ),
            );
            continue;
          }
          const verdict =
            r.right === true
              ? ['✓', 'right', 'answer-right']
              : r.right === false
                ? ['✗', 'not right', 'answer-wrong']
                : ['?', 'not checked', 'answer-unchecked'];
          cells.push(
            h(
              'td',
              { class: verdict[2] },
              r.value,
              h('br'),
              h(
                'span',
                { class: 'verdict' },
                h('span', { 'aria-hidden': 'true' }, `${verdict[0]} `),
                verdict[1],
              ),
              r.otherSettings ? h('span', { class: 'muted other' }, ' (other settings)') : null,
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
          h('li', {}, h('strong', {}, `Step ${i + 1}, question ${qi + 1}`), `: ${ex.title}: ${q.text}`),
        ),
      ),
    );
    return h(
      'section',
      { class: 'answer-table', 'aria-labelledby': 'answer-table-heading' },
      h('h2', { id: 'answer-table-heading' }, 'Every answer, student by student'),
      h(
        'div',
        {
          class: 'table-scroll',
          tabindex: '0',
          role: 'region',
          'aria-label': 'Every answer, student by student (scrolls sideways)',
        },
        h(
          'table',
          {},
          h(
            'caption',
            { class: 'visually-hidden' },
            'Each student’s answer to each question, and whether it is right',
          ),
          h('thead', {}, h('tr', {}, ...headCells)),
          h('tbody', {}, ...rows),
        ),
      ),
      h('details', {}, h('summary', {}, 'Which question is which'), legend),
    );
  }

  private downloadCsv() {
    if (!this.report || !this.loaded) return;
    const csv = toCsv(this.report, this.loaded.entries);
    const title = assignmentsOf(this.loaded.entries)[0]?.title ?? 'class';
    const file = `class-${slug(title, 'class')}.csv`;
    downloadText(`\uFEFF${csv}\n`, file, 'text/csv;charset=utf-8');
    announce(this.status, `Downloaded ${file}.`);
  }
}

if (!customElements.get('wom-class-view')) customElements.define('wom-class-view', ClassView);
