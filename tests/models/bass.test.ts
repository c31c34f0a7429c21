import { randomNormal } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { bass } from '../../src/models/index.ts';
import {
  bassCumulative,
  bassDiscrete,
  bassRate,
  bassCurve,
  bassShare,
  peakShare,
  peakTime,
} from '../../src/models/bass.ts';
import { fitBass } from '../../src/models/bass-fit.ts';
import { createRandom } from '../../src/models/random.ts';

describe('Bass closed form', () => {
  it('peaks at t* = ln(q/p)/(p+q) ≈ 6.19 with F(t*) = 1/2 − p/(2q) ≈ 0.4605 (p = 0.03, q = 0.38)', () => {
    // ln(0.38/0.03) = ln(12.6667) = 2.538974; / 0.41 = 6.192620.
    expect(peakTime(0.03, 0.38)).toBeCloseTo(6.19262, 5);
    expect(peakShare(0.03, 0.38)).toBeCloseTo(0.5 - 0.03 / 0.76, 12);
    expect(peakShare(0.03, 0.38)).toBeCloseTo(0.460526, 6);
    // The closed form agrees with its own peak formula, and the rate is highest there.
    const t = peakTime(0.03, 0.38);
    expect(bassShare(t, 0.03, 0.38)).toBeCloseTo(peakShare(0.03, 0.38), 12);
    expect(bassRate(t, 0.03, 0.38)).toBeGreaterThan(bassRate(t - 0.05, 0.03, 0.38));
    expect(bassRate(t, 0.03, 0.38)).toBeGreaterThan(bassRate(t + 0.05, 0.03, 0.38));
  });

  it('the rate is the derivative of the share (central difference, p = 0.02, q = 0.5, t = 3)', () => {
    const h = 1e-5;
    const numeric = (bassShare(3 + h, 0.02, 0.5) - bassShare(3 - h, 0.02, 0.5)) / (2 * h);
    expect(bassRate(3, 0.02, 0.5)).toBeCloseTo(numeric, 8);
  });

  it('q = 0 gives 1 − e^{−pt}; p = 0 gives 0; tiny p, huge t and t ≤ 0 give numbers, not NaN', () => {
    expect(bassShare(10, 0.1, 0)).toBeCloseTo(1 - Math.exp(-1), 12);
    expect(bassShare(10, 0, 0.5)).toBe(0);
    expect(bassShare(1e6, 1e-300, 2)).toBe(1);
    expect(Number.isFinite(bassShare(1, 1e-300, 2))).toBe(true);
    expect(Number.isFinite(bassRate(1e6, 1e-300, 2))).toBe(true);
    expect(bassShare(0, 0.03, 0.38)).toBe(0);
    expect(bassShare(-5, 0.03, 0.38)).toBe(0);
    expect(peakTime(0.5, 0.1)).toBe(0);
    expect(peakTime(0, 0.5)).toBe(0);
  });

  it('the discrete form matches a hand calculation: n(1) = p·m, n(2) = (p + q·p)(m − p·m)', () => {
    // p = 0.03, q = 0.38, m = 1000: n(1) = 30; n(2) = (0.03 + 0.38·0.03)·970 = 0.0414·970 = 40.158.
    const d = bassDiscrete(0.03, 0.38, 1000, 2);
    expect(d.adoptions[1]).toBeCloseTo(30, 12);
    expect(d.adoptions[2]).toBeCloseTo(40.158, 10);
    expect(d.cumulative[2]).toBeCloseTo(70.158, 10);
  });

  it('the discrete form never passes m, even when p + q > 1', () => {
    const d = bassDiscrete(0.5, 2, 1000, 20);
    for (const n of d.cumulative) expect(n).toBeLessThanOrEqual(1000);
  });
});

