/**
 * The chart layer's data and option types. Charts take plain data and a size; they know nothing of the models'
 * maths, so a model's `SeriesView` is mapped to these by whoever joins the two (a custom element, an Astro
 * component), adding the colours and cues that are a page decision, not a model one.
 */
import type { Series } from '../models/types.ts';
import type { NetworkStateStyle } from './network-states.ts';

/** Space around the plot area, in px of the viewBox. Any side left out is computed from labels and legend. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartOptions {
  /**
   * Width of the viewBox in px (280 … 900). Pass the container's real width and render again on resize: the
   * SVG scales with `width="100%"`, so text keeps its 12 px only when the viewBox matches the box it is drawn in.
   */
  width: number;
  height: number;
  /** Short name, read first by screen readers (the SVG's `<title>`). */
  title: string;
  /** One or two sentences on what the chart shows (the SVG's `<desc>`). */
  description: string;
  margin?: Partial<Margin>;
  /** Prefix for every id inside the chart (title, desc, patterns, clip paths), unique on the page. Default "chart". */
  idPrefix?: string;
}

/** One line: a model's series plus how the page draws it. */
export interface LineSeries extends Series {
  /** A CSS colour expression, normally a theme variable: 'var(--c-complaint)'. */
  color: string;
  /** An SVG stroke-dasharray ("6 3"); solid when left out. */
  dash?: string;
}

export interface ObservedPoint {
  x: number;
  y: number;
  /** How the point is named in its tooltip and aria-label, e.g. the date "22 July 2009". */
  label: string;
  /** Source key from the case's source list, e.g. "A17". */
  source: string;
  note?: string;
  /** Drawn hollow, and said in words, when the figure is disputed. */
  disputed?: boolean;
}

export interface ObservedData {
  label: string;
  /** Unit of the values ("views"); defaults to the first series' unit. */
  unit?: string;
  points: ObservedPoint[];
}

export interface PinnedRun {
  /** What the earlier run was ("βc = 0.05, answer on day 3"); the legend says "Pinned: <label>". */
  label: string;
  series: LineSeries[];
  x: number[];
}

/** A labelled rule across a plot: at a value of x (vertical) or of y (horizontal). */
export interface ChartRule {
  axis: 'x' | 'y';
  value: number;
  /** What the rule is, drawn beside it ("Answer on day 2", "Your guess: 40%"). */
  label: string;
  /** 'mark' (default): what the text is about; 'guess': the student's guess, drawn bolder and dotted. */
  kind?: 'mark' | 'guess';
}

export interface TimeSeriesData {
  x: number[];
  xLabel: string;
  /** Unit of x ("days"); shown in the axis label. Empty when unitless. */
  xUnit: string;
  /** Label of the y axis; the first series' unit is added in brackets when it is not already in the label. */
  yLabel: string;
  series: LineSeries[];
  yScale: 'linear' | 'log';
  /**
   * Logarithmic time axis, for data spanning days and years (default linear). Times of 0 or less cannot be
   * placed on it and are left out of lines and points.
   */
  xScale?: 'linear' | 'log';
  pinned?: PinnedRun;
  observed?: ObservedData;
  /** Draw the run's series only for x ≤ upTo (the animation reveals a run step by step). Pinned and observed stay whole. */
  upTo?: number;
  /** Labelled rules (the day of the answer, a break-even point, the student's guess); the axes make room for them. */
  rules?: ChartRule[];
  /**
   * Ids of series kept in the legend and the axes but not drawn yet: the answer to a question the student has
   * not guessed at (the axes stand still when they appear).
   */
  concealed?: readonly string[];
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface HistogramData {
  bins: HistogramBin[];
  xLabel: string;
  yLabel: string;
  /** Logarithmic x axis (distribution of total sizes spanning orders of magnitude). Bins must then have x1 > 0. */
  logX?: boolean;
  /** Vertical rules with a label, e.g. the mean or the "went viral" cap. */
  markers?: { x: number; label: string }[];
  /** Bar colour, a CSS colour expression; default 'var(--c-complaint)'. */
  color?: string;
  /** Lower edge of a bin drawn hatched, e.g. the "went viral" bin (a marker names it). */
  emphasis?: { x0: number };
  /** Another ensemble's bins drawn as an outline over the bars (a pinned run), with its legend label. */
  outline?: { label: string; bins: HistogramBin[] };
  /** Horizontal labelled rules, e.g. a guessed number of runs. */
  rules?: ChartRule[];
  /** Draw the frame only, no bars or markers: a figure waiting for the student's guess. */
  concealed?: boolean;
}

export interface TwoStoryBarsData {
  generations: number[];
  happy: number[];
  unhappy: number[];
  labels: { happy: string; unhappy: string };
  /** Unit of the counts ("people"); shown in the y-axis label. */
  unit: string;
  yScale: 'linear' | 'log';
  /** Only draw generations ≤ upTo. */
  upTo?: number;
  /** Default "Generation". */
  xLabel?: string;
  /** What the bars count ("New hearers", "Have heard"); the unit is added in brackets. Default: the unit alone. */
  yLabel?: string;
  /** An earlier run drawn as outlined bars behind this one, with its legend label. */
  pinned?: { label: string; happy: number[]; unhappy: number[] };
  /** Horizontal labelled rules, e.g. the student's guess; the y axis makes room for them. */
  rules?: ChartRule[];
}

export interface BranchingTreeData {
  /** Parent index per node, −1 for the root (several −1s: several roots under an invisible common root). */
  parents: Int32Array | number[];
  /** Generation per node; derived from `parents` when left out. */
  generation?: number[] | Int32Array;
  /** Only draw generations ≤ upTo. */
  upTo?: number;
}

/** A graph as compressed sparse rows: node v's neighbours are neighbors[offsets[v] … offsets[v + 1]). */
export interface NetworkGraph {
  n: number;
  offsets: Int32Array | Uint32Array;
  neighbors: Int32Array;
}

export interface NetworkState {
  /** State per node: an index into `networkStates`. */
  nodeState: Uint8Array | Int8Array;
  /** Step at which each node last changed state, −1 if never. Nodes changed at `t` are outlined. */
  changedAt: Int32Array;
  t: number;
}

export type NetworkRenderer = 'auto' | 'svg' | 'canvas' | 'summary';

export interface NetworkOptions extends ChartOptions {
  /**
   * 'auto' (default): SVG up to 500 nodes, canvas above. 'summary': bars of the counts by state (what the canvas
   * view falls back to where there is no 2D context, e.g. a build-time render in jsdom).
   */
  renderer?: NetworkRenderer;
  /** What a step is called in the summary's heading ("Day 12: …"). Default "Day". */
  timeLabel?: string;
  /**
   * The states people can be in, index = value in `nodeState`: legend entries, summary rows, colours and shapes.
   * Default `networkStates` (the complaint and the answer); `storyStates` for one story with no answer.
   */
  states?: readonly NetworkStateStyle[];
}

/** What every animated chart returns. */
/** What every chart returns. `update` is a plain function (not a method), so it can be passed around detached. */
export interface ChartHandle<D, N extends Element = SVGSVGElement> {
  node: N;
  update: (data: D) => void;
}

export interface NetworkView {
  node: SVGSVGElement | HTMLElement;
  /** Which renderer was used after 'auto' and the canvas fallback were resolved. */
  renderer: 'svg' | 'canvas' | 'summary';
  update: (state: NetworkState) => void;
  /** Drops references and listeners; the caller removes the node. */
  destroy: () => void;
}
