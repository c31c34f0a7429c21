/**
 * Many chains at once: a grid of small who-told-whom trees, one per run, so the shape of chance shows in one
 * look (most chains stop after a person or two, a few grow into a bush). A chain that went viral is framed,
 * so it reads without colour. Each tree is laid out like the single tree (branching-tree.ts), at a size where
 * only its shape matters; a cell draws three paths (links, people, first teller), so 100 cells stay light.
 */
import { layoutTree, type TreeLayout } from './branching-tree.ts';
import { px } from './format.ts';
import { renderLegend, wrapLabel, type LegendItem } from './legend.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint } from './svg.ts';
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

    cellsG
      .selectAll<SVGGElement, number>('g.cell')
      .data(next.chains.map((_c, i) => i))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cell');
        g.append('rect').attr('class', 'frame');
        g.append('path').attr('class', 'links').attr('fill', 'none').attr('stroke-width', 0.8);
        g.append('path').attr('class', 'people');
        g.append('path').attr('class', 'first');
        return g;
      })
      .attr(
        'transform',
        (i) => `translate(${px(8 + (i % columns) * cell)},${px(top + Math.floor(i / columns) * cell)})`,
      )
      .each(function (i) {
        const L = layouts[i];
        const chain = next.chains[i];
        if (!L || !chain) return;
        // Rows at most a sixth of the cell apart, so a short chain stays a small tuft at the top.
        const rowHeight = inner / Math.max(6, L.maxGeneration);
        const xOf = (k: number): number => pad + (L.x[k] ?? 0.5) * inner;
        const yOf = (k: number): number => pad + (L.generation[k] ?? 0) * rowHeight;
        const slot = new Map<number, number>();
        L.nodes.forEach((node, k) => slot.set(node, k));
        let links = '';
        let people = '';
        let first = '';
        for (let k = 0; k < L.nodes.length; k++) {
          if ((L.generation[k] ?? 0) > upTo) continue;
          const p = slot.get(L.parent[k] ?? -1);
          if (p !== undefined) links += `M${px(xOf(p))},${px(yOf(p))}L${px(xOf(k))},${px(yOf(k))}`;
          if (L.parent[k] === -1) first += shapePath('square', xOf(k), yOf(k), r * 1.3);
          else people += shapePath('circle', xOf(k), yOf(k), r);
        }
        const shown = chain.viral && L.maxGeneration <= upTo;
        const [frame, linkPath, peoplePath, firstPath] = [...this.children];
        frame?.setAttribute('x', '1');
        frame?.setAttribute('y', '1');
        frame?.setAttribute('width', String(px(cell - 2)));
        frame?.setAttribute('height', String(px(cell - 2)));
        frame?.setAttribute('stroke-width', shown ? '2' : '0.5');
        frame?.setAttribute('style', paint('none', shown ? COLOR : 'var(--border)'));
        linkPath?.setAttribute('d', links || 'M0,0');
        linkPath?.setAttribute('style', paint(null, 'var(--fg-muted)'));
        peoplePath?.setAttribute('d', people || 'M0,0');
        peoplePath?.setAttribute('style', paint(COLOR));
        firstPath?.setAttribute('d', first || 'M0,0');
        firstPath?.setAttribute('style', paint(COLOR));
      });
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderBranchingGrid: no SVG node');
  return { node, update };
}
