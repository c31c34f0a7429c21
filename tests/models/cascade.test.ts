import { describe, expect, it } from 'vitest';
import { cascade } from '../../src/models/index.ts';
import {
  ANSWER,
  buildNetwork,
  COMPLAINT,
  COMPLAINT_THEN_ANSWER,
  createCascade,
  dynamicsParams,
  runCascade,
  UNAWARE,
} from '../../src/models/cascade.ts';
import { erdosRenyi } from '../../src/models/graphs.ts';
import { createRandom } from '../../src/models/random.ts';
import { certainDynamics, path } from './cascade-fixtures.ts';

const certain = certainDynamics(true);

describe('cascade rules on a path (every chance certain, so the result is exact)', () => {
  it('without an answer, the complaint moves one step a day', () => {
    const run = runCascade(path(5), { ...certain, respond: false }, createRandom(1), { poster: 0 });
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(run.nodeState)).toEqual([1, 1, 1, 1, 1]);
    // Day 5 is the last node's (fruitless) chance; then nobody is left to pass it on.
    expect(run.history.complaint).toEqual([1, 2, 3, 4, 5, 5]);
    expect(run.days).toBe(5);
  });

  it('an answer at day 0 from the poster and from node 4: the poster still posts, converted nodes stop, answer-first nodes are immune', () => {
    // Day 0: poster 0 posts (C), then the answer is seeded at 0 (→ C then A) and at 4 (→ A).
    // Day 1: complaint from 0 (its post always goes out) → 1 (C). Answer from 0 and 4 → 1 (C then A) and 3 (A).
    // Day 2: 1 has heard the answer, so it does not pass the complaint on. Answer from 1 and 3 → 2 (A).
    const run = runCascade(path(5), certain, createRandom(1), {
      poster: 0,
      answerSeeds: new Int32Array([4]),
    });
    expect(Array.from(run.nodeState)).toEqual([
      COMPLAINT_THEN_ANSWER,
      COMPLAINT_THEN_ANSWER,
      ANSWER,
      ANSWER,
      ANSWER,
    ]);
    expect(Array.from(run.complaintAt)).toEqual([0, 1, -1, -1, -1]);
    expect(Array.from(run.answerAt)).toEqual([0, 1, 2, 1, 0]);
    expect(Array.from(run.changedAt)).toEqual([0, 1, 2, 1, 0]);
  });

  it('an apology of 1 stops the complaint from the day after the answer', () => {
    // Answer on day 1 (seeded at the poster only, passed on with chance 0): day 1 the complaint reaches node 1
    // at full strength; from day 2 its chance is 1 × (1 − 1) = 0.
    const calm = { ...certain, betaR: 0, responseDay: 1, apology: 1 };
    const run = runCascade(path(6), calm, createRandom(1), { poster: 0, answerSeeds: new Int32Array(0) });
    expect(Array.from(run.complaintAt)).toEqual([0, 1, -1, -1, -1, -1]);
    const noApology = runCascade(path(6), { ...calm, apology: 0 }, createRandom(1), {
      poster: 0,
      answerSeeds: new Int32Array(0),
    });
    // Without the apology the complaint runs the whole path: the answer stays with the poster (βr = 0), whose
    // post had already gone out on day 1.
    expect(Array.from(noApology.complaintAt)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('with βc = 0 only the poster knows; on an empty graph nothing happens', () => {
    const quiet = runCascade(path(4), { ...certain, betaC: 0, respond: false }, createRandom(1), {
      poster: 2,
    });
    expect(quiet.counts).toEqual({ unaware: 3, complaint: 1, answer: 0, complaintThenAnswer: 0 });
    const empty = runCascade(path(0), certain, createRandom(1));
    expect(empty.poster).toBe(-1);
    expect(empty.days).toBe(0);
    expect(empty.history.unaware).toEqual([0]);
    const single = runCascade(path(1), certain, createRandom(1));
    expect(single.counts.complaintThenAnswer).toBe(1);
  });
});

describe('cascade on Erdős–Rényi against percolation theory', () => {
  it('final share in a large outbreak solves s = 1 − exp(−c·T·s) (n = 20,000, c = 4, T = 0.5: s = 0.7968), within 0.015', () => {
    let s = 0.5;
    for (let i = 0; i < 200; i++) s = 1 - Math.exp(-4 * 0.5 * s);
    expect(s).toBeCloseTo(0.7968121300200199, 12);
    const shares: number[] = [];
    const params = { betaC: 0.5, betaR: 0, respond: false, responseDay: 0, apology: 0, maxDays: 10_000 };
    for (let seed = 0; seed < 6; seed++) {
      const graph = erdosRenyi(20_000, 4, createRandom(seed));
      const run = runCascade(graph, params, createRandom(1000 + seed));
      const share = run.counts.complaint / graph.n;
      if (share > 0.1) shares.push(share); // condition on a large outbreak (small ones die within a few people)
    }
    expect(shares.length).toBeGreaterThanOrEqual(4);
    // Finite-size spread of one outbreak is about 0.005 here; 0.015 is 3 of those.
    for (const share of shares) expect(Math.abs(share - s)).toBeLessThan(0.015);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(Math.abs(mean - s)).toBeLessThan(0.008);
  });
});

describe('cascade bookkeeping on a generated network', () => {
  const params = { ...cascade.defaults(), n: 3000 };
  const result = cascade.run(params, 5);
  const { run, graph } = result;

  it('counts add up to n every day, and the states match the days each node heard each message', () => {
    for (let day = 0; day <= run.days; day++) {
      const sum =
        (run.history.unaware[day] ?? 0) +
        (run.history.complaint[day] ?? 0) +
        (run.history.answer[day] ?? 0) +
        (run.history.complaintThenAnswer[day] ?? 0);
      expect(sum).toBe(graph.n);
    }
    let mismatches = 0;
    for (let v = 0; v < graph.n; v++) {
      const c = run.complaintAt[v] ?? -1;
      const a = run.answerAt[v] ?? -1;
      const expected =
        c < 0 && a < 0 ? UNAWARE : c >= 0 && a < 0 ? COMPLAINT : c < 0 ? ANSWER : COMPLAINT_THEN_ANSWER;
      if (run.nodeState[v] !== expected) mismatches++;
      if (c >= 0 && a >= 0 && c > a) mismatches++; // complaint-then-answer means in that order
      if (run.changedAt[v] !== Math.max(c, a)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('history totals agree with the per-node record', () => {
    const heard = Array.from(run.complaintAt).filter((d) => d >= 0).length;
    expect(run.counts.complaint + run.counts.complaintThenAnswer).toBe(heard);
    expect(run.history.newComplaint.reduce((a, b) => a + b, 0)).toBe(heard);
  });

  it('the step API reaches the same end as runCascade with the same stream', () => {
    const random = createRandom(5);
    const g = buildNetwork(params, random);
    const live = createCascade(g, dynamicsParams(params), random);
    let steps = 0;
    while (live.step()) steps++;
    expect(live.done).toBe(true);
    expect(live.step()).toBe(false);
    expect(live.t).toBe(run.days);
    expect(steps).toBe(run.days - 1);
    expect(live.nodeState).toEqual(run.nodeState);
  });

  it('answering sooner leaves fewer people with only the complaint (averaged over 20 seeds)', () => {
    const meanReach = (overrides: Partial<typeof params>) => {
      let total = 0;
      for (let seed = 0; seed < 20; seed++) {
        const r = cascade.run({ ...params, n: 1000, ...overrides }, seed).run.counts;
        total += r.complaint + r.complaintThenAnswer;
      }
      return total / 20;
    };
    const atRelease = meanReach({ responseDay: 0 });
    const afterAWeek = meanReach({ responseDay: 7 });
    const never = meanReach({ respond: 'no' });
    expect(atRelease).toBeLessThan(afterAWeek);
    expect(afterAWeek).toBeLessThanOrEqual(never);
  });
});
