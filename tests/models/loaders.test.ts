/**
 * The browser's face of the registry (src/elements/loaders.ts) against the build's (src/models/index.ts): for every
 * model, the core it loads carries no summary (the words are their own chunk), and the summary it loads apart says,
 * word for word, what the build wrote on the page for the same run, for the defaults and for every preset.
 */
import { describe, expect, it } from 'vitest';
import { loadDescriber, loadModel } from '../../src/elements/loaders.ts';
import { modelIds, models } from '../../src/models/index.ts';
import type { ModelDefinition } from '../../src/models/types.ts';

describe('the browser loads each model without its words, and its words apart', () => {
  for (const id of modelIds) {
    const full = models[id] as ModelDefinition;
    it(`${id}: the core has no describe; the describer gives the build's summary`, async () => {
      const core = await loadModel(id);
      expect(core.id).toBe(id);
      expect(core).not.toHaveProperty('describe');
      const describer = await loadDescriber(id);
      const presets = ['', ...Object.keys(core.presets)];
      for (const key of presets) {
        const { params } = core.normalize({ ...core.defaults(), ...core.presets[key]?.params });
        // A small network keeps the cascade's presets quick; the words are what is compared.
        const small = id === 'cascade' ? core.normalize({ ...params, n: 300 }).params : params;
        const result = core.run(small, 3);
        const words = describer.describe(result, small);
        expect(words.length).toBeGreaterThan(40);
        expect(words).toBe(full.describe(result, small));
      }
    });
  }

  it('rejects an id that is no model', async () => {
    await expect(loadDescriber('constructor')).rejects.toThrow(/no summary/);
  });
});
