import { describe, expect, it } from 'vitest';
import { modelAbout } from '../../src/lib/model-about';
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
