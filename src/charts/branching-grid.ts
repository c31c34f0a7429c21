/**
 * Many chains at once: a grid of small who-told-whom trees, one per run, so the shape of chance shows in one
 * look (most chains stop after a person or two, a few grow into a bush). A chain that went viral is framed,
 * so it reads without colour. Each tree is laid out like the single tree (branching-tree.ts), at a size where
 * only its shape matters.
 *
 * The grid is drawn in layers, not cell by cell, because it is most of a lesson page's HTML (it is rendered at
 * build time, twice): one frame <rect> per chain, then one path each for every cell's links, people and first
 * tellers, each layer styled once. A person is a zero-length line with a round cap as wide as the dot (about a
 * fifth of a circle path's characters); links from one teller go out in pairs through the teller (child, teller,
 * child) with round joins, which the teller's dot covers; coordinates keep one decimal, written as short steps
 * from the last point. Cells do not overlap, so
 * the layers paint what cell-by-cell drawing painted.
 */
import { layoutTree, type TreeLayout } from './branching-tree.ts';
import { renderLegend, wrapLabel, type LegendItem } from './legend.ts';
import { coord, createSvg, paint } from './svg.ts';
import type { ChartHandle, ChartOptions } from './types.ts';

export interface GridChain {
  parent: Int32Array | number[];
  generation: Int32Array | number[];
  /** True when the chain reached the cap: its cell is framed. */
  viral: boolean;
}

export interface BranchingGridData {
  chains: GridChain[];
  /** Only draw generations ≤ upTo. */
  upTo?: number;
  /** The legend's words: a framed cell, and the line above the grid ("100 chains: 91 died out …"). */
  legend: { viral: string; firstTeller: string };
  headline: string;
}

const COLOR = 'var(--c-complaint)';
/** Half the side of a square with the area of a circle of radius 1, as shapes.ts draws the first teller. */
const SQUARE_HALF = Math.sqrt(Math.PI) / 2;

/** A number as short as SVG path data allows: "0.5" → ".5", "-0.5" → "-.5". */
const short = (v: number): string => String(coord(v)).replace(/^(-?)0\./, '$1.');

/**
 * Path data in relative steps from the last point, each step taken between coordinates already rounded to one
 * decimal, so the steps are exact and nothing drifts. Inside a grid of small cells the steps are short numbers
 * where absolute coordinates would be long ones.
 */
