/**
 * The network as counts by state: what the page shows where a canvas cannot be drawn (a build-time render in
 * jsdom, so the page without JavaScript still says how far the story went). One labelled bar per state, each
 * with the state's shape beside it.
 */
import { charts } from '../strings/charts.ts';
import { formatCount, formatShare, px } from './format.ts';
import { countStates, networkStates } from './network-states.ts';
import { shapePath } from './shapes.ts';
import { createSvg, paint } from './svg.ts';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from './types.ts';

const words = charts.network.summary;

export function createNetworkSummary(
  doc: Document,
  graph: NetworkGraph,
  options: NetworkOptions,
): NetworkView {
  const { width } = options;
  const states = options.states ?? networkStates;
  // Four rows need about 200 px: the summary takes what it needs rather than leaving the rest of options.height empty.
  const rowHeight = 44;
  const height = Math.min(options.height, 30 + states.length * rowHeight);
  const { svg } = createSvg(doc, { ...options, height });
  svg.attr('class', 'chart chart-network chart-network-summary');
  const n = graph.n;
  const heading = svg
    .append('text')
    .attr('class', 'heading')
    .attr('x', 8)
    .attr('y', 18)
    .attr('style', paint('currentColor'));
  const barWidth = Math.max(40, width - 16);
  const rows = svg
    .selectAll('g.state')
    .data(states)
    .join('g')
    .attr('class', 'state')
    .attr('data-state', (s) => s.id)
    .attr('transform', (_s, i) => `translate(8,${px(30 + i * rowHeight)})`);
  rows
    .append('path')
    .attr('d', (s) => shapePath(s.shape, 6, 10, 5))
    .attr('style', (s) => paint(s.color));
  const labels = rows
    .append('text')
    .attr('x', 18)
    .attr('y', 10)
    .attr('dy', '0.35em')
    .attr('style', paint('currentColor'));
  rows
    .append('rect')
    .attr('class', 'track')
    .attr('y', 20)
    .attr('height', 8)
    .attr('width', barWidth)
    .attr('style', paint('var(--border)'))
    .attr('fill-opacity', 0.35);
  const bars = rows
    .append('rect')
    .attr('class', 'bar')
    .attr('y', 20)
    .attr('height', 8)
    .attr('style', (s) => paint(s.color));
  const counts = new Int32Array(states.length);
  const timeLabel = options.timeLabel ?? words.timeLabel;

  const draw = (state: NetworkState | null): void => {
    if (state) countStates(state.nodeState, n, counts);
    else counts.fill(0).set([n]);
    heading.text(
      state && state.t >= 0
        ? words.heading(timeLabel, state.t, formatCount(n))
        : words.people(formatCount(n)),
    );
    labels.text((s) => {
      const c = counts[s.state] ?? 0;
      return words.row(s.label, formatCount(c), formatShare(n > 0 ? c / n : 0));
    });
    bars.attr('width', (s) => px((barWidth * (counts[s.state] ?? 0)) / Math.max(1, n)));
  };
  draw(null);

  const node = svg.node();
  if (!node) throw new Error('createNetworkView: no SVG node');
  let alive = true;
  return {
    node,
    renderer: 'summary',
    update(state: NetworkState) {
      if (alive) draw(state);
    },
    destroy() {
      alive = false;
    },
  };
}
