/**
 * The simulation's words that only code loaded on first use says: the notices about a link's settings
 * (src/lib/sim-link.ts), a change a lock refuses and what a run changes (src/lib/sim-state.ts), a pinned run's
 * label, the data table (src/elements/table.ts) and the exports' column headers (src/lib/run-export.ts). Apart from `simulation` (src/strings/simulation.ts), so a
 * figure's first download does not carry them (issue 13).
 */
import { unitWord } from './models/common.ts';

export const simulationOnUse = {
  /** A label with its unit in brackets: data table and CSV column headers ("Heard the complaint (people)"). */
  withUnit: (label: string, unit: string) => (unit ? `${label} (${unitWord(unit)})` : label),

  /** Notices about a simulation's state read from the page's link (URL). */
  link: {
    unknownPreset: (preset: string) => `There is no preset called “${preset}”; using the page's own.`,
    unknownParam: (id: string) =>
      `The link sets “${id}”, which this simulation does not have; it was ignored.`,
    fixedParam: (label: string) => `${label} is fixed here; the link's value was ignored.`,
    /** Wraps a model's normalize notice about a value from the link. */
    fromLink: (message: string) => `From the link: ${message}`,
    badSeed: (seed: string, using: number) =>
      `The link's seed “${seed}” is not a whole number from 0 to 4294967295; using ${using}.`,
  },

  /** A control moved to a value that would change a setting the page fixes (more contacts than people, say). */
  change: {
    heldByLock: (label: string, fixed: string[]) =>
      `${label} cannot take that value here: it would change ${fixed.join(' and ')}, which this page fixes. The run keeps its settings.`,
  },

  /** The data table of a run (table.ts). */
  table: {
    caption: (series: string[], x: string) => `${series.join(', ')} by ${x.toLowerCase()}`,
    /** A cell without a number. */
    missing: '–',
  },

  /** What a run changes from its starting point (src/lib/sim-state.ts, src/lib/param-text.ts). */
  changes: {
    /**
     * Under the description while the run differs from the settings it describes (the reader moved a
     * control, or a link or assignment set a value), so the description is never read as describing the run
     * on show. Items from `changedItem`.
     */
    runningWith: (items: readonly string[]) => `Running with changes: ${items.join('; ')}.`,
    /** One changed parameter, in this line and in the page's own list of changes: "Delay 3 instead of 0". */
    changedItem: (label: string, value: string, startValue: string) =>
      `${label} ${value} instead of ${startValue}`,
  },

  /** A pinned run's legend label (src/lib/sim-state.ts). */
  pin: {
    /** One changed parameter in the pinned run's legend label: "Response time 3". */
    change: (label: string, value: string) => `${label} ${value}`,
    /** The pinned run's legend label: the changed parameters, or the preset when nothing changed. */
    label: (changes: string[]) => (changes.length ? changes.join(', ') : 'the preset'),
  },
} as const;
