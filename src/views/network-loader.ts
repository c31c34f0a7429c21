/**
 * The network view for the page, without paying for code or work it may not need at once: networks over 500
 * people draw on a canvas, made (and laid out) once the figure is live; smaller ones are drawn in SVG with a
 * force layout (d3-force) that is loaded on demand, and so are the counts by state that stand in where no
 * canvas can be drawn. Until the view arrives a placeholder holds the space, and the latest state is applied
 * when it does. At build time (SSR) everything is synchronous.
 */
import { createNetworkCanvas, networkCanvasBox } from '../charts/network-canvas';
import { springLayoutSliced } from '../charts/network-layout';
import type { NetworkGraph, NetworkOptions, NetworkState, NetworkView } from '../charts/types';

/** Above this many people a network is drawn on canvas (the chart layer's SVG_NODE_LIMIT). */
const SVG_LIMIT = 500;

/**
 * The SVG renderer, and the counts by state for a browser that gives no 2D canvas (rare), fetched when first
 * needed. Never during the static build, which always passes its own factory: keeping the imports out of the
 * server bundle there (where the chart layer imports the renderers statically) is what makes them separate
 * chunks in the browser, not dead weight the bundler warns about.
 */
const lazy = import.meta.env.SSR
  ? undefined
  : { svg: () => import('../charts/network-svg'), summary: () => import('../charts/network-summary') };

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
  if (!lazy) throw new Error('networkViewFor: the static build must pass its own network factory');
  if (graph.n > SVG_LIMIT) {
    // The canvas's people are laid out first (a spring layout up to 2,100 people: 80–180 ms on a slow phone,
    // ~450 ms with the CPU slowed 4×, issue 18), from the first idle moment after the figure comes alive, not
    // while it wakes, and a few steps at a time, each turn a task of its own, so the page never stops for it.
    // Where no 2D canvas can be had, the counts by state stand in.
    // A layout whose placeholder is gone (the figure drew another network) stops at its next turn.
    return placeholder(doc, options, 'canvas', 1, async (gone) => {
      await idle(doc);
      const box = networkCanvasBox(graph, options);
      const goOn = () => nextTask(doc).then(() => !gone());
      const laidOut = box.spring
        ? await springLayoutSliced(graph, box.width, box.height, box.pad, goOn)
        : undefined;
      if (gone()) return undefined;
      const canvas = createNetworkCanvas(doc, graph, options, laidOut);
      if (canvas) return canvas;
      const { createNetworkSummary } = await lazy.summary();
      return createNetworkSummary(doc, graph, options);
    });
  }
  return placeholder(doc, options, 'svg', 0.6, () =>
    lazy.svg().then(({ createNetworkSvg }) => createNetworkSvg(doc, graph, options)),
  );
}

/** Resolves in a task of its own, after what the browser has queued (input, a frame) has had its turn. */
function nextTask(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise((resolve) => (view ?? globalThis).setTimeout(resolve, 0));
}

/** Resolves in the browser's next idle moment (or within 200 ms), after the work already queued. */
function idle(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise((resolve) => {
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(() => resolve(), { timeout: 200 });
    else setTimeout(resolve, 0);
  });
}

/** A view that holds the space until `load` gives the real one, then hands it every state. */
function placeholder(
  doc: Document,
  options: NetworkOptions,
  renderer: NetworkView['renderer'],
  /** The share of options.height the space held is: about what the view will take, so nothing jumps. */
  share: number,
  /** Gives the view, or undefined when `gone` (the placeholder was destroyed) told it to stop. */
  load: (gone: () => boolean) => Promise<NetworkView | undefined>,
): NetworkView {
  const holder = doc.createElement('div');
  holder.className = 'network-loading';
  holder.style.minHeight = `${Math.round(options.height * share)}px`;
  let view: NetworkView | undefined;
  let latest: NetworkState | undefined;
  let destroyed = false;
  void load(() => destroyed).then((loaded) => {
    if (!loaded) return;
    if (destroyed) {
      loaded.destroy();
      return;
    }
    view = loaded;
    holder.replaceWith(view.node);
    if (latest) view.update(latest);
  });
  return {
    node: holder,
    renderer,
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
