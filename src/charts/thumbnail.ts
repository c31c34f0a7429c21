/**
 * A small picture of a run for a card: its lines on one shared scale, no axes, no words. Built at build time
 * into markup (no script), so a card carries a few hundred bytes of SVG that read with JavaScript off. The
 * picture is decoration beside a card that says everything in words, so it is hidden from screen readers.
 * It may be stretched to its box (preserveAspectRatio none) while its strokes keep their width.
 */
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { px } from './format.ts';
import { polyline } from './polyline.ts';
import { SVG_NS } from './svg.ts';

export interface ThumbnailLine {
  values: readonly number[];
  /** A CSS colour, usually a theme variable (var(--c-complaint)), so the picture follows light and dark. */
  color: string;
  /** An SVG dash pattern, so lines differ by more than colour. */
  dash?: string;
}

export interface ThumbnailOptions {
  width: number;
  height: number;
}

const PAD = 3;

/** Tenths of a pixel are finer than a 40 px picture shows, and keep each point to a few characters. */
const tenth = (v: number) => Math.round(v * 10) / 10;

/** Only characters a colour or a dash pattern needs, so nothing read from elsewhere can break the markup. */
const safe = (s: string) => s.replace(/[^\w\s#%(),.-]/g, '');

/**
 * The SVG markup of a thumbnail, built in `doc` (the build's static document). Lines share the y scale (0 to the
 * largest value of any line), so their sizes compare as in the full chart; x runs over each line's own points.
 * Missing or non-finite values break a line; with nothing drawable the picture is just its baseline. Never throws.
 */
export function thumbnailSvg(
  doc: Document,
  lines: readonly ThumbnailLine[],
  options: ThumbnailOptions,
): string {
  const width = Number.isFinite(options.width) && options.width > 0 ? options.width : 120;
  const height = Number.isFinite(options.height) && options.height > 0 ? options.height : 40;
  const finite = lines.flatMap((l) => l.values.filter((v) => Number.isFinite(v)));
  const top = Math.max(0, ...finite);
  const bottom = Math.min(0, ...finite);
  const y = scaleLinear()
    .domain([bottom, top > bottom ? top : bottom + 1])
    .range([height - PAD, PAD]);
  const svg = select(doc.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('preserveAspectRatio', 'none')
    .attr('class', 'thumbnail')
    .attr('aria-hidden', 'true')
    .attr('focusable', 'false');
  const base = px(y(0));
  svg
    .append('line')
    .attr('x1', PAD)
    .attr('x2', width - PAD)
    .attr('y1', base)
    .attr('y2', base)
    .attr('style', 'stroke: var(--border)')
    .attr('vector-effect', 'non-scaling-stroke');
  for (const line of lines) {
    const n = line.values.length;
    const x = scaleLinear()
      .domain([0, Math.max(1, n - 1)])
      .range([PAD, width - PAD]);
    const d = polyline(
      n,
      (i) => tenth(x(i)),
      (i) => tenth(y(line.values[i])),
      (i) => Number.isFinite(line.values[i]),
    );
    if (!d) continue;
    const dash = line.dash ? `; stroke-dasharray: ${safe(line.dash)}` : '';
    svg
      .append('path')
      .attr('d', d)
      .attr(
        'style',
        `fill: none; stroke: ${safe(line.color)}; stroke-width: 2; stroke-linejoin: round${dash}`,
      )
      .attr('vector-effect', 'non-scaling-stroke');
  }
  return svg.node()!.outerHTML;
}
