import { describe, expect, it } from 'vitest';
import { formatAnswer, isAccepted, isClose, parseAnswer } from '../../src/lib/answers';

describe('reading a student answer', () => {
  it.each([
    ['40%', 'share', 0.4],
    ['0.4', 'share', 0.4],
    ['40', 'share', 0.4],
    ['12,400', 'people', 12400],
    ['1.2 million', 'people', 1_200_000],
    ['3.5k', 'people', 3500],
    ['2 Billion', 'people', 2e9],
    ['5.8m', 'people', 5_800_000],
    ['$1,200', 'USD', 1200],
    ['6.2', 'periods', 6.2],
  ])('%s (%s) → %d', (text, unit, value) => {
    expect(parseAnswer(text, unit)).toBeCloseTo(value, 9);
  });

  it.each(['', 'about ten', '1,2,3', '--4', 'NaN', 'Infinity', '3 millions', '4mm', 'k'])(
    '%j is not a number',
    (text) => {
      expect(parseAnswer(text, 'people')).toBeNull();
    },
  );
});

describe('checking within a tolerance', () => {
  it('accepts answers within the relative tolerance and rejects those outside', () => {
    expect(isClose(105, 100, 0.05)).toBe(true);
    expect(isClose(106, 100, 0.05)).toBe(false);
    expect(isClose(0.04, 0, 0.05)).toBe(true);
    expect(isClose(0.06, 0, 0.05)).toBe(false);
  });
});

describe('accepting an answer from an ensemble', () => {
  it('accepts the 10–90% band or the tolerance around the median, whichever is wider', () => {
    // A wide band: everything inside it counts, though far from the median.
    expect(isAccepted(0.05, 0.22, 0.1, [0, 0.38])).toBe(true);
    expect(isAccepted(0.38, 0.22, 0.1, [0, 0.38])).toBe(true);
    expect(isAccepted(0.4, 0.22, 0.1, [0, 0.38])).toBe(false);
    // A narrow band: the tolerance is wider, and still counts.
    expect(isAccepted(0.95, 0.975, 0.03, [0.971, 0.98])).toBe(true);
    expect(isAccepted(0.94, 0.975, 0.03, [0.971, 0.98])).toBe(false);
  });

  it('is the tolerance alone for an answer from one run', () => {
    expect(isAccepted(105, 100, 0.05)).toBe(true);
    expect(isAccepted(106, 100, 0.05)).toBe(false);
  });
});

describe('saying the model value', () => {
  it('formats by unit', () => {
    expect(formatAnswer(0.4321, 'share')).toBe('43.2%');
    expect(formatAnswer(12400.4, 'people')).toBe('12,400 people');
    expect(formatAnswer(1200, 'USD')).toBe('$1,200');
    expect(formatAnswer(6.1874, 'periods')).toBe('6.19 periods');
    expect(formatAnswer(3.25, 'times')).toBe('3.25×');
  });
});
