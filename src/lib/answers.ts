/**
 * Checking a student's numeric answer against the model's: reading what they typed ("40%", "0.4",
 * "12,400", "1.2 million"), comparing within a relative tolerance, and saying the model's value in words.
 */
import { answerText } from '../strings/self-check';

const { magnitudes } = answerText;
const magnitudeWords = Object.keys(magnitudes)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
/** The number, then an optional "%" or magnitude word (spaces are removed first: "1.2 million" → "1.2million"). */
const answerPattern = new RegExp(`^(-?\\d*\\.?\\d+(?:e-?\\d+)?)(%|${magnitudeWords})?$`, 'u');

/** What the student typed, as a number in the metric's unit; null when it is not a number. */
export function parseAnswer(text: string, unit: string): number | null {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/[$£€\s]/g, '')
    .replace(/,(?=\d{3}\b)/g, '');
  const match = answerPattern.exec(cleaned);
  if (!match) return null;
  let value = Number(match[1]);
  const suffix = match[2];
  if (suffix === '%') value /= 100;
  else if (suffix) value *= magnitudes[suffix] ?? 1;
  // A share typed as a percentage without the sign ("40" for 40 %).
  if (unit === 'share' && !suffix && value > 1 && value <= 100) value /= 100;
  return Number.isFinite(value) ? value : null;
}

/** Within `tolerance` of the model's value, relative to it (absolute near zero). */
export function isClose(value: number, expected: number, tolerance: number): boolean {
  const scale = Math.abs(expected) > 1e-9 ? Math.abs(expected) : 1;
  return Math.abs(value - expected) <= tolerance * scale + 1e-12;
}

/**
 * Whether a student's answer counts: within `tolerance` of the model's value, or, for an answer taken from an
 * ensemble of runs, anywhere in its 10–90% band [low, high], whichever accepts more.
 */
export function isAccepted(
  value: number,
  expected: number,
  tolerance: number,
  band?: readonly [number, number],
): boolean {
  if (isClose(value, expected, tolerance)) return true;
  if (!band) return false;
  const [low, high] = band;
  return value >= low - 1e-12 && value <= high + 1e-12;
}

/** The model's value as a sentence says it: "43%", "12,400 people", "6.2 periods", "$1,200". */
export function formatAnswer(value: number, unit: string): string {
  const { locale } = answerText;
  if (unit === 'share')
    return answerText.percent(
      new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100),
    );
  if (unit === 'USD')
    return answerText.dollars(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value));
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return answerText.quantity(
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    unit,
  );
}
