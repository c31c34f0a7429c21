/**
 * A parameter's value as it follows the parameter's label, read by its unit id: a share as a percentage, a sum
 * in dollars, a choice by its label, anything else as a bare number (the label says what it counts).
 */
import { formatDollars, formatNumber, formatPercent } from '../models/format';
import type { ParamSpec, ParamValue, ParamValues } from '../models/types';
import { simulationPage } from '../strings/simulation';

export function paramValueText(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  const n = Number(value);
  if (spec.unit === 'share') return formatPercent(n);
  if (spec.unit === 'USD') return formatDollars(n);
  return formatNumber(n);
}

/**
 * What a page changed from a preset, one item per parameter whose value differs: "People in the network
 * 10,000 instead of 2,000". Empty when nothing differs.
 */
export function changesFromPreset(
  spec: readonly ParamSpec[],
  presetValues: ParamValues,
  values: ParamValues,
): string[] {
  const say = simulationPage.frame.changedItem;
  return spec
    .filter((p) => presetValues[p.id] !== values[p.id])
    .map((p) => say(p.label, paramValueText(p, values[p.id]), paramValueText(p, presetValues[p.id])));
}
