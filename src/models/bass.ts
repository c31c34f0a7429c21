/**
 * Bass diffusion: how adoption (buying a product, watching a video) spreads through outside influence and
 * word of mouth, and how to read p and q off an observed series.
 *
 * Computes the closed form N(t) = m·F(t) and the discrete form n(t) = [p + q·N(t−1)/m]·[m − N(t−1)] period by
 * period, the peak t* = ln(q/p)/(p+q) and the share at the peak F(t*) = 1/2 − p/(2q) (bass-math.ts), and
 * fits p, q, m to data by least squares (bass-fit.ts). Deterministic.
 *
 * Parameters (default in brackets): p, outside influence per period [0.03]; q, imitation (word of mouth) per
 * period [0.38]; m, eventual number of adopters [1,000,000]; periods shown [20]; timeUnit, what a period is
 * [year]. The defaults are the meta-analysis means.
 *
 * Sources: Bass (1969), Management Science 15:215–227 [D1]; discrete form [D2]; mean p ≈ 0.03, q ≈ 0.38 from
 * Sultan, Farley & Lehmann (1990), JMR 27:70–77 (⚠ known here from secondary citations only); mobile phones
 * and cable TV from Van den Bulte's compilation [D4].
 */
import { bassCumulative, bassDiscrete, bassRate, peakShare, peakTime } from './bass-math.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import type { ModelDefinition, ParamSpec, Preset, SeriesView } from './types.ts';

export {
  bassCumulative,
  bassDiscrete,
  bassRate,
  bassShare,
  bassShareGradient,
  peakShare,
  peakTime,
  type BassDiscrete,
} from './bass-math.ts';
// The fit lives in bass-fit.ts and is imported from there: it brings a matrix library (~20 KB gzip) that a page
// showing the curve does not need.

export type TimeUnit = 'period' | 'year' | 'day';

export type BassParams = {
  p: number;
  q: number;
  m: number;
  periods: number;
  timeUnit: TimeUnit;
};

export interface BassResult {
  /** t = 0 … periods. */
  t: number[];
  /** Closed form m·F(t). */
  cumulative: number[];
  /** Closed form adopters in each period, m·(F(t) − F(t − 1)); 0 at t = 0. */
  perPeriod: number[];
  /** Closed form adoption rate m·f(t) at each t, per unit of time. */
  rate: number[];
  /** The discrete recursion, for comparison. */
  discrete: { cumulative: number[]; perPeriod: number[] };
  peakTime: number;
  /** Share adopted at the peak, F(t*). */
  peakShare: number;
}

const UNIT_WORDS: Record<TimeUnit, { one: string; many: string }> = {
  period: { one: 'period', many: 'periods' },
  year: { one: 'year', many: 'years' },
  day: { one: 'day', many: 'days' },
};

export const bassSpec = [
  {
    kind: 'number',
    id: 'p',
    label: 'Outside influence (p)',
    unit: 'per period',
    min: 0.0001,
    max: 0.5,
    step: 0.0001,
    default: 0.03,
    scale: 'log',
    help: 'Share of those who have not adopted who adopt each period because of media or advertising.',
  },
  {
    kind: 'number',
    id: 'q',
    label: 'Word of mouth (q)',
    unit: 'per period',
    min: 0,
    max: 2,
    step: 0.001,
    default: 0.38,
    scale: 'linear',
    help: 'How strongly those who have adopted pull in others, per period.',
  },
  {
    kind: 'number',
    id: 'm',
    label: 'Eventual adopters (m)',
    unit: 'people',
    min: 1,
    max: 1_000_000_000,
    step: 1,
    default: 1_000_000,
    scale: 'log',
    help: 'How many people adopt in the end: the size of the market.',
  },
  {
    kind: 'number',
    id: 'periods',
    label: 'Periods shown',
    unit: 'periods',
    min: 1,
    max: 200,
    step: 1,
    default: 20,
    scale: 'linear',
    help: 'How far the curve runs.',
  },
  {
    kind: 'choice',
    id: 'timeUnit',
    label: 'One period is',
    options: [
      { value: 'year', label: 'a year' },
      { value: 'day', label: 'a day' },
      { value: 'period', label: 'a period' },
    ],
    default: 'year',
    help: 'The unit of time p, q and the horizontal axis are measured in.',
  },
] as const satisfies readonly ParamSpec[];

