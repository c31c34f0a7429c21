/** Hand-made inputs for the cascade tests: graphs and dynamics where every chance is certain, so results are exact. */
import type { CascadeDynamicsParams } from '../../src/models/cascade.ts';
import { buildCsr, type Graph } from '../../src/models/graphs.ts';

/** A path 0 – 1 – 2 – … – (n − 1). */
export function path(n: number): Graph {
  const pairs = new Int32Array(Math.max(0, n - 1) * 2);
  for (let i = 0; i + 1 < n; i++) {
    pairs[2 * i] = i;
    pairs[2 * i + 1] = i + 1;
  }
  return buildCsr(n, pairs, Math.max(0, n - 1));
}

/** Every hearer retells, from day 0, for up to 100 days; `respond` says whether the company answers at all. */
export function certainDynamics(respond: boolean): CascadeDynamicsParams {
  return { betaC: 1, betaR: 1, respond, responseDay: 0, apology: 0, maxDays: 100 };
}
