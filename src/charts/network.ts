/**
 * The network view: SVG for up to 500 people (a shape per person reads and prints well), canvas above (one
 * element per person would make every frame slow), and counts by state where a canvas cannot be drawn.
 */
import { createNetworkCanvas } from './network-canvas.ts';
import { createNetworkSummary } from './network-summary.ts';
import { createNetworkSvg } from './network-svg.ts';
import type { NetworkGraph, NetworkOptions, NetworkView } from './types.ts';

export { networkStates, storyStates, type NetworkStateStyle } from './network-states.ts';

export const SVG_NODE_LIMIT = 500;

/** The renderer 'auto' picks for a graph of n people, before the canvas fallback. */
export function pickRenderer(
  n: number,
  wanted: NetworkOptions['renderer'] = 'auto',
): 'svg' | 'canvas' | 'summary' {
  if (wanted !== 'auto') return wanted;
  return n <= SVG_NODE_LIMIT ? 'svg' : 'canvas';
}

/**
 * Draws `graph` and returns a view to update with the state of each person. An explicit 'svg' above
 * SVG_NODE_LIMIT people gives the summary instead: thousands of SVG shapes would make a page of megabytes
 * (and a force layout of seconds), which a static render cannot afford.
 */
export function createNetworkView(doc: Document, graph: NetworkGraph, options: NetworkOptions): NetworkView {
  const kind = pickRenderer(graph.n, options.renderer);
  if (kind === 'svg' && graph.n <= SVG_NODE_LIMIT) return createNetworkSvg(doc, graph, options);
  if (kind === 'canvas') {
    // No 2D context (jsdom at build time, a locked-down browser): the counts, never an exception.
    const canvas = createNetworkCanvas(doc, graph, options);
    if (canvas) return canvas;
  }
  return createNetworkSummary(doc, graph, options);
}
