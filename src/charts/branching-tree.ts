/**
 * Who told whom in one branching run: a tree, one row per generation, the first teller on top. Only small runs
 * are drawn in full; above 500 people the first 500 are drawn and the chart says so.
 */
import { charts } from '../strings/charts.ts';
import { formatCount, px } from './format.ts';
import { renderLegend, type LegendItem } from './legend.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint } from './svg.ts';
import type { BranchingTreeData, ChartHandle, ChartOptions } from './types.ts';

export const TREE_NODE_LIMIT = 500;

const words = charts.branchingTree;

const COLOR = 'var(--c-complaint)';
/** Stands in for a common parent when a run has several first tellers; never drawn. */
const VIRTUAL_ROOT = -2;

export interface TreeLayout {
  /** Indices of the drawn people, in the input's numbering. */
  nodes: Int32Array;
  /** Per drawn person: x in [0, 1], generation, index of the parent (−1 for a first teller), told anyone. */
  x: Float64Array;
  generation: Int32Array;
  parent: Int32Array;
  told: Uint8Array;
  maxGeneration: number;
  /** The most people in one generation, which sets the node size. */
  widest: number;
  /** People in the input; more than nodes.length when the run was cut to the limit. */
  total: number;
}

/**
 * Keeps the first `limit` people whose chain of parents stays inside the first `limit` (a person whose teller
 * was cut cannot hang in the tree), and lays them out with d3's tidy tree.
 */
export function layoutTree(
  parents: ArrayLike<number>,
  generation: ArrayLike<number> | undefined,
  limit = TREE_NODE_LIMIT,
): TreeLayout {
  const total = parents.length;
  const n = Math.min(total, limit);
  // 0 unknown, 1 kept, 2 dropped, 3 being checked (a cycle in bad input is dropped, not followed forever).
  const state = new Uint8Array(n);
  const keep = (i: number): boolean => {
    if (state[i] === 1) return true;
    if (state[i] === 2 || state[i] === 3) return false;
    state[i] = 3;
    const p = parents[i] ?? -1;
    const ok = p === -1 || (p >= 0 && p < n && p !== i && keep(p));
    state[i] = ok ? 1 : 2;
    return ok;
  };
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) kept.push(i);

  const told = new Uint8Array(total);
  for (let i = 0; i < total; i++) {
    const p = parents[i] ?? -1;
    if (p >= 0 && p < total) told[p] = 1;
  }

  const roots = kept.filter((i) => (parents[i] ?? -1) === -1).length;
  const virtual = roots > 1;
  const count = kept.length;
  const out: TreeLayout = {
    nodes: Int32Array.from(kept),
    x: new Float64Array(count),
    generation: new Int32Array(count),
    parent: new Int32Array(count),
    told: new Uint8Array(count),
    maxGeneration: 0,
    widest: 1,
    total,
  };
  if (count === 0) return out;

  // Children in index order, as d3's stratify would give them; built by hand so the page does not carry
  // stratify (and its error messages) for a parent array that is already checked above.
  const children = new Map<number, number[]>();
  for (const i of kept) {
    const p = parents[i] ?? -1;
    const parent = p !== -1 ? p : virtual ? VIRTUAL_ROOT : null;
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(i);
    else children.set(parent, [i]);
  }
  // The one first teller, or the virtual root above several; a parent may come after its child in odd input.
  const top = virtual ? VIRTUAL_ROOT : (kept.find((i) => (parents[i] ?? -1) === -1) ?? VIRTUAL_ROOT);
  const { x: across, depth } = tidyLayout(top, children);

  const slot = new Map<number, number>();
  kept.forEach((i, k) => slot.set(i, k));
  const perGeneration = new Map<number, number>();
  for (const [i, d] of depth) {
    const k = slot.get(i);
    if (k === undefined) continue;
    const g = generation?.[i] ?? d - (virtual ? 1 : 0);
    out.x[k] = across.get(i) ?? 0.5;
    out.generation[k] = g;
    out.parent[k] = parents[i] ?? -1;
    out.told[k] = told[i] ?? 0;
    out.maxGeneration = Math.max(out.maxGeneration, g);
    perGeneration.set(g, (perGeneration.get(g) ?? 0) + 1);
  }
  out.widest = Math.max(1, ...perGeneration.values());
  return out;
}

/**
 * A simple tidy layout, in place of d3-hierarchy's (about 2 KB of a lesson's budget): the leaves sit at even
 * steps in depth-first order and each parent midway between its first and last child, so subtrees never
 * cross. x runs over [0, 1]; depth counts from the top node. Iterative, so a 500-person chain cannot overflow.
 */
function tidyLayout(top: number, children: Map<number, number[]>) {
  const depth = new Map<number, number>([[top, 0]]);
  const order: number[] = [];
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    order.push(node);
    const kids = children.get(node) ?? [];
    for (let c = kids.length - 1; c >= 0; c--) {
      const kid = kids[c];
      depth.set(kid, (depth.get(node) ?? 0) + 1);
      stack.push(kid);
    }
  }
  const x = new Map<number, number>();
  let leaves = 0;
  for (const node of order) if (!children.get(node)?.length) x.set(node, leaves++);
  for (let k = order.length - 1; k >= 0; k--) {
    const node = order[k];
    const kids = children.get(node);
    if (kids?.length) x.set(node, ((x.get(kids[0]) ?? 0) + (x.get(kids[kids.length - 1]) ?? 0)) / 2);
  }
  // Half a step of margin at each end, so the outermost people are not drawn on the chart's edge.
  for (const [node, v] of x) x.set(node, (v + 0.5) / Math.max(1, leaves));
  return { x, depth };
}

