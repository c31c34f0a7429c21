/**
 * Brings a figure's parameter controls to life. Their markup is written at build time
 * (src/build/sim-controls.ts): for each number a slider with an exact field beside it, for each choice a select,
 * each in a `.sim-control[data-param]`. This module finds them, listens and shows values. The spec is the only
 * source of ranges and steps; values the student types are checked by the model's `normalize` before they are
 * used, so this module only reports what was entered.
 */
import type { ParamSpec, ParamValue } from '../models/types';
import { storedValue } from '../models/percent';
import { simulation } from '../strings/simulation';
import { part } from './page-contract';
import { fromPosition, shown } from './slider-scale';

export interface ControlsOptions {
  /** Every locked parameter: the page's (already marked in the markup) and any a link adds. */
  locked: ReadonlySet<string>;
  /** Called as the student moves or types; `final` is true on change (release, Enter, blur). */
  onInput(id: string, value: ParamValue, final: boolean): void;
}

export interface ControlsHandle {
  /** Show these values (after normalize, a preset, a reset or a URL). */
  set(params: Record<string, ParamValue>): void;
}

export function adoptControls(
  root: ParentNode,
  spec: readonly ParamSpec[],
  options: ControlsOptions,
): ControlsHandle {
  const setters = new Map<string, (value: ParamValue) => void>();
  for (const param of spec) {
    const row = part(root, `.sim-control[data-param="${param.id}"]`);
    const locked = options.locked.has(param.id);
    // A lock the link adds: marked as the build marks the page's own.
    const label = part(row, 'label');
    if (locked && !label.querySelector('.fixed')) {
      const fixed = label.ownerDocument.createElement('span');
      fixed.className = 'fixed';
      fixed.textContent = simulation.controls.fixed;
      label.append(fixed);
    }

    if (param.kind === 'choice') {
      const select = part(row, 'select', HTMLSelectElement);
      select.disabled = locked;
      select.addEventListener('change', () => options.onInput(param.id, select.value, true));
      setters.set(param.id, (value) => (select.value = String(value)));
      continue;
    }
    const range = part(row, 'input[type=range]', HTMLInputElement);
    const number = part(row, 'input[type=number]', HTMLInputElement);
    range.disabled = number.disabled = locked;
    const show = (value: number) => {
      const now = shown(param, value);
      range.value = now.position;
      range.setAttribute('aria-valuetext', now.valueText);
      number.value = now.field;
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
  }

  return {
    set(params) {
      for (const [id, value] of Object.entries(params)) setters.get(id)?.(value);
    },
  };
}
