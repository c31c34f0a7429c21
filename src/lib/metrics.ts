/**
 * Quantities a self-check question or an exercise can ask for, each computed by running the model, so
 * no answer is ever typed into a lesson. A metric is named `<model>.<quantity>`.
 */
import { bassCore } from '../models/bass';
import { branchingCore } from '../models/branching';
import { cascadeCore, heardBy } from '../models/cascade';
import { costOfSilenceCore } from '../models/cost-of-silence';
import { tellAFriendCore } from '../models/tell-a-friend';
import type { ModelCore, ModelId, ParamValues } from '../models/types';
import { bassMetricText } from '../strings/models/bass';
import { branchingMetricText } from '../strings/models/branching';
import { cascadeMetricText } from '../strings/models/cascade';
import { costOfSilenceMetricText } from '../strings/models/cost-of-silence';
import { tellAFriendMetricText } from '../strings/models/tell-a-friend';

/** A quantity of one model's run: `compute` reads the result and parameters of the model named by `model`. */
interface Metric<R = unknown, P extends ParamValues = ParamValues> {
  model: ModelId;
  label: string;
  unit: string;
  compute(result: R, params: P): number;
}

const last = (values: readonly number[]) => values[values.length - 1] ?? 0;

/**
 * One model's metrics, named `<model id>.<quantity>`: each `compute` is typed by the model's own result and
 * parameters, and the model's id comes from its definition, so no metric can name the wrong model.
 */
function metricsOf<P extends ParamValues, R>(
  model: ModelCore<P, R>,
  quantities: Record<string, Omit<Metric<R, P>, 'model'>>,
): Record<string, Metric> {
  return Object.fromEntries(
    Object.entries(quantities).map(([quantity, m]): [string, Metric] => [
      `${model.id}.${quantity}`,
      { ...m, model: model.id },
    ]),
  );
}

/**
 * The models the metrics run, found by their own id. Not the table in src/models/cores.ts: that one is found by
 * file name with Vite's import.meta.glob, and the end-to-end tests import this module in Node, without Vite, to
 * compute the answers they expect.
 */
const models: readonly ModelCore[] = [
  tellAFriendCore,
  branchingCore,
  cascadeCore,
  bassCore,
  costOfSilenceCore,
];

export const metrics: Record<string, Metric> = {
  ...metricsOf(tellAFriendCore, {
    unhappyReach: {
      label: tellAFriendMetricText.unhappyReach,
      unit: 'people',
      compute: (r) => last(r.unhappy.heard),
    },
    happyReach: {
      label: tellAFriendMetricText.happyReach,
      unit: 'people',
      compute: (r) => last(r.happy.heard),
    },
    ratio: {
      label: tellAFriendMetricText.ratio,
      unit: 'times',
      compute: (r) => last(r.unhappy.heard) / Math.max(1, last(r.happy.heard)),
    },
  }),
  ...metricsOf(branchingCore, {
    pFizzle: { label: branchingMetricText.pFizzle, unit: 'share', compute: (r) => r.ensemble.pFizzle },
    pViral: { label: branchingMetricText.pViral, unit: 'share', compute: (r) => r.ensemble.pViral },
    meanSize: { label: branchingMetricText.meanSize, unit: 'people', compute: (r) => r.ensemble.meanTotal },
  }),
  ...metricsOf(cascadeCore, {
    finalComplaintShare: {
      label: cascadeMetricText.finalComplaintShare,
      unit: 'share',
      compute: (r) => heardBy(r.run, r.run.days).complaint / Math.max(1, r.graph.n),
    },
    finalAnswerShare: {
      label: cascadeMetricText.finalAnswerShare,
      unit: 'share',
      compute: (r) => heardBy(r.run, r.run.days).answer / Math.max(1, r.graph.n),
    },
    complaintReach: {
      label: cascadeMetricText.complaintReach,
      unit: 'people',
      compute: (r) => heardBy(r.run, r.run.days).complaint,
    },
    answerReach: {
      label: cascadeMetricText.answerReach,
      unit: 'people',
      compute: (r) => heardBy(r.run, r.run.days).answer,
    },
    answerFirst: {
      label: cascadeMetricText.answerFirst,
      unit: 'people',
      compute: (r) => r.run.counts.answer,
    },
    // The same count as complaintReach, named for a good story (story = good), where there is no complaint.
    storyReach: {
      label: cascadeMetricText.storyReach,
      unit: 'people',
      compute: (r) => heardBy(r.run, r.run.days).complaint,
    },
    peakDay: {
      label: cascadeMetricText.peakDay,
      unit: 'day',
      compute: (r) => {
        const daily = r.run.history.newComplaint;
        return daily.reduce((best, v, i) => (v > (daily[best] ?? -1) ? i : best), 0);
      },
    },
  }),
  ...metricsOf(bassCore, {
    peakDay: { label: bassMetricText.peakDay, unit: 'periods', compute: (r) => r.peakTime },
    halfDay: {
      label: bassMetricText.halfDay,
      unit: 'periods',
      // F(t) = 1/2 solves to t = ln(2 + q/p) / (p + q).
      compute: (_r, p) => Math.log(2 + Number(p.q) / Number(p.p)) / (Number(p.p) + Number(p.q)),
    },
  }),
  ...metricsOf(costOfSilenceCore, {
    breakEvenReach: {
      label: costOfSilenceMetricText.breakEvenReach,
      unit: 'people',
      compute: (r) => r.breakEvenReach ?? Infinity,
    },
    expectedLoss: {
      label: costOfSilenceMetricText.expectedLoss,
      unit: 'USD',
      compute: (r) => r.expectedLoss,
    },
  }),
};

export interface MetricAnswer {
  value: number;
  label: string;
  unit: string;
  params: ParamValues;
  seed: number;
}

/**
 * Runs `model` with its preset and overrides and returns the metric. Throws, naming what is wrong, for an
 * unknown metric, a metric of another model, an unknown preset or out-of-range parameters, so a mistake in
 * a lesson fails the build rather than showing a wrong answer.
 */
export function computeMetric(
  name: string,
  modelId: string,
  presetKey: string | undefined,
  overrides: Record<string, unknown> = {},
  seed = 1,
): MetricAnswer {
  const metric = metrics[name];
  if (!metric) throw new Error(`unknown metric "${name}"; known: ${Object.keys(metrics).join(', ')}`);
  if (metric.model !== modelId)
    throw new Error(`metric "${name}" belongs to model ${metric.model}, not ${modelId}`);
  const model = models.find((m) => m.id === metric.model);
  if (!model) throw new Error(`metric "${name}" belongs to model ${metric.model}, which no metric here runs`);
  const preset = presetKey ? model.presets[presetKey] : undefined;
  if (presetKey && !preset) throw new Error(`model ${modelId} has no preset "${presetKey}"`);
  const { params, notices } = model.normalize({ ...model.defaults(), ...preset?.params, ...overrides });
  if (notices.length) throw new Error(`parameters out of range: ${notices.map((n) => n.message).join(' ')}`);
  const result = model.run(params, seed);
  const value = metric.compute(result, params);
  if (!Number.isFinite(value)) throw new Error(`metric "${name}" has no finite value for these parameters`);
  return { value, label: metric.label, unit: metric.unit, params, seed };
}
