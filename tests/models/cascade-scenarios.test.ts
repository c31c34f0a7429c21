/**
 * The cascade's later parameters (issue 12): several first posters, a campaign from broadcast accounts, media
 * pickup on a set day, where the answer is published, and a good story with no answer. Exact rules on small
 * hand-made graphs where every chance is certain; then seeded ensembles against analytic values within a stated
 * tolerance (about three standard errors of the ensemble mean or share, plus finite-size slack where noted).
 */
import { describe, expect, it } from 'vitest';
import { cascade } from '../../src/models/index.ts';
import {
  ANSWER,
  choosePoster,
  choosePosters,
  COMPLAINT,
  COMPLAINT_THEN_ANSWER,
  runCascade,
  type CascadeParams,
} from '../../src/models/cascade.ts';
import { addBroadcastHubs, buildCsr, erdosRenyi } from '../../src/models/graphs.ts';
import { createRandom } from '../../src/models/random.ts';
import { certainDynamics, path } from './cascade-fixtures.ts';

const certain = certainDynamics(false);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const seeds = (count: number, from = 0) => Array.from({ length: count }, (_, i) => from + i);

/** The defaults with some parameters changed, normalised (and checked to need no change). */
function params(overrides: Partial<CascadeParams>): CascadeParams {
  const { params: p, notices } = cascade.normalize({ ...cascade.defaults(), ...overrides });
  expect(notices).toEqual([]);
  return p;
}

describe('first posters and campaigns (exact, on a path)', () => {
  it('several posters each start the complaint on day 0', () => {
    const run = runCascade(path(9), certain, createRandom(1), { posters: Int32Array.of(0, 4) });
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 1, 0, 1, 2, 3, 4]);
    expect(Array.from(run.posters)).toEqual([0, 4]);
    expect(run.poster).toBe(0);
  });

  it('choosePosters draws distinct people with links, never hubs, the first as choosePoster does', () => {
    const graph = addBroadcastHubs(erdosRenyi(300, 2, createRandom(3)), 2, 0.2, createRandom(4));
    const picked = choosePosters(graph, createRandom(9), 40, graph.hubs);
    expect(new Set(picked).size).toBe(40);
    for (const v of picked) {
      expect(graph.hubs).not.toContain(v);
      expect((graph.offsets[v + 1] ?? 0) - (graph.offsets[v] ?? 0)).toBeGreaterThan(0);
    }
    expect(picked[0]).toBe(choosePoster(graph, createRandom(9), graph.hubs));
    // Never more than there are people with links.
    expect(choosePosters(path(3), createRandom(1), 10).length).toBe(3);
  });

  it('a campaign hub posts on day 0 and reaches its whole audience on day 1; the other hub waits its turn', () => {
    // Path 0 … 5 and two hubs (6, 7) linked to everyone; the complaint starts at hub 6 alone.
    const graph = addBroadcastHubs(path(6), 2, 1, createRandom(1));
    const run = runCascade(graph, { ...certain, campaignHubs: 1 }, createRandom(1), {
      posters: new Int32Array(0),
    });
    expect(Array.from(run.posters)).toEqual([6]);
    expect(Array.from(run.complaintAt)).toEqual([1, 1, 1, 1, 1, 1, 0, 2]);
  });

  it('a first poster answered on day 0 still posts (every day-0 post goes out)', () => {
    const run = runCascade(path(5), { ...certain, betaR: 0, respond: true }, createRandom(1), {
      posters: Int32Array.of(0, 4),
      answerSeeds: new Int32Array(0),
    });
    // Both posters heard the answer on day 0 and still reached 1 and 3 on day 1, who reached 2 on day 2.
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 1, 0]);
    expect(Array.from(run.nodeState)).toEqual([
      COMPLAINT_THEN_ANSWER,
      COMPLAINT,
      COMPLAINT,
      COMPLAINT,
      COMPLAINT_THEN_ANSWER,
    ]);
  });
});

