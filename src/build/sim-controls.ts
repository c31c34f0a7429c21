/**
 * A simulation's controls and toolbar, written into the page at build time (Simulation.astro) in the jsdom
 * document of ./static-dom.ts, so the browser downloads none of their words (a parameter's help, its unit, the
 * toolbar's labels), builds nothing when a figure wakes and the page does not shift when they appear.
 * <wom-simulation> adopts this markup (src/elements/controls.ts and toolbar.ts), finding its parts by the
 * hooks written here: `.sim-control[data-param]` and its inputs, and `data-act` on the toolbar's controls.
 */
import type { ParamSpec, ParamValue } from '../models/types';
import { shownValue } from '../models/percent';
import { LOG_POSITIONS, shown } from '../elements/slider-scale';
import { labelSaysUnit } from '../strings/models/common';
import { simulation, simulationPage } from '../strings/simulation';
import { paramHelp } from './param-help';

export interface ControlsMarkup {
  model: string;
  spec: readonly ParamSpec[];
  idPrefix: string;
  /** The page's locked parameters (a link may lock more: the element marks those when it wakes). */
  locked: readonly string[];
  /**
   * The parameters a lesson's text is about, in the order to show them; every other one goes under a closed
   * "More settings". Empty: every parameter in the spec's order (a sandbox).
   */
  focus: readonly string[];
  /** The page's values, shown until the element sets the run's own. */
  values: Readonly<Record<string, ParamValue>>;
}

/** The controls of a figure: for each number a labelled slider and exact field, for each choice a select. */
export function renderControls(doc: Document, options: ControlsMarkup): HTMLElement {
  const { spec } = options;
  const text = simulationPage.controls;
  const root = doc.createElement('div');
  root.className = 'sim-controls';
  const focus = options.focus.filter((id) => spec.some((p) => p.id === id));
  const ordered = focus.length
    ? [...focus.map((id) => spec.find((p) => p.id === id)!), ...spec.filter((p) => !focus.includes(p.id))]
    : spec;
  let more: HTMLDetailsElement | undefined;
  if (focus.length && focus.length < spec.length) {
    more = doc.createElement('details');
    more.className = 'sim-more';
    const summary = doc.createElement('summary');
    summary.textContent = text.more(spec.length - focus.length);
    more.append(summary);
  }

  for (const param of ordered) {
    const locked = options.locked.includes(param.id);
    const row = doc.createElement('div');
    row.className = 'sim-control';
    row.dataset.param = param.id;
    const baseId = `${options.idPrefix}-${param.id}`;
    const label = doc.createElement('label');
    label.htmlFor = baseId;
    label.textContent = param.label;
    // A share always says "(%)", even when its label says "share": the field holds a percentage.
    if (
      param.kind === 'number' &&
      param.unit &&
      (param.unit === 'share' || !labelSaysUnit(param.label, param.unit))
    ) {
      const unit = doc.createElement('span');
      unit.className = 'unit';
      unit.textContent = text.unit(param.unit);
      label.append(unit);
    }
    if (locked) {
      const fixed = doc.createElement('span');
      fixed.className = 'fixed';
      fixed.textContent = simulation.controls.fixed;
      label.append(fixed);
    }
    const help = doc.createElement('p');
    help.className = 'help';
    help.id = `${baseId}-help`;
    help.textContent = paramHelp(options.model, param.id);
    row.append(label);
    const value = options.values[param.id] ?? param.default;

    if (param.kind === 'choice') {
      const select = doc.createElement('select');
      select.id = baseId;
      select.setAttribute('aria-describedby', help.id);
      select.disabled = locked;
      for (const option of param.options) {
        const el = doc.createElement('option');
        el.value = option.value;
        el.textContent = option.label;
        // An attribute, not the `selected` property, so the choice is in the markup.
        if (option.value === String(value)) el.setAttribute('selected', '');
        select.append(el);
      }
      row.append(select);
    } else {
      const inputs = doc.createElement('div');
      inputs.className = 'inputs';
      const range = doc.createElement('input');
      range.type = 'range';
      range.id = baseId;
      range.setAttribute('aria-describedby', help.id);
      range.min = String(param.scale === 'log' ? 0 : param.min);
      range.max = String(param.scale === 'log' ? LOG_POSITIONS : param.max);
      range.step = String(param.scale === 'log' ? 1 : param.step);
      range.disabled = locked;
      const number = doc.createElement('input');
      number.type = 'number';
      number.setAttribute('inputmode', 'decimal');
      // The field holds what a person reads (a share as a percentage); the slider and the model, the stored value.
      number.min = String(shownValue(param, param.min));
      number.max = String(shownValue(param, param.max));
      number.step = String(shownValue(param, param.step));
      number.disabled = locked;
      number.setAttribute('aria-label', text.exactValue(param.label, param.unit));
      number.setAttribute('aria-describedby', help.id);
      const now = shown(param, Number(value));
      range.setAttribute('value', now.position);
      range.setAttribute('aria-valuetext', now.valueText);
      number.setAttribute('value', now.field);
      inputs.append(range, number);
      row.append(inputs);
    }
    row.append(help);
    if (more && !focus.includes(param.id)) more.append(row);
    else root.append(row);
  }
  if (more) root.append(more);
  return root;
}

