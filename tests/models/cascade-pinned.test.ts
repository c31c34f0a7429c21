/**
 * Runs of the cascade as it stood before the parameters for several first posters, media pickup, where the
 * answer is published and the one-story mode were added (issue 12). Every existing preset, the defaults and the
 * lessons' settings must give exactly these results for the same seed: the new parameters' defaults reproduce
 * the old behaviour. The expected values were computed with the old code (commit fef28d5) and stored here; a
 * change to any of them means a lesson's numbers moved.
 *
 * The fingerprint is FNV-1a over the network's links, the final state of every person, the day each heard each
 * message and the daily new hearers, so any change in who heard what, and when, shows.
 */
import { describe, expect, it } from 'vitest';
import { cascade } from '../../src/models/index.ts';
import type { CascadeParams, CascadeResult } from '../../src/models/cascade.ts';

function fnv(h: number, values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    h ^= v & 0xffff;
    h = Math.imul(h, 16777619) >>> 0;
    h ^= (v >>> 16) & 0xffff;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

function fingerprint(result: CascadeResult): number {
  const { graph, run } = result;
  let h = 2166136261;
  for (const values of [
    graph.neighbors,
    run.nodeState,
    run.complaintAt,
    run.answerAt,
    run.history.newComplaint,
    run.history.newAnswer,
  ]) {
    h = fnv(h, values);
  }
  return h;
}

type Input = Partial<CascadeParams> & { preset?: string };
/** name, input (a preset and overrides), seed, days, poster, [unaware, complaint, answer, complaintThenAnswer], fingerprint */
type Pin = [string, Input, number, number, number, [number, number, number, number], number];

// The lessons' <Simulation> settings (content/cases/*.mdx) as they stood, and two small networks of the other kinds.
const pins: Pin[] = [
  ['defaults', {}, 1, 21, 1306, [805, 466, 469, 263], 2988313069],
  ['defaults', {}, 2, 19, 355, [805, 453, 449, 296], 1867228018],
  ['defaults', {}, 3, 16, 93, [846, 467, 449, 241], 1803834403],
  ['ubg-2009', { preset: 'ubg-2009' }, 1, 21, 1306, [805, 466, 469, 263], 2988313069],
  ['ubg-2009', { preset: 'ubg-2009' }, 7, 21, 340, [949, 319, 538, 197], 1165689278],
  ['answer-at-release', { preset: 'answer-at-release' }, 1, 15, 1306, [1214, 41, 716, 32], 210273330],
  ['answer-at-release', { preset: 'answer-at-release' }, 7, 15, 340, [1317, 4, 681, 1], 1410361570],
  [
    'answer-after-two-days',
    { preset: 'answer-after-two-days' },
    1,
    21,
    1306,
    [805, 466, 469, 263],
    2988313069,
  ],
  [
    'answer-after-two-days',
    { preset: 'answer-after-two-days' },
    7,
    21,
    340,
    [949, 319, 538, 197],
    1165689278,
  ],
  ['answer-week-one', { preset: 'answer-week-one' }, 1, 24, 1306, [214, 1064, 96, 629], 560981300],
  ['answer-week-one', { preset: 'answer-week-one' }, 7, 23, 340, [260, 1030, 108, 605], 3067029604],
  ['no-answer', { preset: 'no-answer' }, 1, 11, 1306, [282, 1721, 0, 0], 4164306041],
  ['no-answer', { preset: 'no-answer' }, 7, 11, 340, [329, 1674, 0, 0], 3466506543],
  [
    'comcast-ryan-block-2014',
    { preset: 'answer-at-release', n: 10000, hubs: 3, hubReach: 0.03, betaC: 0.3, betaR: 0.05, apology: 0.5 },
    1,
    21,
    3871,
    [9364, 2, 635, 2],
    572145993,
  ],
  [
    'nestle-greenpeace-2010',
    {
      preset: 'answer-at-release',
      n: 10000,
      hubs: 6,
      hubReach: 0.1,
      betaC: 0.25,
      betaR: 0.01,
      responseDay: 1,
      apology: 0,
    },
    1,
    16,
    545,
    [1685, 8254, 66, 1],
    4026775911,
  ],
  [
    'dominos-2009',
    {
      preset: 'answer-after-two-days',
      n: 10000,
      hubs: 2,
      hubReach: 0.15,
      betaC: 0.25,
      betaR: 0.2,
      apology: 0.5,
    },
    1,
    14,
    8647,
    [2552, 7, 7427, 16],
    2017291650,
  ],
  [
    'dell-hell-2005',
    {
      preset: 'no-answer',
      network: 'small-world',
      n: 10000,
      rewiring: 0.05,
      hubs: 1,
      hubReach: 0.05,
      betaC: 0.15,
      maxDays: 300,
    },
    1,
    65,
    9131,
    [9653, 348, 0, 0],
    3687216521,
  ],
  [
    'united-express-3411-2017',
    { preset: 'answer-at-release', n: 10000, hubs: 8, hubReach: 0.2, betaC: 0.3, betaR: 0.05, apology: 0.05 },
    1,
    18,
    2623,
    [2378, 5666, 1921, 43],
    3533242822,
  ],
  [
    'kryptonite-lock-2004',
    {
      preset: 'answer-week-one',
      n: 10000,
      hubs: 5,
      hubReach: 0.1,
      betaC: 0.2,
      betaR: 0.2,
      responseDay: 5,
      apology: 0.6,
    },
    1,
    16,
    4297,
    [1556, 772, 4462, 3215],
    1445558272,
  ],
  ['random-small', { network: 'random', n: 500, meanDegree: 6 }, 1, 6, 417, [478, 7, 17, 1], 3647827502],
  [
    'small-world-small',
    { network: 'small-world', n: 500, rewiring: 0.2, betaC: 0.4 },
    1,
    22,
    80,
    [108, 346, 44, 5],
    1225208610,
  ],
];

function paramsOf({ preset, ...overrides }: Input): CascadeParams {
  const presetParams = preset ? cascade.presets[preset]?.params : {};
  if (!presetParams) throw new Error(`no preset ${preset}`);
  const { params, notices } = cascade.normalize({ ...cascade.defaults(), ...presetParams, ...overrides });
  expect(notices).toEqual([]);
  return params;
}

describe('the cascade gives the same runs as before the new parameters', () => {
  it.each(pins)('%s, seed %i', (_name, input, seed, days, poster, counts, print) => {
    const result = cascade.run(paramsOf(input), seed);
    const { unaware, complaint, answer, complaintThenAnswer } = result.run.counts;
    expect({ days: result.run.days, poster: result.run.poster }).toEqual({ days, poster });
    expect([unaware, complaint, answer, complaintThenAnswer]).toEqual(counts);
    expect(fingerprint(result)).toBe(print);
  });

  it('and the same summaries', () => {
    const answered = paramsOf({});
    expect(cascade.describe(cascade.run(answered, 1), answered)).toBe(
      'On a scale-free network (Barabási–Albert) of 2,000 people with about 10 contacts each, plus 3 broadcast ' +
        'accounts, the complaint had reached 729 (36%) by day 21, when nobody was left to pass anything on. By ' +
        'the answer on day 2, 17 had heard the complaint. The answer reached 732: 469 heard it first and never ' +
        'passed the complaint on, and 263 heard it after the complaint.',
    );
    const silent = paramsOf({ preset: 'no-answer' });
    expect(cascade.describe(cascade.run(silent, 1), silent)).toBe(
      'On a scale-free network (Barabási–Albert) of 2,000 people with about 10 contacts each, plus 3 broadcast ' +
        'accounts, the complaint had reached 1,721 (86%) by day 11, when nobody was left to pass anything on. ' +
        'The company never answered.',
    );
  });
});
