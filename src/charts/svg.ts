/**
 * The SVG every chart starts from: a viewBox at the given size that scales to its container, and the
 * accessible name and description the caller passes. Ids carry a prefix so several charts share a page.
 */
import { select, type Selection } from 'd3-selection';
import type { ChartOptions, Margin } from './types.ts';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

export interface SvgParts {
  svg: Svg;
  /** Builds an id unique to this chart: id('clip') → "<prefix>-clip". */
  id: (name: string) => string;
}

/**
 * `role` is "img" for a picture read as one thing. A chart with focusable parts (observed points with
 * tooltips) must use "group": the children of role="img" are presentational, so a screen reader would never
 * reach them and axe reports the nesting.
 */
export function createSvg(doc: Document, options: ChartOptions, role: 'img' | 'group' = 'img'): SvgParts {
  const prefix = options.idPrefix ?? 'chart';
  const id = (name: string): string => `${prefix}-${name}`;
  const svg = select(doc.createElementNS(SVG_NS, 'svg'))
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${options.width} ${options.height}`)
    .attr('width', '100%')
    .attr('role', role)
    .attr('aria-labelledby', `${id('title')} ${id('desc')}`)
    .attr('font-size', 12)
    .attr('style', 'display: block; height: auto; max-width: 100%; overflow: visible; color: var(--fg)');
  svg.append('title').attr('id', id('title')).text(options.title);
  svg.append('desc').attr('id', id('desc')).text(options.description);
  return { svg, id };
}

/** A style attribute for theme colours: var() in a style works in every browser, in a presentation attribute not everywhere. */
export function paint(fill: string | null, stroke: string | null = null): string {
  const parts: string[] = [];
  if (fill !== null) parts.push(`fill: ${fill}`);
  if (stroke !== null) parts.push(`stroke: ${stroke}`);
  return parts.join('; ');
}

/**
 * A coordinate to one decimal, for charts that draw many marks (the branching grid's hundred trees): a tenth of
 * a viewBox unit is under a device pixel at every width the charts are drawn, and each mark costs about half the
 * characters of `px`'s two decimals, which on a lesson page are kilobytes of HTML before the first figure.
 */
export function coord(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The caller's margins where given, else the computed ones. */
export function mergeMargin(computed: Margin, given: Partial<Margin> | undefined): Margin {
  return { ...computed, ...given };
}

/**
 * A hatch: diagonal stripes in the background colour over a fill the caller sets on the rect returned (its
 * `style`), the non-colour cue the histogram and the two-story bars give a bar. Defined once in `svg`'s defs
 * as `id`, used as `url(#id)`.
 */
export function hatchPattern(svg: Svg, id: string) {
  const pattern = svg
    .append('defs')
    .append('pattern')
    .attr('id', id)
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)');
  const fill = pattern.append('rect').attr('width', 6).attr('height', 6);
  pattern
    .append('line')
    .attr('x1', 3)
    .attr('x2', 3)
    .attr('y2', 6)
    .attr('stroke-width', 2)
    .attr('style', paint(null, 'var(--bg)'));
  return fill;
}

/**
 * Rough width of a label in px. jsdom has no text metrics and a build-time render must lay out the same as the
 * page, so widths are estimated from the character count (0.6 em per character is generous for system fonts).
 */
export function textWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/**
 * The parts every axis chart shares, appended in this order: y label, x label, footnote, and the plot group
 * with its grid and both axes. Callers add their marks to `plot` after these.
 */
export function axisFrame(svg: Svg) {
  const text = (cls: string) => svg.append('text').attr('class', cls);
  const yLabel = text('y-label').attr('x', 8).attr('style', paint('currentColor'));
  const xLabel = text('x-label').attr('text-anchor', 'end').attr('style', paint('currentColor'));
  const footnote = text('footnote').attr('x', 8).attr('style', paint('var(--fg-muted)'));
  const plot = svg.append('g').attr('class', 'plot');
  const grid = plot.append('g').attr('class', 'grid');
  const xAxisG = plot.append('g').attr('class', 'axis axis-x');
  const yAxisG = plot.append('g').attr('class', 'axis axis-y');
  return { yLabel, xLabel, footnote, plot, grid, xAxisG, yAxisG };
}
