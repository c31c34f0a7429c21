import { describe, expect, it } from 'vitest';
import { branching } from '../../src/models/index.ts';
import {
  createBranchingRun,
  extinctionProbability,
  generationMean,
  generationVariance,
  offspringPgf,
  runBranching,
  runEnsemble,
  sizeBinEdges,
  type BranchingParams,
} from '../../src/models/branching.ts';
import { rareOffspring } from '../../src/models/branching-analytic.ts';
import { createRandom, negativeBinomialSampler } from '../../src/models/random.ts';

function params(overrides: Partial<BranchingParams>): BranchingParams {
  return { ...branching.defaults(), ...overrides };
}

describe('extinctionProbability (analytic)', () => {
  it('is 1 when R ≤ 1', () => {
    expect(extinctionProbability(0.5, 0.3)).toBe(1);
    expect(extinctionProbability(1, 1000)).toBe(1);
  });

  it('matches the Poisson values q = exp(−R(1 − q)): R = 2 → 0.2031878699799799, R = 3 → 0.0595202092926', () => {
    expect(extinctionProbability(2, Infinity)).toBeCloseTo(0.2031878699799799, 10);
    expect(extinctionProbability(3, Infinity)).toBeCloseTo(0.059520209292640555, 10);
  });

  it('solves q = (1 + R(1 − q)/κ)^(−κ) and is its smallest root (R = 1.5, κ = 0.5)', () => {
    const q = extinctionProbability(1.5, 0.5);
    expect(offspringPgf(q, 1.5, 0.5)).toBeCloseTo(q, 12);
    // Smallest root: below q the generating function stays above the diagonal.
    for (let s = 0; s < q - 1e-6; s += q / 50) expect(offspringPgf(s, 1.5, 0.5)).toBeGreaterThan(s);
  });

  it('with κ = 1 (geometric offspring) equals the closed form 1/R', () => {
    // For geometric offspring with mean R the smallest root is exactly 1/R.
    expect(extinctionProbability(2.5, 1)).toBeCloseTo(0.4, 10);
  });
});

