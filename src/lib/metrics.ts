/**
 * Quantities a self-check question or an exercise can ask for, each computed by running the model, so
 * no answer is ever typed into a lesson. A metric is named `<model>.<quantity>`.
 */
import type { BassResult } from '../models/bass';
import type { BranchingResult } from '../models/branching';
import { heardBy, type CascadeResult } from '../models/cascade';
import type { CostOfSilenceResult } from '../models/cost-of-silence';
import { models } from '../models/index';
import type { TellAFriendResult } from '../models/tell-a-friend';
import type { ModelId, ParamValues } from '../models/types';
import { bassMetricText } from '../strings/models/bass';
import { branchingMetricText } from '../strings/models/branching';
import { cascadeMetricText } from '../strings/models/cascade';
import { costOfSilenceMetricText } from '../strings/models/cost-of-silence';
import { tellAFriendMetricText } from '../strings/models/tell-a-friend';

interface Metric<R> {
  model: ModelId;
  label: string;
  unit: string;
  compute(result: R, params: ParamValues): number;
}

const last = (values: readonly number[]) => values[values.length - 1] ?? 0;

const define = <R>(m: Metric<R>) => m as Metric<unknown>;

export const metrics: Record<string, Metric<unknown>> = {
  'tell-a-friend.unhappyReach': define<TellAFriendResult>({
    model: 'tell-a-friend',
    label: tellAFriendMetricText.unhappyReach,
    unit: 'people',
    compute: (r) => last(r.unhappy.heard),
  }),
  'tell-a-friend.happyReach': define<TellAFriendResult>({
    model: 'tell-a-friend',
    label: tellAFriendMetricText.happyReach,
    unit: 'people',
    compute: (r) => last(r.happy.heard),
  }),
  'tell-a-friend.ratio': define<TellAFriendResult>({
    model: 'tell-a-friend',
    label: tellAFriendMetricText.ratio,
    unit: 'times',
    compute: (r) => last(r.unhappy.heard) / Math.max(1, last(r.happy.heard)),
  }),
  'branching.pFizzle': define<BranchingResult>({
    model: 'branching',
    label: branchingMetricText.pFizzle,
    unit: 'share',
    compute: (r) => r.ensemble.pFizzle,
  }),
  'branching.pViral': define<BranchingResult>({
    model: 'branching',
    label: branchingMetricText.pViral,
    unit: 'share',
    compute: (r) => r.ensemble.pViral,
  }),
  'branching.meanSize': define<BranchingResult>({
    model: 'branching',
    label: branchingMetricText.meanSize,
    unit: 'people',
    compute: (r) => r.ensemble.meanTotal,
  }),
  'cascade.finalComplaintShare': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.finalComplaintShare,
    unit: 'share',
    compute: (r) => heardBy(r.run, r.run.days).complaint / Math.max(1, r.graph.n),
  }),
  'cascade.finalAnswerShare': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.finalAnswerShare,
    unit: 'share',
    compute: (r) => heardBy(r.run, r.run.days).answer / Math.max(1, r.graph.n),
  }),
  'cascade.complaintReach': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.complaintReach,
    unit: 'people',
    compute: (r) => heardBy(r.run, r.run.days).complaint,
  }),
  'cascade.answerReach': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.answerReach,
    unit: 'people',
    compute: (r) => heardBy(r.run, r.run.days).answer,
  }),
  'cascade.answerFirst': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.answerFirst,
    unit: 'people',
    compute: (r) => r.run.counts.answer,
  }),
  // The same count as complaintReach, named for a good story (story = good), where there is no complaint.
  'cascade.storyReach': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.storyReach,
    unit: 'people',
    compute: (r) => heardBy(r.run, r.run.days).complaint,
  }),
  'cascade.peakDay': define<CascadeResult>({
    model: 'cascade',
    label: cascadeMetricText.peakDay,
    unit: 'day',
    compute: (r) => {
      const daily = r.run.history.newComplaint;
      return daily.reduce((best, v, i) => (v > (daily[best] ?? -1) ? i : best), 0);
    },
  }),
  'bass.peakDay': define<BassResult>({
    model: 'bass',
    label: bassMetricText.peakDay,
    unit: 'periods',
    compute: (r) => r.peakTime,
  }),
  'bass.halfDay': define<BassResult>({
    model: 'bass',
    label: bassMetricText.halfDay,
    unit: 'periods',
    // F(t) = 1/2 solves to t = ln(2 + q/p) / (p + q).
    compute: (_r, p) => Math.log(2 + Number(p.q) / Number(p.p)) / (Number(p.p) + Number(p.q)),
  }),
  'cost-of-silence.breakEvenReach': define<CostOfSilenceResult>({
    model: 'cost-of-silence',
    label: costOfSilenceMetricText.breakEvenReach,
    unit: 'people',
    compute: (r) => r.breakEvenReach ?? Infinity,
  }),
  'cost-of-silence.expectedLoss': define<CostOfSilenceResult>({
    model: 'cost-of-silence',
    label: costOfSilenceMetricText.expectedLoss,
    unit: 'USD',
    compute: (r) => r.expectedLoss,
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
  const model = models[metric.model];
  const preset = presetKey ? model.presets[presetKey] : undefined;
  if (presetKey && !preset) throw new Error(`model ${modelId} has no preset "${presetKey}"`);
  const { params, notices } = model.normalize({ ...model.defaults(), ...preset?.params, ...overrides });
  if (notices.length) throw new Error(`parameters out of range: ${notices.map((n) => n.message).join(' ')}`);
  const result = model.run(params as never, seed);
  const value = metric.compute(result, params);
  if (!Number.isFinite(value)) throw new Error(`metric "${name}" has no finite value for these parameters`);
  return { value, label: metric.label, unit: metric.unit, params, seed };
}
