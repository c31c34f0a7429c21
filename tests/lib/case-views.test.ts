/**
 * When a case's story broke, for the timeline and the compare table: the first event of its year in true date
 * order, so a year-only date written after "May 2012" does not jump ahead of it.
 */
import { describe, expect, it } from 'vitest';
import { brokeOn, timelineCases } from '../../src/build/case-views.ts';

type Entry = Parameters<typeof brokeOn>[0];
const entry = (year: number, dates: string[]) =>
  ({
    id: `case-${year}`,
    data: { year, title: 'A case', outcome: 'positive', timeline: dates.map((date) => ({ date })) },
  }) as unknown as Entry;

describe('brokeOn', () => {
  it('takes the first event of the year in date order, at the precision it is known', () => {
    expect(brokeOn(entry(2012, ['2012-05', '2012']))).toBe('2012-05');
    expect(brokeOn(entry(2009, ['2008-03-31', '2009-07-06', '2009-07']))).toBe('2009-07-06');
    expect(brokeOn(entry(2011, ['2011-08-18', '2011-08-17']))).toBe('2011-08-17');
    expect(brokeOn(entry(2004, ['1992']))).toBe('2004');
  });

  it('places a month-only date at the start of its month, and says it as a month', () => {
    const [row] = timelineCases([entry(2012, ['2012-05', '2012'])]);
    expect(row.whenLabel).toBe('May 2012');
    expect(row.when).toBeCloseTo(2012 + (31 + 29 + 31 + 30) / 365.25, 3);
  });
});