describe('media pickup (exact)', () => {
  // Path 0 … 7 and one hub (8) linked to everyone; the poster is 0.
  const graph = addBroadcastHubs(path(8), 1, 1, createRandom(1));
  const options = { posters: Int32Array.of(0) };

  it('without a pickup the hub hears on day 1 and tells everyone on day 2', () => {
    const run = runCascade(graph, certain, createRandom(1), options);
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 2, 2, 2, 2, 2, 1]);
  });

  it('with a pickup on day 3 the hub cannot hear before then, and tells everyone left on day 4', () => {
    const run = runCascade(graph, { ...certain, pickupDay: 3 }, createRandom(1), options);
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 3, 4, 4, 4, 4, 3]);
  });

  it('a pickup after the complaint died out still happens (the run waits for it)', () => {
    const quiet = { ...certain, betaC: 0, pickupDay: 5 };
    const run = runCascade(graph, quiet, createRandom(1), options);
    expect(run.days).toBe(6);
    expect(run.complaintAt[8]).toBe(5);
  });

  it('a hub that carried the answer first does not pick the complaint up', () => {
    const answeredFirst = { ...certain, betaC: 0, betaR: 0, respond: true, responseDay: 1, pickupDay: 3 };
    const run = runCascade(graph, answeredFirst, createRandom(1), options);
    expect(run.nodeState[8]).toBe(ANSWER);
    expect(run.complaintAt[8]).toBe(-1);
  });

  it('pickup on day 0 is exactly a campaign from every broadcast account', () => {
    for (const seed of [1, 2, 3]) {
      const picked = cascade.run(params({ pickup: 'yes', pickupDay: 0 }), seed).run;
      const campaign = cascade.run(params({ campaignHubs: 3 }), seed).run;
      expect(picked.complaintAt).toEqual(campaign.complaintAt);
      expect(picked.answerAt).toEqual(campaign.answerAt);
      expect(picked.counts).toEqual(campaign.counts);
    }
  });
});

describe('where the answer is published (exact, on a path)', () => {
  const answered = { ...certain, respond: true, responseDay: 0 };

  it('hubs (the default): from the poster to anyone, so people who never heard the complaint hear it first', () => {
    const run = runCascade(path(5), answered, createRandom(1), { poster: 0 });
    expect(Array.from(run.answerAt)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(run.nodeState)).toEqual([3, 3, 2, 2, 2]);
  });

  it('reply: only the poster passes it on, to their own contacts', () => {
    const run = runCascade(path(5), { ...answered, betaC: 0, answerVia: 'reply' }, createRandom(1), {
      poster: 2,
    });
    expect(Array.from(run.answerAt)).toEqual([-1, 1, 0, 1, -1]);
  });

  it('hearers: only people who heard the complaint can hear it, so it stops where the complaint stopped', () => {
    // Day 1: the complaint reaches 1, and the answer catches 1 the same day, so 1 never passes the complaint on;
    // on day 2 node 2 has heard nothing, so the answer cannot reach it either.
    const run = runCascade(path(5), { ...answered, answerVia: 'hearers' }, createRandom(1), { poster: 0 });
    expect(Array.from(run.complaintAt)).toEqual([0, 1, -1, -1, -1]);
    expect(Array.from(run.answerAt)).toEqual([0, 1, -1, -1, -1]);
  });

  it('hearers: on the response day each complaint hearer sees the answer with chance βr (all of them at βr = 1)', () => {
    const late = { ...answered, betaR: 1, responseDay: 3, answerVia: 'hearers' as const };
    const run = runCascade(path(8), late, createRandom(1), { poster: 0 });
    // By day 3 nodes 0 … 3 had heard the complaint; all see the answer that day, and the complaint stops at 3.
    expect(Array.from(run.complaintAt)).toEqual([0, 1, 2, 3, -1, -1, -1, -1]);
    expect(Array.from(run.answerAt)).toEqual([3, 3, 3, 3, -1, -1, -1, -1]);
  });
});

