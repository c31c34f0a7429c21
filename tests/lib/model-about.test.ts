import { describe, expect, it } from 'vitest';
import { modelAbout, presetDescription } from '../../src/build/model-about';
import { changesFrom } from '../../src/lib/param-text';
import { modelIds, models } from '../../src/models/index';

describe('modelAbout', () => {
  it.each(modelIds)('%s describes every preset, and only presets that exist', (id) => {
    const about = modelAbout(id);
    expect(Object.keys(about.presets).sort()).toEqual(Object.keys(models[id].presets).sort());
    for (const { description } of Object.values(about.presets)) {
      expect(description.length).toBeGreaterThan(40);
      expect(description).not.toMatch(/undefined|NaN|Infinity|\[object|\$\{/);
    }
  });

  // The figures below are worked by hand from the presets' parameters, not read from the code under test.
  it('quotes the Bass peak computed from each preset', () => {
    const { presets } = modelAbout('bass');
    // ln(0.38 / 0.03) / 0.41 = 6.19 years; 1/2 − 0.03 / 0.76 = 46%.
    expect(presets['meta-analysis']?.description).toMatch(
      /peaks after about 6\.2 years, when 46% have adopted/,
    );
    // ln(0.506 / 0.0047) / 0.5107 = 9.16 years.
    expect(presets['mobile-phones']?.description).toMatch(/peak after about 9\.2 years/);
    // ln(0.27 / 0.021) / 0.291 = 8.78 years; 1/2 − 0.021 / 0.54 = 46%.
    expect(presets['cable-tv']?.description).toMatch(/after about 8\.8 years, when 46% have adopted/);
  });

  it('quotes the expected chain size 1/(1 − R) for presets below R = 1', () => {
    const { presets } = modelAbout('branching');
    expect(presets['everyday-complaint']?.description).toMatch(/after 2\.5 people on average/);
    expect(presets['viral-k']?.description).toMatch(/≈ 3\.3 people in all/);
  });

  it('quotes the growth factors people told × share who retell', () => {
    // 1,000 × 0.0016 = 1.6 for the bad story, 1,000 × 0.0008 = 0.8 for the good one.
    expect(modelAbout('tell-a-friend').presets['video-2009']?.description).toMatch(
      /grows \(1\.6× per generation\) and the other fades \(0\.8×\)/,
    );
  });
});

describe('a preset described from the parameters a page really uses', () => {
  const cascadeWith = (preset: string, overrides: Record<string, number | string>) => {
    const model = models.cascade;
    const params = model.normalize({
      ...model.defaults(),
      ...model.presets[preset]?.params,
      ...overrides,
    }).params;
    return presetDescription('cascade', preset, params) ?? '';
  };

  it("describes the preset's own network when nothing is changed", () => {
    const text = modelAbout('cascade').presets['answer-at-release']?.description;
    expect(text).toMatch(/^The company answers on the day the complaint is posted\./);
    expect(text).toMatch(/of 2,000 people with 3 broadcast accounts, each reaching 5% of everyone/);
    expect(text).toMatch(
      /with chance 25%, an answer hearer with 10%\) and the apology effect \(it cuts the complaint’s sharing by 50%\)/,
    );
  });

  it('describes the network and timing a lesson sets, not the preset’s', () => {
    const text = cascadeWith('answer-at-release', {
      n: 10000,
      hubs: 6,
      hubReach: 0.1,
      responseDay: 1,
      apology: 0,
    });
    expect(text).toMatch(/^The company answers the day after the complaint is posted\./);
    expect(text).toMatch(/of 10,000 people with 6 broadcast accounts, each reaching 10% of everyone/);
    expect(text).toMatch(/\(none: the answer does not slow the complaint\)/);
    expect(text).not.toMatch(/2,000 people|reaching 5%/);
  });

  it('leaves the answer out when the company never answers, and names the kind of network', () => {
    const text = cascadeWith('no-answer', { network: 'small-world', hubs: 1 });
    expect(text).toMatch(/^The company never answers\. A small-world network/);
    expect(text).toMatch(/with one broadcast account reaching 5% of everyone/);
    expect(text).not.toMatch(/answer hearer|apology/);
  });

  it('keeps the United facts only while the timing is United’s', () => {
    expect(cascadeWith('ubg-2009', {})).toMatch(/spokeswoman spoke on 7–8 July 2009/);
    expect(cascadeWith('ubg-2009', { responseDay: 5 })).toMatch(
      /^The company answers 5 days after the complaint is posted\. \(United answered about two days/,
    );
  });

  it('says who posts first, when the media pick it up and where the answer goes, only when a lesson sets them', () => {
    expect(cascadeWith('answer-at-release', {})).not.toMatch(/post the complaint|media|reply|campaign/);
    const text = cascadeWith('answer-at-release', {
      posters: 5,
      campaignHubs: 2,
      pickup: 'yes',
      pickupDay: 3,
      answerVia: 'reply',
    });
    expect(text).toMatch(
      /An organised campaign: 2 broadcast accounts of its own and 5 people post the complaint/,
    );
    expect(text).toMatch(/The media cannot hear the complaint until day 3/);
    expect(text).toMatch(/a reply to the complainers, seen only by their own contacts/);
    expect(modelAbout('cascade').presets['ubg-press-day-1']?.description).toMatch(
      /^The video is posted on day 0, the press carries it from day 1 \(CNN’s Situation Room/,
    );
  });

  it('speaks of a story, not a complaint or an answer, for a good story, whatever the preset', () => {
    for (const preset of ['good-story', 'ubg-2009', 'answer-at-release']) {
      const text = cascadeWith(preset, { story: 'good' });
      expect(text).toMatch(/A good story spreads on its own/);
      expect(text).not.toMatch(/complaint hearer|answer hearer|apology|United answers/);
    }
    expect(cascadeWith('good-story', {})).toMatch(/without news sites or TV/);
  });

  it('says the time unit the run uses', () => {
    const params = { ...models.bass.defaults(), p: 0.03, q: 0.38, timeUnit: 'day' };
    expect(presetDescription('bass', 'meta-analysis', params)).toMatch(/peaks after about 6\.2 days,/);
  });

  it('says a chain can grow without limit once R reaches 1', () => {
    const params = { ...models.branching.defaults(), r: 1.2, kappa: 0.5 };
    const text = presetDescription('branching', 'everyday-complaint', params) ?? '';
    expect(text).toMatch(/about 1\.2 people on average/);
    expect(text).toMatch(/can grow without limit/);
    expect(text).not.toMatch(/dies out/);
  });
});

describe('changesFrom', () => {
  it('lists each changed parameter with its value and the preset’s, shares in per cent, choices by label', () => {
    const model = models.cascade;
    const preset = model.normalize({ ...model.defaults(), ...model.presets['no-answer']?.params }).params;
    const values = { ...preset, network: 'small-world', n: 10000, hubReach: 0.15 };
    expect(changesFrom(model.spec, preset, values)).toEqual([
      'Kind of network Small world (Watts–Strogatz) instead of Scale-free (Barabási–Albert)',
      'People in the network 10,000 instead of 2,000',
      'Share of people each broadcast account reaches 15% instead of 5%',
    ]);
    expect(changesFrom(model.spec, preset, preset)).toEqual([]);
  });
});
