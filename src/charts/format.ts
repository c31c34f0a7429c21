/**
 * Numbers on charts. Fixed formats (d3-format's en-US locale, no Intl) so a chart rendered at build time in
 * Node matches the one rendered in any browser, and snapshots are stable.
 */
import { format } from 'd3-format';

const grouped = format(',');
const compactLarge = format('.3~s');
const compactSmall = format(',.3~r');
const fixedSmall = format(',.3~g');
const twoDecimals = format(',.2~f');

/** A count for narration and tooltips: 12400 → "12,400" (rounded to a whole number). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return grouped(Math.round(value));
}

/** A count or measure for tick labels: 12400 → "12.4k", 1.2e6 → "1.2M", 3e9 → "3B", 0.25 → "0.25". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return compactLarge(value).replace('G', 'B');
  // ~r keeps 0.25 and 12.5 readable; below 0.001 it would print many zeros, so fall back to significant digits.
  if (abs === 0 || abs >= 0.001) return compactSmall(value);
  return fixedSmall(value);
}

/** A value in a tooltip or aria-label: whole numbers grouped ("3,515,357"), 1200.5 → "1,200.5", 0.01234 → "0.0123". */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return grouped(value);
  return Math.abs(value) >= 1 ? twoDecimals(value) : formatCompact(value);
}

/** Rounds a coordinate for SVG output: shorter files, and snapshots free of floating-point noise. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
