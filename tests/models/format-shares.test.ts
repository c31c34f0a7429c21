import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatShares } from '../../src/models/format.ts';

const value = (written: string) => Number(written.replace('%', '').replace(/,/g, ''));

describe('shares of one whole, written', () => {
  it('add up to 100%: the largest takes up the others’ rounding (the branching summary said 100.4%)', () => {
    expect([0.974, 0.023, 0.003].map(formatPercent)).toEqual(['97%', '2.3%', '0.3%']);
    expect(formatShares([0.974, 0.023, 0.003])).toEqual(['97.4%', '2.3%', '0.3%']);
    expect(formatShares([0.5, 0.5, 0])).toEqual(['50%', '50%', '0%']);
    expect(formatShares([0.9995, 0.0005])).toEqual(['99.95%', '0.05%']);
  });

  it('always add up to 100% and stay within a rounding step of the truth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 4 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const shares = counts.map((c) => c / total);
        const written = formatShares(shares).map(value);
        expect(Math.abs(written.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(1e-9);
        // Every share but the largest is written as formatPercent writes it.
        const largest = shares.indexOf(Math.max(...shares));
        shares.forEach((s, i) => {
          if (i !== largest) expect(formatShares(shares)[i]).toBe(formatPercent(s));
          expect(Math.abs(written[i] - s * 100)).toBeLessThanOrEqual(0.5 * (shares.length - 1) + 1e-9);
        });
      }),
      { numRuns: 300 },
    );
  });
});
