/**
 * <wom-simulation>: brings a statically rendered simulation to life. It reads its model, preset and
 * locked parameters from data-* attributes written at build time, restores any state in the URL, builds
 * controls from the model's spec, and redraws its charts as the student changes things.
 *
 * The model and its view are loaded on demand, so a page pays only for the models it shows.
 */
import type { ModelDefinition, Notice, ParamValue, ParamValues, SeriesView } from '../models/types';
import { writeSimState } from '../lib/url-state';
import { presetOf, resolveLink, withLocked } from '../lib/sim-link';
import { buildControls, type ControlsHandle } from './controls';
import { loadModel, loadView } from './loaders';
import { createNarrator } from './narrator';
import { buildToolbar, type ToolbarHandle } from './toolbar';
import { renderTable } from './table';
import type { ModelView, ObservedSeries, RenderContext, ViewHandle } from './views/types';
import { downloadBlob } from './download';
import { simulation } from '../strings/simulation';
import { changedParams, changesFrom, paramValueText } from '../lib/param-text';

/** The run a simulation is showing: enough to reproduce it exactly. */
export interface SimRun {
  model: string;
  params: ParamValues;
  seed: number;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Steps per second at speed 1. */
const BASE_RATE = 4;

export class SimulationElement extends HTMLElement {
  private model!: ModelDefinition;
  private view!: ModelView;
  private simId = '';
  private presetKey = '';
  private base: ParamValues = {};
  private baseSeed = 1;
  private locked = new Set<string>();
  /** The parameters the link locked (an assignment's), kept in the URL as the run changes. */
  private linkLock: string[] = [];
  private params: ParamValues = {};
  private seed = 1;
  private result: unknown;
  private series!: SeriesView;
  private observed: ObservedSeries | undefined;
  private pinned: { label: string; view: SeriesView } | undefined;
  private yScale: 'linear' | 'log' = 'linear';
  private t: number | undefined;
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
    return { model: this.model.id, params: { ...this.params }, seed: this.seed };
  }

  connectedCallback() {
    if (this.dataset.ready) return;
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
    this.handle?.destroy?.();
  }