class RelativePath {
  d = '';
  private x = 0;
  private y = 0;
  private step(command: string, x: number, y: number): void {
    const dx = short(x - this.x);
    const dy = short(y - this.y);
    // A minus sign separates two numbers by itself.
    this.d += `${command}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
    this.x = x;
    this.y = y;
  }
  moveTo(x: number, y: number): this {
    if (this.d === '') {
      this.d = `M${short(x)},${short(y)}`;
      this.x = x;
      this.y = y;
    } else this.step('m', x, y);
    return this;
  }
  lineTo(x: number, y: number): this {
    this.step('l', x, y);
    return this;
  }
  /** A zero-length line: with a round cap it draws a dot as wide as the stroke. */
  dot(x: number, y: number): this {
    this.moveTo(x, y).d += 'h0';
    return this;
  }
  /** A square of side `side` from (x, y); closing it returns to (x, y). */
  square(x: number, y: number, side: number): this {
    const s = short(side);
    this.moveTo(x, y).d += `h${s}v${s}h-${s}z`;
    return this;
  }
}

/**
 * Columns: one per 44 px, at least twelve (cells of about 27 px on a phone) and at most twenty, so a hundred
 * chains stay a short block on every screen: on a phone the chart sits above its controls and must leave room.
 */
export function gridColumns(width: number, count: number): number {
  return Math.max(1, Math.min(count, Math.max(12, Math.min(20, Math.floor(width / 44)))));
}

export function renderBranchingGrid(
  doc: Document,
  data: BranchingGridData,
  options: ChartOptions,
): ChartHandle<BranchingGridData> {
  const { width } = options;
  const { svg } = createSvg(doc, options);
  svg.attr('class', 'chart chart-branching-grid');
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const headline = svg
    .append('text')
    .attr('class', 'headline')
    .attr('x', 8)
    .attr('style', paint('currentColor'));
  const cellsG = svg.append('g').attr('class', 'cells');
  // Every frame is thin and grey until its chain has gone viral; a viral frame overrides both.
  const framesG = cellsG
    .append('g')
    .attr('class', 'frames')
    .attr('stroke-width', 0.5)
    .attr('style', paint('none', 'var(--border)'));
  const linksPath = cellsG
    .append('path')
    .attr('class', 'links')
    .attr('stroke-width', 0.8)
    .attr('stroke-linejoin', 'round')
    .attr('style', paint('none', 'var(--fg-muted)'));
  const peoplePath = cellsG
    .append('path')
    .attr('class', 'people')
    .attr('stroke-linecap', 'round')
    .attr('style', paint('none', COLOR));
  const firstPath = cellsG.append('path').attr('class', 'first').attr('style', paint(COLOR));

  let layouts: TreeLayout[] = [];
  let laidOut: GridChain[] | null = null;

  function update(next: BranchingGridData): void {
    if (next.chains !== laidOut) {
      layouts = next.chains.map((c) => layoutTree(c.parent, c.generation));
      laidOut = next.chains;
    }
    const items: LegendItem[] = [
      { label: next.legend.firstTeller, color: COLOR, symbol: 'square' },
      { label: next.legend.viral, color: COLOR, symbol: 'swatch', fill: 'none' },
    ];
    const legendHeight = renderLegend(legendG, items, width - 16);
    // The headline breaks into lines on a narrow chart rather than running out of the box.
    const lines = wrapLabel(next.headline, width - 16);
    headline
      .attr('y', legendHeight + 16)
      .selectAll('tspan')
      .data(lines)
      .join('tspan')
      .attr('x', 8)
      .attr('dy', (_l, i) => (i === 0 ? 0 : 16))
      .text((l) => l);
    const top = legendHeight + 10 + lines.length * 16;
    const columns = gridColumns(width - 16, next.chains.length);
    const cell = (width - 16) / columns;
    const rows = Math.ceil(next.chains.length / columns);
    // The box grows with the rows, so no blank space is left under a short grid.
    const height = Math.round(top + rows * cell + 4);
    svg.attr('viewBox', `0 0 ${width} ${height}`);
    const upTo = next.upTo ?? Infinity;
    const pad = Math.max(3, cell * 0.1);
    const inner = cell - 2 * pad;
    const r = Math.max(1.2, Math.min(2.4, cell / 26));
    const left = (i: number): number => 8 + (i % columns) * cell;
    const topOf = (i: number): number => top + Math.floor(i / columns) * cell;

    framesG
      .selectAll<SVGRectElement, number>('rect')
      .data(next.chains.map((_c, i) => i))
      .join('rect')
      .attr('x', (i) => coord(left(i) + 1))
      .attr('y', (i) => coord(topOf(i) + 1))
      .attr('width', coord(cell - 2))
      .attr('height', coord(cell - 2))
      .attr('class', 'frame')
      .each(function (i) {
        const chain = next.chains[i];
        const L = layouts[i];
        const shown = !!chain?.viral && !!L && L.maxGeneration <= upTo;
        this.classList.toggle('viral', shown);
        if (shown) {
          this.setAttribute('stroke-width', '2');
          this.setAttribute('style', paint(null, COLOR));
        } else {
          this.removeAttribute('stroke-width');
          this.removeAttribute('style');
        }
      });

    const links = new RelativePath();
    const people = new RelativePath();
    const first = new RelativePath();
    const half = coord(r * 1.3 * SQUARE_HALF);
    const children = new Map<number, number[]>();
    for (let i = 0; i < next.chains.length; i++) {
      const L = layouts[i];
      if (!L) continue;
      const x0 = left(i) + pad;
      const y0 = topOf(i) + pad;
      // Rows at most a sixth of the cell apart, so a short chain stays a small tuft at the top.
      const rowHeight = inner / Math.max(6, L.maxGeneration);
      const xOf = (k: number): number => coord(x0 + (L.x[k] ?? 0.5) * inner);
      const yOf = (k: number): number => coord(y0 + (L.generation[k] ?? 0) * rowHeight);
      const slot = new Map<number, number>();
      L.nodes.forEach((node, k) => slot.set(node, k));
      children.clear();
      for (let k = 0; k < L.nodes.length; k++) {
        if ((L.generation[k] ?? 0) > upTo) continue;
        const p = slot.get(L.parent[k] ?? -1);
        if (p !== undefined) {
          const list = children.get(p);
          if (list) list.push(k);
          else children.set(p, [k]);
        }
        if (L.parent[k] === -1) first.square(xOf(k) - half, yOf(k) - half, 2 * half);
        else people.dot(xOf(k), yOf(k));
      }
      for (const [p, kids] of children) {
        for (let c = 0; c < kids.length; c += 2) {
          const a = kids[c];
          const b = kids[c + 1];
          if (b === undefined) links.moveTo(xOf(p), yOf(p)).lineTo(xOf(a), yOf(a));
          else links.moveTo(xOf(a), yOf(a)).lineTo(xOf(p), yOf(p)).lineTo(xOf(b), yOf(b));
        }
      }
    }
    linksPath.attr('d', links.d || 'M0,0');
    peoplePath.attr('stroke-width', coord(2 * r)).attr('d', people.d || 'M0,0');
    firstPath.attr('d', first.d || 'M0,0');
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderBranchingGrid: no SVG node');
  return { node, update };
}
