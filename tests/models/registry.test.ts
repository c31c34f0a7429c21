/**
 * Every model through the uniform ModelDefinition interface: spec and presets well formed, runs reproducible
 * from a seed, and no NaN or Infinity anywhere in a run, its summary or its series at the edges of the spec.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelAbout } from '../../src/build/model-about.ts';
import { paramHelp } from '../../src/build/param-help.ts';
import { getModel, modelIds, models } from '../../src/models/index.ts';
import { snapToStep } from '../../src/models/normalize.ts';
import type { ModelDefinition, ParamValues } from '../../src/models/types.ts';
import { findNonFinite } from './helpers.ts';

const all = modelIds.map((id) => [id, models[id] as ModelDefinition] as const);

/** Every parameter at its minimum (or first choice), or at its maximum (or last choice). */
function extreme(model: ModelDefinition, end: 'min' | 'max', overrides: ParamValues = {}): ParamValues {
  const values: ParamValues = {};
  for (const param of model.spec) {
    if (param.kind === 'number') values[param.id] = end === 'min' ? param.min : param.max;
    else values[param.id] = (end === 'min' ? param.options[0] : param.options.at(-1))?.value ?? param.default;
  }
  return { ...values, ...overrides };
}

/**
 * Parameters that only set how much work a run does (people in the network, runs in an ensemble). A run at
 * the spec's maximum of these is what the benchmarks time; for finiteness a smaller size proves the same
 * thing, because nothing in the arithmetic grows with them except counts, which the bounds below keep far
 * from overflow. Every other parameter stays at its extreme.
 */
const SIZE_FOR_EDGE_RUNS: Partial<Record<string, ParamValues>> = {
  cascade: { n: 2_000 },
  branching: { runs: 2_000 },
};

function edgeRun(model: ModelDefinition, end: 'min' | 'max', overrides: ParamValues = {}): ParamValues {
  return extreme(model, end, { ...(end === 'max' ? SIZE_FOR_EDGE_RUNS[model.id] : {}), ...overrides });
}

function numberSpec(model: ModelDefinition, id: string) {
  const param = model.spec.find((p) => p.id === id);
  if (param?.kind !== 'number') throw new Error(`${model.id} has no number parameter ${id}`);
  return param;
}

/** Runs a model on normalised input and returns every output that must be finite. */
function runEverything(model: ModelDefinition, input: unknown, seed = 1): unknown {
  const { params } = model.normalize(input);
  const result = model.run(params, seed);
  return { result, text: model.describe(result, params), series: model.toSeries(result, params) };
}

describe('the NaN finder used below', () => {
  it('finds NaN and Infinity in nested objects, arrays, typed arrays and summary text', () => {
    const found = findNonFinite({
      a: [1, NaN],
      b: { c: new Float64Array([0, Infinity]) },
      d: 'cost: NaN',
      e: null,
    });
    expect(found).toEqual(['$.a.1 = NaN', '$.b.c[1] = Infinity', '$.d = "cost: NaN"']);
    expect(findNonFinite({ x: [1, 2], y: new Int32Array(3), z: 'fine' })).toEqual([]);
  });
});

describe('the registry', () => {
  it('has the five models under their ids', () => {
    expect(modelIds).toEqual(['tell-a-friend', 'branching', 'cascade', 'bass', 'cost-of-silence']);
    for (const id of modelIds) expect(getModel(id)?.id).toBe(id);
    expect(getModel('nope')).toBeUndefined();
    expect(getModel('toString')).toBeUndefined();
  });
});

describe('src/models/README.md', () => {
  it('lists every model, parameter id and preset key', () => {
    const readme = readFileSync('src/models/README.md', 'utf8');
    for (const [id, model] of all) {
      expect(readme).toContain(`\`${id}\``);
      for (const param of model.spec) expect(readme, `${id}.${param.id}`).toContain(`\`${param.id}\``);
      for (const key of Object.keys(model.presets))
        expect(readme, `${id} preset ${key}`).toContain(`\`${key}\``);
    }
  });
});

