/** The <wom-predict> element: a student's prediction, saved and revealed beside the figure (Predict.astro). */
import { readData } from './page-contract';
import type { GuessDetail } from './predict-tie';
import { saveSoon } from './save-soon';
import { pageSession, reportSave, sayAtStart, startProblem } from './save-notice';

/** The words Predict.astro wrote into the element (data-words). */
interface Words {
  noStorage: string;
  restored: string;
  saved: string;
  notSaved: string;
  needNumber: string;
  committed: string;
  savedGuess: string;
}

/** The JSON Predict.astro hands the element, and the guess it keeps for a figure that starts later. */
export interface PredictData {
  words: Words;
  /** The guess locked in (src/elements/predict-tie.ts writes it), once there is one. */
  committed?: GuessDetail | undefined;
}

class PredictElement extends HTMLElement {
  declare readonly pageData?: PredictData;

  connectedCallback() {
    const { session, state } = pageSession();
    const scope = this.dataset.scope ?? '';
    const text = readData(this, 'words');
    const form = this.querySelector<HTMLElement>('.form');
    const field = this.querySelector('textarea');
    const status = this.querySelector<HTMLElement>('.status');
    if (!form || !field || !status) return;
    form.hidden = false;
    // Said at once: shown inside another site, or storage turned off (with a download and a way out).
    const start = startProblem(state);
    const say = (notices: string[]) => {
      if (start) sayAtStart(status, start, notices);
      else if (notices.length) status.textContent = notices.join(' ');
    };
    const { work, notices } = session.load(say);
    const item = Object.hasOwn(work.items, scope) ? work.items[scope] : undefined;
    field.value = item?.prediction?.text ?? '';
    if (start || notices.length) say(notices);
    else if (field.value) status.textContent = text.restored;
    const saveLater = saveSoon(() => {
      const result = session.save(scope, (item) => ({
        page: location.pathname,
        title: item.title ?? document.title,
        prediction: { text: field.value, savedAt: new Date().toISOString() },
      }));
      reportSave(status, result, start, () => (status.textContent = text.saved));
    });
    field.addEventListener('input', saveLater);
    if (!this.dataset.for) return;
    // The guess that reveals the figure below (./predict-tie.ts) loads when a guess is saved or locked in.
    const tie = () =>
      import('./predict-tie').then(({ tiePrediction }) =>
        tiePrediction({ element: this, session, scope, text, status, start }),
      );
    let lockIn: Promise<() => void> | undefined = item?.answers?.guess ? tie() : undefined;
    const commit = () => void (lockIn ??= tie()).then((lock) => lock());
    this.querySelector('button.commit')?.addEventListener('click', commit);
    this.querySelector('input.guess')?.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') commit();
    });
  }
}
if (!customElements.get('wom-predict')) customElements.define('wom-predict', PredictElement);
