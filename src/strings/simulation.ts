/** The simulation's own interface: toolbar, controls, notices, narration frame, data table, embed code, predict and check prompts. */
import { locale } from './locale.ts';
import { countWithUnit, unitWord } from './models/common.ts';

export const simulation = {
  /** Number formatting in the controls, data table, narration, answers and sandbox parameter table. */
  locale,

  /** <wom-simulation> itself (simulation-element.ts). */
  element: {
    /** Notice above the static result when the live simulation fails; `reason` is the error's message. */
    failed: (reason: string) =>
      `The live simulation could not start (${reason}); the result shown is the default run.`,
  },

  /** Pinning a run to compare against (chart legend label and live-region messages). */
  pin: {
    pinned: 'Run pinned. Change a parameter to compare.',
    cleared: 'Pinned run cleared.',
  },

  /** A lesson figure that waits for the student's prediction before it shows its result. */
  reveal: {
    /** The summary's place while the result is hidden; `animated` when the run has steps to play. */
    waiting: (animated: boolean) =>
      animated
        ? 'The result is hidden until you lock in your guess above or press Play.'
        : 'The result is hidden until you lock in your guess above.',
    show: 'Show the result now',
    /** Before the summary once the result shows: "You said 2×; the model gives 7.0×." */
    compare: (guess: string, model: string) =>
      model ? `You said ${guess}; the model gives ${model}.` : `You said ${guess}.`,
    /** After the summary: the reasoning the student locked in with the guess. */
    wrote: (text: string) => `Your prediction: “${text}”`,
  },

  /** Copy link: the live-region message and the toolbar's brief status. */
  copied: { said: 'Link copied.', status: 'Link copied' },

  /**
   * The toolbar's words that change in the browser (src/elements/toolbar.ts); the rest are written at build
   * time, from simulationPage.toolbar.
   */
  toolbar: {
    play: '▶ Play',
    pause: '❚❚ Pause',
    pin: 'Pin this run',
    unpin: 'Clear pinned run',
    /** Accessible name of the field showing the link when the clipboard refuses it. */
    linkField: 'Link to this run; copy it',
  },

  /**
   * The parameter controls' words that change in the browser (src/elements/controls.ts); the rest are written
   * at build time, from simulationPage.controls.
   */
  controls: {
    /** After the label of a locked parameter (the page's, written at build time, or a link's). */
    fixed: ' fixed for this exercise',
    /** What a screen reader says for a slider's position; `value` is already formatted (a share in per cent). */
    valueText: (value: string, unit: string) => (unit === 'share' ? `${value}%` : countWithUnit(value, unit)),
  },

  /** The live region's sentence about a moment of a run (views/common.ts). */
  narration: {
    noValue: 'no value',
    /** One series: "heard the complaint only: 12,400". */
    series: (label: string, value: string) => `${label.toLowerCase()}: ${value}`,
    /** "Day 5: …; …." */
    moment: (xLabel: string, x: string, parts: string[]) => `${xLabel} ${x}: ${parts.join('; ')}.`,
  },
} as const;

/**
 * The pages and frames around simulations, rendered at build time: the static frame, the Disputed block, the
 * embed code and embed page, the simulations catalogue and the sandbox pages. Apart from `simulation` so no
 * page's JavaScript carries them.
 */