describe('several posters against percolation theory (Erdős–Rényi)', () => {
  // n = 5,000, mean degree c = 4, βc = 0.3, no answer, no hubs: c·βc = 1.2, and s = 1 − exp(−1.2 s) = 0.3137.
  // A poster is drawn among people with a link, so one starts a large outbreak with chance s / (1 − e^−c) = 0.3196;
  // k posters start none with chance (1 − 0.3196)^k (independent while k ≪ n).
  const c = 4;
  const T = 0.3;
  let s = 0.5;
  for (let i = 0; i < 200; i++) s = 1 - Math.exp(-c * T * s);
  const pLarge = s / (1 - Math.exp(-c));
  const setting = (posters: number, maxDays = 365) =>
    params({ network: 'random', n: 5000, meanDegree: c, hubs: 0, respond: 'no', betaC: T, posters, maxDays });

  it(`s = ${s.toFixed(4)}; the chance a single poster's complaint fizzles is 1 − s/(1 − e^−c) = ${(1 - pLarge).toFixed(4)}`, () => {
    expect(s).toBeCloseTo(0.3137, 3);
    expect(1 - pLarge).toBeCloseTo(0.6804, 3);
  });

  it.each([
    [1, 300],
    [4, 300],
  ])(
    'with %i poster(s), the share of %i runs with no large outbreak is (1 − 0.3196)^k within 0.08',
    (k, runs) => {
      const expected = (1 - pLarge) ** k;
      // "Large": over 10% of the network. Large ones reach about s = 31%; small ones, at c·βc = 1.2, rarely pass 1%.
      const fizzled = seeds(runs).filter((seed) => {
        const { counts } = cascade.run(setting(k), seed).run;
        return counts.complaint < 500;
      }).length;
      // Standard error √(p(1 − p)/300) is at most 0.027; 0.08 is three of those.
      expect(Math.abs(fizzled / runs - expected)).toBeLessThan(0.08);
    },
  );

  it('the people who hear it on day 1 number k·βc·c/(1 − e^−c) on average (k = 10: 12.22), within 0.6', () => {
    const expected = 10 * T * (c / (1 - Math.exp(-c)));
    expect(expected).toBeCloseTo(12.22, 2);
    const dayOne = seeds(300).map(
      (seed) => cascade.run(setting(10, 1), seed).run.history.newComplaint[1] ?? 0,
    );
    // Each run's day-1 count has a standard deviation of about 3.5; the mean of 300 has about 0.2.
    expect(Math.abs(mean(dayOne) - expected)).toBeLessThan(0.6);
  });
});

