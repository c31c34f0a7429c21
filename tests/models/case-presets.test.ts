/**
 * The presets named after cases (issue 12): each tells its case's story, as the lesson and its exercise
 * say. Structural facts exactly; behaviour on a few seeds, with margins far from the ensemble values the lessons'
 * claims check at build time (content/cases/*.mdx).
 */
import { describe, expect, it } from 'vitest';
import { cascade, tellAFriend } from '../../src/models/index.ts';
import type { CascadeParams } from '../../src/models/cascade.ts';
import { modelAbout } from '../../src/build/model-about.ts';
import { runTellAFriend } from '../../src/models/tell-a-friend.ts';

function preset(id: string): CascadeParams {
  const values = cascade.presets[id]?.params;
  if (!values) throw new Error(`no preset ${id}`);
  return cascade.normalize({ ...cascade.defaults(), ...values }).params;
}

const share = (p: CascadeParams, seed: number) => {
  const { counts } = cascade.run(p, seed).run;
  const total = counts.unaware + counts.complaint + counts.answer + counts.complaintThenAnswer;
  return (counts.complaint + counts.complaintThenAnswer) / total;
};

describe('case presets', () => {
  it('describe their case with its sources', () => {
    const about = modelAbout('cascade').presets;
    expect(about['united-express-3411-2017']).toMatchObject({ source: 'C23, C24, C25' });
    expect(about['united-express-3411-2017']?.description).toMatch(/cannot make an answer worse/);
    expect(about['mortons-shankman-2011']?.description).toMatch(/^Peter Shankman, who had more than 100,000/);
    expect(about['mortons-shankman-2011']?.description).not.toMatch(/complaint|organised campaign|apology/);
    for (const id of ['ritz-carlton-2012', 'ritz-carlton-2012-in-person']) {
      expect(about[id]?.source).toBe('C32');
      expect(about[id]?.description).not.toMatch(/complaint hearer|answer hearer|apology/);
    }
  });

  it('united-express-3411-2017: three posters, the media from day 0, a day-0 answer that barely calms', () => {
    const p = preset('united-express-3411-2017');
    expect(p).toMatchObject({ posters: 3, pickup: 'yes', pickupDay: 0, respond: 'yes', responseDay: 0 });
    expect(p.apology).toBeLessThanOrEqual(0.05);
    // Most of the network hears the complaint; a strong apology a day later leaves it much less.
    const warm = { ...p, responseDay: 1, apology: 0.8 };
    for (const seed of [1, 2]) {
      expect(share(p, seed)).toBeGreaterThan(0.7);
      expect(share(warm, seed)).toBeLessThan(share(p, seed) - 0.15);
    }
  });

  it('mortons-shankman-2011: a good story from one broadcast account, the press on day 1', () => {
    const p = preset('mortons-shankman-2011');
    expect(p).toMatchObject({ story: 'good', campaignHubs: 1, pickup: 'yes', pickupDay: 1 });
    expect(p.hubs).toBeGreaterThan(1);
    expect(cascade.run(p, 1).run.counts.answer).toBe(0);
  });

  it('ritz-carlton-2012: a good story that news sites hear only from their readers', () => {
    const p = preset('ritz-carlton-2012');
    expect(p).toMatchObject({ story: 'good', pickup: 'no', campaignHubs: 0, posters: 1 });
    expect(p.hubs).toBeGreaterThan(0);
    // With the lesson's pickup on day 7 the story always gets going.
    for (const seed of [1, 2, 3])
      expect(share({ ...p, pickup: 'yes', pickupDay: 7 }, seed)).toBeGreaterThan(0.1);
  });

  it('ritz-carlton-2012-in-person: below the threshold (contacts × chance < 1), no broadcast accounts', () => {
    const p = preset('ritz-carlton-2012-in-person');
    expect(p).toMatchObject({ story: 'good', network: 'random', hubs: 0 });
    expect(p.meanDegree * p.betaC).toBeLessThan(1);
    for (const seed of [1, 2, 3]) expect(share(p, seed)).toBeLessThan(0.01);
  });
});

describe('the tell-a-friend case preset', () => {
  it('sainsburys-giraffe-bread-2011: the happy story grows, enough for more than 14,000 shares', () => {
    const p = { ...tellAFriend.defaults(), ...tellAFriend.presets['sainsburys-giraffe-bread-2011']?.params };
    expect(p.kHappy * p.rHappy).toBeGreaterThan(1);
    expect(p.rUnhappy).toBeCloseTo(2 * p.rHappy, 10);
    const run = runTellAFriend(p);
    // Shares are the hearers who retell it: one in a hundred of everyone reached.
    expect(run.happy.tellers.reduce((a, b) => a + b, 0)).toBeGreaterThan(14_000);
    expect(modelAbout('tell-a-friend').presets['sainsburys-giraffe-bread-2011']?.source).toBe('C30, D21');
  });
});
