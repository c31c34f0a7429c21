/**
 * Cost of silence: expected loss against the number of people who hear the story, beside the cost of the fix.
 * Both axes are logarithmic: reach runs from one person to millions and the loss with it, so on a log–log
 * chart the loss is a straight line, the fix a flat one, and they cross at the break-even reach, which is
 * marked with its value (the model's, never typed) beside the reach the preset is about.
 *
 * Until the reveal (ctx.reveal === false) the chart shows the axes and the fix only: the loss line and the
 * break-even rule answer the question. A guess (ctx.guess) is a break-even reach in people (the metric
 * cost-of-silence.breakEvenReach), drawn as a rule on the reach axis.
 */
import {
  costOfSilenceCore,
  type CostOfSilenceParams,
  type CostOfSilenceResult,
} from '../models/cost-of-silence';
import type { ChartRule, TimeSeriesData } from '../charts/types';
import type { ParamValues } from '../models/types';
import { costOfSilenceViewText } from '../strings/views/cost-of-silence';
import { guessRules, say, timeSeriesChart } from './common';
import type { ModelView, RenderContext } from './types';

const text = costOfSilenceViewText;

type Params = ParamValues & CostOfSilenceParams;

export const costOfSilenceView: ModelView<CostOfSilenceResult, Params> = {
  // Always drawn on log–log axes.
  yScaleChoice: false,
  steps: () => 0,
  render(ctx, result, params) {
    let r = result;
    let p = params;
    const decorate = (c: RenderContext, data: TimeSeriesData): TimeSeriesData => {
      const hidden = c.reveal === false;
      const rules: ChartRule[] = [
        { axis: 'x', value: p.reach, label: text.rules.reach(say(p.reach, 'people')) },
      ];
      if (!hidden && r.breakEvenReach !== null && r.breakEvenReach > 0) {
        rules.push({
          axis: 'x',
          value: r.breakEvenReach,
          label: text.rules.breakEven(say(r.breakEvenReach, 'people')),
        });
      }
      return {
        ...data,
        xScale: 'log',
        yScale: 'log',
        upTo: undefined,
        concealed: hidden ? ['expectedLoss'] : [],
        rules: [...rules, ...guessRules(c, 'x')],
      };
    };
    const chart = timeSeriesChart(
      ctx,
      costOfSilenceCore.toSeries(r, p),
      ['expectedLoss', 'fixCost'],
      { yLabel: text.yLabel, title: text.title, description: text.description },
      decorate,
    );
    return {
      nodes: [chart.node],
      update(next, nextResult, nextParams) {
        r = nextResult;
        p = nextParams;
        chart.update(next, costOfSilenceCore.toSeries(r, p));
      },
    };
  },
  narrate(result) {
    const r = result;
    return r.breakEvenReach === null
      ? text.narrate.noBreakEven(say(r.expectedLoss, 'USD'))
      : text.narrate.breakEven(say(r.expectedLoss, 'USD'), say(r.breakEvenReach, 'people'));
  },
};

/**
 * The series a card's thumbnail of this model draws (src/build/run-thumbnail.ts), in this view's colours: lines of
 * one kind only, so their sizes compare.
 */
export const thumbnailSeries: readonly string[] = ['expectedLoss', 'fixCost'];

/** The name the registry finds this view by (src/views/index.ts, src/elements/loaders.ts). */
export { costOfSilenceView as view };
