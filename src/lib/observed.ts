/** An observed series from content/data as points a chart can overlay, each with its source. */
import type { SeriesData } from '../content/schemas';
import type { ObservedSeries } from '../views/types';
import { formatPartialDate } from './dates';

export function toObservedSeries(data: SeriesData): ObservedSeries {
  return {
    label: data.title,
    unit: data.unit,
    points: data.points.map((p) => ({
      x: p.day,
      y: p.value,
      label: formatPartialDate(p.date),
      source: p.source,
      note: p.note,
      disputed: p.certainty !== 'sourced',
    })),
  };
}
