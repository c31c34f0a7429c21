import { describe, expect, it } from 'vitest';
import {
  claimFailure,
  claimPage,
  claimProps,
  ensembleAnswer,
  ensembleStats,
  evaluateClaim,
  MIN_SEEDS,
  settingsFrom,
  sideOf,
  summarize,
  type ClaimSpec,
} from '../../src/build/claims';
import { computeMetric } from '../../src/lib/metrics';

/** A small network, so 40 seeds run in a few milliseconds each. */
const small = { model: 'cascade', preset: 'answer-after-two-days', params: { n: 400 } };
const complaint = 'cascade.finalComplaintShare';

describe('the 10–90% band', () => {
  it('is the 10th and 90th percentiles with linear interpolation, around the median', () => {
    expect(summarize([7, 1, 10, 3, 2, 9, 4, 6, 5, 8])).toEqual({ median: 5.5, low: 1.9, high: 9.1 });
    expect(summarize([3, 1, 2])).toEqual({ median: 2, low: 1.2, high: 2.8 });
  });

  it('collapses to the value for one run, and refuses no runs', () => {
    expect(summarize([0.25])).toEqual({ median: 0.25, low: 0.25, high: 0.25 });
    expect(() => summarize([])).toThrow(/no values/);
  });

  it('holds eight runs in ten of a claim’s ensemble', () => {
    const side = sideOf(small, complaint);
    expect(side.values).toHaveLength(MIN_SEEDS);
    expect(side.summary).toEqual(summarize(side.values));
    const inside = side.values.filter((v) => v >= side.summary.low && v <= side.summary.high).length;
    expect(inside / side.values.length).toBeGreaterThanOrEqual(0.8);
  });

  it('runs the seeds 1…n the simulation and a run check use', () => {
    const side = sideOf(small, complaint);
    for (const seed of [1, 2, 40])
      expect(side.values[seed - 1]).toBe(
        computeMetric(complaint, 'cascade', small.preset, small.params, seed).value,
      );
  });
});

describe('a claim against a number', () => {
  const tarp = { model: 'tell-a-friend', preset: 'tarp-1981', metric: 'tell-a-friend.ratio' };

  it('holds when the model agrees (a model without chance runs once)', () => {
    const r = evaluateClaim({ ...tarp, above: 2 });
    expect(r.holds).toBe(true);
    expect(r.runs).toBe(1);
    expect(r.stochastic).toBe(false);
    expect(r.subject.summary.median).toBeCloseTo(
      computeMetric(tarp.metric, tarp.model, tarp.preset).value,
      12,
    );
  });

  it('does not hold when it disagrees, and the failure names page, claim, sentence and numbers', () => {
    const r = evaluateClaim({ ...tarp, above: 10 });
    expect(r.holds).toBe(false);
    const message = claimFailure(
      '/cases/x/',
      'ten-times',
      'The bad story reaches ten times as many.',
      r,
    ).message;
    expect(message).toContain('Claim "ten-times" on /cases/x/ does not hold');
    expect(message).toContain('“The bad story reaches ten times as many.”');
    expect(message).toContain('tell-a-friend.ratio is above 10');
    expect(message).toContain('tell-a-friend.ratio = 7.03 [7.03, 7.03]');
    expect(message).toContain('tarp-1981');
  });

  it('between takes the median inside [low, high], ends included', () => {
    const median = evaluateClaim({ ...tarp, between: [0, 100] }).subject.summary.median;
    expect(evaluateClaim({ ...tarp, between: [median, median] }).holds).toBe(true);
    expect(evaluateClaim({ ...tarp, between: [5, 6] }).holds).toBe(false);
  });

  it('below and above are strict, on the median of a stochastic ensemble', () => {
    const { median } = sideOf(small, complaint).summary;
    expect(evaluateClaim({ ...small, metric: complaint, below: median + 1e-9 }).holds).toBe(true);
    expect(evaluateClaim({ ...small, metric: complaint, below: median }).holds).toBe(false);
    expect(evaluateClaim({ ...small, metric: complaint, above: median }).holds).toBe(false);
    expect(evaluateClaim({ ...small, metric: complaint, above: median - 1e-9 }).holds).toBe(true);
  });
});

