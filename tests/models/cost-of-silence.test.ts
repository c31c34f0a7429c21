import { describe, expect, it } from 'vitest';
import { costOfSilence } from '../../src/models/index.ts';
import { runCostOfSilence } from '../../src/models/cost-of-silence.ts';

describe('cost of silence', () => {
  it('does the arithmetic of the UBG preset: 5.8 million × 10% × 0.1% × $1,000 = $580,000; break-even 12,000', () => {
    const params = { ...costOfSilence.defaults(), ...costOfSilence.presets['ubg-2009']?.params };
    const result = runCostOfSilence(params);
    expect(result.lossPerHearer).toBeCloseTo(0.1, 12); // 0.1 × 0.001 × 1000
    expect(result.expectedLoss).toBeCloseTo(580_000, 6);
    expect(result.customersLost).toBeCloseTo(580, 9);
    expect(result.breakEvenReach).toBeCloseTo(12_000, 6); // 1200 / 0.1
    expect(result.lossToFixRatio).toBeCloseTo(483.333333, 5);
    const text = costOfSilence.describe(result, params);
    expect(text).toContain('$1,200');
    expect(text).toContain('$580,000');
    expect(text).toContain('12,000 people');
  });

  it('gives no break-even point when nobody is a customer', () => {
    const params = { ...costOfSilence.defaults(), customerShare: 0 };
    const result = runCostOfSilence(params);
    expect(result.breakEvenReach).toBeNull();
    expect(result.expectedLoss).toBe(0);
    expect(costOfSilence.describe(result, params)).toMatch(/no reach makes the story cost anything/);
  });

  it('draws the loss line on a log range that covers the reach and the break-even point', () => {
    const params = costOfSilence.defaults(); // break-even 1200 / (0.1 × 0.01 × 1000) = 1,200; reach 1,000,000
    const { curve } = runCostOfSilence(params);
    expect(curve.reach[0]).toBe(1);
    expect(curve.reach.at(-1)).toBeGreaterThanOrEqual(1e7);
    expect(curve.loss[10]).toBeCloseTo(10 * 1, 9); // reach 10 × $1 per hearer
    const view = costOfSilence.toSeries(runCostOfSilence(params), params);
    expect(view.series.every((s) => s.values.length === view.x.length)).toBe(true);
  });
});
