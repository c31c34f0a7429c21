/**
 * Turns anything (a URL query, an MDX prop, a slider value, a saved run) into valid parameters for a model,
 * and says in plain words what it changed. It never throws: input is validated once, where it enters,
 * and the model bodies trust what they are given.
 *
 * Rules, in the order they apply to a numeric parameter:
 * - absent (no such key, or `undefined`): the default, silently — leaving a setting out means "the default";
 * - present but not a number (`"abc"`, `""`, `null`, `true`, an object, NaN): the default, with a notice;
 * - a numeric string (`"12"`, `" 1e3 "`, from a URL): read as that number, silently;
 * - outside [min, max] (Infinity counts as above the maximum): clamped, with a notice;
 * - between steps: rounded to the nearest step (counted from min) and to the step's decimals, with a notice.
 *   A value within a billionth of a step of the grid (float noise such as 0.30000000000000004) is
 *   rounded silently: it was already that value, written imprecisely.
 * A choice parameter accepts one of its option values; a different letter case or stray spaces are
 * corrected with a notice; anything else falls back to the default with a notice.
 * Keys the spec does not know are dropped with a notice; input that is not an object at all
 * (an array, a string) gives the defaults with a notice, except `undefined` and `null`, which mean "nothing set".
 */
import { modelText } from '../strings/models/common.ts';
import { formatNumber } from './format.ts';
import { shownValue } from './percent.ts';
import { isRecord } from './record.ts';
import type {
  ChoiceParam,
  Normalized,
  Notice,
  NumberParam,
  ParamSpec,
  ParamValue,
  ParamValues,
} from './types.ts';

const words = modelText.normalize;

/** How far from the grid a value may be, as a share of the step, and still count as on it. */
const GRID_TOLERANCE = 1e-9;

/** Longest piece of user input quoted back in a notice. */
const MAX_QUOTE = 40;

/** The spec's defaults as a parameter object. */
export function defaultsOf<P extends ParamValues>(spec: readonly ParamSpec[]): P {
  const params: ParamValues = {};
  for (const param of spec) params[param.id] = param.default;
  return params as P;
}

/** Decimal places of a number as written (0.25 → 2, 1e-4 → 4, 5 → 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, text.indexOf('e'));
    const dot = mantissa.indexOf('.');
    return Number(exp[1]) + (dot < 0 ? 0 : mantissa.length - dot - 1);
  }
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Rounds to a number of decimals without float noise: snap(0.1 + 0.2, 0.1) is 0.3, not 0.30000000000000004. */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(Math.min(100, decimals)));
}

/** The nearest value on the parameter's grid (min, min + step, …), clamped to [min, max]. */
export function snapToStep(param: NumberParam, value: number): number {
  const { min, max, step } = param;
  const clamped = Math.min(max, Math.max(min, value));
  if (!(step > 0)) return clamped;
  const decimals = Math.max(decimalsOf(step), decimalsOf(min));
  let snapped = roundTo(min + Math.round((clamped - min) / step) * step, decimals);
  // max need not be on the grid: step back inside rather than past it.
  if (snapped > max) snapped = roundTo(snapped - step, decimals);
  if (snapped < min) snapped = min;
  return snapped;
}

/** True when a value is already what snapToStep would give, up to float noise. */
function isOnGrid(param: NumberParam, value: number, snapped: number): boolean {
  const tolerance = param.step > 0 ? param.step * GRID_TOLERANCE : Math.abs(value) * GRID_TOLERANCE;
  return Math.abs(value - snapped) <= tolerance;
}

const NUMERIC_STRING = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A readable, bounded description of any value, for quoting input back in a notice. */
export function describeInput(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const quote = value.length > MAX_QUOTE ? `${value.slice(0, MAX_QUOTE)}…` : value;
      return words.input.quoted(quote);
    }
    case 'number':
      return show(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'undefined':
      return words.input.undefined;
    case 'symbol':
      return words.input.symbol;
    case 'function':
      return words.input.function;
    default:
      if (value === null) return words.input.null;
      return Array.isArray(value) ? words.input.list : words.input.object;
  }
}

/** Numbers in notices: thousands separators, up to 10 decimals, "Infinity" and "NaN" spelled out. */
function show(value: number): string {
  if (Number.isNaN(value)) return words.input.notANumber;
  if (!Number.isFinite(value)) return value > 0 ? words.input.infinity : words.input.minusInfinity;
  return formatNumber(value, 10);
}

