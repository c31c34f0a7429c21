/**
 * Least-squares fit of the Bass model N(t) = m·F(t; p, q) to an observed cumulative series, e.g. the
 * view counts of a video (Srinivasan & Mason 1986 fit the closed form by non-linear least squares).
 *
 * How, and why:
 * - The fit runs on θ = (ln p, ln q, ln m′), so p, q and m stay positive whatever step Levenberg–Marquardt takes.
 * - The counts are divided by their largest value (m′ = m / max y) and the stopping tolerances are set for
 *   that scale, so a series in millions and one in dozens converge alike.
 * - Starting points: a grid over p·T, q·T (T = last time) and m′ is scored by its squared error and the fit
 *   starts from the best three; the best result wins. One start can land in a poor local minimum.
 * - The Jacobian is analytic (bass-math.ts), which is faster and steadier than finite differences.
 * It never throws: unusable points are dropped with a notice, and with fewer than three usable points, or no
 * positive count, it returns null. A rate that ends at its lower bound (the best curve does without that
 * influence) and a series that has not levelled off get a notice too.
 * `fitObservedPoints` is the fit a simulation's button runs on a case's observed series: all of it.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { bassFitText } from '../strings/models/bass.ts';
import { bassShare, bassShareGradient } from './bass-math.ts';
import { formatNumber, formatPercent } from './format.ts';
import type { Notice } from './types.ts';

export interface BassFit {
  p: number;
  q: number;
  m: number;
  /** Root mean square error, in the units of the series. */
  rmse: number;
  /** Share of the series' variance the fit explains (1 − SSE/SST). */
  r2: number;
  /** Points used after dropping unusable ones. */
  points: number;
  /** The earliest and the latest time used. */
  first: number;
  last: number;
  /** The count at the latest time used, to compare with m. */
  lastCount: number;
  iterations: number;
  /** What was dropped or is doubtful, in words. */
  notices: Notice[];
}

/** Grid of starting values, as multiples of 1/T for p and q and of max y for m. */
const START_P_T = [0.01, 0.1, 0.5, 2];
const START_Q_T = [0.5, 2, 5, 10, 20];
const START_M = [1.05, 1.5, 3];
const STARTS_REFINED = 3;
/** Levenberg–Marquardt runs in rounds of this many iterations … */
const ROUND_ITERATIONS = 20;
/** … at most this many … */
const MAX_ROUNDS = 10;
/** … and stops when a round improves the squared error by less than this share. */
const STAGNATION = 1e-9;
/** Bounds on θ: p·T and q·T in [1e-6, 200]; m′ in [0.5, 10,000]. */
const MIN_RATE_T = 1e-6;
const MAX_RATE_T = 200;
const MIN_M = 0.5;
const MAX_M = 1e4;
/** How close to a bound on ln p or ln q counts as at it (0.1%). */
const AT_BOUND = 1e-3;

interface Cleaned {
  t: number[];
  y: number[];
  notices: Notice[];
}

function clean(tIn: readonly unknown[], yIn: readonly unknown[]): Cleaned {
  const notices: Notice[] = [];
  const t: number[] = [];
  const y: number[] = [];
  const length = Math.min(tIn.length, yIn.length);
  if (tIn.length !== yIn.length) {
    notices.push({
      param: '',
      message: bassFitText.mismatch(tIn.length, yIn.length, length),
    });
  }
  let dropped = 0;
  const pairs: [number, number][] = [];
  for (let i = 0; i < length; i++) {
    const ti = tIn[i];
    const yi = yIn[i];
    if (
      typeof ti === 'number' &&
      typeof yi === 'number' &&
      Number.isFinite(ti) &&
      Number.isFinite(yi) &&
      ti >= 0
    ) {
      pairs.push([ti, yi]);
    } else dropped++;
  }
  if (dropped > 0) {
    notices.push({
      param: '',
      message: bassFitText.dropped(dropped),
    });
  }
  pairs.sort((a, b) => a[0] - b[0]);
  for (const [ti, yi] of pairs) {
    t.push(ti);
    y.push(yi);
  }
  return { t, y, notices };
}

function sumSquaredError(
  t: readonly number[],
  y: readonly number[],
  p: number,
  q: number,
  m: number,
): number {
  let sse = 0;
  for (let i = 0; i < t.length; i++) {
    const r = y[i] - m * bassShare(t[i], p, q);
    sse += r * r;
  }
  return sse;
}

