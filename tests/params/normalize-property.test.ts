/**
 * Property-based tests of every model's `normalize` against garbage (fast-check, seeded so runs repeat).
 *
 * Properties, for any input at all:
 *  1. it never throws, and the output is valid per the spec: only the spec's keys, numbers finite, within
 *     [min, max] and on the step grid, choices among the options;
 *  2. it is idempotent: normalising the output gives the same parameters and no notices;
 *  3. every present key (own property, value not undefined) whose value was not accepted as it stood gets a
 *     notice naming that parameter. Absent keys are filled with the default silently — leaving a setting out
 *     means "the default" — unless a cross-parameter rule changes them, which also gives a notice;
 *  4. every notice about a parameter names its label, in words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelIds, models } from '../../src/models/index.ts';
import { snapToStep } from '../../src/models/normalize.ts';
import type { ModelDefinition, ParamSpec, ParamValues } from '../../src/models/types.ts';

const RUNS = 300;
const SEED = 20260701;

function problems(spec: readonly ParamSpec[], params: ParamValues): string[] {
  const found: string[] = [];
  const ids = spec.map((p) => p.id);
  for (const key of Object.keys(params)) if (!ids.includes(key)) found.push(`extra key ${key}`);
  for (const param of spec) {
    const value = params[param.id];
    if (param.kind === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) found.push(`${param.id} = ${String(value)}`);
      else if (value < param.min || value > param.max) found.push(`${param.id} = ${value} out of range`);
      else if (snapToStep(param, value) !== value) found.push(`${param.id} = ${value} off the grid`);
    } else if (typeof value !== 'string' || !param.options.some((o) => o.value === value)) {
      found.push(`${param.id} = ${String(value)} not a choice`);
    }
  }
  return found;
}

/** Whether normalize may keep a raw value without a notice: the same number (up to float noise) or choice. */
function acceptedAsIs(param: ParamSpec, raw: unknown, out: unknown): boolean {
  if (param.kind === 'choice') return raw === out;
  if (typeof out !== 'number') return false;
  const asNumber =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw)
        ? Number(raw)
        : NaN;
  return Number.isFinite(asNumber) && Math.abs(asNumber - out) <= param.step * 1e-9;
}

/** Values that exercise the parser: numbers of all kinds, numeric strings, near-misses and junk. */
function valueFor(param: ParamSpec): fc.Arbitrary<unknown> {
  const choices = param.kind === 'choice' ? param.options.map((o) => o.value) : ['0'];
  const inRange =
    param.kind === 'number'
      ? fc.double({ min: param.min, max: param.max, noNaN: true })
      : fc.constantFrom(...choices);
  return fc.oneof(
    fc.anything(),
    fc.double(),
    fc.integer().map(String),
    fc.double().map(String),
    inRange,
    inRange.map(String),
    fc.constantFrom(...choices, '', ' ', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '1,5', null, true),
  );
}

/** Records mixing the spec's keys (with tricky values) and random keys. */
function recordFor(spec: readonly ParamSpec[]): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(spec.map((p) => [p.id, valueFor(p)])), { requiredKeys: [] });
  return fc
    .tuple(known, fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }))
    .map(([mine, junk]) => ({ ...junk, ...mine }));
}

const all = modelIds.map((id) => [id, models[id] as ModelDefinition] as const);

describe.each(all)('normalize for %s', (_id, model) => {
  const spec = model.spec;
  const labelOf = new Map(spec.map((p) => [p.id, p.label]));

  it('never throws and always returns valid, idempotent parameters for anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { params } = model.normalize(input);
        expect(problems(spec, params)).toEqual([]);
        const again = model.normalize(params);
        expect(again.notices).toEqual([]);
        expect(again.params).toEqual(params);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('reports every present value it did not take as it stood, names labels, and is idempotent', () => {
    fc.assert(
      fc.property(recordFor(spec), (input) => {
        const { params, notices } = model.normalize(input);
        expect(problems(spec, params)).toEqual([]);
        const noticed = new Set(notices.map((n) => n.param));
        for (const param of spec) {
          const present =
            Object.prototype.hasOwnProperty.call(input, param.id) && input[param.id] !== undefined;
          const out = params[param.id];
          if (present && !acceptedAsIs(param, input[param.id], out)) {
            expect(
              noticed.has(param.id),
              `${param.id} changed from ${String(input[param.id])} silently`,
            ).toBe(true);
          }
          if (!present && out !== param.default) expect(noticed.has(param.id)).toBe(true);
        }
        for (const notice of notices) {
          if (notice.param !== '') expect(notice.message).toContain(labelOf.get(notice.param));
          expect(notice.message).toMatch(/[.]$/);
        }
        const unknownKeys = Object.keys(input).filter((key) => !labelOf.has(key));
        expect(notices.filter((n) => n.param === '').length).toBe(unknownKeys.length);
        expect(model.normalize(params).notices).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('takes any in-range numeric string silently when it is on the grid', () => {
    const numbers = spec.filter((p) => p.kind === 'number');
    fc.assert(
      fc.property(
        fc.constantFrom(...numbers),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (param, fraction) => {
          const onGrid = snapToStep(param, param.min + fraction * (param.max - param.min));
          const { params, notices } = model.normalize({ [param.id]: String(onGrid) });
          expect(params[param.id]).toBe(onGrid);
          expect(notices.filter((n) => n.param === param.id)).toEqual([]);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