function sameNumbers(a: ArrayLike<number> | undefined, b: ArrayLike<number> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function legendItems(): LegendItem[] {
  return [
    { label: words.legend.firstTeller, color: COLOR, symbol: 'square' },
    { label: words.legend.passedOn, color: COLOR, symbol: 'circle' },
    { label: words.legend.toldNoOne, color: COLOR, symbol: 'circle', hollow: true },
  ];
}

export function renderBranchingTree(
  doc: Document,
  data: BranchingTreeData,
  options: ChartOptions,
): ChartHandle<BranchingTreeData> {
  const { width, height } = options;
  const { svg } = createSvg(doc, options);
  svg.attr('class', 'chart chart-branching-tree');
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const footnote = svg
    .append('text')
    .attr('class', 'footnote')
    .attr('x', 8)
    .attr('style', paint('var(--fg-muted)'));
  const plot = svg.append('g').attr('class', 'plot');
  const labelsG = plot.append('g').attr('class', 'generation-labels').attr('style', paint('var(--fg-muted)'));
  const links = plot
    .append('path')
    .attr('class', 'links')
    .attr('fill', 'none')
    .attr('stroke-width', 1)
    .attr('stroke-opacity', 0.6)
    .attr('style', paint(null, 'var(--fg-muted)'));
  const nodesG = plot.append('g').attr('class', 'nodes');

  let layout: TreeLayout | null = null;
  let laidOut: BranchingTreeData | null = null;

  function update(next: BranchingTreeData): void {
    // A new run needs a new layout; a new upTo on the same run only shows more of it. Callers may pass fresh
    // copies of the same arrays every frame, so compare contents, not identity (O(n), far cheaper than a layout).
    if (
      !layout ||
      !laidOut ||
      !sameNumbers(laidOut.parents, next.parents) ||
      !sameNumbers(laidOut.generation, next.generation)
    ) {
      layout = layoutTree(next.parents, next.generation);
      laidOut = next;
    }
    const L = layout;
    const legendHeight = renderLegend(legendG, legendItems(), width - 16);
    const truncated = L.total > L.nodes.length;
    const m = {
      top: legendHeight + 16,
      right: 12,
      bottom: truncated || L.maxGeneration === 0 ? 24 : 10,
      left: 52,
      ...options.margin,
    };
    const w = Math.max(40, width - m.left - m.right);
    // Rows at most 40 px apart, and the box shrinks to the tree: a run that stops after a generation or two
    // is a short picture, not a square above an empty chart.
    const rowHeight =
      L.maxGeneration > 0 ? Math.min(40, Math.max(20, height - m.top - m.bottom) / L.maxGeneration) : 0;
    const h = Math.max(12, rowHeight * L.maxGeneration);
    svg.attr('viewBox', `0 0 ${width} ${Math.round(m.top + h + m.bottom)}`);
    const r = Math.max(1.5, Math.min(6, (0.35 * w) / L.widest, rowHeight > 0 ? rowHeight * 0.3 : 6));
    const xOf = (k: number): number => px((L.x[k] ?? 0.5) * w);
    const yOf = (k: number): number => px((L.generation[k] ?? 0) * rowHeight);
    const upTo = next.upTo ?? Infinity;

    plot.attr('transform', `translate(${m.left},${m.top})`);
    footnote
      .attr('y', Math.round(m.top + h + m.bottom) - 6)
      .text(
        truncated
          ? words.truncated(formatCount(L.nodes.length), formatCount(L.total))
          : L.maxGeneration === 0 && L.nodes.length === 1
            ? words.noSpread
            : '',
      );

    // Generation labels on the left, thinned so they keep 16 px apart.
    const every = Math.max(1, Math.ceil(16 / Math.max(1, rowHeight)));
    const generations: number[] = [];
    for (let g = 0; g <= Math.min(L.maxGeneration, upTo); g += every) generations.push(g);
    labelsG
      .selectAll('text')
      .data(generations)
      .join('text')
      .attr('x', -m.left + 8)
      .attr('y', (g) => px(g * rowHeight))
      .attr('dy', '0.35em')
      .text((g) => words.generation(g));

    const slot = new Map<number, number>();
    L.nodes.forEach((i, k) => slot.set(i, k));
    const visible: number[] = [];
    let d = '';
    for (let k = 0; k < L.nodes.length; k++) {
      if ((L.generation[k] ?? 0) > upTo) continue;
      visible.push(k);
      const p = slot.get(L.parent[k] ?? -1);
      if (p !== undefined) d += `M${xOf(p)},${yOf(p)}L${xOf(k)},${yOf(k)}`;
    }
    links.attr('d', d || null);

    nodesG
      .selectAll<SVGPathElement, number>('path')
      .data(visible, (k) => String(L.nodes[k]))
      .join('path')
      .attr('class', 'node')
      .attr('stroke-width', 1.5)
      .attr('style', (k) => (L.told[k] ? paint(COLOR, 'var(--bg)') : paint('var(--bg)', COLOR)))
      .attr('d', (k) => shapePath(L.parent[k] === -1 ? 'square' : 'circle', xOf(k), yOf(k), r));
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderBranchingTree: no SVG node');
  return { node, update };
}