describe('a claim comparing runs', () => {
  it('with other parameters compares seed by seed: an earlier answer, a smaller complaint', () => {
    const spec: ClaimSpec = {
      ...small,
      params: { ...small.params, responseDay: 0 },
      metric: complaint,
      below: { params: { responseDay: 7 } },
    };
    const r = evaluateClaim(spec);
    expect(r.holds).toBe(true);
    expect(r.reference?.params.responseDay).toBe(7);
    expect(r.reference?.params.n).toBe(400);
    const differences = r.subject.values.map((v, i) => v - r.reference!.values[i]);
    expect(r.difference).toEqual(summarize(differences));
    expect(r.share).toBe(differences.filter((d) => d < 0).length / MIN_SEEDS);
    // The claim turned round does not hold.
    expect(evaluateClaim({ ...spec, below: undefined, above: { params: { responseDay: 7 } } }).holds).toBe(
      false,
    );
  });

  it('with another metric of the same runs: the complaint reaches more people than a silent answer', () => {
    const silent = { ...small, params: { ...small.params, respond: 'no', betaC: 0.5 } };
    const r = evaluateClaim({ ...silent, metric: complaint, above: { metric: 'cascade.finalAnswerShare' } });
    expect(r.holds).toBe(true);
    expect(r.reference?.metric).toBe('cascade.finalAnswerShare');
    expect(r.reference?.values.every((v) => v === 0)).toBe(true);
    expect(
      evaluateClaim({ ...silent, metric: 'cascade.finalAnswerShare', above: { metric: complaint } }).holds,
    ).toBe(false);
  });
});

describe('the share of runs', () => {
  it('holds when the condition is true on at least atLeast of the seeds', () => {
    const side = sideOf(small, complaint);
    const cut = summarize(side.values).median;
    const share = side.values.filter((v) => v < cut).length / side.values.length;
    const spec: ClaimSpec = { ...small, metric: complaint, below: cut, statistic: 'share' };
    expect(evaluateClaim({ ...spec, atLeast: share }).share).toBe(share);
    expect(evaluateClaim({ ...spec, atLeast: share }).holds).toBe(true);
    expect(evaluateClaim({ ...spec, atLeast: share + 1 / 40 }).holds).toBe(false);
  });

  it('defaults to "most runs" (one half)', () => {
    const r = evaluateClaim({ ...small, metric: complaint, below: 2, statistic: 'share' });
    expect(r.atLeast).toBe(0.5);
    expect(r.share).toBe(1);
  });
});

describe('a malformed claim fails, saying what is wrong', () => {
  const base = { ...small, metric: complaint };
  it.each<[string, ClaimSpec, RegExp]>([
    ['no test', base, /exactly one test.*none/],
    ['two tests', { ...base, below: 1, above: 0 }, /exactly one test.*below, above/],
    ['a bad between', { ...base, between: [0.5, 0.1] }, /between/],
    ['atLeast without share', { ...base, below: 1, atLeast: 0.9 }, /atLeast/],
    ['a share above one', { ...base, below: 1, statistic: 'share', atLeast: 2 }, /atLeast/],
    ['too few seeds', { ...base, below: 1, seeds: 10 }, /seeds.*at least|from 40/],
    ['an unknown metric', { ...base, metric: 'cascade.nothing', below: 1 }, /unknown/],
    [
      'another model’s metric',
      { ...base, metric: 'branching.pFizzle', below: 1 },
      /belongs to model branching/,
    ],
    ['an unknown parameter', { ...base, params: { speed: 2 }, below: 1 }, /speed/],
    ['an unknown preset', { ...base, preset: 'tomorrow', below: 1 }, /no preset "tomorrow"/],
    ['a parameter out of range', { ...base, params: { betaC: 3 }, below: 1 }, /out of range/],
    [
      'a reference with a typo',
      { ...base, below: { parmas: { responseDay: 1 } } as never },
      /takes a number/,
    ],
  ])('%s', (_name, spec, message) => {
    expect(() => evaluateClaim(spec)).toThrow(message);
  });
});

