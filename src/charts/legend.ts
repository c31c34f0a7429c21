/**
 * Legends: every entry shows its colour AND a second cue (a dash pattern, a marker shape, a hatch, hollow or
 * filled), so no reader has to tell series apart by colour alone. Entries wrap onto new rows on narrow charts.
 */
import { select } from 'd3-selection';
import { shapePath, type Shape } from './shapes.ts';
import { paint, textWidth, type G } from './svg.ts';

export interface LegendItem {
  label: string;
  /** A CSS colour expression, e.g. 'var(--c-answer)'. */
  color: string;
  /** A line sample (optionally with a marker), a filled swatch (bars), or a marker shape alone (points, nodes). */
  symbol: 'line' | 'swatch' | Shape;
  /** Dash pattern of a line sample. */
  dash?: string;
  /** Marker drawn on a line sample. */
  shape?: Shape;
  /** Outline only: a disputed observed point. */
  hollow?: boolean;
  /** Fill of a swatch when it is not plain `color`, e.g. a hatch pattern `url(#…)`. */
  fill?: string;
  opacity?: number;
}

const SYMBOL_WIDTH = 24;
const GAP = 6;
const ITEM_GAP = 16;
export const LEGEND_ROW = 20;

export interface LegendLayout {
  positions: { x: number; y: number }[];
  /** Each entry's label, broken into lines when it is wider than the legend (one line otherwise). */
  lines: string[][];
  height: number;
}

/** Breaks `label` at spaces into lines no wider than `width` (a single word wider than that keeps its line). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/**
 * Flows entries left to right and wraps when the next one would pass `width`; an entry wider than the whole
 * legend (a long observed-data title on a phone) has its label broken into lines instead of being cut off.
 */
export function layoutLegend(items: readonly LegendItem[], width: number): LegendLayout {
  const positions: { x: number; y: number }[] = [];
  const lines: string[][] = [];
  let x = 0;
  let top = 0;
  let rowLines = 1;
  for (const item of items) {
    const room = Math.max(40, width - SYMBOL_WIDTH - GAP);
    const itemLines = textWidth(item.label) > room ? wrapLabel(item.label, room) : [item.label];
    const w = SYMBOL_WIDTH + GAP + Math.max(...itemLines.map((l) => textWidth(l)));
    if (x > 0 && x + w > width) {
      x = 0;
      top += rowLines * LEGEND_ROW;
      rowLines = 1;
    }
    positions.push({ x, y: top + LEGEND_ROW / 2 });
    lines.push(itemLines);
    rowLines = Math.max(rowLines, itemLines.length);
    x += w + ITEM_GAP;
  }
  return { positions, lines, height: items.length === 0 ? 0 : top + rowLines * LEGEND_ROW };
}

/** A string that changes whenever an entry's look changes, so the join redraws only those. */
function signature(item: LegendItem): string {
  return [
    item.label,
    item.color,
    item.symbol,
    item.dash,
    item.shape,
    item.hollow,
    item.fill,
    item.opacity,
  ].join('|');
}

/** Draws the symbol of one entry into `g`, centred vertically on y = 0 and spanning x = 0 … SYMBOL_WIDTH. */
function drawSymbol(g: G, item: LegendItem): void {
  const mid = SYMBOL_WIDTH / 2;
  if (item.symbol === 'line') {
    g.append('line')
      .attr('x1', 0)
      .attr('x2', SYMBOL_WIDTH)
      .attr('stroke-width', 2.5)
      .attr('stroke-dasharray', item.dash ?? null)
      .attr('style', paint(null, item.color));
    if (item.shape)
      g.append('path')
        .attr('d', shapePath(item.shape, mid, 0, 4.5))
        .attr('style', paint(item.color));
  } else if (item.symbol === 'swatch') {
    g.append('rect')
      .attr('x', mid - 8)
      .attr('y', -6)
      .attr('width', 16)
      .attr('height', 12)
      .attr('stroke-width', 1)
      .attr('style', paint(item.fill ?? item.color, item.color));
  } else {
    g.append('path')
      .attr('d', shapePath(item.symbol, mid, 0, 5))
      .attr('stroke-width', item.hollow ? 1.5 : null)
      .attr('style', item.hollow ? paint('var(--bg)', item.color) : paint(item.color));
  }
  if (item.opacity !== undefined) g.attr('opacity', item.opacity);
}

