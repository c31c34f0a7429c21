/**
 * Cost of silence: the price of making it right early against the expected cost of the story spreading.
 *
 *   expected loss      = hearers × customerShare × leaveShare × clv
 *   break-even reach   = fixCost / (customerShare × leaveShare × clv)
 * where customerShare is the share of hearers who are the company's customers, leaveShare the share of those
 * who take their business elsewhere because of the story, and clv the value of a customer's future business.
 * Beyond the break-even reach, fixing the problem early would have been cheaper. Deterministic arithmetic; the
 * model deliberately ignores the value of people who are won over by a good answer, and discounting.
 *
 * Parameters (default in brackets): fixCost, cost of making it right [1,200 USD, the UBG repair]; reach, people
 * who hear the story [1,000,000]; customerShare [0.1]; leaveShare [0.01]; clv [1,000 USD].
 *
 * Sources: the $1,200 repair Dave Carroll paid and asked United for [A2, A4]. The expected-loss arithmetic is the
 * usual customer-lifetime-value reasoning (e.g. Reichheld & Sasser 1990, HBR); the shares and the lifetime
 * value are illustrative assumptions, to be varied.
 */
import { costOfSilenceText as text } from '../strings/models/cost-of-silence.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import type { ModelCore, ParamSpec, Preset, SeriesView } from './types.ts';

export type CostOfSilenceParams = {
  fixCost: number;
  reach: number;
  customerShare: number;
  leaveShare: number;
  clv: number;
};

export interface CostOfSilenceResult {
  /** Expected loss per person who hears the story: customerShare × leaveShare × clv. */
  lossPerHearer: number;
  /** Expected loss at the given reach. */
  expectedLoss: number;
  /** Expected loss ÷ cost of the fix (0 when the fix is free). */
  lossToFixRatio: number;
  /** Hearers at which the expected loss equals the fix cost; null when no reach would (loss per hearer is 0). */
  breakEvenReach: number | null;
  /** Expected customers lost at the given reach. */
  customersLost: number;
  /** Reach values on a log range (10 per decade) and the expected loss at each, for the chart. */
  curve: { reach: number[]; loss: number[] };
}

export const costOfSilenceSpec = [
  {
    kind: 'number',
    id: 'fixCost',
    ...text.params.fixCost,
    unit: 'USD',
    min: 10,
    max: 1_000_000,
    step: 10,
    default: 1200,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'reach',
    ...text.params.reach,
    unit: 'people',
    min: 1,
    max: 1_000_000_000,
    step: 1,
    default: 1_000_000,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'customerShare',
    ...text.params.customerShare,
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.001,
    default: 0.1,
    scale: 'linear',
  },
  {
    kind: 'number',
    id: 'leaveShare',
    ...text.params.leaveShare,
    unit: 'share',
    min: 0.0001,
    max: 1,
    step: 0.0001,
    default: 0.01,
    scale: 'log',
  },
  {
    kind: 'number',
    id: 'clv',
    ...text.params.clv,
    unit: 'USD',
    min: 1,
    max: 1_000_000,
    step: 1,
    default: 1000,
    scale: 'log',
  },
] as const satisfies readonly ParamSpec[];

export const costOfSilencePresets: Record<string, Preset<CostOfSilenceParams>> = {
  'ubg-2009': {
    params: { fixCost: 1200, reach: 5_800_000, customerShare: 0.1, leaveShare: 0.001, clv: 1000 },
  },
  'small-shop': {
    params: { fixCost: 200, reach: 2000, customerShare: 0.333, leaveShare: 0.05, clv: 500 },
  },
};

const DECADE_STEPS = 10;

/** Reach from 1 to a decade past the larger of the reach and the break-even point, 10 points per decade. */
function lossCurve(params: CostOfSilenceParams, lossPerHearer: number, breakEven: number | null) {
  const top = Math.max(params.reach, breakEven ?? 0, 10) * 10;
  const decades = Math.min(12, Math.ceil(Math.log10(top)));
  const reach: number[] = [];
  const loss: number[] = [];
  for (let i = 0; i <= decades * DECADE_STEPS; i++) {
    const r = Math.pow(10, i / DECADE_STEPS);
    reach.push(r);
    loss.push(r * lossPerHearer);
  }
  return { reach, loss };
}

export function runCostOfSilence(params: CostOfSilenceParams): CostOfSilenceResult {
  const { fixCost, reach, customerShare, leaveShare, clv } = params;
  const lossPerHearer = customerShare * leaveShare * clv;
  const expectedLoss = reach * lossPerHearer;
  const breakEvenReach = lossPerHearer > 0 ? fixCost / lossPerHearer : null;
  return {
    lossPerHearer,
    expectedLoss,
    lossToFixRatio: fixCost > 0 ? expectedLoss / fixCost : 0,
    breakEvenReach,
    customersLost: reach * customerShare * leaveShare,
    curve: lossCurve(params, lossPerHearer, breakEvenReach),
  };
}

function costOfSilenceSeries(result: CostOfSilenceResult, params: CostOfSilenceParams): SeriesView {
  return {
    x: result.curve.reach,
    xLabel: text.series.x,
    xUnit: 'people',
    series: [
      { id: 'expectedLoss', label: text.series.expectedLoss, unit: 'USD', values: result.curve.loss },
      {
        id: 'fixCost',
        label: text.series.fixCost,
        unit: 'USD',
        values: result.curve.reach.map(() => params.fixCost),
      },
    ],
  };
}

/**
 * The model without its summary in words: what the browser loads with a figure (src/elements/loaders.ts). The
 * words are in ./cost-of-silence-describe.ts, loaded when a run needs new ones; the whole definition,
 * `costOfSilence`, is in ./index.ts.
 */
export const costOfSilenceCore: ModelCore<CostOfSilenceParams, CostOfSilenceResult, 'cost-of-silence'> = {
  id: 'cost-of-silence',
  name: text.model.name,
  version: '1.0.0',
  spec: costOfSilenceSpec,
  presets: costOfSilencePresets,
  stochastic: false,
  defaults: () => defaultsOf<CostOfSilenceParams>(costOfSilenceSpec),
  normalize: (input) => normalizeParams<CostOfSilenceParams>(costOfSilenceSpec, input),
  run: (params) => runCostOfSilence(params),
  toSeries: costOfSilenceSeries,
};

/** The name the registry finds this model's core by (src/models/cores.ts, src/elements/loaders.ts). */
export { costOfSilenceCore as core };

// This model's own types in the registry's tables (src/models/registry.ts).
declare module './registry.ts' {
  interface ModelCores {
    'cost-of-silence': typeof costOfSilenceCore;
  }
}
