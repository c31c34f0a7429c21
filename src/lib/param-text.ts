/**
 * A parameter's value as it follows the parameter's label, read by its unit id: a share as a percentage, a sum
 * in dollars, a choice by its label, anything else as a bare number (the label says what it counts).
 */
import { formatDollars, formatNumber, formatPercent } from '../models/format';
import type { ParamSpec, ParamValue, ParamValues } from '../models/types';
import { simulationOnUse } from '../strings/simulation-on-use';

export function paramValueText(spec: ParamSpec, value: ParamValue): string {
  if (spec.kind === 'choice') return spec.options.find((o) => o.value === value)?.label ?? String(value);
  const n = Number(value);
  if (spec.unit === 'share') return formatPercent(n);
  if (spec.unit === 'USD') return formatDollars(n);
  return formatNumber(n);
}

/**
 * What differs from a starting point, one item per parameter: "People in the network 10,000 instead of
 * 2,000". Used at build time for what a page changed from its preset, and live for what a reader changed
 * from the page's settings. Empty when nothing differs.
 */
export function changesFrom(spec: readonly ParamSpec[], start: ParamValues, values: ParamValues): string[] {
  const say = simulationOnUse.changes.changedItem;
  return changedParams(spec, start, values).map((p) =>
    say(p.label, paramValueText(p, values[p.id]), paramValueText(p, start[p.id])),
  );
}

/** The parameters whose value differs from a starting point, in the model's order. */
export function changedParams(
  spec: readonly ParamSpec[],
  start: ParamValues,
  values: ParamValues,
): ParamSpec[] {
  return spec.filter((p) => start[p.id] !== values[p.id]);
}
