import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsed, formatPartialDate, inDateOrder, partialDateSpan, shortDate } from '../../src/lib/dates';

describe('partial dates', () => {
  it('stand for their whole year, month or day', () => {
    expect(partialDateSpan('2012')).toEqual([Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1)]);
    expect(partialDateSpan('2012-05')).toEqual([Date.UTC(2012, 4, 1), Date.UTC(2012, 5, 1)]);
    expect(partialDateSpan('2012-12-31')).toEqual([Date.UTC(2012, 11, 31), Date.UTC(2013, 0, 1)]);
    expect(formatPartialDate('2012-05')).toBe('May 2012');
  });

  it('keep the author’s order where spans overlap ("May 2012", then "2012, later"), and date order otherwise', () => {
    const ritz = [
      { date: '2012-05', event: 'Joshie' },
      { date: '2012', event: 'Elmo, later that year' },
    ];
    expect(inDateOrder(ritz, (e) => e.date).map((e) => e.event)).toEqual(['Joshie', 'Elmo, later that year']);
    const mixed = ['2009-07-06', '2008-03-31', '2009-07', '2008', '2009-07-05'];
    expect(inDateOrder(mixed, (d) => d)).toEqual([
      '2008-03-31',
      '2008',
      '2009-07-05',
      '2009-07-06',
      '2009-07',
    ]);
  });

  it('never put one item before another that ends before it begins', () => {
    const date = fc
      .tuple(
        fc.integer({ min: 2004, max: 2006 }),
        fc.option(fc.integer({ min: 1, max: 12 })),
        fc.option(fc.integer({ min: 1, max: 28 })),
      )
      .map(([y, m, d]) =>
        m === null
          ? String(y)
          : `${y}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`,
      );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 12 }), (dates) => {
        const sorted = inDateOrder(dates, (d) => d);
        expect([...sorted].sort()).toEqual([...dates].sort());
        for (let i = 0; i < sorted.length; i++)
          for (let j = i + 1; j < sorted.length; j++)
            expect(partialDateSpan(sorted[j])[1] <= partialDateSpan(sorted[i])[0]).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('elapsed and shortDate', () => {
  const at = (iso: string) => partialDateSpan(iso)[0];
  it('says the time between two events in days, months or years', () => {
    expect(elapsed(at('2008-04'), at('2009-07-06'))).toEqual({ n: 15, unit: 'month' });
    expect(elapsed(at('2009-07-06'), at('2009-07-25'))).toEqual({ n: 19, unit: 'day' });
    expect(elapsed(at('2010-03'), at('2012-02'))).toEqual({ n: 23, unit: 'month' });
    expect(elapsed(at('1992'), at('2004-09-12'))).toEqual({ n: 12, unit: 'year' });
    // One day short of a month is still days.
    expect(elapsed(at('2009-07-06'), at('2009-08-05'))).toEqual({ n: 30, unit: 'day' });
  });

  it('writes a short date for an axis at the precision it has', () => {
    expect(shortDate('2009-07-06')).toBe('Jul 2009');
    expect(shortDate('2012-05')).toBe('May 2012');
    expect(shortDate('2012')).toBe('2012');
    expect(shortDate('2012-13')).toBe('2012');
  });
});
