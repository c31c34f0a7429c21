import { library } from '../strings/library';

const { months } = library.dates;

/** "2009-07-06" → "6 July 2009"; "2009-07" → "July 2009"; "2009" → "2009". Never throws. */
export function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  if (!month) return y ?? iso;
  return d ? library.dates.day(Number(d), month, y) : library.dates.month(month, y);
}

/** A sortable number for a partial date (missing parts count as the start of the period). */
export function partialDateValue(iso: string): number {
  const [y = '0', m = '1', d = '1'] = iso.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}
