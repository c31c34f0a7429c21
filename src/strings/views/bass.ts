/**
 * The words of the bass view (src/elements/views/bass.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const bassViewText = {
  cumulative: {
    /** The y axis; `unit` is the observed data's unit ("views"), when a case gives one. */
    yLabel: (unit?: string) => (unit ? `Adopted so far (${unit})` : 'Adopted so far'),
    title: 'Adoption over time',
    withObserved:
      'A line: the Bass model’s cumulative adoption. Points: the observed counts, each with its source; hollow points are disputed.',
    withoutObserved: 'A line: the Bass model’s cumulative adoption, an S-shaped curve.',
  },
  perPeriod: {
    yLabel: 'New adopters',
    title: 'New adopters in each period',
    description: 'A line: how many adopt in each period; it peaks at t* = ln(q/p)/(p+q).',
  },
  /** The fit panel under the charts, on pages with observed data. */
  fit: {
    button: 'Fit p, q and m to the observed points in this window',
    impossible: 'These points cannot be fitted (too few usable points).',
    /** The fit's result; numbers come formatted and `notices` are the fit's notices, joined. */
    result: (v: {
      points: number;
      days: number;
      observed: number;
      p: string;
      q: string;
      m: string;
      r2: string;
      rmse: string;
      notices: string;
    }) =>
      `Least-squares fit to the ${v.points} observed points in the first ${v.days} days (of ${v.observed}): ` +
      `p = ${v.p}, q = ${v.q}, m = ${v.m} (R² = ${v.r2}, typical error ${v.rmse}). ${v.notices}`,
  },
} as const;
