/**
 * How a model's run is shown on the page. A view knows which charts suit a model and how to describe a
 * moment of a run in words; it knows nothing of the model's maths beyond the shape of its result.
 * The same view draws the static SVG at build time (in jsdom) and the live charts in the browser.
 */
import type { ParamValues, SeriesView } from '../models/types';

import type { ObservedData } from '../charts/types';
import type { NetworkFactory } from './network-loader';

export type ObservedSeries = ObservedData;

export interface RenderContext {
  doc: Document;
  width: number;
  /** Unique per simulation on the page, so ids in several SVGs never clash. */
  idPrefix: string;
  yScale: 'linear' | 'log';
  observed?: ObservedSeries | undefined;
  /** An earlier run kept for comparison (same seed, something changed). */
  pinned?: { label: string; view: SeriesView } | undefined;
  /** The step being shown while a run plays; undefined shows the whole run. */
  t?: number | undefined;
  /** false while a lesson figure waits for the student's guess: views draw the frame and the starting state only. */
  reveal?: boolean | undefined;
  /** The student's numeric guess, to mark on the chart beside the model's answer. */
  guess?: { value: number; label: string } | undefined;
  /** The canvas renderer is only available in a browser. */
  browser: boolean;
  /** The static build's synchronous network renderer (see network-loader.ts); absent in the browser. */
  createNetworkView?: NetworkFactory | undefined;
  /** Lets a view change parameters (e.g. "fit to the data"); absent at build time. */
  setParams?: ((params: ParamValues) => void) | undefined;
}

export interface ViewHandle<R = unknown, P extends ParamValues = ParamValues> {
  /** The chart nodes, in reading order. */
  nodes: Element[];
  update(ctx: RenderContext, result: R, params: P): void;
  destroy?(): void;
}

/**
 * A view of one model: `R` is what the model's run returns and `P` its parameters, so the view reads the result
 * it is given without a cast. The registry pairs each view with its model (src/views/index.ts checks
 * the types match); the element holds them as `ModelView`, with the defaults, as it holds the model.
 */
export interface ModelView<R = unknown, P extends ParamValues = ParamValues> {
  /** How many animation steps a run has (days, generations); 0 when the view does not animate. */
  steps(result: R, params: P): number;
  /** Label of one step for narration ("Day", "Generation"). */
  render(ctx: RenderContext, result: R, params: P): ViewHandle<R, P>;
  /** One sentence for the live region: the state of the run at step t. */
  narrate(result: R, params: P, t: number): string;
  /** Whether this run is heavy enough to compute in a Web Worker. */
  heavy?(params: P): boolean;
  /**
   * false when the charts have no y scale a reader could switch (trees and histograms, axes that are always
   * log–log), so the page offers no log-scale box.
   */
  yScaleChoice?: false;
}
