/**
 * The words of the bass view (src/views/bass.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const bassViewText = {
  cumulative: {
    /** The y axis; `unit` is the observed data's unit ("views"), when a case gives one. */
    yLabel: (unit?: string) => (unit ? `Adopted so far (${unit})` : 'Adopted so far'),
    /** The time axis when observed counts run far past the simulated periods and time is drawn on a log scale. */
    xLabelLog: 'Time, log scale',
    title: 'Adoption over time',
    withObserved:
      'A line: the Bass model’s cumulative adoption. Points: the observed counts, each with its source; hollow points are disputed.',
    /** When the observed counts run past the simulated periods: the curve is continued to them. */
    withLongObserved:
      'A line: the Bass model’s cumulative adoption, continued past the simulated periods to the last observed ' +
      'count, with time on a log scale so the first days and the last years both show. Points: the observed ' +
      'counts, each with its source; hollow points are disputed.',
    withoutObserved: 'A line: the Bass model’s cumulative adoption, an S-shaped curve.',
  },
  perPeriod: {
    yLabel: 'New adopters',
    title: 'New adopters in each period',
    description: 'A line: how many adopt in each period; it peaks at t* = ln(q/p)/(p+q).',
  },
  /** The fit panel under the charts, on pages with observed data. */
  fit: {
    button: 'Fit p, q and m to all the observed points',
    impossible: 'These points cannot be fitted (too few usable points).',
    /**
     * The fit's result. Numbers come formatted; `points` were used of the `observed` points, from the dates
     * `from` to `to`; `last` is the count at `to`; `outside` is the share of all adopters the fitted curve
     * credits to outside influence; `unit` is the observed data's unit ("views"), if any; `notices` are the
     * fit's notices, joined.
     */
    result: (v: {
      points: number;
      observed: number;
      from: string;
      to: string;
      p: string;
      q: string;
      m: string;
      last: string;
      outside: string;
      unit?: string;
      r2: string;
      rmse: string;
      notices: string;
    }) =>
      `Least-squares fit to ${v.points === v.observed ? `all ${v.points}` : `${v.points} of the ${v.observed}`} ` +
      `observed points, from ${v.from} to ${v.to}: p = ${v.p}, q = ${v.q}, m = ${v.m} ` +
      `(R² = ${v.r2}, typical error ${v.rmse}). The last observed count is ${v.last}. ` +
      `With these values, outside influence brings in ${v.outside} of ${v.unit ? `the ${v.unit}` : 'adopters'} ` +
      `over the whole curve. ${v.notices}`,
  },
} as const;
