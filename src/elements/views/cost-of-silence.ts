/** Cost of silence: expected loss against the number of people who hear the story, beside the cost of the fix. */
import {
  costOfSilence,
  type CostOfSilenceParams,
  type CostOfSilenceResult,
} from '../../models/cost-of-silence';
import type { ParamValues } from '../../models/types';
import { costOfSilenceViewText } from '../../strings/views/cost-of-silence';
import { say, timeSeriesChart } from './common';
import type { ModelView } from './types';

const text = costOfSilenceViewText;

export const costOfSilenceView: ModelView = {
  steps: () => 0,
  render(ctx, result, params) {
    const p = params as ParamValues & CostOfSilenceParams;
    const chart = timeSeriesChart(
      { ...ctx, yScale: ctx.yScale },
      costOfSilence.toSeries(result as CostOfSilenceResult, p),
      ['expectedLoss', 'fixCost'],
      { yLabel: text.yLabel, title: text.title, description: text.description },
    );
    return {
      nodes: [chart.node],
      update: (next, nextResult, nextParams) =>
        chart.update(
          next,
          costOfSilence.toSeries(
            nextResult as CostOfSilenceResult,
            nextParams as ParamValues & CostOfSilenceParams,
          ),
        ),
    };
  },
  narrate(result) {
    const r = result as CostOfSilenceResult;
    return r.breakEvenReach === null
      ? text.narrate.noBreakEven(say(r.expectedLoss, 'USD'))
      : text.narrate.breakEven(say(r.expectedLoss, 'USD'), say(r.breakEvenReach, 'people'));
  },
};