describe('fitBass', () => {
  const t = Array.from({ length: 20 }, (_, i) => i + 1);
  const exact = t.map((ti) => bassCumulative(ti, 0.03, 0.38, 1_000_000));

  it('recovers p = 0.03, q = 0.38, m = 1,000,000 from 20 exact points (to 1e-6)', () => {
    const fit = fitBass(t, exact);
    expect(fit).not.toBeNull();
    expect(fit?.p).toBeCloseTo(0.03, 6);
    expect(fit?.q).toBeCloseTo(0.38, 6);
    expect((fit?.m ?? 0) / 1e6).toBeCloseTo(1, 6);
    expect(fit?.r2).toBeCloseTo(1, 10);
  });

  it('recovers them within 5% from data with 1% seeded noise', () => {
    const noise = randomNormal.source(createRandom(7))(0, 0.01);
    const noisy = exact.map((y) => y * (1 + noise()));
    const fit = fitBass(t, noisy);
    expect(Math.abs((fit?.p ?? 0) / 0.03 - 1)).toBeLessThan(0.05);
    expect(Math.abs((fit?.q ?? 0) / 0.38 - 1)).toBeLessThan(0.05);
    expect(Math.abs((fit?.m ?? 0) / 1e6 - 1)).toBeLessThan(0.05);
    expect(fit?.r2).toBeGreaterThan(0.99);
  });

  it('fits a daily series with a different time scale (p = 0.02, q = 0.5 per day, m = 5 million)', () => {
    const days = Array.from({ length: 15 }, (_, i) => 1 + 2 * i);
    const views = days.map((d) => bassCumulative(d, 0.02, 0.5, 5e6));
    const fit = fitBass(days, views);
    expect(fit?.p).toBeCloseTo(0.02, 5);
    expect(fit?.q).toBeCloseTo(0.5, 5);
    expect((fit?.m ?? 0) / 5e6).toBeCloseTo(1, 5);
  });

  it('never throws on bad or short data', () => {
    expect(fitBass([], [])).toBeNull();
    expect(fitBass([1, 2], [10, 20])).toBeNull();
    expect(fitBass([1, 2, 3], [0, 0, 0])).toBeNull();
    expect(fitBass('abc' as unknown as number[], [1, 2, 3])).toBeNull();
    const withNaN = fitBass([1, 2, NaN, 4, 5, -1], [1, 3, 5, 9, 14, 2]);
    expect(withNaN?.notices.some((n) => /2 points were dropped/.test(n.message))).toBe(true);
    const uneven = fitBass([1, 2, 3, 4, 5], [1, 3, 6]);
    expect(uneven?.notices.some((n) => /only the first 3 pairs/.test(n.message))).toBe(true);
    const flat = fitBass([1, 2, 3, 4], [5, 5, 5, 5]);
    expect(flat === null || Number.isFinite(flat.p)).toBe(true);
    const growing = fitBass([1, 2, 3, 4, 5], [1, 2, 4, 8, 16]);
    expect(growing?.notices.some((n) => n.param === 'm')).toBe(true);
  });
});

describe('bass model definition', () => {
  it('reports the peak in the summary of the meta-analysis preset', () => {
    const params = { ...bass.defaults(), ...bass.presets['meta-analysis']?.params };
    const result = bass.run(params, 0);
    expect(result.peakTime).toBeCloseTo(6.19, 2);
    expect(bass.describe(result, params)).toMatch(
      /per year, new adoptions peak after 6\.2 years, when 46% of the eventual 1 million have adopted\. After 20 years, 996,259 \(99\.6%\)/,
    );
  });
});

describe('bassCurve', () => {
  const params = { p: 0.02, q: 0.5, m: 5e6, periods: 30 };

  it('keeps the run’s whole periods and adds log-spaced times to `until`, sorted, each on the closed form', () => {
    const curve = bassCurve(params, 0.1, 10_000);
    for (let i = 0; i <= 30; i++) expect(curve.t).toContain(i);
    expect(curve.t[0]).toBe(0);
    expect(curve.t[1]).toBe(0.1);
    expect(curve.t[curve.t.length - 1]).toBe(10_000);
    for (let i = 1; i < curve.t.length; i++) expect(curve.t[i]).toBeGreaterThan(curve.t[i - 1] ?? 0);
    curve.t.forEach((t, i) => expect(curve.cumulative[i]).toBe(bassCumulative(t, 0.02, 0.5, 5e6)));
    // Five powers of ten at 40 a decade, plus the periods 0 … 30 not already among them.
    expect(curve.t.length).toBeGreaterThan(200);
    expect(curve.t.length).toBeLessThan(240);
  });

  it('gives the periods alone when the span is empty or not positive', () => {
    expect(bassCurve(params, 0, 100).t).toHaveLength(31);
    expect(bassCurve(params, 100, 10).t).toHaveLength(31);
  });
});
