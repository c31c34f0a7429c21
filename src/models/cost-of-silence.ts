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
import { formatCount, formatDollars, formatNumber, formatPercent } from './format.ts';
import { defaultsOf, normalizeParams } from './normalize.ts';
import type { ModelDefinition, ParamSpec, Preset, SeriesView } from './types.ts';

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
    label: 'Cost of making it right',
    unit: 'USD',
    min: 10,
    max: 1_000_000,
    step: 10,
    default: 1200,
    scale: 'log',
    help: 'What it would have cost to fix the problem for the customer early on.',
  },
  {
    kind: 'number',
    id: 'reach',
    label: 'People who hear the story',
    unit: 'people',
    min: 1,
    max: 1_000_000_000,
    step: 1,
    default: 1_000_000,
    scale: 'log',
    help: 'How many people the story reaches.',
  },
  {
    kind: 'number',
    id: 'customerShare',
    label: 'Share of hearers who are customers',
    unit: 'share',
    min: 0,
    max: 1,
    step: 0.001,
    default: 0.1,
    scale: 'linear',
    help: 'Of those who hear the story, the share who buy from the company.',
  },
  {
    kind: 'number',
    id: 'leaveShare',
    label: 'Share of those customers who leave',
    unit: 'share',
    min: 0.0001,
    max: 1,
    step: 0.0001,
    default: 0.01,
    scale: 'log',
    help: 'Of the customers who hear it, the share who take their business elsewhere because of it.',
  },
  {
    kind: 'number',
    id: 'clv',
    label: 'Value of a customer’s future business',
    unit: 'USD',
    min: 1,
    max: 1_000_000,
    step: 1,
    default: 1000,
    scale: 'log',
    help: 'Customer lifetime value: the profit a customer would bring over the years they stay.',
  },
] as const satisfies readonly ParamSpec[];

export const costOfSilencePresets: Record<string, Preset<CostOfSilenceParams>> = {
  'ubg-2009': {
    label: 'United Breaks Guitars',
    description:
      'Only the $1,200 is a sourced fact: the repair Dave Carroll paid for and asked United to cover. The reach of 5.8 ' +
      'million is the video’s view count by 28 October 2009 (views, not people). The share of viewers who fly United ' +
      '(10%), the share of those who switch airline (0.1%) and the $1,000 value of a passenger’s future business are ' +
      'illustrative assumptions, not measurements: change them and watch the break-even point move.',
    source: 'A2, A4, A18',
    params: { fixCost: 1200, reach: 5_800_000, customerShare: 0.1, leaveShare: 0.001, clv: 1000 },
  },
  'small-shop': {
    label: 'A local shop',
    description:
      'A $200 refund refused; the story reaches 2,000 locals, a third of them customers, 5% of whom stop coming, each ' +
      'worth $500 over the years. All values illustrative.',
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

function describeCostOfSilence(result: CostOfSilenceResult, params: CostOfSilenceParams): string {
  const { fixCost, reach } = params;
  const loss =
    `Making it right would have cost ${formatDollars(fixCost)}. If ${formatCount(reach)} people hear the story, ` +
    `${formatPercent(params.customerShare)} of them are customers and ${formatPercent(params.leaveShare)} of those leave, ` +
    `about ${formatNumber(result.customersLost)} customers worth ${formatDollars(params.clv)} each are lost: an expected ` +
    `loss of ${formatDollars(result.expectedLoss)}`;
  const ratio =
    fixCost > 0 && result.expectedLoss > 0
      ? result.lossToFixRatio >= 1
        ? `, ${formatNumber(result.lossToFixRatio, result.lossToFixRatio >= 10 ? 0 : 1)} times the cost of the fix.`
        : `, less than the cost of the fix.`
      : '.';
  const breakEven =
    result.breakEvenReach === null
      ? ' With these shares no reach makes the story cost anything, so nothing would justify the fix on these grounds alone.'
      : fixCost === 0
        ? ' The fix was free, so it pays from the first hearer.'
        : ` The fix pays for itself once about ${formatCount(result.breakEvenReach)} people hear the story.`;
  return `${loss}${ratio}${breakEven}`;
}

function costOfSilenceSeries(result: CostOfSilenceResult, params: CostOfSilenceParams): SeriesView {
  return {
    x: result.curve.reach,
    xLabel: 'People who hear the story',
    xUnit: 'people',
    series: [
      { id: 'expectedLoss', label: 'Expected loss', unit: 'USD', values: result.curve.loss },
      {
        id: 'fixCost',
        label: 'Cost of making it right',
        unit: 'USD',
        values: result.curve.reach.map(() => params.fixCost),
      },
    ],
  };
}

export const costOfSilence: ModelDefinition<CostOfSilenceParams, CostOfSilenceResult> = {
  id: 'cost-of-silence',
  name: 'The cost of silence',
  version: '1.0.0',
  summary:
    'The price of fixing a complaint early against the expected loss of customers as the story spreads.',
  source:
    'Customer-lifetime-value arithmetic (e.g. Reichheld & Sasser 1990, Harvard Business Review 68(5):105–111); ' +
    'the $1,200 repair from the Chicago Tribune and TIME (2009).',
  spec: costOfSilenceSpec,
  presets: costOfSilencePresets,
  stochastic: false,
  defaults: () => defaultsOf<CostOfSilenceParams>(costOfSilenceSpec),
  normalize: (input) => normalizeParams<CostOfSilenceParams>(costOfSilenceSpec, input),
  run: (params) => runCostOfSilence(params),
  describe: describeCostOfSilence,
  toSeries: costOfSilenceSeries,
};
