/**
 * The Bass (1969) diffusion model's formulas, written so that the edge cases give numbers, not NaN.
 *
 * Hazard f(t)/(1 − F(t)) = p + q·F(t): p is outside influence (media, advertising), q imitation (word of mouth).
 *   F(t)   = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t})        share who have adopted by time t
 *   f(t)   = ((p+q)²/p)·e^{−(p+q)t} / (1 + (q/p)·e^{−(p+q)t})²  adoption rate
 *   t*     = ln(q/p)/(p+q) when q > p, else 0                   peak of the adoption rate
 *   F(t*)  = 1/2 − p/(2q)
 *   S      = (p/q)·ln(1 + q/p)                                share of all adoptions due to outside influence
 * Edge cases: q = 0 gives F = 1 − e^{−pt} (pure outside influence); p = 0 gives F = 0 for all t, because with no
 * outside influence and nobody adopted yet, nobody ever starts (the logistic limit needs a first adopter).
 * (q/p)·e^{−(p+q)t} is computed as exp(ln q − ln p − (p+q)t), so a tiny p cannot make ∞·0.
 */

/** (q/p)·e^{−(p+q)t} without overflow: exp(ln q − ln p − (p+q)t). 0 when q = 0. */
function imitationTerm(t: number, p: number, q: number): number {
  if (!(q > 0)) return 0;
  return Math.exp(Math.log(q) - Math.log(p) - (p + q) * t);
}

/** F(t): share of the market that has adopted by time t (0 before t = 0). */
export function bassShare(t: number, p: number, q: number): number {
  if (!(t > 0) || !(p > 0)) return 0;
  const q0 = q > 0 ? q : 0;
  const reached = -Math.expm1(-(p + q0) * t); // 1 − e^{−(p+q)t}, accurate for small t
  return reached / (1 + imitationTerm(t, p, q0));
}

/** f(t) = dF/dt: share adopting per unit of time at time t. */
export function bassRate(t: number, p: number, q: number): number {
  if (!(t >= 0) || !(p > 0)) return 0;
  const q0 = q > 0 ? q : 0;
  const s = p + q0;
  const ePerP = Math.exp(-s * t - Math.log(p)); // e^{−st}/p
  const denominator = 1 + imitationTerm(t, p, q0);
  return (s * s * ePerP) / (denominator * denominator);
}

/** Cumulative adopters m·F(t). */
export function bassCumulative(t: number, p: number, q: number, m: number): number {
  return m * bassShare(t, p, q);
}

/** Time of peak adoption, ln(q/p)/(p+q) when q > p > 0; 0 otherwise (the rate only falls from the start). */
export function peakTime(p: number, q: number): number {
  if (!(p > 0) || !(q > p)) return 0;
  return Math.log(q / p) / (p + q);
}

/** Share adopted at the peak, 1/2 − p/(2q) when q > p > 0; 0 when the peak is at t = 0. */
export function peakShare(p: number, q: number): number {
  if (!(p > 0) || !(q > p)) return 0;
  return 0.5 - p / (2 * q);
}

/**
 * Share of all adoptions, over the whole diffusion (t from 0 to ∞), that come from outside influence:
 * S = (p/q)·ln(1 + q/p). Not q/p, which compares the two coefficients, not the adoptions they cause.
 *
 * Derivation. The hazard p + q·F splits the adoption rate f = (p + q·F)(1 − F) into an outside-influence part
 * p·(1 − F) and a word-of-mouth part q·F·(1 − F). Everyone adopts in the end (∫f dt = 1), so the outside share
 * is S = ∫₀^∞ p·(1 − F(t)) dt. Change the variable from t to F with dt = dF / ((p + q·F)(1 − F)):
 *   S = p·∫₀¹ dF / (p + q·F) = (p/q)·ln((p + q)/p) = (p/q)·ln(1 + q/p).
 * Limits: q → 0 gives 1 (all outside influence); q/p → ∞ gives 0. For the meta-analysis means (p = 0.03,
 * q = 0.38) S ≈ 0.21, although q/p ≈ 13.
 * Edge cases: q ≤ 0 (with p > 0) gives 1; p ≤ 0 gives 0 (nobody ever adopts; there is nothing to share out).
 */
export function outsideInfluenceShare(p: number, q: number): number {
  if (!(p > 0)) return 0;
  if (!(q > 0)) return 1;
  const ratio = q / p;
  // ln(1 + x)/x, accurate for tiny x (log1p) and for a q/p that overflows (ln q − ln p instead).
  if (Number.isFinite(ratio)) return Math.log1p(ratio) / ratio;
  return (Math.log(q) - Math.log(p)) * Math.exp(Math.log(p) - Math.log(q));
}

export interface BassDiscrete {
  /** n(t) for t = 0 … periods (n(0) = 0). */
  adoptions: number[];
  /** N(t) for t = 0 … periods (N(0) = 0). */
  cumulative: number[];
}

/**
 * The discrete form n(t) = [p + q·N(t−1)/m]·[m − N(t−1)], N(t) = N(t−1) + n(t), from N(0) = 0.
 * When p + q > 1 the raw recursion can overshoot m; n(t) is capped at the m − N(t−1) people left.
 */
export function bassDiscrete(p: number, q: number, m: number, periods: number): BassDiscrete {
  const adoptions = [0];
  const cumulative = [0];
  let total = 0;
  const steps = Math.max(0, Math.floor(periods));
  for (let t = 1; t <= steps; t++) {
    const left = Math.max(0, m - total);
    const raw = m > 0 ? (p + (q * total) / m) * left : 0;
    const fresh = Math.min(left, Math.max(0, raw));
    total += fresh;
    adoptions.push(fresh);
    cumulative.push(total);
  }
  return { adoptions, cumulative };
}

/**
 * Partial derivatives of F(t) with respect to p and q, for the fit's Jacobian.
 * With E = e^{−(p+q)t}, A = 1 − E, B = 1 + (q/p)E and F = A/B:
 *   ∂A/∂p = ∂A/∂q = tE,  ∂B/∂p = −(q/p)E(1/p + t),  ∂B/∂q = (E/p)(1 − qt),  ∂F = (∂A·B − A·∂B)/B².
 */
export function bassShareGradient(t: number, p: number, q: number): [number, number] {
  if (!(t > 0) || !(p > 0)) return [0, 0];
  const e = Math.exp(-(p + q) * t);
  const a = -Math.expm1(-(p + q) * t);
  const ratioE = imitationTerm(t, p, q);
  const b = 1 + ratioE;
  const dA = t * e;
  const dBdp = -ratioE * (1 / p + t);
  const dBdq = (e / p) * (1 - q * t);
  const b2 = b * b;
  return [(dA * b - a * dBdp) / b2, (dA * b - a * dBdq) / b2];
}
