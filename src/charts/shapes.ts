/**
 * Marker shapes: the second cue beside colour. Each has the area of a circle of radius r so that no shape looks
 * bigger (and so more important) than another. The same geometry draws SVG paths and canvas pixel stamps.
 */
import { px } from './format.ts';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

export const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond'];

// Half-side of a square, half-diagonal of a diamond, and triangle sizes, each with area π r².
const SQUARE_HALF = Math.sqrt(Math.PI) / 2;
const DIAMOND_HALF = Math.sqrt(Math.PI / 2);
const TRIANGLE_SIDE = Math.sqrt((4 * Math.PI) / Math.sqrt(3));
const TRIANGLE_HALF_BASE = TRIANGLE_SIDE / 2;
const TRIANGLE_TOP = (TRIANGLE_SIDE * Math.sqrt(3)) / 3;
const TRIANGLE_BOTTOM = TRIANGLE_TOP / 2;

/** An SVG path for `shape` centred on (x, y). */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${px(x + r)},${px(y)}A${px(r)},${px(r)} 0 1,1 ${px(x - r)},${px(y)}A${px(r)},${px(r)} 0 1,1 ${px(x + r)},${px(y)}Z`;
    case 'square': {
      const h = r * SQUARE_HALF;
      return `M${px(x - h)},${px(y - h)}H${px(x + h)}V${px(y + h)}H${px(x - h)}Z`;
    }
    case 'triangle':
      return `M${px(x)},${px(y - r * TRIANGLE_TOP)}L${px(x + r * TRIANGLE_HALF_BASE)},${px(y + r * TRIANGLE_BOTTOM)}L${px(x - r * TRIANGLE_HALF_BASE)},${px(y + r * TRIANGLE_BOTTOM)}Z`;
    case 'diamond': {
      const d = r * DIAMOND_HALF;
      return `M${px(x)},${px(y - d)}L${px(x + d)},${px(y)}L${px(x)},${px(y + d)}L${px(x - d)},${px(y)}Z`;
    }
  }
}

/** Whether the point (dx, dy), relative to the centre, lies inside `shape` of radius r: for pixel stamps. */
export function insideShape(shape: Shape, dx: number, dy: number, r: number): boolean {
  switch (shape) {
    case 'circle':
      return dx * dx + dy * dy <= r * r;
    case 'square': {
      const h = r * SQUARE_HALF;
      return Math.abs(dx) <= h && Math.abs(dy) <= h;
    }
    case 'triangle': {
      const top = -r * TRIANGLE_TOP;
      const bottom = r * TRIANGLE_BOTTOM;
      if (dy < top || dy > bottom) return false;
      return Math.abs(dx) <= (r * TRIANGLE_HALF_BASE * (dy - top)) / (bottom - top);
    }
    case 'diamond':
      return Math.abs(dx) + Math.abs(dy) <= r * DIAMOND_HALF;
  }
}

/** How far a shape of radius r reaches from its centre (the triangle's apex is the farthest). */
export function shapeReach(r: number): number {
  return r * Math.max(TRIANGLE_TOP, TRIANGLE_HALF_BASE, DIAMOND_HALF, SQUARE_HALF * Math.SQRT2);
}
