/**
 * Words every model shares: units, number words, the notices of src/models/normalize.ts and the messages of
 * the simulation workers. Models, their views and the Web Workers import this file, so it stays pure: no DOM,
 * no side effects, and no imports but the locale.
 */
import { locale } from '../locale.ts';

export const modelText = {
  /**
   * Locale of the numbers in notices and summaries (src/models/format.ts). Fixed, not the browser's, so a
   * summary rendered at build time matches the one rendered in any browser.
   */
  locale,

  /**
   * The word for each unit, by unit id. Code and content carry ids (`share`, `USD`, `times`, …) and compare
   * them, for instance to show a share as a percentage; only these words are shown, through `unitWord`, so a
   * translation changes what readers see and never how a number is read. Keys are ids: keep them.
   */
  units: {
    people: 'people',
    generations: 'generations',
    runs: 'runs',
    contacts: 'contacts',
    hubs: 'hubs',
    days: 'days',
    /** A metric's unit: "the day the most people heard the complaint". */
    day: 'day',
    periods: 'periods',
    years: 'years',
    /** The Bass model's p and q: a rate per period of time. */
    perPeriod: 'per period',
    /** A value in [0, 1]; where a value is written out it is shown as a percentage instead. */
    share: 'share',
    /** A sum in US dollars; where a value is written out it is shown as "$1,200" instead. */
    USD: 'USD',
    /** A ratio, "how many times more"; written straight after the number ("3×"). */
    times: '×',
    views: 'views',
  },

  /** A unit's word after the number one ("1 person", "1 day"); units not listed read the same either way. */
  unitsOfOne: {
    people: 'person',
    generations: 'generation',
    runs: 'run',
    contacts: 'contact',
    hubs: 'hub',
    days: 'day',
    periods: 'period',
    years: 'year',
    views: 'view',
  },

  /** Number words of src/models/format.ts; the digits are formatted there, in `locale`. */
  format: {
    /** formatCount(5.8e9): "5.8 billion". */
    billion: (n: string) => `${n} billion`,
    /** formatCount(5.8e6): "5.8 million". */
    million: (n: string) => `${n} million`,
    /** formatPercent(0.996): "99.6%". */
    percent: (n: string) => `${n}%`,
    /** formatDollars: "$1,200", "−$580 million". */
    dollars: (amount: string, negative: boolean) => `${negative ? '−' : ''}$${amount}`,
  },

  /** Notices of src/models/normalize.ts: what was wrong with a setting and what is used instead. */
  normalize: {
    /** How a value the reader gave is quoted back in a notice (describeInput). */
    input: {
      quoted: (text: string) => `"${text}"`,
      undefined: 'undefined',
      symbol: 'a symbol',
      function: 'a function',
      null: 'empty (null)',
      list: 'a list',
      object: 'an object',
      notANumber: 'NaN',
      infinity: 'Infinity',
      minusInfinity: '−Infinity',
    },
    /** A number setting that could not be read: "<label> <why>; using the default <value>." */
    useDefault: (label: string, why: string, value: string) => `${label} ${why}; using the default ${value}.`,
    /** The `why` of useDefault for an empty value. */
    empty: 'was empty',
    /** The `why` of useDefault for anything else. */
    notANumber: (input: string) => `was ${input}, not a number`,
    aboveMax: (label: string, value: string, max: string, used: string) =>
      `${label} was ${value}, above the maximum ${max}; using ${used}.`,
    belowMin: (label: string, value: string, min: string, used: string) =>
      `${label} was ${value}, below the minimum ${min}; using ${used}.`,
    betweenSteps: (label: string, value: string, step: string, used: string) =>
      `${label} was ${value}, which is between steps of ${step}; using ${used}.`,
    /** A choice written in another letter case or with stray spaces. */
    choiceCorrected: (label: string, input: string, value: string) =>
      `${label} was ${input}; using "${value}".`,
    /** One choice in the list of notAChoice: `"scale-free" (Scale-free (Barabási–Albert))`. */
    choice: (value: string, label: string) => `"${value}" (${label})`,
    notAChoice: (label: string, input: string, choices: readonly string[], fallback: string) =>
      `${label} was ${input}, which is not one of the choices ${choices.join(', ')}; using the default "${fallback}".`,
    unreadable: 'The settings could not be read; using the defaults.',
    notASet: (input: string) => `The settings were ${input}, not a set of named values; using the defaults.`,
    unknownSetting: (key: string) => `There is no setting called ${key}; it was ignored.`,
  },
} as const;

/**
 * Error replies of the simulation workers (src/models/worker-handler.ts, cascade-worker.ts); the page shows them
 * in its "the simulation failed" message. Apart from modelText because only the workers import them.
 */
export const workerText = {
  noModel: (id: string) => `There is no model called ${JSON.stringify(id)}.`,
  unknownKind: (kind: string) => `Unknown request kind ${JSON.stringify(kind)}.`,
  badRequest: 'A request must be an object with an id and a kind.',
  failed: 'The simulation failed.',
  cascadeOnly: (kind: string) => `This worker only runs cascades, not ${kind}.`,
} as const;

/** A unit id's word; a unit that is not an id (an observed series' own unit, say) is shown as it is. */
export function unitWord(unit: string): string {
  const words: Readonly<Record<string, string>> = modelText.units;
  return Object.hasOwn(words, unit) ? (words[unit] ?? unit) : unit;
}

/**
 * A number written out with its unit's word, singular after one: "1 person", "12,400 people", "1 day".
 * `value` is the number as already formatted for the reader.
 */
export function countWithUnit(value: string, unit: string): string {
  if (!unit) return value;
  const one: Readonly<Record<string, string>> = modelText.unitsOfOne;
  const singular = value.trim() === '1' && Object.hasOwn(one, unit);
  return `${value} ${singular ? one[unit] : unitWord(unit)}`;
}

/**
 * Whether a label already says its unit, so "(people)" after it would repeat it: the unit's word is in it
 * ("People each teller tells"), or its singular is, as a word ("Day" for days), or the label already ends
 * with a unit of its own in brackets ("Adopted so far (views)").
 */
export function labelSaysUnit(label: string, unit: string): boolean {
  const text = label.toLowerCase();
  const word = unitWord(unit).toLowerCase();
  if (text.includes(word) || /\([^()]+\)\s*$/.test(text)) return true;
  const singular = (word.endsWith('s') ? word.slice(0, -1) : '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return singular.length > 1 && new RegExp(`(^|[^\\p{L}])${singular}($|[^\\p{L}])`, 'u').test(text);
}
