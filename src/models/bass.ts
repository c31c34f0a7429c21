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
import { bassText as text } from '../strings/models/bass.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import type { ModelCore, ParamSpec, Preset, SeriesView, UnitId } from './types.ts';

export {
  bassCumulative,
  bassDiscrete,
  bassRate,
  bassShare,
  bassShareGradient,
  outsideInfluenceShare,
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

const UNIT_WORDS: Record<TimeUnit, { one: string; many: string }> = text.timeUnits;
/** The time axis's unit id, for tables, CSV headers and the chart's axis. */
const TIME_UNIT_IDS: Record<TimeUnit, UnitId> = { period: 'periods', year: 'years', day: 'days' };

export const bassSpec = [
  {
    kind: 'number',
    id: 'p',
    ...text.params.p,
    unit: 'perPeriod',
    min: 0.0001,
    max: 0.5,
    step: 0.0001,
    default: 0.03,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'q',
    ...text.params.q,
    unit: 'perPeriod',
    min: 0,
    max: 2,
    step: 0.001,
    default: 0.38,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'm',
    ...text.params.m,
    unit: 'people',
    min: 1,
    max: 1_000_000_000,
    step: 1,
    default: 1_000_000,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'periods',
    ...text.params.periods,
    unit: 'periods',
    min: 1,
    max: 200,
    step: 1,
    default: 20,
    scale: 'linear',
  },
  {
    kind: 'choice',
    id: 'timeUnit',
    ...text.params.timeUnit,
    options: [
      { value: 'year', label: text.params.timeUnit.options.year },
      { value: 'day', label: text.params.timeUnit.options.day },
      { value: 'period', label: text.params.timeUnit.options.period },
    ],
    default: 'year',
  },
] as const satisfies readonly ParamSpec[];

export const bassPresets: Record<string, Preset<BassParams>> = {
  'meta-analysis': {
    params: { p: 0.03, q: 0.38, timeUnit: 'year', periods: 20 },
  },
  'mobile-phones': {
    params: { p: 0.0047, q: 0.506, timeUnit: 'year', periods: 25 },
  },
  'cable-tv': {
    params: { p: 0.021, q: 0.27, timeUnit: 'year', periods: 30 },
  },
  'ubg-views': {
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

/** A curve sampled for drawing: times in increasing order and m·F(t) at each. */
export interface BassCurve {
  t: number[];
  cumulative: number[];
}

/** Samples per power of ten of time in `bassCurve`: smooth on a log time axis at any chart width. */
const CURVE_PER_DECADE = 40;

/**
 * The closed-form curve m·F(t) from `from` to `until`, for drawing a run against observed data that reach
 * past its periods (fifteen years of views against a month simulated): the run's whole periods 0 … periods,
 * which keep an animation's steps on the curve, and CURVE_PER_DECADE times per power of ten, evenly spaced on a
 * log scale from `from` (> 0) to `until`. Sorted, without repeats; `from` > `until` gives the periods alone.
 */
export function bassCurve(
  params: Pick<BassParams, 'p' | 'q' | 'm' | 'periods'>,
  from: number,
  until: number,
): BassCurve {
  const { p, q, m, periods } = params;
  const times = new Set<number>();
  for (let i = 0; i <= Math.max(0, Math.floor(periods)); i++) times.add(i);
  if (from > 0 && until >= from && Number.isFinite(until)) {
    const lo = Math.log10(from);
    const hi = Math.log10(until);
    const steps = Math.max(1, Math.ceil((hi - lo) * CURVE_PER_DECADE));
    for (let i = 0; i <= steps; i++)
      times.add(i === 0 ? from : i === steps ? until : 10 ** (lo + ((hi - lo) * i) / steps));
  }
  const t = [...times].sort((a, b) => a - b);
  return { t, cumulative: t.map((ti) => bassCumulative(ti, p, q, m)) };
}

function bassSeries(result: BassResult, params: BassParams): SeriesView {
  const unit = UNIT_WORDS[params.timeUnit];
  return {
    x: result.t,
    xLabel: text.series.x,
    xUnit: TIME_UNIT_IDS[params.timeUnit],
    series: [
      { id: 'cumulative', label: text.series.cumulative, unit: 'people', values: result.cumulative },
      {
        id: 'perPeriod',
        label: text.series.perPeriod(unit.one),
        unit: 'people',
        values: result.perPeriod,
      },
      {
        id: 'discreteCumulative',
        label: text.series.discreteCumulative,
        unit: 'people',
        values: result.discrete.cumulative,
      },
      {
        id: 'discretePerPeriod',
        label: text.series.discretePerPeriod(unit.one),
        unit: 'people',
        values: result.discrete.perPeriod,
      },
    ],
  };
}

/**
 * The model without its summary in words: what the browser loads with a figure (src/elements/loaders.ts). The
 * words are in ./bass-describe.ts, loaded when a run needs new ones; the whole definition, `bass`, is in
 * ./index.ts.
 */
export const bassCore: ModelCore<BassParams, BassResult, 'bass'> = {
  id: 'bass',
  name: text.model.name,
  version: '1.0.0',
  spec: bassSpec,
  presets: bassPresets,
  stochastic: false,
  defaults: () => defaultsOf<BassParams>(bassSpec),
  normalize: (input) => normalizeParams<BassParams>(bassSpec, input),
  run: (params) => runBass(params),
  toSeries: bassSeries,
};

/** The name the registry finds this model's core by (src/models/cores.ts, src/elements/loaders.ts). */
export { bassCore as core };

// This model's own types in the registry's tables (src/models/registry.ts).
declare module './registry.ts' {
  interface ModelCores {
    bass: typeof bassCore;
  }
}
