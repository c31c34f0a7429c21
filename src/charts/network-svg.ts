/**
 * The network as SVG, for small graphs (≤ 500 people): one shape per person, links as one thin path. The
 * elements are made once; `update` touches only the people whose state (or "just changed" mark) changed, so an
 * animation frame costs little even at the limit.
 */
import { px } from './format.ts';
import { renderLegend } from './legend.ts';
import { forceLayout } from './network-force-layout.ts';
import { edgePairs, sizeClasses } from './network-layout.ts';
import { networkLegendItems, stateStyle } from './network-states.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint, SVG_NS } from './svg.ts';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from './types.ts';

export function createNetworkSvg(doc: Document, graph: NetworkGraph, options: NetworkOptions): NetworkView {
  const { width, height } = options;
  const { svg } = createSvg(doc, options);
  svg.attr('class', 'chart chart-network');
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const states = options.states;
  const legendHeight = renderLegend(legendG, networkLegendItems(states), width - 16);
  const top = legendHeight + 6;
  const h = Math.max(40, height - top);
  const n = graph.n;
  const pos = forceLayout(graph, width, h, 10);
  const r = Math.max(3, Math.min(7, 0.3 * Math.sqrt((width * h) / Math.max(1, n))));
  // Hubs larger than people: radius r·2^(c/2) for size class c (by degree, as on the canvas).
  const classOf = sizeClasses(graph);

  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(0,${top})`);
  const pairs = edgePairs(graph);
  let d = '';
  for (let j = 0; j < pairs.length; j += 2) {
    const u = pairs[j] ?? 0;
    const v = pairs[j + 1] ?? 0;
    d += `M${px(pos.x[u] ?? 0)},${px(pos.y[u] ?? 0)}L${px(pos.x[v] ?? 0)},${px(pos.y[v] ?? 0)}`;
  }
  plot
    .append('path')
    .attr('class', 'links')
    .attr('d', d || null)
    .attr('fill', 'none')
    .attr('stroke-width', 0.75)
    .attr('stroke-opacity', 0.35)
    .attr('style', paint(null, 'var(--fg-muted)'));

  const nodesG = plot.append('g').attr('class', 'nodes').node();
  const paths: SVGPathElement[] = [];
  for (let i = 0; i < n; i++) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('class', 'node');
    nodesG?.append(path);
    paths.push(path);
  }
  // What each path shows now: −1 forces the first draw. Bit 8 marks "changed this step".
  const shown = new Int16Array(n).fill(-1);

  const draw = (i: number, state: number, fresh: boolean): void => {
    const key = state | (fresh ? 256 : 0);
    if (shown[i] === key) return;
    shown[i] = key;
    const path = paths[i];
    if (!path) return;
    const s = stateStyle(state, states);
    path.setAttribute(
      'd',
      shapePath(s.shape, pos.x[i] ?? 0, pos.y[i] ?? 0, r * Math.pow(2, (classOf[i] ?? 0) / 2)),
    );
    path.setAttribute('data-state', s.id);
    path.setAttribute('style', paint(s.color, fresh ? 'var(--fg)' : null));
    if (s.opacity < 1) path.setAttribute('fill-opacity', String(s.opacity));
    else path.removeAttribute('fill-opacity');
    if (fresh) path.setAttribute('stroke-width', '1.5');
    else path.removeAttribute('stroke-width');
  };
  for (let i = 0; i < n; i++) draw(i, 0, false);

  const node = svg.node();
  if (!node) throw new Error('createNetworkView: no SVG node');
  let alive = true;
  return {
    node,
    renderer: 'svg',
    update(state: NetworkState) {
      if (!alive) return;
      const { nodeState, changedAt, t } = state;
      // People reached this very step get an outline, so the front of the spread shows.
      for (let i = 0; i < n; i++) draw(i, nodeState[i] ?? 0, changedAt[i] === t);
    },
    destroy() {
      alive = false;
      paths.length = 0;
    },
  };
}