export const bassPresets: Record<string, Preset<BassParams>> = {
  'meta-analysis': {
    label: 'Average product (meta-analysis)',
    description:
      '⚠ The mean p ≈ 0.03 and q ≈ 0.38 per year across 213 applications in Sultan, Farley & Lehmann (1990), known ' +
      'here only from secondary citations. Adoption peaks after about 6.2 years, when 46% have adopted.',
    params: { p: 0.03, q: 0.38, timeUnit: 'year', periods: 20 },
  },
  'mobile-phones': {
    label: 'Mobile phones',
    description:
      'p = 0.0047, q = 0.506 per year (Van den Bulte): almost no one buys from advertising alone, word of mouth does ' +
      'nearly all the work, so a slow start is followed by a steep rise (peak after about 9 years).',
    source: 'D4',
    params: { p: 0.0047, q: 0.506, timeUnit: 'year', periods: 25 },
  },
  'cable-tv': {
    label: 'Cable TV',
    description:
      'p = 0.021, q = 0.270 per year (Van den Bulte): slower word of mouth, a later and flatter peak.',
    source: 'D4',
    params: { p: 0.021, q: 0.27, timeUnit: 'year', periods: 30 },
  },
  'ubg-views': {
    label: 'United Breaks Guitars: views',
    description:
      'A prior for the video’s views in days since release (6 July 2009): p = 0.02 and q = 0.5 per day and m = 5 million ' +
      'views, roughly in line with the reported ~1 million by day 4, ~3 million within a week and 4.6 million by the ' +
      'end of July. Not a fit: the reported counts conflict, and the fit to the observed series is done on the case ' +
      'page. Views are not people, and the curve ignores the long tail (about 23 million by 2024).',
    source: 'A10, A13',
    params: { p: 0.02, q: 0.5, m: 5_000_000, periods: 30, timeUnit: 'day' },
  },
};

export function runBass(params: BassParams): BassResult {
  const { p, q, m, periods } = params;
  const t = Array.from({ length: periods + 1 }, (_, i) => i);
  const cumulative = t.map((ti) => bassCumulative(ti, p, q, m));
  const perPeriod = cumulative.map((value, i) => (i === 0 ? 0 : value - (cumulative[i - 1] ?? 0)));
  const rate = t.map((ti) => m * bassRate(ti, p, q));
  const discrete = bassDiscrete(p, q, m, periods);
  return {
    t,
    cumulative,
    perPeriod,
    rate,
    discrete: { cumulative: discrete.cumulative, perPeriod: discrete.adoptions },
    peakTime: peakTime(p, q),
    peakShare: peakShare(p, q),
  };
}

function describeBass(result: BassResult, params: BassParams): string {
  const { p, q, m, periods } = params;
  const unit = UNIT_WORDS[params.timeUnit];
  const end = result.cumulative[result.cumulative.length - 1] ?? 0;
  const peak =
    result.peakTime > 0
      ? `new adoptions peak after ${formatNumber(result.peakTime, 1)} ${unit.many}, when ${formatPercent(result.peakShare)} ` +
        `of the eventual ${formatCount(m)} have adopted.`
      : `new adoptions are highest at the very start and fall from there, because outside influence (p) is at least as ` +
        'strong as word of mouth (q).';
  const balance =
    q > p
      ? ` Word of mouth outweighs outside influence ${formatNumber(q / p, q / p >= 10 ? 0 : 1)} to 1.`
      : q === 0
        ? ' With no word of mouth, adoption only slows down as the market fills.'
        : '';
  return (
    `With p = ${formatNumber(p, 4)} and q = ${formatNumber(q, 4)} per ${unit.one}, ${peak} ` +
    `After ${periods} ${periods === 1 ? unit.one : unit.many}, ${formatCount(end)} (${formatPercent(end / m)}) have adopted.` +
    balance
  );
}

function bassSeries(result: BassResult, params: BassParams): SeriesView {
  const unit = UNIT_WORDS[params.timeUnit];
  return {
    x: result.t,
    xLabel: 'Time',
    xUnit: unit.many,
    series: [
      { id: 'cumulative', label: 'Adopted so far', unit: 'people', values: result.cumulative },
      { id: 'perPeriod', label: `New adopters per ${unit.one}`, unit: 'people', values: result.perPeriod },
      {
        id: 'discreteCumulative',
        label: 'Adopted so far (discrete form)',
        unit: 'people',
        values: result.discrete.cumulative,
      },
      {
        id: 'discretePerPeriod',
        label: `New adopters per ${unit.one} (discrete form)`,
        unit: 'people',
        values: result.discrete.perPeriod,
      },
    ],
  };
}

export const bass: ModelDefinition<BassParams, BassResult> = {
  id: 'bass',
  name: 'Bass diffusion',
  version: '1.0.0',
  summary: 'Adoption driven by outside influence (p) and word of mouth (q): the S-curve and its peak.',
  source: 'Bass (1969), Management Science 15:215–227',
  spec: bassSpec,
  presets: bassPresets,
  stochastic: false,
  defaults: () => defaultsOf<BassParams>(bassSpec),
  normalize: (input) => normalizeParams<BassParams>(bassSpec, input),
  run: (params) => runBass(params),
  describe: describeBass,
  toSeries: bassSeries,
};
