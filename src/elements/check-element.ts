/** The <wom-check> element: a self-check answer box, checked and saved (Check.astro). */
import { formatAnswer, isAccepted } from '../lib/answers';
import { answerBox } from './answer-box';
import { readData } from './page-contract';
import { pageSession, reportSave, sayAtStart, startProblem } from './save-notice';

/** The words Check.astro wrote into the element (data-words); `{model}` and `{yours}` are filled in here. */
interface Words {
  notANumber: string;
  right: string;
  wrong: string;
}

/** The JSON Check.astro hands the element (src/elements/page-contract.ts). */
export interface CheckData {
  /** The range of answers a stochastic model gives over its seeds, [low, high], when it has one. */
  band?: [number, number] | undefined;
  words: Words;
}

class CheckElement extends HTMLElement {
  declare readonly pageData?: CheckData;

  /**
   * While the figure this answer is about waits for the student's prediction, its worked answer is hidden
   * too; it shows with the figure's result (data-revealed), or as soon as the figure fails to start.
   */
  private waitForFigure() {
    const id = this.dataset.figure;
    const figure = id ? document.getElementById(id) : null;
    const explain = this.querySelector<HTMLElement>('.explain');
    if (!figure?.dataset.predict || figure.dataset.revealed === 'true' || !explain) return;
    explain.hidden = true;
    new MutationObserver((_, observer) => {
      if (figure.dataset.ready === 'failed' || figure.dataset.revealed === 'true') {
        explain.hidden = false;
        observer.disconnect();
      }
    }).observe(figure, { attributes: true, attributeFilter: ['data-ready', 'data-revealed'] });
  }

  connectedCallback() {
    const form = this.querySelector<HTMLElement>('.form');
    const input = this.querySelector('input');
    const button = this.querySelector('button');
    const feedback = this.querySelector<HTMLElement>('.feedback');
    if (!form || !input || !button || !feedback) return;
    form.hidden = false;
    this.waitForFigure();
    const expected = Number(this.dataset.answer);
    const unit = this.dataset.unit ?? '';
    const tolerance = Number(this.dataset.tolerance ?? 0.1);
    const band = readData(this, 'band', undefined);
    const scope = this.dataset.scope ?? '';
    const text = readData(this, 'words');
    const fill = (template: string, model: string, yours: string) =>
      template.replace('{model}', model).replace('{yours}', yours);
    const { session, state } = pageSession();
    // Where a failed save (or a page that cannot save) says so, with what to do; made here, after the form.
    const saveStatus = document.createElement('p');
    saveStatus.className = 'save-status';
    saveStatus.setAttribute('role', 'status');
    saveStatus.hidden = true;
    feedback.after(saveStatus);
    const start = startProblem(state);
    if (start) sayAtStart(saveStatus, start);
    const items = session.load().work.items;
    answerBox(
      input,
      button,
      feedback,
      unit,
      text.notANumber,
      (value) => {
        const right = isAccepted(value, expected, tolerance, band);
        const model = this.dataset.formatted ?? '';
        return [right, fill(right ? text.right : text.wrong, model, formatAnswer(value, unit))];
      },
      (typed, right) => {
        const result = session.save(scope, (item) => ({
          page: location.pathname,
          title: item.title ?? document.title,
          answers: { answer: { value: typed, correct: right, savedAt: new Date().toISOString() } },
        }));
        reportSave(saveStatus, result, start, () => (saveStatus.hidden = true));
      },
      Object.hasOwn(items, scope) ? items[scope].answers?.answer?.value : undefined,
    );
  }
}
if (!customElements.get('wom-check')) customElements.define('wom-check', CheckElement);
