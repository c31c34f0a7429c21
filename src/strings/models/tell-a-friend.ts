/**
 * The tell-a-friend model (src/models/tell-a-friend.ts) and its view (src/views/tell-a-friend.ts):
 * parameters, presets, series, summary, metrics and narration. Pure: models and Web Workers import it.
 */
export const tellAFriendText = {
  /** The model's name (simulation frames, sandbox, exports); its summary and sources are in the about text below. */
  model: { name: 'Tell a friend' },

  /** Each parameter's label (slider, notices), by parameter id; the help is in ParamHelp below. */
  params: {
    population: {
      label: 'Population',
    },
    generations: {
      label: 'Generations of retelling',
    },
    kHappy: {
      label: 'People each happy teller tells',
    },
    rHappy: {
      label: 'Share of happy-story hearers who retell it',
    },
    kUnhappy: {
      label: 'People each unhappy teller tells',
    },
    rUnhappy: {
      label: 'Share of unhappy-story hearers who retell it',
    },
  },

  /** The run as a table (data table, CSV headers, chart legends). */
  series: {
    x: 'Generation',
    unhappyHeard: 'Heard the bad story (total)',
    happyHeard: 'Heard the good story (total)',
    unhappyNew: 'New hearers of the bad story',
    happyNew: 'New hearers of the good story',
  },
} as const;

/** Names of the quantities src/lib/metrics.ts computes for exercises and checks; only that module reads them. */
export const tellAFriendMetricText = {
  unhappyReach: 'people who have heard the bad story by the last generation',
  happyReach: 'people who have heard the good story by the last generation',
  ratio: 'how many times more people heard the bad story than the good one',
} as const;

/**
 * What the tell-a-friend model is and where its presets come from: its one-sentence summary, the paper(s) behind it
 * and each preset's description with its source keys in shared/research/facts.md. Shown only on pages built
 * ahead of time (the simulation's frame, the sandbox and the catalogue), so it is kept apart from the words the
 * model carries into the browser; presets are keyed by their ids.
 */
/** What the tell-a-friend model computes for a preset, formatted, for descriptions that quote it (src/build/model-about.ts). */
export interface TellAFriendPresetFigures {
  /** People told × share who retell, for the happy and the unhappy customer's story. */
  growthHappy: string;
  growthUnhappy: string;
}

export const tellAFriendAboutText = {
  summary:
    'How far a happy and an unhappy customer’s stories travel, generation by generation, in a finite ' +
    'population.',
  source:
    'Saturating chain-of-retelling recurrence; word-of-mouth figures from TARP, "Measuring the ' +
    'Grapevine" (1981) for Coca-Cola, as reported by the Washington Post (1984).',
  presets: {
    'seed-essay': {
      description:
        'The "college rule" the seed essay repeats: a satisfied customer tells one person, a mistreated ' +
        'one tells twenty. It is a remembered rule of thumb from a family of drifting figures, not a ' +
        'measurement. The one-in-ten retelling rate is an assumption of this simulation.',
      source: 'B7, B10, B11, B12, B13, B14',
    },
    'tarp-1981': {
      description:
        "TARP's 1981 study for Coca-Cola found that complainants who were fully satisfied told 4–5 people " +
        'and those not fully satisfied told 9–10 (here 4.5 and 9.5). These were self-reports about ' +
        'packaged goods, not a general law. The one-in-ten retelling rate is an assumption.',
      source: 'B4, B5',
    },
    'video-2009': {
      description: (f: TellAFriendPresetFigures) =>
        'Each teller now posts to a broadcast audience (here 1,000 people see each share) but only a ' +
        'small share of viewers shares it again: 8 in 10,000 for a good story, twice that for a bad one, ' +
        'following Goodman’s observation that bad experiences are passed on about twice as often. The ' +
        'audience size and sharing rates are illustrative assumptions chosen so one story grows ' +
        `(${f.growthUnhappy}× per generation) and the other fades (${f.growthHappy}×).`,
      source: 'B9',
    },
    'sainsburys-giraffe-bread-2011': {
      description: (f: TellAFriendPresetFigures) =>
        'The giraffe bread exchange on Facebook in January 2012, shared more than 14,000 times in a few days. ' +
        'Each share is seen by 245 people, the average number of Facebook friends Pew reported in 2012, as if ' +
        'every friend saw every share; one in a hundred who see the happy story shares it again, and a bad ' +
        'story beside it is shared twice as often. The sharing rates and the population are illustrative ' +
        `assumptions: here the happy story multiplies by ${f.growthHappy} each generation and the bad one by ` +
        `${f.growthUnhappy}.`,
      source: 'C30, D21',
    },
  },
} as const;

/**
 * Each parameter's one line of help, by id: written under its control and into the sandbox's table at build
 * time (src/build/param-help.ts) and into the assignment builder's page, so no script carries it.
 */
export const tellAFriendParamHelp = {
  population: 'Everyone who could hear the story; it slows down as it runs out of new people.',
  generations: 'How many rounds of "I heard from someone who heard" to follow.',
  kHappy: 'How many people hear the good story from each person who tells it.',
  rHappy: 'Of those who hear the good story, the share who pass it on in turn.',
  kUnhappy: 'How many people hear the bad story from each person who tells it.',
  rUnhappy: 'Of those who hear the bad story, the share who pass it on in turn.',
} as const satisfies Record<keyof typeof tellAFriendText.params, string>;

/**
 * Each preset's label, by preset key: the preset menu, the frame's title and the sandbox, all written at build time
 * (src/models/index.ts puts them on the whole definitions), so no page's JavaScript carries them (issue 13).
 */
export const tellAFriendPresetLabels: Record<string, string> = {
  'seed-essay': 'One tells one, the mistreated tell twenty',
  'tarp-1981': 'TARP 1981: 4–5 against 9–10',
  'video-2009': 'A video platform in 2009',
  'sainsburys-giraffe-bread-2011': 'Sainsbury’s giraffe bread on Facebook, 2012',
};
