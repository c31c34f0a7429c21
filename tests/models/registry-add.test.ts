/**
 * Adding a model goes through the registry alone: a throwaway model (a constant level over a few days, with its
 * spec, a preset, a view and a summary in words) is registered with the same factories the site's registry uses
 * (its tables made from its files as a glob finds them, keyed by its id), and is then accepted by the content
 * schema, loaded by the browser face's loaders (model, view and summary) and drawn by its view as the build draws
 * a simulation's static SVG. Nothing else in the site is told about it.
 */
import { describe, expect, it } from 'vitest';
import { exerciseSchemaOf, modelIdOf } from '../../src/content/schemas.ts';
import { lazyRegistry } from '../../src/elements/loaders.ts';
import { timeSeriesChart } from '../../src/views/common.ts';
import type { ModelView } from '../../src/views/types.ts';
import { staticDocument } from '../../src/build/static-dom.ts';
import { defaultsOf, normalizeParams } from '../../src/models/normalize.ts';
import { tableOf } from '../../src/models/registry.ts';
import type { Describer, ModelCore, ModelDefinition, ParamSpec } from '../../src/models/types.ts';

type ConstantParams = { level: number; days: number };
interface ConstantResult {
  t: number[];
  level: number[];
}

const spec: readonly ParamSpec[] = [
  {
    kind: 'number',
    id: 'level',
    label: 'Level',
    unit: 'people',
    min: 0,
    max: 100,
    step: 1,
    default: 7,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'days',
    label: 'Days',
    unit: 'days',
    min: 1,
    max: 30,
    step: 1,
    default: 5,
    scale: 'linear',
  },
];

// Split as the site's models are: the core the browser loads with a figure, and the summary loaded apart.
const constantCore: ModelCore<ConstantParams, ConstantResult, 'constant'> = {
  id: 'constant',
  name: 'Constant',
  version: '0.0.1',
  spec,
  presets: { high: { params: { level: 90 } } },
  stochastic: false,
  defaults: () => defaultsOf<ConstantParams>(spec),
  normalize: (input) => normalizeParams<ConstantParams>(spec, input),
  run: (params) => {
    const t = Array.from({ length: params.days + 1 }, (_, i) => i);
    return { t, level: t.map(() => params.level) };
  },
  toSeries: (result) => ({
    x: result.t,
    xLabel: 'Day',
    xUnit: 'days',
    series: [{ id: 'level', label: 'Level', unit: 'people', values: result.level }],
  }),
};

const constantDescriber: Describer<ConstantParams, ConstantResult> = {
  describe: (result, params) => `Every day ${params.level} people hear it, for ${result.t.length - 1} days.`,
};

const constant: ModelDefinition<ConstantParams, ConstantResult, 'constant'> = {
  ...constantCore,
  // The preset's label, which the site's models keep in src/strings/models and put on the whole definition.
  presets: { high: { ...constantCore.presets.high, label: 'A high level' } },
  help: { level: 'How many people hear it each day.', days: 'How many days the run lasts.' },
  ...constantDescriber,
};

const constantView: ModelView<ConstantResult, ConstantParams> = {
  steps: (result) => result.t.length - 1,
  render(ctx, result, params) {
    const chart = timeSeriesChart(ctx, constant.toSeries(result, params), ['level'], {
      yLabel: 'People',
      title: 'A constant level',
      description: 'The same number of people every day.',
    });
    return { nodes: [chart.node], update: (next, r, p) => chart.update(next, constant.toSeries(r, p)) };
  },
  narrate: (result, params, t) => `Day ${t}: ${params.level} people.`,
};

// The registry of the throwaway model: its id in the list, its tables made by the site's own factory from its
// files as `import.meta.glob` gives them (keyed by path), and its line in the browser's loaders.
const ids = ['constant'] as const;
const fromFiles = tableOf(ids);
const models = fromFiles<{ constant: typeof constant }>({ './constant.ts': constant }, (id) => `./${id}.ts`);
const views = fromFiles<{ constant: { view: ModelView } }>(
  { '../views/constant.ts': { view: constantView } },
  (id) => `../views/${id}.ts`,
);
const viewFor = (id: (typeof ids)[number]) => views[id].view;
const { loadModel, loadView, loadDescriber } = lazyRegistry<(typeof ids)[number]>({
  constant: {
    model: () => Promise.resolve(constantCore),
    view: () => Promise.resolve(constantView),
    describer: () => Promise.resolve(constantDescriber),
  },
});

const exercise = (model: string) => ({
  title: 'How many hear it',
  case: 'a-case',
  model,
  preset: 'high',
  difficulty: 'introductory',
  minutes: 5,
  skills: ['reading a chart'],
  prompt: 'Run the model.',
  predict: 'How many people a day?',
});

describe('a model added through the registry alone', () => {
  it('is validated: the content schema accepts its id in an exercise and refuses others', () => {
    const schema = exerciseSchemaOf(ids);
    expect(schema.safeParse(exercise('constant')).success).toBe(true);
    expect(schema.safeParse(exercise('cascade')).success).toBe(false);
    expect(modelIdOf(ids).safeParse('constant').success).toBe(true);
  });

  it('is loaded by the browser face, model, view and summary, and an unknown id is a rejection', async () => {
    const model = await loadModel('constant');
    expect(model).toBe(constantCore);
    expect(model).not.toHaveProperty('describe');
    expect(await loadView('constant')).toBe(constantView);
    await expect(loadModel('toString')).rejects.toThrow(/unknown model/);
    await expect(loadView('cascade')).rejects.toThrow(/no view/);
    await expect(loadDescriber('toString')).rejects.toThrow(/no summary/);
    const { params, notices } = model.normalize({ level: 500 });
    expect(params).toEqual({ level: 100, days: 5 });
    expect(notices.map((n) => n.param)).toEqual(['level']);
    // The summary, loaded apart, describes the run the loaded model made.
    const result = model.run(params, 1);
    const describer = await loadDescriber('constant');
    expect(describer.describe(result, params)).toBe('Every day 100 people hear it, for 5 days.');
  });

  it('is rendered as the build renders a simulation: its static chart and its summary', () => {
    const model = models.constant;
    const params = model.normalize({ ...model.defaults(), ...model.presets.high?.params }).params;
    const result = model.run(params, 1);
    const view = viewFor(model.id);
    const nodes = view
      .render(
        { doc: staticDocument(), width: 480, idPrefix: 'k', yScale: 'linear', browser: false },
        result,
        params,
      )
      .nodes.map((n) => n.outerHTML)
      .join('');
    expect(nodes).toContain('<svg');
    expect(nodes).toContain('A constant level');
    expect(view.steps(result, params)).toBe(5);
    expect(model.describe(result, params)).toBe('Every day 90 people hear it, for 5 days.');
  });

  it('is refused, naming the file, when its id is registered but a file is missing', () => {
    expect(() => fromFiles<{ constant: ModelView }>({}, (id) => `../views/${id}.ts`)).toThrow(
      /“constant” .*\.\.\/views\/constant\.ts is missing/,
    );
  });
});
