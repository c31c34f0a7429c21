/**
 * The cost-of-silence model (src/models/cost-of-silence.ts) and its view
 * (src/views/cost-of-silence.ts): parameters, presets, series, summary, metrics and narration.
 * Pure: models and Web Workers import it.
 */
export const costOfSilenceText = {
  /** The model's name (simulation frames, sandbox, exports); its summary and sources are in the about text below. */
  model: { name: 'The cost of silence' },

  /** Each parameter's label (slider, notices), by parameter id; the help is in ParamHelp below. */
  params: {
    fixCost: {
      label: 'Cost of making it right',
    },
    reach: {
      label: 'People who hear the story',
    },
    customerShare: {
      label: 'Share of hearers who are customers',
    },
    leaveShare: {
      label: 'Share of those customers who leave',
    },
    clv: {
      label: 'Value of a customer’s future business',
    },
  },

  /** The run as a table (data table, CSV headers, chart legends). */
  series: {
    x: 'People who hear the story',
    expectedLoss: 'Expected loss',
    fixCost: 'Cost of making it right',
  },
} as const;

/** Names of the quantities src/lib/metrics.ts computes for exercises and checks; only that module reads them. */
export const costOfSilenceMetricText = {
  breakEvenReach: 'people who must hear the story before silence costs more than the fix',
  expectedLoss: 'expected loss at the given reach',
} as const;

/**
 * What the cost-of-silence model is and where its presets come from: its one-sentence summary, the paper(s) behind it
 * and each preset's description with its source keys in shared/research/facts.md. Shown only on pages built
 * ahead of time (the simulation's frame, the sandbox and the catalogue), so it is kept apart from the words the
 * model carries into the browser; presets are keyed by their ids.
 */
export const costOfSilenceAboutText = {
  summary:
    'The price of fixing a complaint early against the expected loss of customers as the story ' + 'spreads.',
  source:
    'Customer-lifetime-value arithmetic (e.g. Reichheld & Sasser 1990, Harvard Business Review ' +
    '68(5):105–111); the $1,200 repair from the Chicago Tribune and TIME (2009).',
  presets: {
    'ubg-2009': {
      description:
        'Only the $1,200 is a sourced fact: the repair Dave Carroll paid for and asked United to cover. ' +
        'The reach of 5.8 million is the video’s view count by 28 October 2009 (views, not people). The ' +
        'share of viewers who fly United (10%), the share of those who switch airline (0.1%) and the ' +
        '$1,000 value of a passenger’s future business are illustrative assumptions, not measurements: ' +
        'change them and watch the break-even point move.',
      source: 'A2, A4, A18',
    },
    'small-shop': {
      description:
        'A $200 refund refused; the story reaches 2,000 locals, a third of them customers, 5% of whom ' +
        'stop coming, each worth $500 over the years. All values illustrative.',
    },
  },
} as const;

/**
 * Each parameter's one line of help, by id: written under its control and into the sandbox's table at build
 * time (src/build/param-help.ts) and into the assignment builder's page, so no script carries it.
 */
export const costOfSilenceParamHelp = {
  fixCost: 'What it would have cost to fix the problem for the customer early on.',
  reach: 'How many people the story reaches.',
  customerShare: 'Of those who hear the story, the share who buy from the company.',
  leaveShare: 'Of the customers who hear it, the share who take their business elsewhere because of it.',
  clv: 'Customer lifetime value: the profit a customer would bring over the years they stay.',
} as const satisfies Record<keyof typeof costOfSilenceText.params, string>;

/**
 * Each preset's label, by preset key: the preset menu, the frame's title and the sandbox, all written at build time
 * (src/models/index.ts puts them on the whole definitions), so no page's JavaScript carries them (issue 13).
 */
export const costOfSilencePresetLabels: Record<string, string> = {
  'ubg-2009': 'United Breaks Guitars',
  'small-shop': 'A local shop',
};
