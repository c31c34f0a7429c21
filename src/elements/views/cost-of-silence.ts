/** Cost of silence: expected loss against the number of people who hear the story, beside the cost of the fix. */
import {
  costOfSilence,
  type CostOfSilenceParams,
  type CostOfSilenceResult,
} from '../../models/cost-of-silence';
import type { ParamValues } from '../../models/types';
import { say, timeSeriesChart } from './common';
import type { ModelView } from './types';

export const costOfSilenceView: ModelView = {
  steps: () => 0,
  render(ctx, result, params) {
    const p = params as ParamValues & CostOfSilenceParams;
    const chart = timeSeriesChart(
      { ...ctx, yScale: ctx.yScale },
      costOfSilence.toSeries(result as CostOfSilenceResult, p),
      ['expectedLoss', 'fixCost'],
      {
        yLabel: 'US dollars',
        title: 'Expected loss from silence against the cost of the fix',
        description:
          'Two lines against the number of people who hear the story: the expected loss, rising with reach, and the flat cost of making it right. They cross at the break-even reach.',
      },
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
      ? `Expected loss ${say(r.expectedLoss, 'USD')} dollars; no reach makes silence cost more than the fix.`
      : `Expected loss ${say(r.expectedLoss, 'USD')} dollars; silence costs more than the fix once about ${say(r.breakEvenReach, 'people')} people hear the story.`;
  },
};