export const simulationPage = {
  /** The toolbar above a simulation, written at build time (src/build/sim-controls.ts). */
  toolbar: {
    /** Accessible names of the three button groups. */
    groups: { run: 'Run', compare: 'Compare', share: 'Share and download' },
    step: 'Step',
    reset: 'Reset',
    speed: 'Speed',
    /** An option of the speed menu: "2×". */
    speedOption: (multiplier: number) => `${multiplier}×`,
    newSeed: 'New seed',
    preset: 'Preset',
    /** First entry of the preset menu: the model's defaults. */
    defaultPreset: 'Default values',
    logScale: 'Log scale',
    copyLink: 'Copy link',
    /** The <summary> of the downloads menu, and its buttons. */
    download: 'Download',
    downloads: {
      csv: 'Data (CSV)',
      json: 'Run with parameters (JSON)',
      svg: 'Chart (SVG)',
      png: 'Chart (PNG)',
    },
  },

  /** The parameter controls, written at build time (src/build/sim-controls.ts). */
  controls: {
    /** After a parameter's label; a share is shown and typed as a percentage. */
    unit: (unit: string) => (unit === 'share' ? ' (%)' : ` (${unitWord(unit)})`),
    /** Accessible name of the exact-number field beside a slider. */
    exactValue: (label: string, unit: string) =>
      `${label}, exact value${unit === 'share' ? ' in per cent' : unit ? ` in ${unitWord(unit)}` : ''}`,
    /** The closed disclosure that holds the settings a lesson's text is not about. */
    more: (count: number) => `More settings (${count})`,
  },

  /** The static frame around a simulation (Simulation.astro), shown before and without JavaScript. */
  frame: {
    /** Under the simulation's title. */
    model: (name: string, preset?: string) => `Model: ${name}${preset ? ` · preset: ${preset}` : ''}`,
    /** The <summary> of the data table. */
    showTable: 'Show the numbers as a table',
    noScript: 'Turn on JavaScript to change the parameters and run the simulation.',
    /** The disclosure holding a prediction figure's static result (read without JavaScript, after guessing). */
    showResult: 'Show the result (make your prediction first)',
    /** Under the preset's description when the page sets some parameters itself (items from simulationOnUse.changes.changedItem). */
    changed: (items: readonly string[]) => `Changed from the preset on this page: ${items.join('; ')}.`,
  },

  /** A disputed claim (Disputed.astro). */
  /** A lesson's note on what its simulation assumes (Assumptions.astro). */
  assumptions: {
    label: 'What this model assumes',
    /** Accessible name of the box; the second and later on a page are numbered, so each landmark has its own. */
    region: (n: number) =>
      `What this model assumes, and the runs that show what each assumption does${n > 1 ? ` (note ${n})` : ''}`,
  },

  disputed: {
    icon: '⚠',
    label: 'Disputed claim',
    /** Accessible name of the box. */
    region: (claim: string) => `Disputed claim: ${claim}`,
    quote: (claim: string) => `“${claim}”`,
  },

  /** The iframe code on a sandbox page (EmbedCode.astro). */
  embedCode: {
    label: 'Embed code (copy into your course page)',
    /** The code itself; its title is the iframe's accessible name on the host page. */
    iframe: (src: string) =>
      `<iframe src="${src}" title="Simulation" width="100%" height="720" style="border:0" loading="lazy"></iframe>`,
    note: "The embedded simulation opens with the parameters in this page's address.",
    /** Link after the note, followed by a full stop in the markup (as in the site footer). */
    preview: 'Preview the embed',
  },

  /** The embed page's own chrome (layouts/Embed.astro); the site's name comes from site.ts. */
  embedPage: {
    documentTitle: (title: string, siteName: string) => `${title} · ${siteName}`,
    open: (siteName: string) => `Open in ${siteName}`,
    afterOpen: ', with the explanation of the model.',
  },

  /** The list of simulations (pages/simulations/index.astro). */
  catalogue: {
    title: 'Simulations',
    description:
      'Five models of how a story spreads, each as a sandbox with every parameter, its presets and its mathematics.',
    lead:
      'Five small models of how a story spreads. Each sandbox has every parameter, the presets the lessons use, ' +
      'and an explanation of its mathematics with its source.',
    /** Under each model's summary. */
    facts: (params: number, presets: number, stochastic: boolean) =>
      `${params} parameter${params === 1 ? '' : 's'} · ${presets} preset${presets === 1 ? '' : 's'} · ` +
      (stochastic ? 'random, from a seed' : 'deterministic'),
    source: (source: string) => `Source: ${source}`,
  },

  /** A model's sandbox page (pages/simulations/[model].astro). */
  sandbox: {
    title: (model: string) => `${model}: sandbox`,
    /** The breadcrumb link back to the list. */
    back: 'Simulations',
    simulationTitle: (model: string) => `${model}: every parameter`,
    maths: 'How it works',
    parameters: 'Parameters',
    columns: { parameter: 'Parameter', range: 'Range', default: 'Default', meaning: 'What it means' },
    /** A number parameter's range; `min` and `max` are already formatted. */
    range: (min: string, max: string, unit: string) => `${min} to ${max}${unit ? ` ${unitWord(unit)}` : ''}`,
    /** A choice parameter's options. */
    options: (labels: string[]) => labels.join(' · '),
    presets: 'Presets',
    presetSources: (source: string) => `Sources: ${source}.`,
    embed: 'Embed this simulation',
    source: (source: string, version: string) => `Source: ${source}. Model version ${version}.`,
  },
} as const;
