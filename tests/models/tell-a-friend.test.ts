import { describe, expect, it } from 'vitest';
import { tellAFriend } from '../../src/models/index.ts';
import { runStory, runTellAFriend } from '../../src/models/tell-a-friend.ts';

describe('tell-a-friend recurrence', () => {
  it('matches a hand calculation: N = 100, k = 2, r = 1, three generations', () => {
    // H0 = 1, T0 = 1.
    // g1: New = 1 · 2 · (1 − 1/100)           = 1.98        H1 = 2.98        T1 = 1.98
    // g2: New = 1.98 · 2 · (1 − 2.98/100)     = 3.841992    H2 = 6.821992    T2 = 3.841992
    // g3: New = 3.841992 · 2 · (1 − 0.06821992) = 7.683984 · 0.93178008 = 7.15978322623872
    //     H3 = 13.98177522623872
    const story = runStory(100, 3, 2, 1);
    expect(story.newHearers[1]).toBeCloseTo(1.98, 12);
    expect(story.heard[1]).toBeCloseTo(2.98, 12);
    expect(story.newHearers[2]).toBeCloseTo(3.841992, 12);
    expect(story.heard[2]).toBeCloseTo(6.821992, 12);
    expect(story.newHearers[3]).toBeCloseTo(7.15978322623872, 10);
    expect(story.heard[3]).toBeCloseTo(13.98177522623872, 10);
    expect(story.tellers[3]).toBeCloseTo(7.15978322623872, 10);
  });

  it('applies r to tellers: k = 10, r = 0.5, N = 1000 gives T1 = 0.5 · 9.99', () => {
    // New1 = 1 · 10 · (1 − 1/1000) = 9.99; T1 = 0.5 · 9.99 = 4.995.
    // New2 = 4.995 · 10 · (1 − 10.99/1000) = 49.95 · 0.98901 = 49.4010495.
    const story = runStory(1000, 2, 10, 0.5);
    expect(story.tellers[1]).toBeCloseTo(4.995, 12);
    expect(story.newHearers[2]).toBeCloseTo(49.4010495, 9);
  });

  it('dies out geometrically when r·k < 1 in a huge population: total → 1 + k/(1 − rk)', () => {
    // TARP-like happy story: k = 4.5, r = 0.1, so rk = 0.45; total = 1 + 4.5/0.55 = 9.1818…
    const story = runStory(1e9, 30, 4.5, 0.1);
    expect(story.heard[30]).toBeCloseTo(1 + 4.5 / 0.55, 3);
  });

  it('never reaches more people than exist, even with a broadcast-sized k', () => {
    const story = runStory(50, 5, 10000, 1);
    for (const h of story.heard) expect(h).toBeLessThanOrEqual(50);
    expect(story.heard[1]).toBe(50);
  });

  it('runs both stories for generations 0 … g', () => {
    const params = tellAFriend.defaults();
    const result = runTellAFriend(params);
    expect(result.generation).toHaveLength(params.generations + 1);
    expect(result.unhappy.heard[0]).toBe(1);
    expect(result.happy.heard).toHaveLength(params.generations + 1);
  });

  it('in the seed-essay preset, the bad story outgrows the good one by far', () => {
    const params = { ...tellAFriend.defaults(), ...tellAFriend.presets['seed-essay']?.params };
    const result = tellAFriend.run(params, 0);
    // Unhappy: r·k = 2 per generation; happy: r·k = 0.1.
    expect(result.unhappy.heard.at(-1)).toBeGreaterThan(100 * (result.happy.heard.at(-1) ?? 0));
    expect(tellAFriend.describe(result, params)).toMatch(/times as many people/);
  });

  it('says "generation" for one and "generations" for more', () => {
    const say = (generations: number) => {
      const params = { ...tellAFriend.defaults(), generations };
      return tellAFriend.describe(tellAFriend.run(params, 0), params);
    };
    expect(say(1)).toMatch(/^After 1 generation of retelling/);
    expect(say(2)).toMatch(/^After 2 generations of retelling/);
  });
});
