/**
 * <wom-simulation>: brings a statically rendered simulation to life. It reads its model, preset and
 * locked parameters from data-* attributes written at build time, restores any state in the URL, adopts the
 * controls and toolbar written at build time, and redraws its charts as the student changes things.
 *
 * The model and its view are loaded on demand, so a page pays only for the models it shows; the model's summary
 * in words loads only when a run needs new words (the page already shows the summary of its own run).
 */
import type { Describer, ModelCore, Notice, ParamValue, ParamValues, SeriesView } from '../models/types';
import type * as SimStateModule from '../lib/sim-state';
import type { PageSim, SimState } from '../lib/sim-state';
import { fromPage } from '../lib/sim-state-page';
import type { GuessDetail } from './predict-tie';
import type { PredictData } from './predict-element';
import { adoptControls, type ControlsHandle } from './controls';
import { part, readData, type DataHost } from './page-contract';
import { loadDescriber, loadModel, loadView } from './loaders';
import { createNarrator } from './narrator';
import { adoptToolbar, type ToolbarHandle } from './toolbar';
import type { ModelView, ObservedSeries, RenderContext, ViewHandle } from '../views/types';
import { simulation } from '../strings/simulation';

/** The state rules (src/lib/sim-state.ts): loaded on first use, a link or a change, not with the page. */
type StateOps = typeof SimStateModule;
let stateOps: Promise<StateOps> | undefined;
const loadStateOps = () => (stateOps ??= import('../lib/sim-state'));

/** A guess from the <Predict> tied to this figure (src/elements/predict-tie.ts). */
type Guess = GuessDetail;

/** The JSON Simulation.astro hands the element (src/elements/page-contract.ts). */
export interface SimulationData {
  /** The page's parameters, over the preset's. */
  params: ParamValues;
  /** The parameters the page fixes: their controls are disabled. */
  lock: string[];
  /** The real-world series drawn beside the model's (a case's figures). */
  observed?: ObservedSeries | undefined;
  /** Each preset's frame, '' for the defaults: [model line, description, title]. */
  frames: Record<string, [string, string, string]>;
}

/** The run a simulation is showing: enough to reproduce it exactly. */
export interface SimRun {
  model: string;
  params: ParamValues;
  seed: number;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Steps per second at speed 1: half a second a generation or a day, a pace a person can follow. */
const BASE_RATE = 2;

export class SimulationElement extends HTMLElement {
  declare readonly pageData?: SimulationData;
  /** The model without its summary in words, which loads only when a run needs new words (`describer`). */
  private model!: ModelCore;
  /** The model's summary in words (src/models/<id>-describe.ts), once something asked for it. */
  private describing: Promise<Describer> | undefined;
  /** Whether the first run is the page's own, which the summary the page was built with describes. */
  private pageSummary = false;
  private view!: ModelView;
  private simId = '';
  /** Preset, starting point, parameters, seed and locks: changed only through src/lib/sim-state.ts. */
  private state!: SimState;
  private result: unknown;
  private series!: SeriesView;
  private observed: ObservedSeries | undefined;
  private pinned: { label: string; view: SeriesView } | undefined;
  private yScale: 'linear' | 'log' = 'linear';
  private t: number | undefined;
  /** False while a lesson figure waits for the student's guess (data-predict): the result stays hidden. */
  private revealed = true;
  private guess: Guess | undefined;
  /** The model's answer to the guessed quantity for the run on show, said beside the guess. */
  private guessAnswer = '';
  private playing = false;
  private speed = 1;
  private frame = 0;
  private lastTime = 0;
  private visible = true;
  private handle: ViewHandle | undefined;
  private controls!: ControlsHandle;
  private toolbar!: ToolbarHandle;
  private narrator!: ReturnType<typeof createNarrator>;
  private chartsEl!: HTMLElement;
  /** The charts' width in CSS px (clientWidth, kept by a ResizeObserver); 0 before it is known. */
  private chartsWidth = 0;
  private resizeObserver: ResizeObserver | undefined;
  private summaryEl!: HTMLElement;
  private noticesEl!: HTMLElement;
  private tableEl!: HTMLElement;
  private observer: IntersectionObserver | undefined;
  private rerunTimer = 0;