/** Fits p, q and m to cumulative counts observed at times t (t = 0 at launch). Null when it cannot. */
export function fitBass(t: readonly number[], cumulative: readonly number[]): BassFit | null {
  // Typed as numbers, but fed from files and URLs: anything that is not a list gives no fit rather than an error.
  if (!Array.isArray(t) || !Array.isArray(cumulative)) return null;
  const data = clean(t, cumulative);
  const { notices } = data;
  const n = data.t.length;
  const yMax = Math.max(0, ...data.y);
  const tMax = Math.max(0, ...data.t);
  if (n < 3 || !(yMax > 0) || !(tMax > 0)) return null;
  const ys = data.y.map((v) => v / yMax);

  const starts: { theta: number[]; sse: number }[] = [];
  for (const pT of START_P_T) {
    for (const qT of START_Q_T) {
      for (const m of START_M) {
        const p = pT / tMax;
        const q = qT / tMax;
        starts.push({
          theta: [Math.log(p), Math.log(q), Math.log(m)],
          sse: sumSquaredError(data.t, ys, p, q, m),
        });
      }
    }
  }
  starts.sort((a, b) => a.sse - b.sse);

  const lnRateMin = Math.log(MIN_RATE_T / tMax);
  const lnRateMax = Math.log(MAX_RATE_T / tMax);
  const model = ([lnP, lnQ, lnM]: number[]) => {
    const p = Math.exp(lnP);
    const q = Math.exp(lnQ);
    const m = Math.exp(lnM);
    return (x: number) => m * bassShare(x, p, q);
  };
  const jacobian = ([lnP, lnQ, lnM]: number[]) => {
    const p = Math.exp(lnP);
    const q = Math.exp(lnQ);
    const m = Math.exp(lnM);
    return (x: number) => {
      const [dp, dq] = bassShareGradient(x, p, q);
      return [m * p * dp, m * q * dq, m * bassShare(x, p, q)];
    };
  };

  const options = {
    jacobianFunction: jacobian,
    minValues: [lnRateMin, lnRateMin, Math.log(MIN_M)],
    maxValues: [lnRateMax, lnRateMax, Math.log(MAX_M)],
    damping: 1e-2,
    maxIterations: ROUND_ITERATIONS,
    errorTolerance: 1e-14,
    improvementThreshold: 1e-6,
  };
  let best: { theta: number[]; sse: number; iterations: number } | null = null;
  for (const start of starts.slice(0, STARTS_REFINED)) {
    // The library stops only at an absolute error or an iteration cap; noisy data never reaches the former.
    // So it runs in short rounds, and stops once a round no longer improves the error noticeably.
    let theta = start.theta;
    let sse = start.sse;
    let iterations = 0;
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const fit = levenbergMarquardt({ x: data.t, y: ys }, model, { ...options, initialValues: theta });
        iterations += fit.iterations;
        const improved = fit.parameterError < sse && fit.parameterValues.every(Number.isFinite);
        const gain = improved ? (sse - fit.parameterError) / Math.max(sse, 1e-300) : 0;
        if (improved) {
          theta = fit.parameterValues;
          sse = fit.parameterError;
        }
        if (gain < STAGNATION || fit.iterations < ROUND_ITERATIONS) break;
      }
    } catch {
      // A start that fails keeps what it had; the others may do better.
    }
    if (Number.isFinite(sse) && (!best || sse < best.sse)) best = { theta, sse, iterations };
  }
  if (!best) return null;

  const [lnP, lnQ, lnM] = best.theta;
  const p = Math.exp(lnP);
  const q = Math.exp(lnQ);
  const m = Math.exp(lnM) * yMax;
  const sse = sumSquaredError(data.t, data.y, p, q, m);
  const mean = data.y.reduce((a, b) => a + b, 0) / n;
  const sst = data.y.reduce((a, b) => a + (b - mean) * (b - mean), 0);
  const r2 = sst > 0 ? 1 - sse / sst : sse === 0 ? 1 : 0;
  // When the data show less than half of the fitted market, m (and so p) is an extrapolation.
  const lastCount = data.y[n - 1] ?? 0;
  if (lastCount < 0.5 * m) {
    notices.push({
      param: 'm',
      message: bassFitText.notLevelled(formatPercent(lastCount / m), formatNumber(m)),
    });
  }
  // A rate pushed to its lower bound means the best curve does without that influence altogether.
  const atFloor = (lnRate: number) => lnRate <= lnRateMin + AT_BOUND;
  if (atFloor(lnQ)) notices.push({ param: 'q', message: bassFitText.noWordOfMouth });
  if (atFloor(lnP)) notices.push({ param: 'p', message: bassFitText.noOutsideInfluence });
  if (n === 3) {
    notices.push({
      param: '',
      message: bassFitText.threePoints,
    });
  }
  return {
    p,
    q,
    m,
    rmse: Math.sqrt(sse / n),
    r2,
    points: n,
    first: data.t[0] ?? 0,
    last: data.t[n - 1] ?? 0,
    lastCount,
    iterations: best.iterations,
    notices,
  };
}

/**
 * The fit a simulation's "fit" button runs on a case's observed series: every point, from the first to the
 * last, whatever part of it the simulation's window shows. Tests call this on the case data to check what the
 * lesson and the instructor notes say about the result.
 */
export function fitObservedPoints(points: readonly { x: number; y: number }[]): BassFit | null {
  return fitBass(
    points.map((pt) => pt.x),
    points.map((pt) => pt.y),
  );
}
