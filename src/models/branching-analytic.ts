/**
 * Closed-form facts about a Galton–Watson branching process with negative-binomial offspring
 * (mean R, dispersion κ; Poisson as κ → ∞), used to check the simulation and to label charts.
 *
 * The offspring probability generating function is G(s) = (1 + R(1 − s)/κ)^(−κ), or exp(−R(1 − s)) for
 * Poisson. The chance that a chain started by one person dies out is the smallest root of q = G(q) in [0, 1]
 * (Harris 1963); it is 1 when R ≤ 1. Lloyd-Smith et al. (2005, Nature 438:355–359) use the same
 * parameterisation for superspreading.
 */
import { POISSON_DISPERSION } from './random.ts';

function isPoisson(dispersion: number): boolean {
  return !(dispersion < POISSON_DISPERSION);
}

/** The offspring generating function G(s). */
export function offspringPgf(s: number, r: number, dispersion: number): number {
  if (isPoisson(dispersion)) return Math.exp(-r * (1 - s));
  return Math.pow(1 + (r * (1 - s)) / dispersion, -dispersion);
}

/** G'(s): the mean number of offspring weighted by s, increasing in s. */
function offspringPgfSlope(s: number, r: number, dispersion: number): number {
  if (isPoisson(dispersion)) return r * Math.exp(-r * (1 - s));
  return r * Math.pow(1 + (r * (1 - s)) / dispersion, -dispersion - 1);
}

/**
 * Probability that a chain started by one person eventually dies out: the smallest root in [0, 1] of
 * q = (1 + R(1 − q)/κ)^(−κ), or q = exp(−R(1 − q)) for Poisson offspring (κ ≥ 1000 or Infinity).
 *
 * Found by bisection, which cannot miss: f(q) = G(q) − q is convex with f(0) > 0 and f(1) = 0. When R > 1,
 * f dips below zero where G'(q) = 1, and the smallest root lies between 0 and that dip.
 */
export function extinctionProbability(r: number, dispersion: number): number {
  if (!(r > 1)) return 1;
  // 1. Locate the minimum of f, where G'(q) = 1 (G' is increasing, G'(1) = R > 1).
  let lo = 0;
  let hi = 1;
  if (offspringPgfSlope(0, r, dispersion) < 1) {
    for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
      const mid = (lo + hi) / 2;
      if (offspringPgfSlope(mid, r, dispersion) < 1) lo = mid;
      else hi = mid;
    }
  } else {
    // Cannot happen: G'(0) = R(1 + R/κ)^(−κ−1) peaks at R = 1 with a value below 1. Kept for safety.
    return 0;
  }
  const dip = lo;
  if (offspringPgf(dip, r, dispersion) - dip >= 0) return dip; // only happens when R is a hair above 1
  // 2. Bisection for the root of f on [0, dip], where f goes from positive to negative.
  lo = 0;
  hi = dip;
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (offspringPgf(mid, r, dispersion) - mid > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Expected number of new people in generation g from one starter: R^g. */
export function generationMean(r: number, generation: number): number {
  return Math.pow(r, generation);
}

/**
 * Variance of the number of people in generation g, from one starter: Var Z_g = σ²·R^(g−1)·(R^g − 1)/(R − 1), with
 * offspring variance σ² = R + R²/κ (σ²·g when R = 1). Used to put error bars on the simulated mean.
 */
export function generationVariance(r: number, dispersion: number, generation: number): number {
  if (generation <= 0) return 0;
  const offspringVariance = r + (isPoisson(dispersion) ? 0 : (r * r) / dispersion);
  if (Math.abs(r - 1) < 1e-12) return offspringVariance * generation;
  return (offspringVariance * Math.pow(r, generation - 1) * (Math.pow(r, generation) - 1)) / (r - 1);
}

/** Expected total size of the chain, starter included, when R < 1: 1/(1 − R). Null when R ≥ 1 (unbounded). */
export function expectedTotalSize(r: number): number | null {
  return r < 1 ? 1 / (1 - r) : null;
}

/**
 * The fewest people a hearer passes the story to that only one hearer in `oneIn` reaches or exceeds: the upper
 * quantile of the negative-binomial offspring count (mean r, dispersion κ), from its probabilities
 * P(0) = (κ/(κ + r))^κ and P(k + 1) = P(k) · (k + κ)/(k + 1) · r/(κ + r). Used to say in numbers what
 * "a rare hearer tells very many" means for a preset.
 */
export function rareOffspring(r: number, dispersion: number, oneIn = 1000): number {
  if (!(r > 0) || !(dispersion > 0) || !(oneIn > 1)) return 0;
  const q = r / (dispersion + r);
  let p = Math.pow(dispersion / (dispersion + r), dispersion);
  let below = 0;
  for (let k = 0; k < 1_000_000; k++) {
    if (1 - below <= 1 / oneIn) return k;
    below += p;
    p *= ((k + dispersion) / (k + 1)) * q;
  }
  return 1_000_000;
}
