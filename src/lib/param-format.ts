/**
 * How a parameter's value is written into a link, by the simulation (./url-state.ts) and by My work's "reopen
 * this run": one rule, so a reopened run is exactly the one saved. Its own module so that My work does not
 * share the simulation's whole URL-state code.
 */
import type { ParamValue } from '../models/types';

/** A compact, exact text form of a number for the URL (no float noise, no exponent for common sizes). */
export function formatParam(value: ParamValue): string {
  if (typeof value === 'string') return value;
  return String(Number(value.toPrecision(12)));
}