describe('a campaign and a media pickup against their expected audiences', () => {
  // 20,000 people with no links of their own and h = 5 hubs, each linked to each person with chance r = 0.05;
  // the complaint starts at k = 3 campaign hubs (no ordinary poster) with βc = 0.5. A person hears it on day 1
  // from at least one of the k hubs with chance 1 − (1 − r·βc)^k, independently of everyone else.
  const n = 20_000;
  const r = 0.05;
  const betaC = 0.5;
  const build = (seed: number) =>
    addBroadcastHubs(buildCsr(n, new Int32Array(0), 0), 5, r, createRandom(seed));
  const dynamics = { ...certain, betaC, campaignHubs: 3, pickupDay: 6, maxDays: 20 };

  it('day 1: n·(1 − (1 − r·βc)^3) = 1,462.8 people on average over 20 runs, within 25', () => {
    const expected = n * (1 - (1 - r * betaC) ** 3);
    expect(expected).toBeCloseTo(1462.8, 1);
    const runs = seeds(20).map((seed) =>
      runCascade(build(seed), dynamics, createRandom(100 + seed), { posters: new Int32Array(0) }),
    );
    // Binomial: standard deviation √(n·p(1 − p)) = 36.8 per run, 8.2 for the mean of 20; 25 is three of those.
    expect(Math.abs(mean(runs.map((run) => run.history.newComplaint[1] ?? 0)) - expected)).toBeLessThan(25);
  });

  it('the other two hubs wait for the pickup on day 6, then reach each person still unaware with chance 1 − (1 − r·βc)^2', () => {
    const q = 1 - (1 - r * betaC) ** 2;
    const shares: number[] = [];
    for (const seed of seeds(20)) {
      const run = runCascade(build(seed), dynamics, createRandom(100 + seed), { posters: new Int32Array(0) });
      const h = run.history.newComplaint;
      // Nobody hears anything between day 2 and day 5: the day-1 hearers know only hubs that already heard it.
      expect(h.slice(2, 6)).toEqual([0, 0, 0, 0]);
      expect(h[6]).toBe(2);
      shares.push((h[7] ?? 0) / (run.history.unaware[6] ?? 1));
    }
    // Per run the share has a standard deviation of about √(q(1 − q)/18,500) = 0.0015; the mean of 20, 0.0003.
    expect(Math.abs(mean(shares) - q)).toBeLessThan(0.001);
  });
});

describe('where the answer is published, against expected audiences (Erdős–Rényi, n = 5,000, c = 4)', () => {
  const c = 4;
  const base = { network: 'random' as const, n: 5000, meanDegree: c, betaR: 0.5 };

  it('reply: the answer reaches the poster and each of their contacts with chance βr, 1 + βr·E[degree] = 3.108, within 0.25', () => {
    // Three hubs reaching 5% each add 0.15 links per person; a poster has at least one link, so
    // E[degree] = (c + 0.15) / (1 − e^−c·0.95³) = 4.2162. The complaint spreads meanwhile (βc = 0.3), which a
    // reply does not depend on; the hubs are not used.
    const expected = 1 + 0.5 * ((c + 0.15) / (1 - Math.exp(-c) * 0.95 ** 3));
    expect(expected).toBeCloseTo(3.108, 3);
    const p = params({ ...base, betaC: 0.3, responseDay: 2, answerVia: 'reply' });
    const reach = seeds(400).map((seed) => {
      const { counts } = cascade.run(p, seed).run;
      return counts.answer + counts.complaintThenAnswer;
    });
    // Per run the reach has a standard deviation of about 1.5; the mean of 400, 0.075.
    expect(Math.abs(mean(reach) - expected)).toBeLessThan(0.25);
  });

  it('hearers: with an answer on day 0, each of the poster’s day-1 hearers is caught that day with chance βr: βr·βc·E[degree] = 1.019, within 0.2', () => {
    const expected = 0.5 * 0.5 * (c / (1 - Math.exp(-c)));
    expect(expected).toBeCloseTo(1.019, 3);
    // No apology, so that βc is not cut from day 1 on.
    const p = params({
      ...base,
      hubs: 0,
      betaC: 0.5,
      responseDay: 0,
      apology: 0,
      answerVia: 'hearers',
      maxDays: 1,
    });
    const caught = seeds(400).map((seed) => cascade.run(p, seed).run.history.newAnswer[1] ?? 0);
    // Per run the count has a standard deviation of about 1.2; the mean of 400, 0.06.
    expect(Math.abs(mean(caught) - expected)).toBeLessThan(0.2);
  });

  it('an answer to a complaint that fizzled no longer reaches most of the network, unless published through the hubs', () => {
    const defaults = cascade.defaults();
    // Through the hubs (the old behaviour) a complaint heard by a handful still gets an answer heard by a third.
    const hubRuns = seeds(60).map((seed) => cascade.run(defaults, seed).run.counts);
    const fizzled = hubRuns.filter((k) => k.complaint + k.complaintThenAnswer <= 20);
    expect(fizzled.length).toBeGreaterThan(5);
    for (const k of fizzled) expect(k.answer + k.complaintThenAnswer).toBeGreaterThan(500);
    for (const via of ['reply', 'hearers'] as const) {
      for (const seed of seeds(60)) {
        const { run, graph } = cascade.run({ ...defaults, answerVia: via }, seed);
        const complaint = run.counts.complaint + run.counts.complaintThenAnswer;
        const answer = run.counts.answer + run.counts.complaintThenAnswer;
        if (via === 'hearers') {
          // Nobody hears the answer first, so it never reaches more people than the complaint did.
          expect(run.counts.answer).toBe(0);
          expect(answer).toBeLessThanOrEqual(complaint);
        } else {
          // Only the poster and their contacts.
          const degree = (graph.offsets[run.poster + 1] ?? 0) - (graph.offsets[run.poster] ?? 0);
          expect(answer).toBeLessThanOrEqual(1 + degree);
        }
      }
    }
  });
});