export interface ToolbarMarkup {
  idPrefix: string;
  presets: { key: string; label: string }[];
  preset: string;
  stochastic: boolean;
  /** False for a run without steps (the cost of silence): Play, Step and Speed are written hidden. */
  animated: boolean;
  /** Whether the view has a y scale that "Log scale" changes; without one the box is left out. */
  logScale: boolean;
}

/**
 * The buttons above a figure: play/pause, step, reset, speed, new seed, preset, pin, log scale, copy link and
 * downloads. Plain buttons and selects, so every one works by keyboard and is announced by its visible label;
 * each carries `data-act`, by which the element finds it.
 */
export function renderToolbar(doc: Document, options: ToolbarMarkup): HTMLElement {
  const text = simulationPage.toolbar;
  const root = doc.createElement('div');
  root.className = 'sim-toolbar';

  const button = (label: string, act: string, className = '') => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (className) b.className = className;
    b.dataset.act = act;
    return b;
  };
  const labelled = (label: string, control: HTMLElement, id: string) => {
    const wrap = doc.createElement('span');
    wrap.className = 'sim-field';
    const el = doc.createElement('label');
    el.htmlFor = id;
    el.textContent = label;
    control.id = id;
    wrap.append(el, control);
    return wrap;
  };
  const select = (act: string, options: { value: string; label: string }[], chosen: string) => {
    const s = doc.createElement('select');
    s.dataset.act = act;
    for (const { value, label } of options) {
      const o = doc.createElement('option');
      o.value = value;
      o.textContent = label;
      if (value === chosen) o.setAttribute('selected', '');
      s.append(o);
    }
    return s;
  };
  const group = (name: string) => {
    const g = doc.createElement('div');
    g.className = 'sim-group';
    g.setAttribute('role', 'group');
    g.setAttribute('aria-label', name);
    root.append(g);
    return g;
  };

  const run = group(text.groups.run);
  // Play, Step and Speed do nothing for a run without steps; the element keeps or removes them for the run it
  // starts with (a link's seed may give a branching chain none), so they are written hidden where the page's
  // own run has none, keeping their place otherwise.
  const play = button(simulation.toolbar.play, 'play', 'sim-play');
  const step = button(text.step, 'step');
  const speedOptions = [0.5, 1, 2, 4].map((s) => ({ value: String(s), label: text.speedOption(s) }));
  const speed = labelled(text.speed, select('speed', speedOptions, '1'), `${options.idPrefix}-speed`);
  for (const el of [play, step, speed]) {
    el.dataset.animated = '';
    el.hidden = !options.animated;
  }
  run.append(play, step, button(text.reset, 'reset'), speed);
  if (options.stochastic) run.append(button(text.newSeed, 'new-seed'));

  const setup = group(text.groups.compare);
  const presets = options.presets.map((p) => ({ value: p.key, label: p.label }));
  setup.append(
    labelled(text.preset, select('preset', presets, options.preset), `${options.idPrefix}-preset`),
    button(simulation.toolbar.pin, 'pin', 'sim-pin'),
  );
  if (options.logScale) {
    const log = doc.createElement('input');
    log.type = 'checkbox';
    log.dataset.act = 'log';
    const logWrap = labelled(text.logScale, log, `${options.idPrefix}-log`);
    logWrap.classList.add('sim-check');
    setup.append(logWrap);
  }

  const share = group(text.groups.share);
  share.append(button(text.copyLink, 'copy-link'));
  const downloads = doc.createElement('details');
  downloads.className = 'sim-downloads';
  const summary = doc.createElement('summary');
  summary.textContent = text.download;
  const list = doc.createElement('div');
  list.className = 'sim-download-list';
  for (const kind of ['csv', 'json', 'svg', 'png'] as const) {
    const b = button(text.downloads[kind], 'download');
    b.dataset.kind = kind;
    list.append(b);
  }
  downloads.append(summary, list);
  const status = doc.createElement('span');
  status.className = 'sim-status';
  status.setAttribute('role', 'status');
  share.append(downloads, status);
  return root;
}
