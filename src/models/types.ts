/**
 * Shared contract for every simulation model.
 *
 * A model is pure TypeScript: no DOM, no Node-only API, so the same module runs at build time
 * (to render the static fallback), in the page, and in a Web Worker. The parameter spec is the one
 * place a parameter's range and default live: sliders, URL parsing, MDX props and docs all read it.
 */

import type { modelText } from '../strings/models/common.ts';
import type { ModelId } from './registry.ts';

export type { ModelId } from './registry.ts';

/**
 * A unit id, one of the keys of `units` in src/strings/models/common.ts; '' when a value has no unit. Code
 * compares ids (a share is shown as a percentage, dollars as "$1,200"); readers see the id's word, through
 * unitWord, so translating the words never changes how a number is read.
 */
export type UnitId = keyof typeof modelText.units | '';

/** A uniform random source in [0, 1). Every stochastic model takes one; none calls Math.random. */
export type Random = () => number;

/** A numeric parameter: one row of a model's spec. */
export interface NumberParam {
  kind: 'number';
  id: string;
  label: string;
  /** Unit of the value, whose word is shown beside it. */
  unit: UnitId;
  min: number;
  max: number;
  step: number;
  default: number;
  /** How a slider maps to the value: log for ranges that span orders of magnitude. */
  scale: 'linear' | 'log';
}

/** A parameter that takes one of a few named values (e.g. the kind of network). */
export interface ChoiceParam {
  kind: 'choice';
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  default: string;
}

export type ParamSpec = NumberParam | ChoiceParam;

export type ParamValue = number | string;
export type ParamValues = Record<string, ParamValue>;

/** A change `normalize` made to its input, in words a student can read. */
export interface Notice {
  /** The parameter concerned, or '' for the input as a whole. */
  param: string;
  message: string;
}

export interface Normalized<P> {
  params: P;
  notices: Notice[];
}

/**
 * A named set of values, as the browser needs it. Its label, what it represents and its sources are words for
 * pages built ahead of time, so they live in src/strings/models/<id>.ts (the label joins it in the whole
 * definition, src/models/index.ts; the rest is read through src/build/model-about.ts), not in the core the
 * browser downloads.
 */
export interface Preset<P> {
  /** Only the values that differ from the spec's defaults. */
  params: Partial<P>;
}

/** A preset with its label (the preset menu, the frame's title, the sandbox): the whole definition's. */
export interface LabelledPreset<P> extends Preset<P> {
  label: string;
}

/** One line of a time series: values[i] belongs to the result's t[i]. */
export interface Series {
  id: string;
  label: string;
  unit: UnitId;
  values: number[];
}

/** The generic table/CSV/time-series view of a run: every series has one value per entry of x. */
export interface SeriesView {
  x: number[];
  xLabel: string;
  xUnit: UnitId;
  series: Series[];
}

/**
 * What every model exports, so the page, the worker and the tests can treat models uniformly.
 * `run` is the whole deterministic run from a seed; models with a step API export it beside this.
 * `I` is the model's own id (one of src/models/registry.ts; a test's throwaway model has its own), so the
 * registry can key each model by it.
 *
 * This is the part the browser downloads with a figure. The summary in words (`describe`, the full
 * `ModelDefinition`) lives in src/models/<id>-describe.ts and loads only when a run needs new words: at wake the
 * page already shows the summary it was built with (issue 13).
 */
export interface ModelCore<P extends ParamValues = ParamValues, R = unknown, I extends string = ModelId> {
  id: I;
  /** Human title. */
  name: string;
  /** Semver of the model's maths; written into exported runs so a saved run says which maths made it. */
  version: string;
  /** Parameter ids are short lowerCamelCase, URL-safe, no dots. */
  spec: readonly ParamSpec[];
  /** Preset keys are kebab-case. */
  presets: Record<string, Preset<P>>;
  /** Whether the seed changes the result. */
  stochastic: boolean;
  defaults(): P;
  /** Accepts anything; never throws; says in words what it changed. */
  normalize(input: unknown): Normalized<P>;
  /** Full deterministic run (the seed is ignored when the model is not stochastic). */
  run(params: P, seed: number): R;
  /** The run as a table of series against one x axis, for the data table, CSV and time-series charts. */
  toSeries(result: R, params: P): SeriesView;
}

/**
 * A model's summary in words, on its own: what the browser loads when a run needs new words. A method, so a model's
 * own describe, which takes its own parameters, fits a table of every model's.
 */
export interface Describer<P extends ParamValues = ParamValues, R = unknown> {
  /** One plain-English paragraph summarising the run: the page's no-JavaScript summary. */
  describe(result: R, params: P): string;
}

/** The whole model: its core, its presets' labels, its parameters' help and its summary in words (build time, tests, claims). */
export interface ModelDefinition<P extends ParamValues = ParamValues, R = unknown, I extends string = ModelId>
  extends ModelCore<P, R, I>, Describer<P, R> {
  presets: Record<string, LabelledPreset<P>>;
  /** Each parameter's one line of help, by parameter id: the controls, the sandbox's table, the builder's specs. */
  help: Readonly<Record<string, string>>;
}
