/**
 * Controls generated from a model's parameter spec: for each number a labelled range slider with an exact
 * number field beside it (unit and one line of help, read by screen readers), for each choice a select.
 * The spec is the only source of ranges and steps; values the student types are checked by the model's
 * `normalize` before they are used, so this module only reports what was entered.
 */
import type { NumberParam, ParamSpec, ParamValue } from '../models/types';
import { simulation } from '../strings/simulation';
import { labelSaysUnit } from '../strings/models/common';
import { shownValue, storedValue } from '../models/percent';

const text = simulation.controls;

/** Slider positions for log-scaled parameters: fine enough that every step of a typical range is reachable. */
const LOG_POSITIONS = 1000;

export interface ControlsOptions {
  idPrefix: string;
  locked: ReadonlySet<string>;
  /**
   * The parameters a lesson's text is about, in the order to show them; every other one goes under a closed
   * "More settings". Empty: every parameter in the spec's order (a sandbox).
   */
  focus?: readonly string[];
  /** Called as the student moves or types; `final` is true on change (release, Enter, blur). */
  onInput(id: string, value: ParamValue, final: boolean): void;
}

export interface ControlsHandle {
  element: HTMLElement;
  /** Show these values (after normalize, a preset, a reset or a URL). */
  set(params: Record<string, ParamValue>): void;
}

const toPosition = (p: NumberParam, value: number): number => {
  if (p.scale !== 'log' || p.min <= 0) return value;
  const t = (Math.log(value) - Math.log(p.min)) / (Math.log(p.max) - Math.log(p.min));
  return Math.round(Math.min(1, Math.max(0, t)) * LOG_POSITIONS);
};

const fromPosition = (p: NumberParam, position: number): number => {
  if (p.scale !== 'log' || p.min <= 0) return position;
  const v = Math.exp(Math.log(p.min) + (position / LOG_POSITIONS) * (Math.log(p.max) - Math.log(p.min)));
  // Snap to the step so the slider yields the same values the number field can hold.
  return Math.min(p.max, Math.max(p.min, Math.round(v / p.step) * p.step));
};

const display = (value: number): string => Number(value.toPrecision(10)).toLocaleString(simulation.locale);

export function buildControls(
  doc: Document,
  spec: readonly ParamSpec[],
  options: ControlsOptions,
): ControlsHandle {
  const root = doc.createElement('div');
  root.className = 'sim-controls';
  const setters = new Map<string, (value: ParamValue) => void>();
  const focus = (options.focus ?? []).filter((id) => spec.some((p) => p.id === id));
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
    const locked = options.locked.has(param.id);
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
      fixed.textContent = text.fixed;
      label.append(fixed);
    }
    const help = doc.createElement('p');
    help.className = 'help';
    help.id = `${baseId}-help`;
    help.textContent = param.help;
    row.append(label);

    if (param.kind === 'choice') {
      const select = doc.createElement('select');
      select.id = baseId;
      select.setAttribute('aria-describedby', help.id);
      select.disabled = locked;
      for (const option of param.options) {
        const el = doc.createElement('option');
        el.value = option.value;
        el.textContent = option.label;
        select.append(el);
      }
      select.addEventListener('change', () => options.onInput(param.id, select.value, true));
      setters.set(param.id, (value) => (select.value = String(value)));
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
      number.inputMode = 'decimal';
      // The field holds what a person reads (a share as a percentage); the slider and the model, the stored value.
      number.min = String(shownValue(param, param.min));
      number.max = String(shownValue(param, param.max));
      number.step = String(shownValue(param, param.step));
      number.disabled = locked;
      number.setAttribute('aria-label', text.exactValue(param.label, param.unit));
      number.setAttribute('aria-describedby', help.id);
      const show = (value: number) => {
        range.value = String(toPosition(param, value));
        range.setAttribute('aria-valuetext', text.valueText(display(shownValue(param, value)), param.unit));
        number.value = String(Number(shownValue(param, value).toPrecision(12)));
      };
      range.addEventListener('input', () => {
        const value = fromPosition(param, Number(range.value));
        show(value);
        options.onInput(param.id, value, false);
      });
      range.addEventListener('change', () =>
        options.onInput(param.id, fromPosition(param, Number(range.value)), true),
      );
      // The number field reports on change only, so half-typed numbers ("0.") are not normalised away.
      // Anything that is not a number goes to the model as typed, so its notice can quote it.
      number.addEventListener('change', () => {
        const typed = number.value.trim();
        const n = Number(typed);
        options.onInput(
          param.id,
          typed !== '' && Number.isFinite(n) ? storedValue(param, n) : number.value,
          true,
        );
      });
      setters.set(param.id, (value) => show(Number(value)));
      inputs.append(range, number);
      row.append(inputs);
    }
    row.append(help);
    if (more && !focus.includes(param.id)) more.append(row);
    else root.append(row);
  }
  if (more) root.append(more);

  return {
    element: root,
    set(params) {
      for (const [id, value] of Object.entries(params)) setters.get(id)?.(value);
    },
  };
}