  /**
   * The run on show, once there is one. A page that keeps it (an exercise) reads this when it connects, since
   * under load the first run can finish before that page's own script has run and missed the event.
   */
  get currentRun(): SimRun | undefined {
    if (this.result === undefined) return undefined;
    return { model: this.model.id, params: { ...this.state.params }, seed: this.state.seed };
  }

  private get params(): ParamValues {
    return this.state.params;
  }

  connectedCallback() {
    if (this.dataset.ready) return;
    // The figure a link points to (…/#response-timing) is where the reader lands: it wakes at once, without
    // waiting a frame for the observer below to say so (~30 ms sooner on a slow phone, issue 18).
    if (location.hash === `#${this.id}`) {
      void this.activate();
      return;
    }
    // The static result is already on the page: come alive only when the reader gets near it, so a lesson
    // with five simulations does not compute all five before the first one is even seen.
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        void this.activate();
      },
      { rootMargin: '400px 0px' },
    );
    near.observe(this);
  }

  private async activate() {
    if (this.dataset.ready) return;
    this.dataset.ready = 'loading';
    try {
      await this.start();
      this.dataset.ready = 'true';
    } catch (error) {
      // Keep the static result the page was built with, and say what went wrong.
      this.dataset.ready = 'failed';
      const p = document.createElement('p');
      p.className = 'notice';
      p.setAttribute('role', 'alert');
      p.textContent = simulation.element.failed((error as Error).message);
      this.prepend(p);
    }
  }

  disconnectedCallback() {
    this.stop();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
    this.handle?.destroy?.();
  }

  private async start() {
    const data = this.dataset;
    this.simId = data.sim ?? 'sim';
    const page: PageSim = {
      presetKey: data.preset ?? '',
      base: readData(this, 'params'),
      baseSeed: Number(data.seed ?? 1),
      lock: readData(this, 'lock'),
    };
    this.observed = readData(this, 'observed', undefined);
    // The state rules load only when the link names this simulation; the page's own run needs none of them.
    const linked = [...new URLSearchParams(location.search).keys()].some((k) =>
      k.startsWith(`${this.simId}.`),
    );
    const [model, view, ops] = await Promise.all([
      loadModel(data.model ?? ''),
      loadView(data.model ?? ''),
      linked ? loadStateOps() : undefined,
    ]);
    this.model = model;
    this.view = view;
    // A linked run is not the one the page describes: its words start loading now, beside the first run. The page's
    // own run keeps the summary the page was built with (same parameters, same seed, so the same words).
    this.pageSummary = !linked;
    if (linked) this.wantWords();

    this.chartsEl = part(this, '.sim-charts');
    // The charts' width, read now, before the element changes anything, while the page's layout is still clean
    // (a read after a change would make the browser lay out the whole lesson at once: ~70 ms on a slow phone,
    // issue 18), and kept up to date by a ResizeObserver rather than read on every frame.
    this.chartsWidth = this.chartsEl.clientWidth;
    if (typeof ResizeObserver !== 'undefined') {
      // Read in the observer's callback, where layout is already done and the read costs nothing.
      this.resizeObserver = new ResizeObserver(() => (this.chartsWidth = this.chartsEl.clientWidth));
      this.resizeObserver.observe(this.chartsEl);
    }
    this.summaryEl = part(this, '.sim-summary');
    this.noticesEl = part(this, '.sim-notices');
    this.tableEl = part(this, '.sim-table');
    this.narrator = createNarrator(part(this, '.sim-live'));

    this.pageFrame = this.frameParts().map((el) => el?.textContent ?? '');
    let notices: Notice[] = [];
    if (ops) ({ state: this.state, notices } = ops.fromUrl(model, page, location.search, this.simId));
    // The page's own run (sim-state-page.ts: the page loads none of the state rules for it).
    else this.state = fromPage(page);
    if (this.state.presetKey !== page.presetKey) this.describePreset(false);
    // A figure tied to a prediction shows its result once the student has guessed or pressed Play; a link
    // that sets the run (a shared run, an assignment) shows it at once.
    this.revealed = !data.predict || linked;
    // The controls and toolbar are in the page already (src/build/sim-controls.ts): listen, and show the run's
    // own values, which a link or an assignment may have set apart from the page's.
    this.controls = adoptControls(part(this, '.sim-controls'), model.spec, {
      locked: new Set(this.state.locked),
      onInput: (id, value, final) => void this.change(id, value, final),
    });
    this.result = model.run(this.params, this.state.seed);
    this.toolbar = adoptToolbar(part(this, '.sim-toolbar'), {
      preset: this.state.presetKey,
      // A run without steps (the cost of silence) has nothing to play: no Play, Step or Speed.
      animated: view.steps(this.result, this.params) > 0,
      on: {
        play: () => (this.playing ? this.pause() : this.play()),
        step: () => this.step(),
        reset: () => void this.reset(),
        speed: (s) => (this.speed = s),
        newSeed: () => void this.newSeed(),
        preset: (key) => void this.applyPreset(key),
        pin: () => this.togglePin(),
        scale: (log) => {
          this.yScale = log ? 'log' : 'linear';
          this.draw();
        },
        copyLink: () => void this.copyLink(),
        download: (kind) => void this.download(kind),
      },
    });
    // The page's own run is what the controls were built showing; only a link (or an assignment, which is one)
    // sets other values. Not re-showing them spares the page its first number format (~50 ms on a slow phone).
    if (ops) this.controls.set(this.params);
    this.showNotices(notices);
    if (!this.revealed) this.waitForGuess();
    await this.rerun(this.result);
    this.watchVisibility();
    // Canvas colours are read from the theme when drawing: redraw when the theme changes.
    document.addEventListener('themechange', () => this.draw());
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.draw());
  }

  /** The <wom-predict> tied to this figure (Simulation.astro's `predict`), if it is on the page. */
  private predictElement() {
    const id = this.dataset.predict;
    return id
      ? document.querySelector<DataHost<PredictData>>(`wom-predict[data-title="${CSS.escape(id)}"]`)
      : null;
  }

  /**
   * Before the guess: the chart shows its frame and the starting state, the summary says how to see the result
   * (a button, so a screen reader reaches it too). A guess the student already made, now or on an earlier
   * visit, reveals the run; one made later arrives as a `predictcommit` event.
   */
  private waitForGuess() {
    this.dataset.revealed = 'false';
    const predict = this.predictElement();
    predict?.addEventListener('predictcommit', (event) => {
      const detail = (event as CustomEvent<Guess>).detail;
      if (this.result !== undefined) void this.reveal(detail, !detail.saved);
      else this.guess = detail;
    });
    const committed = predict && readData(predict, 'committed', undefined);
    if (committed) this.guess = { ...committed, saved: true };
  }

  /** The summary while the result waits: what to do, and a way to see it without guessing. */
  private showWaiting() {
    const text = simulation.reveal;
    const p = document.createElement('span');
    p.textContent = text.waiting(this.view.steps(this.result, this.params) > 0);
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'sim-show-result';
    show.textContent = text.show;
    show.addEventListener('click', () => void this.reveal(undefined, false));
    this.summaryEl.replaceChildren(p, ' ', show);
  }

  /**
   * Shows the result: animated from the start when the student has just guessed (or pressed Play), whole when
   * the guess was saved earlier or they asked to see it. Tells the self-checks below that their worked answers
   * may show now.
   */
  private async reveal(guess: Guess | undefined, animate: boolean) {
    if (guess) this.guess = guess;
    const first = !this.revealed;
    this.revealed = true;
    this.dataset.revealed = 'true';
    // The summary's words load beside the metrics; a run that starts meanwhile writes its own summary instead.
    const token = this.runToken;
    const words = this.describeRun();
    await this.sayGuess();
    if (first)
      this.dispatchEvent(new CustomEvent('simreveal', { bubbles: true, detail: { sim: this.simId } }));
    if (animate && this.view.steps(this.result, this.params) > 0) {
      this.t = 0;
      this.play();
    } else {
      this.t = undefined;
      this.draw();
    }
    await this.writeSummary(token, words);
  }

  /** The model's answer to the guessed quantity, for this run (the metrics load with the first guess). */
  private async sayGuess() {
    const g = this.guess;
    this.guessAnswer = '';
    if (g?.value === undefined || !g.metric) return;
    const [{ metrics }, { formatAnswer }] = await Promise.all([
      import('../lib/metrics'),
      import('../lib/answers'),
    ]);
    const metric = Object.hasOwn(metrics, g.metric) ? metrics[g.metric] : undefined;
    if (!metric || metric.model !== this.model.id) return;
    const value = metric.compute(this.result, this.params);
    if (Number.isFinite(value)) this.guessAnswer = formatAnswer(value, g.unit ?? metric.unit);
  }

  /** Starts loading the model's summary in words, if nothing has yet: a run with new words is coming. */
  private wantWords() {
    // A failure is handled where the words are used (describeRun); here it must not surface as unhandled.
    (this.describing ??= loadDescriber(this.model.id)).catch(() => undefined);
  }

  /** The model's summary of the run on show, once its words have loaded ('' if they could not load). */
  private async describeRun(): Promise<string> {
    const { result, params } = this;
    try {
      const describer = await (this.describing ??= loadDescriber(this.model.id));
      return describer.describe(result, params);
    } catch {
      // Offline, say: no summary rather than an older run's; the next run tries to load the words again.
      this.describing = undefined;
      return '';
    }
  }

  /** Writes the summary of the run that was on show at `token`, unless a newer run started while words loaded. */
  private async writeSummary(token: number, words: Promise<string>) {
    const model = await words;
    if (token !== this.runToken) return;
    this.summaryEl.textContent = this.summaryText(model);
  }

  /** The model's summary, after the student's guess and reasoning when there are some (saved or just made). */
  private summaryText(model: string) {
    const g = this.guess;
    return [
      g?.label ? simulation.reveal.compare(g.label, this.guessAnswer) : '',
      model,
      g?.text ? simulation.reveal.wrote(g.text) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private async change(id: string, value: ParamValue, final: boolean) {
    this.wantWords();
    const ops = await loadStateOps();
    const { state, notices } = ops.change(this.model, this.state, { [id]: value });
    this.state = state;
    if (final) {
      this.controls.set(state.params);
      this.showNotices(notices);
    }
    // Sliders fire many events; the run is cheap for small models, throttled for big ones.
    window.clearTimeout(this.rerunTimer);
    this.rerunTimer = window.setTimeout(() => void this.rerun(), this.view.heavy?.(state.params) ? 150 : 0);
  }

  /** Parameters set by a view (a fit, say), checked like anything a student types. */
  private async setParams(values: ParamValues) {
    this.wantWords();
    const ops = await loadStateOps();
    const { state, notices } = ops.change(this.model, this.state, values);
    this.state = state;
    this.controls.set(state.params);
    this.showNotices(notices);
    void this.rerun();
  }

  /** The head's title, model line, preset description and list of the page's changes (some may be absent). */
  private frameParts() {
    return ['.sim-title', '.sim-model', '.sim-preset-description', '.sim-preset-changes'].map((s) =>
      this.querySelector<HTMLElement>(`.sim-head ${s}`),
    );
  }

  private pageFrame: string[] = [];

  /**
   * Says which preset is running: the page's own words (title, and what the page changed) when `own`, else
   * the preset's own title, model line and description, so a reader who picks another preset never reads
   * the first one's name or description.
   */
  private describePreset(own: boolean) {
    const frames = readData(this, 'frames');
    const [title, model, description, changes] = this.frameParts();
    const key = this.state.presetKey;
    // An own property only: the key came from a link, and "constructor" is no preset's frame.
    const frame = Object.hasOwn(frames, key) ? frames[key] : undefined;
    const [titleText, modelLine, descriptionText] = own
      ? this.pageFrame
      : Array.isArray(frame)
        ? [frame[2], frame[0], frame[1]]
        : ['', '', ''];
    if (title && titleText) title.textContent = titleText;
    if (model && modelLine) model.textContent = modelLine;
    if (description) {
      description.textContent = descriptionText ?? '';
      description.hidden = !descriptionText;
    }
    if (changes) changes.hidden = !own;
  }

  /** "Running with changes: …" under the description, while the run differs from the settings it describes. */
  private async showChanges() {
    const line = this.querySelector<HTMLElement>('.sim-head .sim-run-changes');
    if (!line) return;
    const { base, params } = this.state;
    // The page's own run differs from nothing: no need to load the words for what changed.
    const same = Object.keys(params).every((id) => params[id] === base[id]);
    line.textContent = same ? '' : (await loadStateOps()).changesLine(this.model, this.state);
    line.hidden = line.textContent === '';
  }

  private async applyPreset(key: string) {
    this.wantWords();
    const ops = await loadStateOps();
    const state = ops.applyPreset(this.model, this.state, key);
    if (!state) return;
    this.state = state;
    this.describePreset(key === state.page.presetKey && this.sameAsPage());
    this.controls.set(state.params);
    this.showNotices([]);
    void this.rerun();
  }

  /** Whether the run has the page's own values (its own words then describe it). */
  private sameAsPage() {
    const { params, page } = this.state;
    return Object.keys(params).every((id) => params[id] === page.base[id]);
  }

  private runToken = 0;

  /**
   * Runs the model (in the worker when the run is heavy) and redraws; a newer run supersedes an older one.
   * `ready` is a result already computed for these settings (the first run, made before the toolbar).
   */
  private async rerun(ready?: unknown) {
    this.stop();
    const token = ++this.runToken;
    let result: unknown = ready;
    if (ready !== undefined) {
      // Computed in start().
    } else if (this.view.heavy?.(this.params) && typeof Worker !== 'undefined') {
      this.setAttribute('aria-busy', 'true');
      try {
        // The worker client (and the worker itself) load only when a run is heavy.
        const { runInWorker } = await import('./worker-client');
        result = await runInWorker(this.model.id, this.params, this.state.seed);
      } catch {
        // No worker (blocked, or failed to load): compute here instead; slower but correct.
        result = this.model.run(this.params, this.state.seed);
      } finally {
        if (token === this.runToken) this.removeAttribute('aria-busy');
      }
    } else result = this.model.run(this.params, this.state.seed);
    if (token !== this.runToken) return;
    this.result = result;
    // Lets a page keep the exact run with the student's work (exercise pages listen for this).
    this.dispatchEvent(new CustomEvent<SimRun>('simchange', { bubbles: true, detail: this.currentRun }));
    this.series = this.model.toSeries(this.result, this.params);
    const steps = this.view.steps(this.result, this.params);
    // Before the guess the chart shows the starting state; afterwards the whole run.
    this.t = this.revealed ? undefined : 0;
    this.drawnStep = undefined;
    this.draw();
    if (this.revealed) {
      // The page's own run at wake keeps the summary the page was built with; any other run waits for its words
      // (loading beside the metrics), and a run superseded meanwhile writes nothing.
      if (ready === undefined || !this.pageSummary || this.guess) {
        const words = this.describeRun();
        await this.sayGuess();
        if (token !== this.runToken) return;
        await this.writeSummary(token, words);
        if (token !== this.runToken) return;
      }
    } else if (this.guess) {
      // A guess saved on an earlier visit (or made while the figure loaded): show it beside the result.
      const guess = this.guess;
      void this.reveal(guess, !guess.saved);
    } else this.showWaiting();
    void this.showChanges();
    // The table was built with the page; it is brought up to date when open, else when next opened.
    this.tableStale = true;
    if (this.tableEl.closest('details')?.open) void this.renderTable();
    void this.syncUrl();
    if (this.revealed) this.narrator.say(this.view.narrate(this.result, this.params, steps), true);
    this.toolbar.setPlaying(false);
    this.toolbar.setPinned(this.pinned !== undefined);
  }

  /** The data table is redrawn when it is opened, not on every run while it is closed. */
  private tableStale = false;

  private async renderTable() {
    if (!this.tableStale) return;
    this.tableStale = false;
    // The table code loads the first time a student opens a table.
    const { renderTable } = await import('./table');
    renderTable(this.tableEl, this.series);
  }

  private context(): RenderContext {
    return {
      doc: document,
      width: Math.max(280, Math.min(900, this.chartsWidth || 600)),
      idPrefix: this.simId,
      yScale: this.yScale,
      observed: this.observed,
      pinned: this.pinned,
      t: this.t,
      reveal: this.revealed,
      guess:
        this.revealed && this.guess?.value !== undefined && this.guess.label
          ? { value: this.guess.value, label: this.guess.label }
          : undefined,
      browser: true,
      setParams: (params) => void this.setParams(params),
    };
  }

  /** The whole step drawn last: a frame that would show the same step draws nothing (issue 18). */
  private drawnStep: number | undefined;

  private draw() {
    const ctx = this.context();
    this.drawnStep = ctx.t === undefined ? undefined : Math.floor(ctx.t);
    if (!this.handle) {
      this.handle = this.view.render(ctx, this.result, this.params);
      this.chartsEl.replaceChildren(...this.handle.nodes);
    }
    // Also after the first render: a canvas resolves its theme colours only once it is in the document.
    this.handle.update(ctx, this.result, this.params);
  }

  private play() {
    const steps = this.view.steps(this.result, this.params);
    if (steps === 0) return;
    // Play is a commitment too: the run shows, from its start, without a number to compare.
    if (!this.revealed) {
      void this.reveal(undefined, true);
      return;
    }
    if (this.t === undefined || this.t >= steps) this.t = 0;
    this.playing = true;
    this.toolbar.setPlaying(true);
    this.draw();
    // With reduced motion the run advances in whole steps, one a second, without interpolation.
    this.lastTime = performance.now();
    const tick = (now: number) => {
      if (!this.playing) return;
      if (!this.visible) {
        this.frame = requestAnimationFrame(tick);
        this.lastTime = now;
        return;
      }
      const rate = reducedMotion() ? 1 : BASE_RATE * this.speed;
      const advance = ((now - this.lastTime) / 1000) * rate;
      if (advance >= 1 || !reducedMotion()) {
        this.t = Math.min(steps, (this.t ?? 0) + (reducedMotion() ? 1 : advance));
        this.lastTime = now;
        // Views show whole steps: a frame inside the step already drawn would draw the same picture.
        if (Math.floor(this.t) !== this.drawnStep) {
          this.draw();
          this.narrator.say(this.view.narrate(this.result, this.params, Math.floor(this.t)));
        }
      }
      if (this.t !== undefined && this.t >= steps) {
        this.pause();
        this.narrator.say(this.view.narrate(this.result, this.params, steps), true);
        return;
      }
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }

  private pause() {
    this.playing = false;
    cancelAnimationFrame(this.frame);
    this.toolbar.setPlaying(false);
  }

  private stop() {
    this.pause();
  }

  private step() {
    this.pause();
    const steps = this.view.steps(this.result, this.params);
    if (!this.revealed) {
      // Stepping through the run is watching it: the result is no longer hidden, shown step by step.
      this.revealed = true;
      this.dataset.revealed = 'true';
      this.dispatchEvent(new CustomEvent('simreveal', { bubbles: true, detail: { sim: this.simId } }));
      void this.writeSummary(this.runToken, this.describeRun());
      this.t = 0;
    } else this.t = this.t === undefined || this.t >= steps ? 0 : Math.min(steps, Math.floor(this.t) + 1);
    this.draw();
    this.narrator.say(this.view.narrate(this.result, this.params, this.t), true);
  }

  /**
   * Back to the page's own settings, keeping the seed (src/lib/sim-state.ts), and to the start of the run
   * rather than its end, ready to play again.
   */
  private async reset() {
    this.wantWords();
    const ops = await loadStateOps();
    this.state = ops.reset(this.model, this.state);
    this.controls.set(this.params);
    this.toolbar.setPreset(this.state.presetKey);
    this.describePreset(true);
    this.showNotices([]);
    await this.rerun();
    if (this.view.steps(this.result, this.params) > 0) {
      this.t = 0;
      this.draw();
    }
  }

  private async newSeed() {
    this.wantWords();
    const ops = await loadStateOps();
    this.state = ops.nextSeed(this.state);
    void this.rerun();
  }

  private togglePin() {
    if (this.pinned) this.pinned = undefined;
    else void this.pin();
    this.toolbar.setPinned(this.pinned !== undefined);
    this.draw();
    if (!this.pinned) this.narrator.say(simulation.pin.cleared, true);
  }

  /**
   * Keeps the run on show for comparison (every view draws ctx.pinned) and tells the page, so My work can keep
   * a lesson's pinned runs.
   */
  private async pin() {
    const label = (await loadStateOps()).pinLabel(this.model, this.state);
    this.pinned = { label, view: this.series };
    this.toolbar.setPinned(true);
    this.draw();
    this.narrator.say(simulation.pin.pinned, true);
    this.dispatchEvent(new CustomEvent('simpin', { bubbles: true, detail: { run: this.currentRun, label } }));
  }

  /** The address follows the run; the page's own run leaves it alone (and loads no URL code). */
  private async syncUrl() {
    const { state } = this;
    const own =
      stateOps === undefined &&
      state.seed === state.page.baseSeed &&
      state.presetKey === state.page.presetKey &&
      this.sameAsPage();
    if (own) return;
    const search = (await loadStateOps()).toSearch(this.model, location.search, this.simId, this.state);
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private async copyLink() {
    const url = `${location.origin}${location.pathname}${location.search}#${this.id}`;
    try {
      await navigator.clipboard.writeText(url);
      this.narrator.say(simulation.copied.said, true);
      this.toolbar.flash(simulation.copied.status);
    } catch {
      // Clipboard refused (permissions, http): show the link so it can be copied by hand.
      this.toolbar.showLink(url);
    }
  }

  /** Downloads the run on show (the toolbar's menu, and an embed's notice when it cannot keep anything). */
  async download(kind: 'csv' | 'json' | 'svg' | 'png') {
    // The export code (CSV writer included) loads on the first download, not with the page.
    const { downloadRun } = await import('./sim-download');
    await downloadRun(kind, {
      simId: this.simId,
      model: this.model,
      seed: this.state.seed,
      params: this.params,
      series: this.series,
      charts: this.chartsEl,
    });
  }

  private showNotices(notices: Notice[]) {
    this.noticesEl.replaceChildren(
      ...notices.map((n) => {
        const li = document.createElement('li');
        li.textContent = n.message;
        return li;
      }),
    );
    this.noticesEl.hidden = notices.length === 0;
  }

  private watchVisibility() {
    // Pause drawing when scrolled away; the run resumes where it was when it comes back.
    this.observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
    });
    this.observer.observe(this);
    // The data table, skipped while closed, is brought up to date when it is opened.
    this.tableEl.closest('details')?.addEventListener('toggle', (event) => {
      if ((event.target as HTMLDetailsElement).open) void this.renderTable();
    });
  }
}

if (!customElements.get('wom-simulation')) customElements.define('wom-simulation', SimulationElement);
