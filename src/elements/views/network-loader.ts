/**
 * The network view for the page, without paying for the force layout (d3-force) unless it is needed:
 * networks over 500 people draw on a canvas with an O(n) layout; smaller ones are drawn in SVG with a force
 * layout that is loaded on demand. Until it arrives a placeholder holds the space, and the latest state is
 * applied when it does. At build time (SSR) everything is synchronous.
 */
import { createNetworkCanvas } from '../../charts/network-canvas';
import { createNetworkSummary } from '../../charts/network-summary';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from '../../charts/types';

/** Above this many people a network is drawn on canvas (the chart layer's SVG_NODE_LIMIT). */
const SVG_LIMIT = 500;

/**
 * The SVG renderer, fetched when first needed. Never during the static build, which always passes its own
 * factory: keeping the import out of the server bundle there (where the chart layer imports the renderer
 * statically) is what makes it a separate chunk in the browser, not dead weight the bundler warns about.
 */
const loadSvg = import.meta.env.SSR ? undefined : () => import('../../charts/network-svg');

export type NetworkFactory = (doc: Document, graph: NetworkGraph, options: NetworkOptions) => NetworkView;

/**
 * `buildTime` is the chart layer's own createNetworkView, passed in by the static build (Simulation.astro):
 * importing it here would put the force layout in every page that shows a large network.
 */
export function networkViewFor(
  doc: Document,
  graph: NetworkGraph,
  options: NetworkOptions,
  buildTime?: NetworkFactory,
): NetworkView {
  if (buildTime) return buildTime(doc, graph, options);
  if (!loadSvg) throw new Error('networkViewFor: the static build must pass its own network factory');
  if (graph.n > SVG_LIMIT) {
    return createNetworkCanvas(doc, graph, options) ?? createNetworkSummary(doc, graph, options);
  }
  const holder = doc.createElement('div');
  holder.className = 'network-loading';
  holder.style.minHeight = `${Math.round(options.height * 0.6)}px`;
  let view: NetworkView | undefined;
  let latest: NetworkState | undefined;
  let destroyed = false;
  void loadSvg().then(({ createNetworkSvg }) => {
    if (destroyed) return;
    view = createNetworkSvg(doc, graph, options);
    holder.replaceWith(view.node);
    if (latest) view.update(latest);
  });
  return {
    node: holder,
    renderer: 'svg',
    update(state) {
      latest = state;
      view?.update(state);
    },
    destroy() {
      destroyed = true;
      view?.destroy();
    },
  };
}