/** Renders (or updates) a legend inside `parent`; returns its height in px. */
export function renderLegend(parent: G, items: readonly LegendItem[], width: number): number {
  const layout = layoutLegend(items, width);
  const placed = items.map((item, i) => ({ ...item, lines: layout.lines[i] ?? [item.label] }));
  parent
    .selectAll<SVGGElement, LegendItem & { lines: string[] }>('g.legend-item')
    .data(placed, (d) => `${signature(d)}|${d.lines.join('\n')}`)
    .join((enter) =>
      enter
        .append('g')
        .attr('class', 'legend-item')
        .each(function (d) {
          const item = select(this);
          drawSymbol(item.append('g').attr('class', 'legend-symbol'), d);
          const text = item
            .append('text')
            .attr('x', SYMBOL_WIDTH + GAP)
            .attr('dy', '0.35em')
            .attr('style', paint('currentColor'));
          if (d.lines.length === 1) text.text(d.label);
          else {
            text.attr('dy', null);
            d.lines.forEach((line, i) =>
              text
                .append('tspan')
                .attr('x', SYMBOL_WIDTH + GAP)
                .attr('dy', i === 0 ? '0.35em' : LEGEND_ROW)
                .text(line),
            );
          }
        }),
    )
    .attr('transform', (_d, i) => {
      const p = layout.positions[i] ?? { x: 0, y: 0 };
      return `translate(${p.x},${p.y})`;
    });
  return layout.height;
}

/** CSS for an HTML legend symbol: shapes by clip-path, so the list holds no nested <svg> to confuse "first svg" lookups. */
function symbolCss(item: LegendItem): string {
  const base = 'display: inline-block; flex: none; forced-color-adjust: none';
  if (item.symbol === 'line') {
    return `${base}; width: 24px; height: 0; border-top: 3px ${item.dash ? 'dashed' : 'solid'} ${item.color}`;
  }
  if (item.symbol === 'swatch') {
    return `${base}; width: 16px; height: 12px; border: 1px solid ${item.color}; background: ${item.fill ?? item.color}`;
  }
  const fill = item.hollow
    ? `background: var(--bg); border: 2px solid ${item.color}`
    : `background: ${item.color}`;
  switch (item.symbol) {
    case 'circle':
      return `${base}; width: 11px; height: 11px; border-radius: 50%; ${fill}`;
    case 'square':
      return `${base}; width: 10px; height: 10px; ${fill}`;
    case 'triangle':
      return `${base}; width: 13px; height: 11px; clip-path: polygon(50% 0, 100% 100%, 0 100%); ${fill}`;
    case 'diamond':
      return `${base}; width: 13px; height: 13px; clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%); ${fill}`;
  }
}

/**
 * The same entries as an HTML list, for views that are not one SVG (the canvas network): the list wraps with
 * the page's own text flow; each symbol is a styled, empty span (the text says what it means).
 */
export function renderLegendHtml(doc: Document, items: readonly LegendItem[]): HTMLUListElement {
  const list = doc.createElement('ul');
  list.className = 'chart-legend';
  list.setAttribute(
    'style',
    'display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; margin: 0 0 0.5rem; padding: 0; font-size: 0.875rem',
  );
  for (const item of items) {
    const li = doc.createElement('li');
    li.setAttribute('style', 'display: inline-flex; align-items: center; gap: 0.375rem');
    const symbol = doc.createElement('span');
    symbol.className = `legend-symbol legend-${item.symbol}`;
    symbol.setAttribute('aria-hidden', 'true');
    symbol.setAttribute('style', symbolCss(item));
    li.append(symbol, doc.createTextNode(item.label));
    list.append(li);
  }
  return list;
}
