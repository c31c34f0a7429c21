/**
 * Linear and log scales for numbers: what the charts need of d3-scale's, and what d3-axis asks of a scale
 * (call, domain, range, copy). d3-scale's continuous scales interpolate any value type, which brings d3-interpolate
 * and d3-color along (~6 KB gzip of a lesson's 60 KB budget) to map numbers to numbers.
 */
import { nice, ticks } from 'd3-array';
import { logTicks } from './axes.ts';
import { px } from './format.ts';

export interface NumberScale {
  (value: number): number;
  domain(): number[];
  range(): number[];
  copy(): NumberScale;
  ticks(count: number): number[];
}

/**
 * A linear map from domain to range, rounded to 0.01 px (invisible, and it keeps floating-point noise out of
 * the SVG, so a snapshot made on one machine matches another). An empty domain maps to the middle of the range.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): NumberScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => px(d1 === d0 ? (r0 + r1) / 2 : r0 + (value - d0) * k)) as NumberScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.copy = () => linearScale(domain, range);
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}

/** A base-10 log map; values outside the domain (and 0 or less) are clamped to its ends. Domain must be > 0. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): NumberScale {
  const [d0, d1] = domain;
  const lo = Math.log10(d0);
  const hi = Math.log10(d1);
  const inner = linearScale([lo, hi], range);
  const min = Math.min(d0, d1);
  const max = Math.max(d0, d1);
  const scale = ((value: number) => inner(Math.log10(Math.min(max, Math.max(min, value))))) as NumberScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [range[0], range[1]];
  scale.copy = () => logScale(domain, range);
  scale.ticks = (count) => logTicks(min, max, count);
  return scale;
}

/** The domain widened to round tick values, as d3's scale.nice(count). */
export function niceDomain(d0: number, d1: number, count: number): [number, number] {
  return nice(d0, d1, count);
}
