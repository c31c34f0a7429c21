/**
 * Shares (unit id `share`) are stored as fractions in [0, 1]: in the models, the URL, saved runs and exported
 * files. Wherever a person reads or types one (a control, a notice, the assignment builder) it is a
 * percentage: 0.25 is shown as 25 and "25%". These two functions are the only conversion.
 */
import type { NumberParam } from './types.ts';

type Unit = Pick<NumberParam, 'unit'>;

/** A stored value as a person reads or types it: 0.25 → 25 for a share, anything else unchanged. */
export function shownValue(param: Unit, value: number): number {
  return param.unit === 'share' ? Number((value * 100).toPrecision(12)) : value;
}

/** A value a person typed, as it is stored: 25 → 0.25 for a share, anything else unchanged. */
export function storedValue(param: Unit, value: number): number {
  return param.unit === 'share' ? Number((value / 100).toPrecision(12)) : value;
}
