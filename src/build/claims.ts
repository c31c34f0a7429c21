/**
 * Claims checked by the model: a sentence that says what a simulation shows is bound to a test the build runs
 * over an ensemble of seeds (DESIGN.md, "Lessons, exercises, guides"). <Claim>, <ClaimValue> and an ensemble
 * <Check> evaluate through this module; a claim that does not hold fails the build, naming the page, the claim
 * and the numbers found.
 *
 * Semantics, for `n` seeds 1…n (one run for a model without chance):
 * - the claim's metric is computed on every seed: L₁…Lₙ;
 * - it is compared with a number, or with R₁…Rₙ, the same seeds run with some parameters changed and/or
 *   another metric of the same runs (`below={{ params: { responseDay: 7 } }}`,
 *   `above={{ metric: 'cascade.finalAnswerShare' }}`), seed by seed;
 * - statistic "median" (the default): the median of L (or of L − R, seed by seed) is below / above the bound,
 *   or inside [low, high] for `between`; statistic "share": the condition holds on at least `atLeast` (default
 *   one half) of the seeds.
 * Every summary reports the median and the 10–90% band (the 10th and 90th percentiles, linear interpolation).
 *
 * Ensembles are memoised per build: the same model, parameters and number of seeds run once, and every metric
 * of the model is read from those runs. Build-time only (it imports every model).
 */
import { quantileSorted } from 'd3-array';
import { metrics } from '../lib/metrics';
import { tagsIn, type Literal } from './mdx-props';
import { getModel, modelFor, models } from '../models/index';
import { claimText } from '../strings/claims';
import type { ModelId, ParamValues } from '../models/types';

/** The fewest seeds a claim or an ensemble answer is evaluated over. */
export const MIN_SEEDS = 40;
/** The most, so a typo cannot stall the build. */
export const MAX_SEEDS = 1000;

/** What to run: a model, a preset and parameters that override it (the props of <Simulation>). */
export interface Settings {
  model: string;
  preset?: string;
  params?: Record<string, unknown>;
}

/** A <Simulation> on the page, as a claim or a check reads it with sim="…". */
export interface SimulationSettings extends Settings {
  seed: number;
}

/** What a claim's metric is compared with when it is not a number: other parameters, another metric, or both. */
export interface Reference {
  metric?: string;
  params?: Record<string, unknown>;
}

export type Statistic = 'median' | 'share';
export type TestKind = 'below' | 'above' | 'between';

export interface ClaimSpec extends Settings {
  metric: string;
  below?: number | Reference;
  above?: number | Reference;
  between?: [number, number];
  statistic?: Statistic;
  /** With statistic "share": the least share of seeds on which the condition must hold (default 0.5). */
  atLeast?: number;
  seeds?: number;
}

/** The median and the 10–90% band of a set of values. */
export interface Summary {
  median: number;
  low: number;
  high: number;
}

/** One side of a claim: a metric over the ensemble of one set of parameters. */
export interface Side {
  metric: string;
  label: string;
  unit: string;
  model: ModelId;
  preset?: string;
  /** The parameters as the settings gave them, over the preset. */
  overrides: Record<string, unknown>;
  /** Every parameter, normalised. */
  params: ParamValues;
  values: number[];
  summary: Summary;
}

export interface ClaimResult {
  holds: boolean;
  test: TestKind;
  statistic: Statistic;
  atLeast: number;
  /** Runs evaluated: the seeds asked for, or 1 for a model without chance. */
  runs: number;
  stochastic: boolean;
  subject: Side;
  /** What the subject is compared with, when it is not a number. */
  reference?: Side;
  /** The parameters the reference changes from the subject's. */
  referenceChanges?: Record<string, unknown>;
  bound?: number | [number, number];
  /** Subject − reference, seed by seed. */
  difference?: Summary;
  /** Share of the runs on which the condition holds. */
  share: number;
}

// ---------------------------------------------------------------------------------------------- ensembles

interface Ensemble {
  model: ModelId;
  params: ParamValues;
  stochastic: boolean;
  /** Every metric of the model, one value per run. */
  values: Record<string, number[]>;
}

const cache = new Map<string, Ensemble>();
let modelRuns = 0;

/** How much work the memo has saved: ensembles built and model runs made so far in this process. */
export function ensembleStats(): { ensembles: number; runs: number } {
  return { ensembles: cache.size, runs: modelRuns };
}