type Reading = { ok: true; value: number } | { ok: false };

/** Reads a number from a number or a numeric string; anything else is not a number. */
function readNumber(raw: unknown): Reading {
  if (typeof raw === 'number') return Number.isNaN(raw) ? { ok: false } : { ok: true, value: raw };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (NUMERIC_STRING.test(text)) return { ok: true, value: Number(text) };
    if (/^[+]?infinity$/i.test(text)) return { ok: true, value: Infinity };
    if (/^-infinity$/i.test(text)) return { ok: true, value: -Infinity };
  }
  return { ok: false };
}

/** A parameter's value in a notice, as the reader sees it: a share as a percentage ("was 150%"). */
function showParam(param: NumberParam, value: number): string {
  if (param.unit !== 'share' || !Number.isFinite(value)) return show(value);
  return modelText.format.percent(show(shownValue(param, value)));
}

function normalizeNumber(param: NumberParam, raw: unknown, notices: Notice[]): number {
  const { id, label, min, max, step } = param;
  const say = (value: number) => showParam(param, value);
  const reading = readNumber(raw);
  if (!reading.ok) {
    const why =
      typeof raw === 'string' && raw.trim() === '' ? words.empty : words.notANumber(describeInput(raw));
    notices.push({ param: id, message: words.useDefault(label, why, say(param.default)) });
    return param.default;
  }
  const value = reading.value;
  const snapped = snapToStep(param, value);
  if (isOnGrid(param, value, snapped)) return snapped;
  if (value > max) {
    notices.push({ param: id, message: words.aboveMax(label, say(value), say(max), say(snapped)) });
  } else if (value < min) {
    notices.push({ param: id, message: words.belowMin(label, say(value), say(min), say(snapped)) });
  } else {
    notices.push({ param: id, message: words.betweenSteps(label, say(value), say(step), say(snapped)) });
  }
  return snapped;
}

function normalizeChoice(param: ChoiceParam, raw: unknown, notices: Notice[]): string {
  const { id, label, options } = param;
  if (typeof raw === 'string') {
    if (options.some((option) => option.value === raw)) return raw;
    const wanted = raw.trim().toLowerCase();
    const match = options.find((option) => option.value.toLowerCase() === wanted);
    if (match) {
      notices.push({ param: id, message: words.choiceCorrected(label, describeInput(raw), match.value) });
      return match.value;
    }
  }
  const choices = options.map((option) => words.choice(option.value, option.label));
  notices.push({ param: id, message: words.notAChoice(label, describeInput(raw), choices, param.default) });
  return param.default;
}

/** Validates one parameter value against its spec row. */
export function normalizeValue(param: ParamSpec, raw: unknown, notices: Notice[]): ParamValue {
  return param.kind === 'number'
    ? normalizeNumber(param, raw, notices)
    : normalizeChoice(param, raw, notices);
}

/** Anything in, valid parameters and the list of what was changed out. Never throws. */
export function normalizeParams<P extends ParamValues>(
  spec: readonly ParamSpec[],
  input: unknown,
): Normalized<P> {
  try {
    return readParams<P>(spec, input);
  } catch {
    // Only exotic input gets here (a getter that throws, a revoked Proxy): it cannot be read, so none of it is used.
    return {
      params: defaultsOf<P>(spec),
      notices: [{ param: '', message: words.unreadable }],
    };
  }
}

function readParams<P extends ParamValues>(spec: readonly ParamSpec[], input: unknown): Normalized<P> {
  const notices: Notice[] = [];
  const params: ParamValues = {};
  if (input !== undefined && input !== null && !isRecord(input)) {
    notices.push({ param: '', message: words.notASet(describeInput(input)) });
  }
  const record = isRecord(input) ? input : {};
  const known = new Set<string>();
  for (const param of spec) {
    known.add(param.id);
    const present = Object.prototype.hasOwnProperty.call(record, param.id) && record[param.id] !== undefined;
    params[param.id] = present ? normalizeValue(param, record[param.id], notices) : param.default;
  }
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    notices.push({ param: '', message: words.unknownSetting(describeInput(key)) });
  }
  return { params: params as P, notices };
}

/** Looks up a number parameter's spec row by id (for cross-parameter rules and tests). */
export function numberParam(spec: readonly ParamSpec[], id: string): NumberParam {
  const param = spec.find((p) => p.id === id);
  if (!param || param.kind !== 'number') throw new Error(`No number parameter "${id}" in this spec`);
  return param;
}
