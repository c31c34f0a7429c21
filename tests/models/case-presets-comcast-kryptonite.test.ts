/**
 * The presets added for the Comcast (2006, 2014) and Kryptonite (2004) lessons (issue 12): each tells its case's
 * story. Analytic values for the branching preset; a few seeded runs for the cascade presets, whose lessons check
 * the same statements over 40 seeds at build time.
 */
import { describe, expect, it } from 'vitest';
import { branching, cascade } from '../../src/models/index.ts';
import {
  extinctionProbability,
  generationMean,
  offspringPgf,
  type BranchingParams,
} from '../../src/models/branching.ts';
import type { CascadeParams } from '../../src/models/cascade.ts';

const seeds = [1, 2, 3, 4, 5];

function branchingParams(preset: string, overrides: Partial<BranchingParams> = {}): BranchingParams {
  const { params, notices } = branching.normalize({
    ...branching.defaults(),
    ...branching.presets[preset]?.params,
    ...overrides,
  });
  expect(notices).toEqual([]);
  return params;
}

function cascadeParams(preset: string, overrides: Partial<CascadeParams> = {}): CascadeParams {
  const { params, notices } = cascade.normalize({
    ...cascade.defaults(),
    ...cascade.presets[preset]?.params,
    ...overrides,
  });
  expect(notices).toEqual([]);
  return params;
}

const shares = (params: CascadeParams, seed: number) => {
  const { run } = cascade.run(params, seed);
  const n = run.nodeState.length;
  return {
    complaint: (run.counts.complaint + run.counts.complaintThenAnswer) / n,
    answer: (run.counts.answer + run.counts.complaintThenAnswer) / n,
  };
};

describe('comcast-technician-2006 (branching): most clips fizzle, a few reach 500,000', () => {
  const p = branchingParams('comcast-technician-2006');

  it('has most viewers pass it to no one, though the average is above one', () => {
    expect(p.r).toBeGreaterThan(1);
    // P(0 children) = G(0) = (1 + R/κ)^(−κ) ≈ 0.73 at R = 1.1, κ = 0.15.
    expect(offspringPgf(0, p.r, p.kappa)).toBeGreaterThan(0.5);
  });

  it('lets a few chains survive: 1 − q between 1% and 10%', () => {
    const q = extinctionProbability(p.r, p.kappa);
    expect(1 - q).toBeGreaterThan(0.01);
    expect(1 - q).toBeLessThan(0.1);
  });

  it('follows chains long enough for a survivor to reach the cap, which 50 generations are not', () => {
    const q = extinctionProbability(p.r, p.kappa);
    // Mean size of generation g among surviving chains: R^g / (1 − q).
    expect(generationMean(p.r, 50) / (1 - q)).toBeLessThan(p.cap / 10);
    expect(generationMean(p.r, p.maxGenerations) / (1 - q)).toBeGreaterThan(p.cap * 10);
  });

  it('gives an ensemble share of viral runs within three standard errors of 1 − q, and none with 50 generations', () => {
    const q = extinctionProbability(p.r, p.kappa);
    const { ensemble } = branching.run(p, 1);
    const se = Math.sqrt((q * (1 - q)) / ensemble.runs);
    expect(Math.abs(ensemble.pViral - (1 - q))).toBeLessThan(3 * se + 0.005);
    expect(ensemble.ongoing).toBe(0);
    expect(
      branching.run(branchingParams('comcast-technician-2006', { maxGenerations: 50 }), 1).ensemble.viral,
    ).toBe(0);
  });
});

describe('comcast-ryan-block-2014: a same-day answer limits the recording but does not stop it', () => {
  const answered = cascadeParams('comcast-ryan-block-2014');
  const silent = cascadeParams('comcast-ryan-block-2014-no-answer');

  it('differs from its no-answer twin only in whether the company answers', () => {
    expect({ ...silent, respond: 'yes' }).toEqual(answered);
  });

  it.each(seeds)(
    'seed %i: fewer hear the complaint than with silence, but over four in ten, and more than the answer',
    (seed) => {
      const a = shares(answered, seed);
      const s = shares(silent, seed);
      expect(a.complaint).toBeLessThan(s.complaint);
      expect(a.complaint).toBeGreaterThan(0.4);
      expect(a.complaint).toBeGreaterThan(a.answer);
    },
  );
});

describe('kryptonite-2004: the exchange on day 9 comes after the busiest day', () => {
  const p = cascadeParams('kryptonite-2004');

  it.each(seeds)(
    'seed %i: the peak is before day 9, most hear the complaint, and a day-1 exchange keeps it under 10%',
    (seed) => {
      expect(
        cascade
          .run(p, seed)
          .run.history.newComplaint.reduce((best, v, i, all) => (v > all[best] ? i : best), 0),
      ).toBeLessThan(9);
      expect(shares(p, seed).complaint).toBeGreaterThan(0.5);
      expect(shares({ ...p, responseDay: 1 }, seed).complaint).toBeLessThan(0.1);
    },
  );
});