describe('branching ensemble against theory', () => {
  it('mean of generation g ≈ R^g within 3 standard errors (R = 1.5, κ = 2, 20,000 runs, g = 1…8)', () => {
    const p = params({ r: 1.5, kappa: 2, cap: 1_000_000, maxGenerations: 8 });
    const ensemble = runEnsemble(p, 11, 20_000);
    expect(ensemble.meanByGeneration).toHaveLength(9);
    for (let g = 1; g <= 8; g++) {
      const expected = generationMean(1.5, g);
      const se = Math.sqrt(generationVariance(1.5, 2, g) / 20_000);
      expect(Math.abs((ensemble.meanByGeneration[g] ?? 0) - expected), `generation ${g}`).toBeLessThan(
        3 * se,
      );
      // The spread matches theory too (loosely: a sample sd of a heavy tail converges slowly).
      expect((ensemble.sdByGeneration[g] ?? 0) / Math.sqrt(generationVariance(1.5, 2, g))).toBeGreaterThan(
        0.85,
      );
      expect((ensemble.sdByGeneration[g] ?? 0) / Math.sqrt(generationVariance(1.5, 2, g))).toBeLessThan(1.15);
    }
  });

  it('P(fizzle) matches the extinction probability within 3 standard errors (R = 1.5, κ = 0.5, 20,000 runs)', () => {
    const q = extinctionProbability(1.5, 0.5); // 0.76759…
    const ensemble = runEnsemble(
      params({ r: 1.5, kappa: 0.5, cap: 10_000, maxGenerations: 200 }),
      12,
      20_000,
    );
    const se = Math.sqrt((q * (1 - q)) / 20_000);
    expect(Math.abs(ensemble.pFizzle - q)).toBeLessThan(3 * se);
    expect(ensemble.fizzled + ensemble.viral + ensemble.ongoing).toBe(20_000);
  });

  it('P(fizzle) matches the Poisson extinction probability (R = 2, κ = 1000, 20,000 runs)', () => {
    const q = extinctionProbability(2, 1000); // 0.2032
    const ensemble = runEnsemble(params({ r: 2, kappa: 1000, cap: 10_000, maxGenerations: 200 }), 13, 20_000);
    const se = Math.sqrt((q * (1 - q)) / 20_000);
    expect(Math.abs(ensemble.pFizzle - q)).toBeLessThan(3 * se);
  });

  it('viral coefficient K = 0.7 multiplies each starter by 1/(1 − K) ≈ 3.33 (within 3 standard errors)', () => {
    // Variance of the total of a subcritical Poisson chain: R/(1 − R)³ = 0.7/0.027 = 25.9.
    const ensemble = runEnsemble(
      params({ ...branching.presets['viral-k']?.params, cap: 1_000_000 }),
      14,
      20_000,
    );
    const se = Math.sqrt(0.7 / 0.3 ** 3 / 20_000);
    expect(Math.abs(ensemble.meanTotal - 1 / 0.3)).toBeLessThan(3 * se);
    expect(ensemble.pFizzle).toBe(1);
  });

  it('puts every run in exactly one histogram bar, viral runs in the last', () => {
    const ensemble = runEnsemble(params({ r: 1.1, kappa: 0.15, cap: 1000 }), 15, 5000);
    const counted = ensemble.sizeHistogram.reduce((sum, bin) => sum + bin.count, 0);
    expect(counted).toBe(5000);
    expect(ensemble.sizeHistogram.at(-1)?.count).toBe(ensemble.viral);
    expect(ensemble.sizeHistogram.at(-1)?.viral).toBe(true);
  });

  it('uses 1–2–5 bins below the cap', () => {
    expect(sizeBinEdges(1000)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(sizeBinEdges(10)).toEqual([1, 2, 5, 10]);
    expect(sizeBinEdges(15)).toEqual([1, 2, 5, 10, 15]);
  });
});

describe('a single branching run', () => {
  it('says "generation" for one and "generations" for more in its summary', () => {
    const say = (maxGenerations: number) => {
      const p = params({ r: 3, kappa: 1000, maxGenerations, runs: 200 });
      return branching.describe(branching.run(p, 5), p);
    };
    expect(say(1)).toMatch(/still going after 1 generation\./);
    expect(say(2)).toMatch(/still going after 2 generations\./);
  });

  it('keeps a consistent who-told-whom tree for a small run', () => {
    const run = runBranching(params({ r: 1.3, kappa: 1, cap: 400, maxGenerations: 30 }), createRandom(21));
    const { parent, generation } = run.tree;
    expect(parent[0]).toBe(-1);
    for (let i = 1; i < parent.length; i++) {
      expect(parent[i]).toBeLessThan(i);
      expect(generation[i]).toBe((generation[parent[i] ?? 0] ?? 0) + 1);
    }
    if (!run.tree.truncated) {
      expect(parent.length).toBe(run.total);
      for (let g = 0; g < run.counts.length; g++) {
        expect(generation.filter((x) => x === g).length).toBe(run.counts[g]);
      }
    }
    expect(run.cumulative.at(-1)).toBe(run.total);
    expect(run.counts.reduce((a, b) => a + b, 0)).toBe(run.total);
  });

  it('caps the tree at 500 people and says it is truncated', () => {
    const run = runBranching(
      params({ r: 3, kappa: 1000, cap: 100_000, maxGenerations: 30 }),
      createRandom(22),
    );
    expect(run.outcome).toBe('viral');
    expect(run.total).toBeGreaterThanOrEqual(100_000);
    expect(run.tree.parent.length).toBe(500);
    expect(run.tree.truncated).toBe(true);
  });

  it('steps one generation at a time and stops with an outcome', () => {
    const stepper = createBranchingRun(params({ r: 0.5, kappa: 1000 }), createRandom(23));
    let steps = 0;
    while (stepper.step()) steps++;
    expect(stepper.done).toBe(true);
    expect(stepper.outcome).toBe('fizzled');
    expect(stepper.generation).toBe(steps + 1);
    expect(stepper.step()).toBe(false);
    expect(stepper.counts.at(-1)).toBe(0);
  });

  it('single runs (drawn person by person) fizzle as often as theory says (R = 1.5, κ = 0.5, 4,000 runs)', () => {
    const q = extinctionProbability(1.5, 0.5);
    const random = createRandom(25);
    const p = params({ r: 1.5, kappa: 0.5, cap: 2000, maxGenerations: 200 });
    let fizzled = 0;
    for (let i = 0; i < 4000; i++) if (runBranching(p, random).outcome === 'fizzled') fizzled++;
    expect(Math.abs(fizzled / 4000 - q)).toBeLessThan(3 * Math.sqrt((q * (1 - q)) / 4000));
  });

  it('R = 0 always fizzles after the starter', () => {
    const run = runBranching(params({ r: 0 }), createRandom(24));
    expect(run.counts).toEqual([1, 0]);
    expect(run.outcome).toBe('fizzled');
  });

  it('reports "ongoing" when the generations run out first', () => {
    const run = runBranching(
      params({ r: 1.2, kappa: 1000, cap: 1_000_000, maxGenerations: 1 }),
      createRandom(2),
    );
    expect(['ongoing', 'fizzled']).toContain(run.outcome);
    expect(run.counts.length).toBeLessThanOrEqual(2);
  });
});

describe('the rare teller a preset describes', () => {
  it('is the offspring count only one hearer in a thousand reaches, checked against 200,000 draws', () => {
    const r = 1.1;
    const kappa = 0.15;
    const k = rareOffspring(r, kappa);
    const draw = negativeBinomialSampler(createRandom(11), r, kappa);
    let atLeast = 0;
    let atLeastBelow = 0;
    const runs = 200_000;
    for (let i = 0; i < runs; i++) {
      const x = draw();
      if (x >= k) atLeast++;
      if (x >= k - 1) atLeastBelow++;
    }
    // P(X ≥ k) ≤ 1/1000 < P(X ≥ k − 1), within sampling error (3 standard errors of a share near 0.001).
    const se = Math.sqrt(0.001 / runs);
    expect(atLeast / runs).toBeLessThan(0.001 + 3 * se);
    expect(atLeastBelow / runs).toBeGreaterThan(0.001 - 3 * se);
    expect(k).toBeGreaterThan(10);
    expect(k).toBeLessThan(200);
  });
});
