/**
 * The one seeded random source every model uses, and the few samplers the models need.
 *
 * The uniform source is d3-random's `randomLcg`, a 32-bit linear congruential generator written with
 * integer arithmetic (`| 0`, `>>> 0`), so a seed gives the same sequence in Node and in every browser.
 * Distributions come from d3-random with `.source(random)` rather than hand-written samplers.
 *
 * Why the seed is mixed first: with a plain LCG, seeds 1 and 2 give first draws that differ by only
 * 0x19660D / 2^32 ≈ 0.0004, so "new seed" would replay almost the same run. An integer hash
 * (the murmur3 finaliser, built from Math.imul and shifts, so it is exact everywhere) spreads
 * neighbouring seeds over the whole state space before the LCG starts.
 *
 * Exactness across engines: the uniform stream is bit-identical everywhere. The distributions go
 * through Math.log, Math.exp and Math.pow, which the ECMAScript standard lets engines approximate;
 * all current engines agree on the inputs we have tried, but a one-ulp difference could in principle
 * flip a rare comparison.
 */
import { randomBernoulli, randomGamma, randomLcg, randomPoisson } from 'd3-random';
import type { Random } from './types.ts';

/** Seeds are whole numbers in [0, 2^32); anything else is folded into that range. */
export const SEED_MAX = 0xffffffff;

/** Dispersion at or above which the negative binomial is treated as Poisson (no overdispersion). */
export const POISSON_DISPERSION = 1000;

/** A seed from anything (a URL string, a float, NaN): a whole number in [0, 2^32). */
export function normalizeSeed(seed: unknown): number {
  const n = typeof seed === 'string' && seed.trim() !== '' ? Number(seed) : seed;
  if (typeof n !== 'number' || !Number.isFinite(n)) return 0;
  const whole = Math.floor(Math.abs(n));
  return whole % 0x100000000;
}

/** murmur3's 32-bit finaliser: neighbouring seeds land far apart. Returns an unsigned 32-bit integer. */
function mixSeed(seed: number): number {
  let h = seed >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform source in [0, 1) from a seed: the same seed gives the same sequence everywhere. */
export function createRandom(seed: number): Random {
  // randomLcg reads a seed in [0, 1) as a fraction of the state space; mixed seeds are whole numbers,
  // and 0 (the only mixed value below 1) means state 0 either way.
  return randomLcg(mixSeed(normalizeSeed(seed)));
}

/** Draws Poisson(λ) for a λ that changes from draw to draw (d3-random's sampler, one closure per draw). */
export function poissonSampler(random: Random): (lambda: number) => number {
  const poisson = randomPoisson.source(random);
  return (lambda) => (lambda > 0 ? poisson(lambda)() : 0);
}

/** Draws Gamma(shape, scale) for a shape and scale that change from draw to draw. */
export function gammaSampler(random: Random): (shape: number, scale: number) => number {
  const gamma = randomGamma.source(random);
  return (shape, scale) => (shape > 0 && scale > 0 ? gamma(shape, scale)() : 0);
}

/** True with probability p. */
export function bernoulliSampler(random: Random, p: number): () => boolean {
  const draw = randomBernoulli.source(random)(Math.min(1, Math.max(0, p)));
  return () => draw() === 1;
}

/**
 * Negative binomial with the given mean and dispersion κ, drawn as a Gamma–Poisson mixture:
 * λ ~ Gamma(shape κ, scale mean/κ), then Poisson(λ). Mean = mean, variance = mean + mean²/κ.
 * Small κ means strong overdispersion (most draw 0, a few draw many); κ ≥ 1000 or Infinity is Poisson.
 */
export function negativeBinomialSampler(random: Random, mean: number, dispersion: number): () => number {
  if (!(mean > 0)) return () => 0;
  if (!(dispersion < POISSON_DISPERSION)) {
    const poisson = randomPoisson.source(random)(mean);
    return () => poisson();
  }
  const gamma = randomGamma.source(random)(dispersion, mean / dispersion);
  const poisson = poissonSampler(random);
  return () => poisson(gamma());
}

/**
 * The sum of `count` independent negative binomial draws with the same mean and dispersion, in one draw.
 * A sum of n Gamma(κ, θ) is Gamma(nκ, θ), so the sum is negative binomial with mean n·mean and
 * dispersion n·κ: a whole generation of a branching process costs one draw instead of n.
 */
export function negativeBinomialSumSampler(
  random: Random,
): (count: number, mean: number, dispersion: number) => number {
  const gamma = gammaSampler(random);
  const poisson = poissonSampler(random);
  return (count, mean, dispersion) => {
    if (!(count > 0) || !(mean > 0)) return 0;
    if (!(dispersion < POISSON_DISPERSION)) return poisson(count * mean);
    return poisson(gamma(count * dispersion, mean / dispersion));
  };
}

/**
 * How many failures before the next success of a Bernoulli(p) trial: the gap to skip when only
 * the successes matter (Batagelj & Brandes 2005). Callers handle p = 0 and p = 1 themselves;
 * the gap is capped at 2^31 − 1 so it always fits an index.
 */
export function geometricSkip(random: Random, logOneMinusP: number): number {
  // log1p(-u) / log(1 - p) with u in [0, 1): the inverse CDF of the geometric distribution.
  const gap = Math.floor(Math.log1p(-random()) / logOneMinusP);
  return gap < 0x7fffffff ? gap : 0x7fffffff;
}
