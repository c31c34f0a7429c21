/**
 * Drawing thousands of small marks by writing pixels. In Chromium without a GPU (the headless browser the
 * frame-rate budget is measured in) filling paths of thousands of sub-paths costs 10–60 ms a frame; writing the
 * pixels of 10,000 marks into an ImageData and putting it costs about 0.3 ms (1.2 ms at devicePixelRatio 2).
 * Marks are not anti-aliased; at 2–6 px that is hard to see, and each state keeps its own shape.
 */
import { insideShape, type Shape } from './shapes.ts';

/** A mark as the pixels it covers, as offsets from its centre pixel in a buffer `stride` pixels wide. */
export interface Stamp {
  offsets: Int32Array;
  dx: Int8Array;
  dy: Int8Array;
  /** No pixel lies further than this from the centre, in x or y. */
  reach: number;
}

function makeStamp(reach: number, stride: number, inside: (dx: number, dy: number) => boolean): Stamp {
  const offsets: number[] = [];
  const dxs: number[] = [];
  const dys: number[] = [];
  for (let dy = -reach; dy <= reach; dy++) {
    for (let dx = -reach; dx <= reach; dx++) {
      if (!inside(dx, dy)) continue;
      offsets.push(dy * stride + dx);
      dxs.push(dx);
      dys.push(dy);
    }
  }
  // A mark too small to cover any pixel centre still shows as one pixel.
  if (offsets.length === 0)
    return { offsets: Int32Array.of(0), dx: Int8Array.of(0), dy: Int8Array.of(0), reach: 0 };
  return { offsets: Int32Array.from(offsets), dx: Int8Array.from(dxs), dy: Int8Array.from(dys), reach };
}

/** The pixels of `shape` at radius r (device pixels). */
export function shapeStamp(shape: Shape, r: number, stride: number): Stamp {
  return makeStamp(Math.min(100, Math.ceil(r * 1.6)), stride, (dx, dy) => insideShape(shape, dx, dy, r));
}

/** A ring of `width` pixels at `radius`: the outline around people reached this step. */
export function ringStamp(radius: number, width: number, stride: number): Stamp {
  const outer = radius + width;
  return makeStamp(Math.min(100, Math.ceil(outer)), stride, (dx, dy) => {
    const d2 = dx * dx + dy * dy;
    return d2 > radius * radius && d2 <= outer * outer;
  });
}

/**
 * Writes `color` (a packed RGBA pixel, see packRgba) into the pixels of `stamp` centred on (cx, cy).
 * Marks near an edge are clipped pixel by pixel; all others take the fast path.
 */
export function stampAt(
  pixels: Uint32Array,
  width: number,
  height: number,
  cx: number,
  cy: number,
  stamp: Stamp,
  color: number,
): void {
  const { offsets, reach } = stamp;
  if (cx >= reach && cy >= reach && cx < width - reach && cy < height - reach) {
    const base = cy * width + cx;
    for (let k = 0; k < offsets.length; k++) pixels[base + (offsets[k] ?? 0)] = color;
    return;
  }
  for (let k = 0; k < offsets.length; k++) {
    const x = cx + (stamp.dx[k] ?? 0);
    const y = cy + (stamp.dy[k] ?? 0);
    if (x >= 0 && y >= 0 && x < width && y < height) pixels[y * width + x] = color;
  }
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** An RGBA colour (0–255 each) as one Uint32 pixel of ImageData, in the machine's byte order. */
export function packRgba(r: number, g: number, b: number, a: number): number {
  return LITTLE_ENDIAN
    ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

/** As stampAt, but only the pixels inside the box [x0, x1) × [y0, y1), which lies inside the buffer. */
export function stampClipped(
  pixels: Uint32Array,
  width: number,
  box: Int32Array,
  cx: number,
  cy: number,
  stamp: Stamp,
  color: number,
): void {
  const x0 = box[0] ?? 0;
  const y0 = box[1] ?? 0;
  const x1 = box[2] ?? 0;
  const y1 = box[3] ?? 0;
  const { dx, dy } = stamp;
  for (let k = 0; k < dx.length; k++) {
    const x = cx + (dx[k] ?? 0);
    const y = cy + (dy[k] ?? 0);
    if (x >= x0 && y >= y0 && x < x1 && y < y1) pixels[y * width + x] = color;
  }
}
