/**
 * The branching model, "Fizzle or explode" (src/models/branching.ts), and its view
 * (src/views/branching.ts): parameters, presets, series, summary, metrics and narration.
 * Pure: models and Web Workers import it.
 */
export const branchingText = {
  /** The model's name (simulation frames, sandbox, exports); its summary and sources are in the about text below. */
  model: { name: 'Fizzle or explode' },

  /** Each parameter's label (slider, notices), by parameter id; the help is in ParamHelp below. */
  params: {
    r: {
      label: 'Average retellings per person (R)',
    },
    kappa: {
      label: 'Evenness of retelling (dispersion κ)',
    },
    cap: {
      label: 'People reached that counts as viral',
    },
    maxGenerations: {
      label: 'Most generations followed',
    },
    runs: {
      label: 'Complaints simulated',
    },
  },

  /** The run as a table (data table, CSV headers, chart legends). */
  series: {
    x: 'Generation',
    runNew: 'This run: new people',
    runTotal: 'This run: reached so far',
    ensembleMean: 'Average over all runs: new people',
    theoryMean: 'Theory: R to the power g',
  },
} as const;

/** Names of the quantities src/lib/metrics.ts computes for exercises and checks; only that module reads them. */
export const branchingMetricText = {
  pFizzle: 'share of runs that fizzled out',
  pViral: 'share of runs that went viral',
  meanSize: 'average number of people a run reached',
} as const;

/**
 * What the branching model is and where its presets come from: its one-sentence summary, the paper(s) behind it
 * and each preset's description with its source keys in shared/research/facts.md. Shown only on pages built
 * ahead of time (the simulation's frame, the sandbox and the catalogue), so it is kept apart from the words the
 * model carries into the browser; presets are keyed by their ids.
 */
/**
 * The run's parameters and what the branching model computes from them, formatted, for preset descriptions
 * (src/build/model-about.ts): a lesson that changes R or κ gets a description of its own values.
 */
export interface BranchingPresetFigures {
  r: string;
  kappa: string;
  /** κ is small (0.5 or less): most tell nobody, a few tell very many. */
  superspreading: boolean;
  /** κ is large (100 or more): retelling is even, as in a Poisson process. */
  even: boolean;
  /** Expected people in a chain, the starter included, 1/(1 − R); null when R ≥ 1 (no finite mean). */
  expectedSize: string | null;
  /** How many people one hearer in a thousand passes the story to, or more (the offspring's 99.9th percentile). */
  rareTellers: string;
}

/** How unevenly people retell, in words, from κ. */
const spread = (f: BranchingPresetFigures) =>
  f.even ? 'Retelling is even (Poisson).' : `Retelling is uneven (κ = ${f.kappa}).`;

export const branchingAboutText = {
  summary: 'A chance process of retelling: most complaints die out, a few reach huge numbers of people.',
  source:
    'Galton–Watson branching process (Harris 1963) with negative-binomial offspring as in Lloyd-Smith ' +
    'et al. (2005), Nature 438:355–359.',
  presets: {
    'ubg-2009': {
      description: (f: BranchingPresetFigures) =>
        `Most complaints fizzle and a very few explode. R = ${f.r} says viewers pass the story on to ` +
        `${f.r} other people on average; ` +
        (f.superspreading
          ? `κ = ${f.kappa} says that average hides a very uneven spread: most viewers pass it to no one, while a ` +
            `rare blog, news desk or popular account passes it to many (one hearer in a thousand to ${f.rareTellers} or more), ` +
            'the pattern Goel et al. found in a ' +
            'billion online cascades (popularity driven by the largest broadcasts). κ near 0.15 is also the ' +
            'superspreading value Lloyd-Smith et al. (2005) estimated for SARS. '
          : `κ = ${f.kappa} says most people pass it to a handful, with no rare broadcaster. `) +
        'Both values are illustrative: nobody measured R or κ for this video.',
      source: 'D11',
    },
    'everyday-complaint': {
      description: (f: BranchingPresetFigures) =>
        `A complaint told over dinner: each hearer passes it on to about ${f.r} people on average and some ` +
        `tell nobody (κ = ${f.kappa}), ` +
        (f.expectedSize === null
          ? 'and with R at 1 or above a chain that survives its first steps can grow without limit.'
          : `so the chain always dies out, after ${f.expectedSize} people on average (1/(1 − R)).`) +
        ' Illustrative values.',
    },
    'viral-k': {
      description: (f: BranchingPresetFigures) =>
        'The growth-marketing viral coefficient K (invitations per user × conversion) plays the role of ' +
        `R. With K = ${f.r} ` +
        (f.expectedSize === null
          ? 'a chain that survives its first steps can grow without limit. '
          : `every chain dies out, but each starter brings in 1/(1 − ${f.r}) ≈ ${f.expectedSize} people in all, ` +
            'the starter included. ') +
        spread(f),
      source: 'D12, D13',
    },
    'comcast-technician-2006': {
      description: (f: BranchingPresetFigures) =>
        `A 58-second home video passed from viewer to viewer: each viewer passes it on to ${f.r} other ` +
        'people on average (R); ' +
        (f.superspreading
          ? `κ = ${f.kappa}: most viewers pass it to no one, while a rare blog or news site passes it to ` +
            'thousands. '
          : `κ = ${f.kappa}: most viewers pass it to a handful, with no rare broadcaster. `) +
        'A chain counts as viral at 500,000 people, near the 540,000 views the clip had nine days after it ' +
        'was posted, and is followed for up to 200 generations, long enough for a chain growing this slowly ' +
        'to get there. R and κ are illustrative: nobody measured them for this clip.',
      source: 'C10, D11',
    },
  },
} as const;

/**
 * Each parameter's one line of help, by id: written under its control and into the sandbox's table at build
 * time (src/build/param-help.ts) and into the assignment builder's page, so no script carries it.
 */
export const branchingParamHelp = {
  r: 'How many new people, on average, each person who hears the story passes it to. Above 1 it can grow.',
  kappa: 'Small: most tell nobody and a few tell crowds. 1000 means everyone is alike (Poisson).',
  cap: 'A chain that reaches this many people, starter included, is counted as having gone viral and stops.',
  maxGenerations: 'A chain still alive after this many rounds of retelling is reported as still going.',
  runs: 'How many independent complaints the ensemble follows to estimate the chance of fizzling.',
} as const satisfies Record<keyof typeof branchingText.params, string>;

/**
 * Each preset's label, by preset key: the preset menu, the frame's title and the sandbox, all written at build time
 * (src/models/index.ts puts them on the whole definitions), so no page's JavaScript carries them (issue 13).
 */
export const branchingPresetLabels: Record<string, string> = {
  'ubg-2009': 'A complaint video in 2009',
  'everyday-complaint': 'An everyday complaint',
  'viral-k': 'Viral coefficient K = 0.7',
  'comcast-technician-2006': 'The Comcast technician clip, 2006',
};