describe('evaluations are memoised', () => {
  it('runs the same model and parameters once, whatever metric or claim reads them', () => {
    const settings = { ...small, params: { ...small.params, responseDay: 3 } };
    evaluateClaim({ ...settings, metric: complaint, below: 2 });
    const before = ensembleStats();
    evaluateClaim({ ...settings, metric: complaint, above: -1 });
    evaluateClaim({ ...settings, metric: 'cascade.peakDay', below: 100 });
    ensembleAnswer(settings, 'cascade.finalAnswerShare');
    expect(ensembleStats()).toEqual(before);
    // Parameters that normalise to the same values are the same ensemble.
    sideOf({ ...settings, params: { ...settings.params, n: '400' } }, complaint);
    expect(ensembleStats()).toEqual(before);
  });
});

describe("a page's simulations and claims", () => {
  const source = [
    'Most <Claim id="most" sim="later" metric="cascade.finalComplaintShare" below={{ params: { responseDay: 0 } }}>',
    'fizzle</Claim>.',
    '',
    '```mdx',
    '<Simulation model="bass" id="in-code" />',
    '```',
    '{/* <Simulation model="bass" id="in-comment" /> */}',
    '<Simulation',
    '  model="cascade"',
    '  id="later"',
    '  preset="answer-after-two-days"',
    '  lock={["n"]}',
    '  params={{ n: 400, betaC: 0.3, network: "random" }}',
    '  seed={7}',
    '/>',
    '<Simulation model="cascade" id="computed" params={settings} />',
  ].join('\n');
  const page = claimPage(source);

  it('finds simulations in any order, skipping code and comments', () => {
    expect([...page.simulations.keys()]).toEqual(['later', 'computed']);
    expect(page.simulations.get('later')).toEqual({
      model: 'cascade',
      preset: 'answer-after-two-days',
      params: { n: 400, betaC: 0.3, network: 'random' },
      seed: 7,
    });
  });

  it('sim="…" takes the simulation’s settings and seed, and params change some of them', () => {
    expect(settingsFrom({ sim: 'later', params: { responseDay: 0 } }, page)).toEqual({
      model: 'cascade',
      preset: 'answer-after-two-days',
      params: { n: 400, betaC: 0.3, network: 'random', responseDay: 0 },
      seed: 7,
    });
    expect(settingsFrom({ model: 'bass', preset: 'ubg-views' }, undefined)).toEqual({
      model: 'bass',
      preset: 'ubg-views',
      params: {},
      seed: 1,
    });
  });

  it.each<[string, Parameters<typeof settingsFrom>[0], RegExp]>([
    [
      'an unknown simulation',
      { sim: 'nowhere' },
      /no simulation with that id here \(there are: later, computed\)/,
    ],
    ['a simulation with computed props', { sim: 'computed' }, /params must be literal/],
    ['sim with a model too', { sim: 'later', model: 'cascade' }, /already sets the model/],
    ['neither sim nor model', {}, /give sim=/],
  ])('%s is an error', (_name, props, message) => {
    expect(() => settingsFrom(props, page)).toThrow(message);
  });

  it('reads claims for <ClaimValue>, and a claim evaluates from them', () => {
    const props = claimProps(page, 'most');
    expect(props.below).toEqual({ params: { responseDay: 0 } });
    const spec = props as unknown as ClaimSpec & { sim: string };
    expect(evaluateClaim({ ...spec, ...settingsFrom(spec, page) }).reference?.params.responseDay).toBe(0);
    expect(() => claimProps(page, 'none')).toThrow(/no <Claim id="none">/);
    const twice = claimPage('<Claim id="a" model="bass" />\n<Claim id="a" model="bass" />');
    expect(() => claimProps(twice, 'a')).toThrow(/two claims/);
  });

  it("a guide or an exercise sees the case lesson's simulations and its own", () => {
    const exercise = claimPage('', {
      lesson: source,
      extra: { exercise: { model: 'branching', preset: 'ubg-2009', params: {}, seed: 1 } },
    });
    expect([...exercise.simulations.keys()]).toEqual(['later', 'computed', 'exercise']);
    expect(settingsFrom({ sim: 'exercise' }, exercise).model).toBe('branching');
  });
});
