/**
 * An SVG path through points, broken where a value is missing. What d3-shape's line() does for straight
 * segments, in a few lines: d3-shape ships as one file that does not tree-shake, and would cost ~6 KB gzip.
 */
import { px } from './format.ts';

/** "M x0,y0L x1,y1 …" for i in 0 … count − 1, starting a new sub-path after every point where defined(i) is false. */
export function polyline(
  count: number,
  x: (i: number) => number,
  y: (i: number) => number,
  defined: (i: number) => boolean,
): string {
  let d = '';
  let open = false;
  for (let i = 0; i < count; i++) {
    if (!defined(i)) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${px(x(i))},${px(y(i))}`;
    open = true;
  }
  return d;
}
