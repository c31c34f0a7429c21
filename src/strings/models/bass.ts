/**
 * The Bass diffusion model (src/models/bass.ts, the fit in bass-fit.ts) and its view
 * (src/views/bass.ts): parameters, presets, series, summary, fit notices, metrics and narration.
 * Pure: models and Web Workers import it.
 */

/** A unit of time in the singular ("year") and the plural ("years"). */
export interface TimeUnitWords {
  one: string;
  many: string;
}

export const bassText = {
  /** The model's name (simulation frames, sandbox, exports); its summary and sources are in the about text below. */
  model: { name: 'Bass diffusion' },

  /** Each parameter's label (control, notices) and a choice's option labels, by id; the help is in ParamHelp below. */
  params: {
    p: {
      label: 'Outside influence (p)',
    },
    q: {
      label: 'Word of mouth (q)',
    },
    m: {
      label: 'Eventual adopters (m)',
    },
    periods: {
      label: 'Periods shown',
    },
    timeUnit: {
      label: 'One period is',
      options: { year: 'a year', day: 'a day', period: 'a period' },
    },
  },

  /** The time unit a period stands for, in the summary, the series and the time axis. */
  timeUnits: {
    period: { one: 'period', many: 'periods' },
    year: { one: 'year', many: 'years' },
    day: { one: 'day', many: 'days' },
  } as Record<'period' | 'year' | 'day', TimeUnitWords>,

  /** The run as a table (data table, CSV headers, chart legends, narration); `unit` is a time unit's `one`. */
  series: {
    x: 'Time',
    cumulative: 'Adopted so far',
    perPeriod: (unit: string) => `New adopters per ${unit}`,
    discreteCumulative: 'Adopted so far (discrete form)',
    discretePerPeriod: (unit: string) => `New adopters per ${unit} (discrete form)`,
  },
} as const;

/** Notices of the Bass fit (src/models/bass-fit.ts), loaded only when a page fits observed data. */
export const bassFitText = {
  mismatch: (times: number, counts: number, used: number) =>
    `There were ${times} times and ${counts} counts; only the first ${used} pairs were used.`,
  dropped: (n: number) =>
    `${n} ${n === 1 ? 'point was' : 'points were'} dropped (a time before 0 or a value that is not a number).`,
  notLevelled: (share: string, m: string) =>
    `The series has not levelled off (its last value is ${share} of the fitted ` +
    `m = ${m}), so m and p are poorly pinned down.`,
  threePoints: 'Three points and three parameters: the curve passes through them and proves little.',
  /** Word of mouth (q) ended at the lowest value the fit allows. */
  noWordOfMouth:
    'Word of mouth (q) went down to the lowest value the fit allows: the single curve that fits these points ' +
    'best does without word of mouth altogether.',
  /** Outside influence (p) ended at the lowest value the fit allows. */
  noOutsideInfluence:
    'Outside influence (p) went down to the lowest value the fit allows: the single curve that fits these ' +
    'points best does without outside influence altogether.',
} as const;

/** Names of the quantities src/lib/metrics.ts computes for exercises and checks; only that module reads them. */
export const bassMetricText = {
  peakDay: 'the time when new adoptions peak, t*',
  halfDay: 'the time when half of m have adopted',
} as const;

/**
 * What the bass model is and where its presets come from: its one-sentence summary, the paper(s) behind it
 * and each preset's description with its source keys in shared/research/facts.md. Shown only on pages built
 * ahead of time (the simulation's frame, the sandbox and the catalogue), so it is kept apart from the words the
 * model carries into the browser; presets are keyed by their ids.
 */
/** What the Bass model computes for a preset, formatted, for descriptions that quote it (src/build/model-about.ts). */
export interface BassPresetFigures {
  /** Time of peak adoption, ln(q/p)/(p+q), in the preset's time unit. */
  peakTime: string;
  /** Share adopted at the peak, 1/2 − p/(2q). */
  peakShare: string;
  /** The preset's time unit in the plural ("years"). */
  units: string;
}

export const bassAboutText = {
  summary: 'Adoption driven by outside influence (p) and word of mouth (q): the S-curve and its peak.',
  source: 'Bass (1969), Management Science 15:215–227',
  presets: {
    'meta-analysis': {
      description: (f: BassPresetFigures) =>
        '⚠ The mean p ≈ 0.03 and q ≈ 0.38 per year across 213 applications in Sultan, Farley & Lehmann ' +
        `(1990), known here only from secondary citations. Adoption peaks after about ${f.peakTime} ${f.units}, ` +
        `when ${f.peakShare} have adopted.`,
    },
    'mobile-phones': {
      description: (f: BassPresetFigures) =>
        'p = 0.0047, q = 0.506 per year (Van den Bulte): almost no one buys from advertising alone, word ' +
        'of mouth does nearly all the work, so a slow start is followed by a steep rise (peak after about ' +
        `${f.peakTime} ${f.units}).`,
      source: 'D4',
    },
    'cable-tv': {
      description: (f: BassPresetFigures) =>
        'p = 0.021, q = 0.270 per year (Van den Bulte): slower word of mouth than the meta-analysis ' +
        `mean, so a later and flatter peak (after about ${f.peakTime} ${f.units}, when ${f.peakShare} have ` +
        'adopted).',
      source: 'D4',
    },
    'ubg-views': {
      description:
        'A prior for the video’s views in days since release (6 July 2009): p = 0.02 and q = 0.5 per day ' +
        'and m = 5 million views, roughly in line with the reported ~1 million by day 4, ~3 million ' +
        'within a week and 4.6 million by the end of July. Not a fit: the reported counts conflict, and ' +
        'the fit to the observed series is done on the case page. Views are not people, and the curve ' +
        'ignores the long tail (about 23 million by 2024).',
      source: 'A10, A13',
    },
  },
} as const;

/**
 * Each parameter's one line of help, by id: written under its control and into the sandbox's table at build
 * time (src/build/param-help.ts) and into the assignment builder's page, so no script carries it.
 */
export const bassParamHelp = {
  p: 'Share of those who have not adopted who adopt each period because of media or advertising.',
  q: 'How strongly those who have adopted pull in others, per period.',
  m: 'How many people adopt in the end: the size of the market.',
  periods: 'How far the curve runs.',
  timeUnit: 'The unit of time p, q and the horizontal axis are measured in.',
} as const satisfies Record<keyof typeof bassText.params, string>;

/**
 * Each preset's label, by preset key: the preset menu, the frame's title and the sandbox, all written at build time
 * (src/models/index.ts puts them on the whole definitions), so no page's JavaScript carries them (issue 13).
 */
export const bassPresetLabels: Record<string, string> = {
  'meta-analysis': 'Average product (meta-analysis)',
  'mobile-phones': 'Mobile phones',
  'cable-tv': 'Cable TV',
  'ubg-views': 'United Breaks Guitars: views',
};