  private async start() {
    const data = this.dataset;
    this.simId = data.sim ?? 'sim';
    this.presetKey = data.preset ?? '';
    this.base = JSON.parse(data.params ?? '{}') as ParamValues;
    this.baseSeed = Number(data.seed ?? 1);
    this.locked = new Set(JSON.parse(data.lock ?? '[]') as string[]);
    this.observed = data.observed ? (JSON.parse(data.observed) as ObservedSeries) : undefined;
    const [model, view] = await Promise.all([loadModel(data.model ?? ''), loadView(data.model ?? '')]);
    this.model = model;
    this.view = view;

    this.chartsEl = this.querySelector('.sim-charts')!;
    this.summaryEl = this.querySelector('.sim-summary')!;
    this.noticesEl = this.querySelector('.sim-notices')!;
    this.tableEl = this.querySelector('.sim-table')!;
    this.narrator = createNarrator(this.querySelector('.sim-live')!);

    this.pageFrame = this.frameParts().map((el) => el?.textContent ?? '');
    const notices = this.restoreFromUrl();
    this.controls = buildControls(document, model.spec, {
      idPrefix: `${this.simId}-param`,
      locked: this.locked,
      focus: data.controls ? (JSON.parse(data.controls) as string[]) : [],
      onInput: (id, value, final) => this.change(id, value, final),
    });
    this.toolbar = buildToolbar(document, {
      idPrefix: this.simId,
      presets: [
        { key: '', label: simulation.element.defaultPreset },
        ...Object.entries(model.presets).map(([key, p]) => ({ key, label: p.label })),
      ],
      preset: this.presetKey,
      stochastic: model.stochastic,
      animated: true,
      hasLockedParams: this.locked.size > 0,
      on: {
        play: () => (this.playing ? this.pause() : this.play()),
        step: () => this.step(),
        reset: () => this.reset(),
        speed: (s) => (this.speed = s),
        newSeed: () => this.newSeed(),
        preset: (key) => this.applyPreset(key),
        pin: () => this.togglePin(),
        scale: (log) => {
          this.yScale = log ? 'log' : 'linear';
          this.draw();
        },
        copyLink: () => void this.copyLink(),
        download: (kind) => void this.download(kind),
      },
    });
    this.querySelector('.sim-toolbar-slot')!.replaceWith(this.toolbar.element);
    this.querySelector('.sim-controls-slot')!.replaceWith(this.controls.element);
    this.controls.set(this.params);
    this.showNotices(notices);
    await this.rerun();
    this.watchVisibility();
    // Canvas colours are read from the theme when drawing: redraw when the theme changes.
    document.addEventListener('themechange', () => this.draw());
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.draw());
  }

  /**
   * Parameters and seed from the URL, checked by the model (src/lib/sim-link.ts): a link can pick a preset
   * the model has, set values and add locks, but never change what the page fixes.
   */
  private restoreFromUrl(): Notice[] {
    const link = resolveLink(
      this.model,
      { presetKey: this.presetKey, base: this.base, baseSeed: this.baseSeed, lock: [...this.locked] },
      location.search,
      this.simId,
    );
    this.linkLock = link.linkLock;
    this.locked = link.locked;
    this.presetKey = link.presetKey;
    this.base = link.base;
    if (link.presetChanged) this.describePreset(false);
    this.params = link.params;
    this.seed = link.seed;
    return link.notices;
  }

  private change(id: string, value: ParamValue, final: boolean) {
    const { params, notices } = this.model.normalize({ ...this.params, [id]: value });
    this.params = params;
    if (final) {
      this.controls.set(params);
      this.showNotices(notices);
    }
    // Sliders fire many events; the run is cheap for small models, throttled for big ones.
    window.clearTimeout(this.rerunTimer);
    this.rerunTimer = window.setTimeout(() => void this.rerun(), this.view.heavy?.(params) ? 150 : 0);
  }

  /** Parameters set by a view (a fit, say), checked like anything a student types. */
  private setParams(values: ParamValues) {
    const free = Object.fromEntries(Object.entries(values).filter(([id]) => !this.locked.has(id)));
    const { params, notices } = this.model.normalize({ ...this.params, ...free });
    this.params = params;
    this.controls.set(params);
    this.showNotices(notices);
    void this.rerun();
  }

  /** The head's model line, preset description and list of the page's changes (the last may be absent). */
  private frameParts() {
    return ['.sim-model', '.sim-preset-description', '.sim-preset-changes'].map((s) =>
      this.querySelector<HTMLElement>(`.sim-head ${s}`),
    );
  }

  private pageFrame: string[] = [];

  /**
   * Says which preset is running: the page's own words (with what the page changed) when `own`, else the
   * preset's own model line and description, so a reader who picks another preset never reads the first
   * one's description.
   */
  private describePreset(own: boolean) {
    const frames = JSON.parse(this.dataset.frames ?? '{}') as Record<string, [string, string]>;
    const [model, description, changes] = this.frameParts();
    // An own property only: the key came from a link, and "constructor" is no preset's frame.
    const frame = Object.hasOwn(frames, this.presetKey) ? frames[this.presetKey] : undefined;
    const [modelLine, descriptionText] = own ? this.pageFrame : Array.isArray(frame) ? frame : ['', ''];
    if (model && modelLine) model.textContent = modelLine;
    if (description) {
      description.textContent = descriptionText ?? '';
      description.hidden = !descriptionText;
    }
    if (changes) changes.hidden = !own;
  }

  /** "Running with changes: …" under the description, while the run differs from the settings it describes. */
  private showChanges() {
    const line = this.querySelector<HTMLElement>('.sim-head .sim-run-changes');
    if (!line) return;
    const items = changesFrom(this.model.spec, this.base, this.params);
    line.textContent = items.length ? simulation.element.runningWith(items) : '';
    line.hidden = items.length === 0;
  }

  /** A preset's values (over the model's defaults), with every locked parameter kept as it is in `from`. */
  private withLocked(presetParams: Partial<ParamValues>, from: ParamValues): ParamValues {
    return withLocked(this.model, presetParams, from, this.locked);
  }

  private applyPreset(key: string) {
    const preset = key ? presetOf(this.model, key) : { params: {} };
    if (!preset) return;
    this.presetKey = key;
    this.describePreset(false);
    const params = this.withLocked(preset.params, this.params);
    this.params = params;
    // The picked preset is now the starting point: the link, the pin label and the list of changes count from it.
    this.base = { ...params };
    this.controls.set(params);
    this.showNotices([]);
    void this.rerun();
  }

  private runToken = 0;

  /** Runs the model (in the worker when the run is heavy) and redraws; a newer run supersedes an older one. */
  private async rerun() {
    this.stop();
    const token = ++this.runToken;
    let result: unknown;
    if (this.view.heavy?.(this.params) && typeof Worker !== 'undefined') {
      this.setAttribute('aria-busy', 'true');
      try {
        // The worker client (and the worker itself) load only when a run is heavy.
        const { runInWorker } = await import('./worker-client');
        result = await runInWorker(this.model.id, this.params, this.seed);
      } catch {
        // No worker (blocked, or failed to load): compute here instead; slower but correct.
        result = this.model.run(this.params, this.seed);
      } finally {
        if (token === this.runToken) this.removeAttribute('aria-busy');
      }
    } else result = this.model.run(this.params, this.seed);
    if (token !== this.runToken) return;
    this.result = result;
    // Lets a page keep the exact run with the student's work (exercise pages listen for this).
    this.dispatchEvent(new CustomEvent<SimRun>('simchange', { bubbles: true, detail: this.currentRun }));
    this.series = this.model.toSeries(this.result, this.params);
    this.t = undefined;
    this.draw();
    this.summaryEl.textContent = this.model.describe(this.result, this.params);
    this.showChanges();
    renderTable(this.tableEl, this.series);
    this.syncUrl();
    const steps = this.view.steps(this.result, this.params);
    this.narrator.say(this.view.narrate(this.result, this.params, steps), true);
    this.toolbar.setPlaying(false);
    this.toolbar.setPinned(this.pinned !== undefined);
  }

  private context(): RenderContext {
    return {
      doc: document,
      width: Math.max(280, Math.min(900, this.chartsEl.clientWidth || 600)),
      idPrefix: this.simId,
      yScale: this.yScale,
      observed: this.observed,
      pinned: this.pinned,
      t: this.t,
      browser: true,
      setParams: (params) => this.setParams(params),
    };
  }

  private draw() {
    const ctx = this.context();
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
    if (this.t === undefined || this.t >= steps) this.t = 0;
    this.playing = true;
    this.toolbar.setPlaying(true);
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
        this.draw();
        this.narrator.say(this.view.narrate(this.result, this.params, Math.floor(this.t)));
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
    this.t = this.t === undefined || this.t >= steps ? 0 : Math.min(steps, Math.floor(this.t) + 1);
    this.draw();
    this.narrator.say(this.view.narrate(this.result, this.params, this.t), true);
  }

  private reset() {
    this.presetKey = this.dataset.preset ?? '';
    this.params = this.withLocked(JSON.parse(this.dataset.params ?? '{}') as ParamValues, this.base);
    this.base = { ...this.params };
    this.seed = this.baseSeed;
    this.controls.set(this.params);
    this.toolbar.setPreset(this.presetKey);
    this.describePreset(true);
    this.showNotices([]);
    void this.rerun();
  }

  private newSeed() {
    // A new seed from the old one, so the sequence of seeds is itself reproducible.
    this.seed = (Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 0xffffffff;
    void this.rerun();
  }

  private togglePin() {
    if (this.pinned) this.pinned = undefined;
    else {
      const changed = changedParams(this.model.spec, this.base, this.params).map((p) =>
        simulation.pin.change(p.label, paramValueText(p, this.params[p.id])),
      );
      this.pinned = { label: simulation.pin.label(changed), view: this.series };
    }
    this.toolbar.setPinned(this.pinned !== undefined);
    this.draw();
    this.narrator.say(this.pinned ? simulation.pin.pinned : simulation.pin.cleared, true);
  }

  private syncUrl() {
    const search = writeSimState(location.search, this.simId, {
      params: this.params,
      base: this.base,
      seed: this.seed,
      baseSeed: this.baseSeed,
      preset: this.presetKey !== (this.dataset.preset ?? '') ? this.presetKey : undefined,
      lock: this.linkLock,
    });
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
    // Export code (CSV writer included) loads on the first download, not with the page.
    const { runFileName, runToCsv, runToJson } = await import('../lib/run-export');
    const name = (ext: string) => runFileName(this.simId, this.model.id, this.seed, ext);
    if (kind === 'csv') downloadBlob(new Blob([runToCsv(this.series)], { type: 'text/csv' }), name('csv'));
    else if (kind === 'json') {
      const json = runToJson({
        model: this.model.id,
        modelVersion: this.model.version,
        simulation: this.simId,
        page: `${location.pathname}${location.search}`,
        params: this.params,
        seed: this.seed,
        series: this.series,
        exportedAt: new Date().toISOString(),
      });
      downloadBlob(new Blob([json], { type: 'application/json' }), name('json'));
    } else {
      const svg = this.chartsEl.querySelector<SVGSVGElement>('svg.chart');
      if (!svg) return;
      const { svgToString, svgToPngBlob } = await import('../charts/export');
      if (kind === 'svg') downloadBlob(new Blob([svgToString(svg)], { type: 'image/svg+xml' }), name('svg'));
      else downloadBlob(await svgToPngBlob(svg, 2), name('png'));
    }
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
  }
}

if (!customElements.get('wom-simulation')) customElements.define('wom-simulation', SimulationElement);
