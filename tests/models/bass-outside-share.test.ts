import { describe, expect, it } from 'vitest';
import { bass } from '../../src/models/index.ts';
import { bassShare, outsideInfluenceShare } from '../../src/models/bass.ts';
import { formatPercent } from '../../src/models/format.ts';

/**
 * The outside-influence share S = (p/q)·ln(1 + q/p) (bass-math.ts) against two independent computations:
 * a numerical integral of p·(1 − F(t)) over the closed form, and the discrete form run in small time steps,
 * counting the adoptions its p term makes.
 */

/** ∫₀^∞ p·(1 − F(t)) dt by composite Simpson's rule, far enough out that 1 − F is negligible. */
function integratedShare(p: number, q: number): number {
  // 1 − F falls like e^{−(p+q)t} once the market is nearly full: 60/(p+q) leaves less than e^{−50} out.
  const end = 60 / (p + q) + (2 * Math.log(1 + q / p)) / (p + q);
  const n = 200_000;
  const h = end / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const w = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
    sum += w * (1 - bassShare(i * h, p, q));
  }
  return (p * sum * h) / 3;
}

/**
 * The discrete form n = [p·dt + q·dt·N/m]·(m − N) in steps of dt, counting the outside part p·dt·(m − N)
 * separately: as dt → 0 it becomes the continuous model, so its outside share tends to S.
 */
function discreteShare(p: number, q: number, dt: number): number {
  const m = 1;
  let total = 0;
  let outside = 0;
  const steps = Math.ceil((60 + 2 * Math.log(1 + q / p)) / ((p + q) * dt));
  for (let k = 0; k < steps; k++) {
    const left = m - total;
    const fromOutside = p * dt * left;
    const fromWord = ((q * dt * total) / m) * left;
    outside += fromOutside;
    total += fromOutside + fromWord;
  }
  return outside / total;
}

const presets = Object.entries(bass.presets).map(([id, preset]) => {
  const params = { ...bass.defaults(), ...preset.params };
  return [id, params.p, params.q] as const;
});

describe('outsideInfluenceShare', () => {
  it.each([...presets, ['p ≥ q', 0.3, 0.1] as const, ['tiny q', 0.02, 1e-6] as const])(
    '%s: matches the integral of p·(1 − F) over the closed form (to 1e-7)',
    (_id, p, q) => {
      expect(outsideInfluenceShare(p, q)).toBeCloseTo(integratedShare(p, q), 7);
    },
  );

  it.each(presets)('%s: matches the discrete form in small steps (to 1e-3 at dt = 0.001)', (_id, p, q) => {
    expect(Math.abs(outsideInfluenceShare(p, q) - discreteShare(p, q, 0.001))).toBeLessThan(1e-3);
  });

  it('the discrete form converges to it as the step shrinks', () => {
    const exact = outsideInfluenceShare(0.02, 0.5);
    const errors = [0.1, 0.01, 0.001].map((dt) => Math.abs(discreteShare(0.02, 0.5, dt) - exact));
    expect(errors[1]).toBeLessThan(errors[0] / 5);
    expect(errors[2]).toBeLessThan(errors[1] / 5);
  });

  it('is about 13% for the video preset (p = 0.02, q = 0.5), not the 1/25 that q/p suggests', () => {
    // (0.02/0.5)·ln(1 + 25) = 0.04 · 3.258097 = 0.130324.
    expect(outsideInfluenceShare(0.02, 0.5)).toBeCloseTo(0.04 * Math.log(26), 12);
    expect(outsideInfluenceShare(0.02, 0.5)).toBeCloseTo(0.130324, 6);
  });

  it('tends to 1 as q → 0 and to 0 as q/p → ∞; edge cases give numbers, not NaN', () => {
    expect(outsideInfluenceShare(0.03, 0)).toBe(1);
    expect(outsideInfluenceShare(0.03, 1e-12)).toBeCloseTo(1, 10);
    expect(outsideInfluenceShare(0.03, -1)).toBe(1);
    expect(outsideInfluenceShare(0, 0.5)).toBe(0);
    expect(outsideInfluenceShare(1e-300, 2)).toBeGreaterThan(0);
    expect(outsideInfluenceShare(1e-300, 2)).toBeLessThan(1e-297);
    expect(outsideInfluenceShare(5e-324, 2)).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(outsideInfluenceShare(5e-324, 2))).toBe(true);
    // It falls as word of mouth grows.
    expect(outsideInfluenceShare(0.03, 0.1)).toBeGreaterThan(outsideInfluenceShare(0.03, 0.38));
  });
});

describe('the summary states the share from the formula', () => {
  it.each(presets)('%s', (id) => {
    const params = { ...bass.defaults(), ...bass.presets[id]?.params };
    const share = outsideInfluenceShare(params.p, params.q);
    const summary = bass.describe(bass.run(params, 0), params);
    expect(summary).toContain(
      `outside influence brings in ${formatPercent(share)} of adopters and word of mouth ${formatPercent(1 - share)}`,
    );
    expect(summary).not.toMatch(/outweighs|to 1\b/);
  });

  it('says there is no word of mouth when q = 0, and no split when p = 0', () => {
    const params = { ...bass.defaults(), q: 0 };
    expect(bass.describe(bass.run(params, 0), params)).toMatch(/With no word of mouth/);
    const none = { ...bass.defaults(), p: 0 };
    expect(bass.describe(bass.run(none, 0), none)).not.toMatch(/brings in/);
  });
});
