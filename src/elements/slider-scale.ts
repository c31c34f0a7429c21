/**
 * What a number parameter's controls show for a value: the slider's position (log-scaled sliders move in
 * positions, not values), what a screen reader says for it, and the exact field's text. One module for the
 * markup written at build time (src/build/sim-controls.ts) and the controls adopted in the browser
 * (./controls.ts), so a figure reads the same before and after it wakes.
 */
import type { NumberParam } from '../models/types';
import { shownValue } from '../models/percent';
import { simulation } from '../strings/simulation';

/** Slider positions for log-scaled parameters: fine enough that every step of a typical range is reachable. */
export const LOG_POSITIONS = 1000;

const isLog = (p: NumberParam) => p.scale === 'log' && p.min > 0;

/** The slider's position for a value. */
export const toPosition = (p: NumberParam, value: number): number => {
  if (!isLog(p)) return value;
  const t = (Math.log(value) - Math.log(p.min)) / (Math.log(p.max) - Math.log(p.min));
  return Math.round(Math.min(1, Math.max(0, t)) * LOG_POSITIONS);
};

/** The value at a slider position. */
export const fromPosition = (p: NumberParam, position: number): number => {
  if (!isLog(p)) return position;
  const v = Math.exp(Math.log(p.min) + (position / LOG_POSITIONS) * (Math.log(p.max) - Math.log(p.min)));
  // Snap to the step so the slider yields the same values the number field can hold.
  return Math.min(p.max, Math.max(p.min, Math.round(v / p.step) * p.step));
};

/** The slider's position, its aria-valuetext and the exact field's value, for a stored value. */
export function shown(p: NumberParam, value: number): { position: string; valueText: string; field: string } {
  const human = shownValue(p, value);
  return {
    position: String(toPosition(p, value)),
    valueText: simulation.controls.valueText(
      Number(human.toPrecision(10)).toLocaleString(simulation.locale),
      p.unit,
    ),
    field: String(Number(human.toPrecision(12))),
  };
}
