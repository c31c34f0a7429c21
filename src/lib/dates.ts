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

/** The span a partial date stands for, as [start, end) in milliseconds: "2012" is all of 2012. */
export function partialDateSpan(iso: string): [number, number] {
  const [y = '0', m, d] = iso.split('-');
  const year = Number(y);
  if (d) return [Date.UTC(year, Number(m) - 1, Number(d)), Date.UTC(year, Number(m) - 1, Number(d) + 1)];
  if (m) return [Date.UTC(year, Number(m) - 1, 1), Date.UTC(year, Number(m), 1)];
  return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/**
 * Items in date order, where a date may be a year, a month or a day. One item goes before another only when
 * its whole span ends before the other's begins; when the spans overlap ("2012" and "May 2012"), the order the
 * author wrote them in stands, since the sources' wording ("later that year") is then all that orders them.
 * (Sorting by the start of each span put "2012, the same hotel does it again" before "May 2012".)
 */
export function inDateOrder<T>(items: readonly T[], dateOf: (item: T) => string): T[] {
  const out: { item: T; span: [number, number] }[] = [];
  for (const item of items) {
    const span = partialDateSpan(dateOf(item));
    // Just before the first item that begins no earlier than this one ends; else at the end.
    const later = out.findIndex((other) => other.span[0] >= span[1]);
    out.splice(later < 0 ? out.length : later, 0, { item, span });
  }
  return out.map((entry) => entry.item);
}

/** Whole units from one time to a later one, in the largest unit that reads well: days, months, then years. */
export function elapsed(from: number, to: number): { n: number; unit: 'day' | 'month' | 'year' } {
  const a = new Date(from);
  const b = new Date(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  if (months >= 24) return { n: Math.floor(months / 12), unit: 'year' };
  if (months >= 1) return { n: months, unit: 'month' };
  return { n: Math.max(0, Math.round((to - from) / 86_400_000)), unit: 'day' };
}

/** A short date for an axis: "Jul 2009", or "2009" for a year. */
export function shortDate(iso: string): string {
  const [y, m] = iso.split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  return month ? `${month.slice(0, 3)} ${y}` : (y ?? iso);
}
