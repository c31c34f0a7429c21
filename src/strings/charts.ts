/**
 * The words the chart layer (src/charts/) writes on its own: default axis titles, legend entries, footnotes,
 * accessible names and tooltips. Titles, descriptions, series labels and axis titles that callers pass in are
 * theirs, not these. Numbers arrive already formatted (src/charts/format.ts, in `locale`), so build-time and
 * browser renders stay identical. Every lesson page's simulation loads this file: keep it small. Units arrive
 * as unit ids.
 */
import { locale } from './locale.ts';
import { countWithUnit, unitWord } from './models/common.ts';

export const charts = {
  /** Every number on a chart: ticks ("12.4k"), tooltips, the network's counts and shares. */
  locale,

  /** Shared by the axis charts (time series, two-story bars). */
  axis: {
    /** An axis title with its unit in brackets: "Time (days)". axes.ts leaves the unit out when it is empty or already in the title. */
    withUnit: (label: string, unit: string) => `${label} (${unitWord(unit)})`,
    /** A value with its unit, in tooltips and an observed point's aria-label: "3,515,357 views". */
    valueWithUnit: (value: string, unit: string) => countWithUnit(value, unit),
  },

  /** Lines over time with a pinned run and observed points (time-series.ts). */
  timeSeries: {
    legend: {
      /** The pinned earlier run; `label` says what it was ("βc = 0.05, answer on day 3"). */
      pinned: (label: string) => `Pinned: ${label}`,
      /** Hollow marker, shown when an observed point is disputed. */
      disputed: 'Disputed figure',
    },
    /** Footnote on a log y axis that has values it cannot place; `at` is the bottom of the axis. */
    logFootnote: (at: string) => `Log scale: values of 0 or less are drawn at ${at}.`,
    /**
     * What a screen reader hears for an observed point: "22 July 2009: 3,515,357 views (source A17)", then
     * ", disputed" inside the brackets and ". <note>" after them when there are any.
     */
    pointLabel: (label: string, value: string, source: string, disputed: boolean, note?: string) =>
      `${label}: ${value} (source ${source}${disputed ? ', disputed' : ''})${note ? `. ${note}` : ''}`,
    /** The source line of an observed point's tooltip (under its label and value). */
    tooltipSource: (source: string, disputed: boolean) => `Source ${source}${disputed ? ' (disputed)' : ''}`,
  },

  /** Distribution of outcomes over many runs (histogram.ts). */
  histogram: {
    /** Footnote on a log x axis with bins it cannot place; `from` is the left end of the axis. */
    logFootnote: (from: string) => `Log scale: bins starting at 0 or less are drawn from ${from}.`,
  },

  /** The happy and unhappy stories side by side (two-story-bars.ts). */
  twoStoryBars: {
    /** Default x-axis title. */
    xLabel: 'Generation',
    logFootnote: 'Log scale: generations with no new hearers have no bar.',
  },

  /** Who told whom in one branching run (branching-tree.ts). */
  branchingTree: {
    legend: {
      firstTeller: 'First teller',
      passedOn: 'Passed it on',
      toldNoOne: 'Told no one',
    },
    /** Row label on the left: "Gen 3". */
    generation: (g: number) => `Gen ${g}`,
    /** Footnote when the run is larger than the tree draws; both counts are formatted. */
    truncated: (shown: string, total: string) => `Showing the first ${shown} of ${total} people.`,
    /** Footnote when the first teller told no one. */
    noSpread: 'The story went no further than the first teller.',
  },

  /** The network view: SVG, canvas and counts-by-state summary (network-*.ts). */
  network: {
    /**
     * The states a person can be in (network-states.ts): legend entries and summary rows, in the same words as
     * the time series' lines for the same states (src/strings/models/cascade.ts), so the two charts agree.
     */
    states: {
      unaware: 'Has not heard',
      complaint: 'Heard the complaint only',
      answer: 'Heard the answer first',
      complaintThenAnswer: 'Heard the complaint, then the answer',
    },
    /** The states for one story with no answer (a good story): legend entries and summary rows. */
    storyStates: {
      unaware: 'Has not heard',
      story: 'Heard the story',
    },
    /** The canvas's aria-label, from the title and description the caller gives. */
    canvasLabel: (title: string, description: string) => `${title}. ${description}`,
    /** The summary (network-summary.ts), shown where no canvas can be drawn. */
    summary: {
      /** What a step is called in the heading when the caller names none. */
      timeLabel: 'Day',
      /** Heading before a run: "1,000 people"; `people` is formatted. */
      people: (people: string) => `${people} people`,
      /** Heading during a run: "Day 12: 1,000 people". */
      heading: (timeLabel: string, t: number, people: string) => `${timeLabel} ${t}: ${people} people`,
      /** One state's row: "Heard the complaint: 120 (12%)"; count and share are formatted. */
      row: (label: string, count: string, share: string) => `${label}: ${count} (${share})`,
      /** A share that is small but not zero, instead of a misleading "0%"; `share` is the smallest one shown. */
      under: (share: string) => `<${share}`,
    },
  },
} as const;