/** Normalised parameters of the settings; throws naming what is wrong (unknown model, preset or parameter). */
export function resolveParams(settings: Settings): { model: ModelId; params: ParamValues } {
  const model = getModel(settings.model);
  if (!model)
    throw new Error(`model "${settings.model}" is unknown; use one of ${Object.keys(models).join(', ')}`);
  const preset = settings.preset ? model.presets[settings.preset] : undefined;
  if (settings.preset && !preset)
    throw new Error(
      `model ${model.id} has no preset "${settings.preset}"; it has ${Object.keys(model.presets).join(', ')}`,
    );
  const specIds = model.spec.map((p) => p.id);
  for (const key of Object.keys(settings.params ?? {}))
    if (!specIds.includes(key))
      throw new Error(`parameter "${key}" is not one of ${model.id}'s: ${specIds.join(', ')}`);
  const { params, notices } = model.normalize({
    ...model.defaults(),
    ...preset?.params,
    ...settings.params,
  });
  if (notices.length) throw new Error(`parameters out of range: ${notices.map((n) => n.message).join(' ')}`);
  return { model: model.id, params: params };
}

function ensemble(modelId: ModelId, params: ParamValues, seeds: number): Ensemble {
  const model = modelFor(modelId);
  const runs = model.stochastic ? seeds : 1;
  const key = `${modelId}|${runs}|${JSON.stringify(params)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const own = Object.entries(metrics).filter(([, m]) => m.model === modelId);
  const values: Record<string, number[]> = Object.fromEntries(own.map(([name]) => [name, []]));
  for (let seed = 1; seed <= runs; seed++) {
    const result = model.run(params, seed);
    modelRuns++;
    for (const [name, metric] of own) values[name].push(metric.compute(result, params));
  }
  const built = { model: modelId, params, stochastic: model.stochastic, values };
  cache.set(key, built);
  return built;
}

/** Median and 10–90% band (R-7 quantiles, as d3-array computes them). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no values to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantileSorted(sorted, 0.5)!,
    low: quantileSorted(sorted, 0.1)!,
    high: quantileSorted(sorted, 0.9)!,
  };
}

function checkSeeds(seeds: unknown): number {
  if (typeof seeds !== 'number' || !Number.isInteger(seeds) || seeds < MIN_SEEDS || seeds > MAX_SEEDS)
    throw new Error(`"seeds" is ${String(seeds)}; use a whole number from ${MIN_SEEDS} to ${MAX_SEEDS}`);
  return seeds;
}

/** A metric over the ensemble of the settings: its values, summary, label and unit. */
export function sideOf(settings: Settings, metricName: string, seeds: number = MIN_SEEDS): Side {
  const metric = metrics[metricName];
  if (!metric)
    throw new Error(`metric "${metricName}" is unknown; known: ${Object.keys(metrics).join(', ')}`);
  const { model, params } = resolveParams(settings);
  if (metric.model !== model)
    throw new Error(`metric "${metricName}" belongs to model ${metric.model}, not ${model}`);
  const values = ensemble(model, params, checkSeeds(seeds)).values[metricName];
  if (values.some((v) => !Number.isFinite(v)))
    throw new Error(`metric "${metricName}" has no finite value on some seeds for these parameters`);
  return {
    metric: metricName,
    label: metric.label,
    unit: metric.unit,
    model,
    preset: settings.preset,
    overrides: settings.params ?? {},
    params,
    values,
    summary: summarize(values),
  };
}

/** A metric's answer over an ensemble (an ensemble <Check>, a <ClaimValue>): stochastic models only vary. */
export function ensembleAnswer(
  settings: Settings,
  metricName: string,
  seeds: number = MIN_SEEDS,
): Side & { runs: number; stochastic: boolean } {
  const side = sideOf(settings, metricName, seeds);
  const stochastic = models[side.model].stochastic;
  return { ...side, runs: side.values.length, stochastic };
}

// -------------------------------------------------------------------------------------------------- claims

const isReference = (v: unknown): v is Reference =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).every((k) => k === 'metric' || k === 'params');

/**
 * Evaluates a claim. Throws (naming the prop) when the claim is malformed; returns the result, `holds` false
 * included, when it is well formed: the caller decides how to fail.
 */
export function evaluateClaim(spec: ClaimSpec): ClaimResult {
  const tests = (['below', 'above', 'between'] as const).filter((t) => spec[t] !== undefined);
  if (tests.length !== 1)
    throw new Error(
      `give exactly one test, below={…}, above={…} or between={[low, high]}; found ${tests.length ? tests.join(', ') : 'none'}`,
    );
  const test = tests[0];
  const statistic = spec.statistic ?? 'median';
  if (statistic !== 'median' && statistic !== 'share')
    throw new Error(`"statistic" is "${String(statistic)}"; use "median" or "share"`);
  if (spec.atLeast !== undefined && statistic !== 'share')
    throw new Error('"atLeast" goes with statistic="share"');
  const atLeast = spec.atLeast ?? 0.5;
  if (typeof atLeast !== 'number' || !(atLeast > 0 && atLeast <= 1))
    throw new Error(`"atLeast" is ${String(atLeast)}; use a share above 0 and at most 1`);
  const seeds = checkSeeds(spec.seeds ?? MIN_SEEDS);
  const subject = sideOf(spec, spec.metric, seeds);
  const stochastic = models[subject.model].stochastic;
  const runs = subject.values.length;

  let bound: number | [number, number] | undefined;
  let reference: Side | undefined;
  const lefts = subject.values;
  let rights: number[];
  const target = spec[test];
  if (test === 'between') {
    const b = target;
    if (!Array.isArray(b) || b.length !== 2 || !b.every((x) => typeof x === 'number') || !(b[0] <= b[1]))
      throw new Error('"between" takes [low, high], two numbers with low ≤ high');
    bound = [b[0], b[1]];
    rights = [];
  } else if (typeof target === 'number') {
    bound = target;
    rights = lefts.map(() => target);
  } else if (isReference(target) && (target.metric !== undefined || target.params !== undefined)) {
    reference = sideOf(
      { model: spec.model, preset: spec.preset, params: { ...spec.params, ...target.params } },
      target.metric ?? spec.metric,
      seeds,
    );
    rights = reference.values;
    if (rights.length !== lefts.length) {
      // Cannot happen within one model; kept so a future mix never compares unpaired runs silently.
      throw new Error('the two sides ran different numbers of seeds');
    }
  } else {
    throw new Error(
      `"${test}" takes a number, or {{ metric: "…" }} and/or {{ params: { … } }} to compare with the same runs changed`,
    );
  }
  const holdsOn = (i: number): boolean => {
    const l = lefts[i];
    if (test === 'between') {
      const [lo, hi] = bound as [number, number];
      return l >= lo && l <= hi;
    }
    const r = rights[i];
    return test === 'below' ? l < r : l > r;
  };
  const passed = lefts.filter((_, i) => holdsOn(i)).length;
  const share = passed / lefts.length;
  const difference = test === 'between' ? undefined : summarize(lefts.map((l, i) => l - rights[i]));

  let holds: boolean;
  if (statistic === 'share') holds = share >= atLeast;
  else if (test === 'between') {
    const [lo, hi] = bound as [number, number];
    holds = subject.summary.median >= lo && subject.summary.median <= hi;
  } else holds = test === 'below' ? difference!.median < 0 : difference!.median > 0;

  return {
    holds,
    test,
    statistic,
    atLeast,
    runs,
    stochastic,
    subject,
    reference,
    bound,
    difference: reference ? difference : undefined,
    referenceChanges: isReference(target) ? (target.params ?? {}) : undefined,
    share,
  };
}

/** Numbers for a build message: "0.214 [0.0213, 0.38]" (median [10%, 90%]), three significant digits. */
const num = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3))));
const band = (s: Summary) => `${num(s.median)} [${num(s.low)}, ${num(s.high)}]`;

/** The error a false claim fails the build with: page, claim id and sentence, the test and the numbers found. */
/**
 * What the ensemble gave, in one line ("Found (median [10%, 90%] over 40 runs): …; the condition holds on 100% of
 * runs."): the build's error when a claim fails, and a data attribute on every claim that holds, which
 * `npm run claims` lists page by page.
 */
export function claimFound(r: ClaimResult): string {
  const words = claimText.failure;
  const metric = r.subject.metric;
  const found = [words.value(metric, band(r.subject.summary))];
  if (r.reference) found.push(words.value(r.reference.metric, band(r.reference.summary)));
  if (r.difference) found.push(words.value(words.difference, band(r.difference)));
  return words.found(r.runs, found, num(r.share * 100));
}

export function claimFailure(page: string, id: string, sentence: string, r: ClaimResult): Error {
  const words = claimText.failure;
  const metric = r.subject.metric;
  const claimed =
    r.test === 'between'
      ? words.between(metric, num((r.bound as [number, number])[0]), num((r.bound as [number, number])[1]))
      : r.reference
        ? words.compared(metric, r.test, r.reference.metric, JSON.stringify(r.referenceChanges ?? {}))
        : words.bound(metric, r.test, num(r.bound as number));
  const rule =
    r.statistic === 'share'
      ? words.ruleShare(num(r.atLeast * 100), r.runs)
      : words.ruleMedian(r.runs, r.reference !== undefined);
  const settings = [r.subject.model, r.subject.preset ?? '', JSON.stringify(r.subject.overrides)];
  return new Error(
    [
      words.heading(id, page),
      words.sentence(sentence),
      words.claimed(claimed, rule),
      words.settings(settings.filter(Boolean).join(' ')),
      claimFound(r),
    ].join('\n  '),
  );
}

// ------------------------------------------------------------------------------------------ the page's tags

/**
 * A tag this reader could not use: `unread` lists props written as expressions rather than literals;
 * `duplicate` marks an id two claims share.
 */
export interface Unusable {
  unread: string[];
  duplicate?: boolean;
}

const isUnusable = (v: object): v is Unusable => 'unread' in v && Array.isArray(v.unread);

/** The components whose tags a page's claims read. */
const SIMULATION_TAG = 'Simulation';
const CLAIM_TAG = 'Claim';

/** What a page's claims can refer to: its simulations (by id) and its claims (by id), read from its MDX. */
export interface ClaimPage {
  simulations: Map<string, SimulationSettings | Unusable>;
  claims: Map<string, Record<string, Literal> | Unusable>;
}

/** The simulation props a claim can reuse, from a <Simulation>'s literal props. */
function simulationFrom(props: Record<string, Literal>, unread: string[]): SimulationSettings | Unusable {
  const needed = ['model', 'preset', 'params', 'seed'].filter((k) => unread.includes(k));
  if (needed.length || typeof props.model !== 'string') return { unread: needed };
  return {
    model: props.model,
    preset: typeof props.preset === 'string' ? props.preset : undefined,
    params: (props.params ?? {}) as Record<string, unknown>,
    seed: typeof props.seed === 'number' ? props.seed : 1,
  };
}

/**
 * Reads a page's <Simulation>s and <Claim>s from its MDX source. `lesson` is the source of the case lesson a
 * guide or an exercise belongs to: its simulations can be named too. `extra` adds simulations the page itself
 * renders (an exercise's own simulation).
 */
export function claimPage(
  source: string,
  options: { lesson?: string; extra?: Record<string, SimulationSettings> } = {},
): ClaimPage {
  const simulations: ClaimPage['simulations'] = new Map();
  for (const text of [options.lesson ?? '', source]) {
    for (const tag of tagsIn(text, SIMULATION_TAG)) {
      const id = tag.props.id;
      if (typeof id === 'string') simulations.set(id, simulationFrom(tag.props, tag.unread));
    }
  }
  for (const [id, settings] of Object.entries(options.extra ?? {})) simulations.set(id, settings);
  const claims: ClaimPage['claims'] = new Map();
  for (const tag of tagsIn(source, CLAIM_TAG)) {
    const id = tag.props.id;
    if (typeof id !== 'string') continue;
    claims.set(
      id,
      claims.has(id)
        ? { unread: [], duplicate: true }
        : tag.unread.length
          ? { unread: tag.unread }
          : tag.props,
    );
  }
  return { simulations, claims };
}

/** The literal props of the claim `id` on the page; throws when there is none or they cannot be read. */
export function claimProps(page: ClaimPage | undefined, id: string): Record<string, Literal> {
  const props = page?.claims.get(id);
  if (!props) throw new Error(`there is no <Claim id="${id}"> on this page`);
  if (isUnusable(props)) {
    if (props.duplicate) throw new Error(`two claims on this page have the id "${id}"`);
    throw new Error(`claim "${id}": its ${props.unread.join(', ')} must be literals to be quoted`);
  }
  return props;
}

/** The props shared by <Claim>, <ClaimValue> and <Check> that say what to run. */
export interface SettingsProps {
  sim?: string;
  model?: string;
  preset?: string;
  params?: Record<string, unknown>;
}

/**
 * The settings a component's props describe: `sim="id"` takes the model, preset, parameters and seed of that
 * simulation (on the page, or in the case lesson of a guide or exercise), and `params` changes some of them;
 * otherwise `model`, `preset` and `params` as on <Simulation>.
 */
export function settingsFrom(props: SettingsProps, page: ClaimPage | undefined): SimulationSettings {
  if (props.sim === undefined) {
    if (!props.model) throw new Error('give sim="…" (a simulation on this page) or model="…"');
    return { model: props.model, preset: props.preset, params: props.params ?? {}, seed: 1 };
  }
  if (props.model !== undefined || props.preset !== undefined)
    throw new Error(
      `sim="${props.sim}" already sets the model and preset; change parameters with params={{…}}`,
    );
  if (!page) throw new Error(`sim="${props.sim}": this page does not list its simulations for claims`);
  const sim = page.simulations.get(props.sim);
  if (!sim) {
    const known = [...page.simulations.keys()].join(', ') || '—';
    throw new Error(`sim="${props.sim}": no simulation with that id here (there are: ${known})`);
  }
  if (isUnusable(sim))
    throw new Error(
      `sim="${props.sim}": its ${sim.unread.join(', ') || 'model'} must be literal props for a claim to read`,
    );
  return { ...sim, params: { ...sim.params, ...props.params } };
}

/** The locals key the pages set and the components read. */
export interface ClaimLocals {
  claimPage?: ClaimPage;
}
