/**
 * Numbers on charts, in the interface's one locale (src/strings/locale.ts, through the chart strings). Intl with
 * a fixed locale, not the browser's, so a chart rendered at build time in Node matches the one drawn in any
 * browser, and snapshots are stable.
 */
import { charts } from '../strings/charts.ts';

/**
 * A number format made on its first use, not when its module loads: the first Intl.NumberFormat a page makes
 * costs a slow phone ~50 ms (its locale's data), and a figure comes alive before it shows a number (issue 18).
 */
export function lazyNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): (value: number) => string {
  let made: Intl.NumberFormat | undefined;
  return (value) => (made ??= new Intl.NumberFormat(locale, options)).format(value);
}

const numbers = (options: Intl.NumberFormatOptions) => lazyNumberFormat(charts.locale, options);
const grouped = numbers({ maximumFractionDigits: 0 });
const compactLarge = numbers({ notation: 'compact', maximumSignificantDigits: 3 });
const significant = numbers({ maximumSignificantDigits: 3 });
const twoDecimals = numbers({ maximumFractionDigits: 2 });
const percent = numbers({ style: 'percent', maximumFractionDigits: 0 });

/** A count for narration and tooltips: 12400 → "12,400" (rounded to a whole number). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return grouped(Math.round(value));
}

/** A count or measure for tick labels, in en-GB: 12400 → "12.4k", 1.2e6 → "1.2m", 3e9 → "3bn", 0.25 → "0.25". */
export function formatCompact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1000 ? compactLarge(value) : significant(value);
}

/** A value in a tooltip or aria-label: whole numbers grouped ("3,515,357"), 1200.5 → "1,200.5", 0.01234 → "0.0123". */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return grouped(value);
  return Math.abs(value) >= 1 ? twoDecimals(value) : formatCompact(value);
}

/** "12%", and "<1%" rather than a misleading "0%" for a share that is small but not zero. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return charts.network.summary.under(percent(0.01));
  return percent(share);
}

/** Rounds a coordinate for SVG output: shorter files, and snapshots free of floating-point noise. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