describe.each(all)('%s', (_id, model) => {
  it('has a well-formed spec: lowerCamelCase ids, defaults on the grid, log scales above 0', () => {
    const ids = new Set<string>();
    for (const param of model.spec) {
      expect(param.id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(ids.has(param.id)).toBe(false);
      ids.add(param.id);
      expect(param.label.length).toBeGreaterThan(2);
      // Its help is written into the page at build time, from the model's strings.
      expect(paramHelp(model.id, param.id).length).toBeGreaterThan(10);
      if (param.kind === 'number') {
        expect(param.min).toBeLessThanOrEqual(param.default);
        expect(param.default).toBeLessThanOrEqual(param.max);
        expect(param.step).toBeGreaterThan(0);
        expect(snapToStep(param, param.default)).toBe(param.default);
        expect(snapToStep(param, param.min)).toBe(param.min);
        expect(snapToStep(param, param.max)).toBe(param.max);
        if (param.scale === 'log') expect(param.min).toBeGreaterThan(0);
      } else {
        expect(param.options.map((o) => o.value)).toContain(param.default);
      }
    }
  });

  it('has kebab-case presets that are valid as they stand (normalising them changes nothing)', () => {
    expect(Object.keys(model.presets).length).toBeGreaterThan(1);
    const about = modelAbout(model.id);
    // Every preset is described, and nothing is described that is not a preset.
    expect(Object.keys(about.presets).sort()).toEqual(Object.keys(model.presets).sort());
    for (const [key, preset] of Object.entries(model.presets)) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(preset.label.length).toBeGreaterThan(3);
      const { description, source } = about.presets[key];
      expect(description.length).toBeGreaterThan(40);
      // Source keys point into shared/research/facts.md: "B4, B5", never ranges or free text.
      if (source !== undefined) {
        for (const key of source.split(', ')) expect(key, `${key} in ${source}`).toMatch(/^[A-D]\d{1,3}$/);
      }
      const input = { ...model.defaults(), ...preset.params };
      const { params, notices } = model.normalize(input);
      expect(notices, key).toEqual([]);
      expect(params).toEqual(input);
    }
  });

  it('has defaults that normalise silently, and metadata for exported runs', () => {
    expect(model.normalize(model.defaults()).notices).toEqual([]);
    expect(model.normalize(undefined).params).toEqual(model.defaults());
    expect(model.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(model.name.length).toBeGreaterThan(3);
    expect(modelAbout(model.id).summary).toMatch(/\.$/);
    expect(modelAbout(model.id).source.length).toBeGreaterThan(10);
  });

  it('gives identical results for the same seed', () => {
    const params = model.defaults();
    expect(model.run(params, 7)).toEqual(model.run(params, 7));
  });

  it(model.stochastic ? 'gives different results for different seeds' : 'ignores the seed', () => {
    const params = model.defaults();
    if (model.stochastic) expect(model.run(params, 7)).not.toEqual(model.run(params, 8));
    else expect(model.run(params, 7)).toEqual(model.run(params, 8));
  });

  it('produces no NaN or Infinity with every parameter at its minimum', () => {
    expect(findNonFinite(runEverything(model, extreme(model, 'min')))).toEqual([]);
  });

  it('produces no NaN or Infinity with every parameter at its maximum', () => {
    expect(findNonFinite(runEverything(model, edgeRun(model, 'max')))).toEqual([]);
  });

  it('produces no NaN or Infinity at the defaults and at every preset', () => {
    expect(findNonFinite(runEverything(model, model.defaults()))).toEqual([]);
    for (const preset of Object.values(model.presets)) {
      expect(findNonFinite(runEverything(model, { ...model.defaults(), ...preset.params }))).toEqual([]);
    }
  });

  it('gives a one-paragraph summary and series as long as their x axis', () => {
    const params = model.defaults();
    const result = model.run(params, 3);
    const text = model.describe(result, params);
    expect(text.length).toBeGreaterThan(80);
    expect(text).not.toMatch(/\n/);
    const view = model.toSeries(result, params);
    expect(view.x.length).toBeGreaterThan(1);
    for (const series of view.series) expect(series.values.length, series.id).toBe(view.x.length);
    expect(new Set(view.series.map((s) => s.id)).size).toBe(view.series.length);
  });
});

describe('edges the spec alone does not reach', () => {
  it('the cascade with every parameter at its maximum and each kind of network stays finite', () => {
    for (const network of ['random', 'small-world']) {
      expect(
        findNonFinite(runEverything(models.cascade, edgeRun(models.cascade, 'max', { network }))),
      ).toEqual([]);
    }
  });

  it('the largest network the spec allows fits its typed arrays (so the sized-down runs above prove it)', () => {
    // The graph is stored as CSR with Int32 offsets: every link appears twice (once from each end), and each
    // broadcast hub links to hubReach·n people. The largest possible count of entries must fit in an Int32.
    const cascade = models.cascade as ModelDefinition;
    const n = numberSpec(cascade, 'n').max;
    const entries =
      n * numberSpec(cascade, 'meanDegree').max +
      2 * numberSpec(cascade, 'hubs').max * numberSpec(cascade, 'hubReach').max * n;
    expect(entries).toBeLessThan(2 ** 31 - 1);
    // Branching counts people in doubles: the largest ensemble of capped runs stays exact (below 2^53).
    const branching = models.branching as ModelDefinition;
    const people =
      numberSpec(branching, 'runs').max * numberSpec(branching, 'cap').max * numberSpec(branching, 'r').max;
    expect(people).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it('the cascade with zero chances and no hubs: only the poster ever hears', () => {
    const input = { ...models.cascade.defaults(), betaC: 0, betaR: 0, hubs: 0, n: 10 };
    const { result } = runEverything(models.cascade, input) as { result: { run: { counts: unknown } } };
    expect(result.run.counts).toEqual({ unaware: 9, complaint: 0, answer: 0, complaintThenAnswer: 1 });
  });

  it('branching with every run going viral at once (cap at its minimum, R at its maximum)', () => {
    const input = { ...models.branching.defaults(), r: 5, kappa: 1000, cap: 10 };
    expect(findNonFinite(runEverything(models.branching, input))).toEqual([]);
  });
});
