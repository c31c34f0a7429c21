/**
 * Numbers formatted for reading, in notices and in the plain-English summaries.
 * Fixed to one locale (modelText.locale) so a summary rendered at build time matches the one rendered in any
 * browser.
 */
import { modelText } from '../strings/models/common.ts';

const { format } = modelText;

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(maximumFractionDigits: number): Intl.NumberFormat {
  let f = formatters.get(maximumFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat(modelText.locale, { maximumFractionDigits });
    formatters.set(maximumFractionDigits, f);
  }
  return f;
}

/** 1234567.891 → "1,234,567.89"; keeps small values readable (0.0047 stays 0.0047). */
export function formatNumber(value: number, maximumFractionDigits?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits =
    maximumFractionDigits ?? (abs >= 100 ? 0 : abs >= 1 ? 2 : abs === 0 ? 0 : significantDecimals(abs, 2));
  return formatter(Math.min(20, digits)).format(value);
}

/** Decimals needed to show `significant` significant digits of a value below 1. */
function significantDecimals(abs: number, significant: number): number {
  return Math.max(0, Math.min(20, significant - 1 - Math.floor(Math.log10(abs))));
}

/** Large counts in words: 5800000 → "5.8 million"; below a million, digits with separators. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e9) return format.billion(formatter(1).format(value / 1e9));
  if (abs >= 1e6) return format.million(formatter(1).format(value / 1e6));
  return formatter(0).format(Math.round(value));
}

/**
 * A share in [0, 1] as a percentage, with as many decimals as it takes not to show 0% for a non-zero share
 * or 100% for a share short of all (0.996 → "99.6%", not "100%").
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return String(share);
  return format.percent(formatter(percentDigits(share * 100)).format(share * 100));
}

/** The decimals formatPercent shows for a percentage. */
function percentDigits(pct: number): number {
  const abs = Math.abs(pct);
  let digits = abs === 0 || abs >= 10 ? 0 : abs >= 1 ? 1 : significantDecimals(abs, 1);
  if (abs < 100 && abs >= 99.5) digits = Math.max(1, significantDecimals(100 - abs, 1));
  return digits;
}

/**
 * Shares of one whole (they add up to 1), each as formatPercent writes it, except that the largest takes up
 * the others' rounding, so the written percentages add up to 100% (97.4%, 2.3% and 0.3% were written
 * "97%, 2.3%, 0.3%", 99.6% in all). The largest gets as many decimals as the most precise of the others.
 */
export function formatShares(shares: readonly number[]): string[] {
  const written = shares.map((s) => formatPercent(s));
  if (shares.length < 2 || !shares.every(Number.isFinite)) return written;
  const largest = shares.indexOf(Math.max(...shares));
  let others = 0;
  let digits = percentDigits(shares[largest] * 100);
  shares.forEach((s, i) => {
    if (i === largest) return;
    const d = percentDigits(s * 100);
    digits = Math.max(digits, d);
    others += Number((s * 100).toFixed(d));
  });
  const total = shares.reduce((a, b) => a + b, 0) * 100;
  const rest = Number((total - others).toFixed(digits));
  written[largest] = format.percent(formatter(digits).format(rest));
  return written;
}

/** US dollars, whole: 1200 → "$1,200"; large sums in words: 580000000 → "$580 million". */
export function formatDollars(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e6) return format.dollars(formatCount(abs), value < 0);
  return format.dollars(formatter(abs >= 100 ? 0 : 2).format(abs), value < 0);
}