describe('a good story (one message, no answer)', () => {
  it('runs exactly as a complaint the company never answers, whatever the answer settings', () => {
    for (const seed of [1, 2]) {
      const story = cascade.run(params({ story: 'good', responseDay: 0, answerVia: 'hearers' }), seed).run;
      const silent = cascade.run(params({ respond: 'no' }), seed).run;
      expect(story.complaintAt).toEqual(silent.complaintAt);
      expect(story.counts.answer + story.counts.complaintThenAnswer).toBe(0);
    }
  });

  it('speaks of the story, never of a complaint or an answer, in its summary and series', () => {
    for (const preset of ['good-story', 'ubg-press-day-1']) {
      const p = params({ ...cascade.presets[preset]?.params, story: 'good', posters: 3 });
      const result = cascade.run(p, 4);
      const text = cascade.describe(result, p);
      expect(text).toMatch(/the story, posted by 3 people at once, had reached/);
      expect(text).not.toMatch(/complaint|answer/i);
      const view = cascade.toSeries(result, p);
      expect(view.series.map((s) => s.id)).toEqual(['unaware', 'story', 'newStory']);
      expect(view.series.map((s) => s.label).join(' ')).not.toMatch(/complaint|answer/i);
    }
  });

  it('the good-story preset is one message with no broadcast account', () => {
    const p = params(cascade.presets['good-story']?.params ?? {});
    expect(p).toMatchObject({ story: 'good', hubs: 0 });
  });
});

describe('normalize for the new parameters', () => {
  it('keeps no more first posters than people, with a notice naming the setting', () => {
    const { params: p, notices } = cascade.normalize({ n: 20, posters: 40 });
    expect(p.posters).toBe(20);
    expect(notices.map((x) => x.param)).toEqual(['posters']);
    expect(notices[0]?.message).toMatch(
      /People who post it first was 40, but the network has only 20 people/,
    );
    expect(cascade.normalize(p).notices).toEqual([]);
  });

  it('reads the new settings from a URL and falls back to the defaults, with notices, on bad values', () => {
    const { params: p, notices } = cascade.normalize({
      story: 'Good',
      answerVia: 'nowhere',
      pickup: 'yes',
      pickupDay: '3',
      campaignHubs: '2',
    });
    expect(p).toMatchObject({
      story: 'good',
      answerVia: 'hubs',
      pickup: 'yes',
      pickupDay: 3,
      campaignHubs: 2,
    });
    expect(notices.map((x) => x.param).sort()).toEqual(['answerVia', 'story']);
  });

  it('uses every broadcast account when a campaign asks for more than there are, and says how many posted', () => {
    const p = params({ hubs: 2, campaignHubs: 5 });
    const result = cascade.run(p, 1);
    expect(result.run.posters.length).toBe(3);
    expect(cascade.describe(result, p)).toMatch(/posted by 1 person and 2 broadcast accounts at once/);
  });
});
