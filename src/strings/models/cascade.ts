/**
 * The network cascade, "Complaint against answer" (src/models/cascade.ts), and its view
 * (src/views/cascade.ts): parameters, presets, series, summary, metrics and narration.
 * Pure: models and the cascade Web Worker import it.
 */

/**
 * The run's parameters, formatted, for preset descriptions (src/build/model-about.ts). A description is written
 * from the parameters the simulation really uses, so a lesson that changes the network or the timing gets a
 * description of its own network, not of the preset's.
 */
export interface CascadePresetFigures {
  network: 'random' | 'small-world' | 'scale-free';
  n: string;
  hubs: number;
  hubReach: string;
  betaC: string;
  betaR: string;
  /** The share by which the apology cuts the complaint's sharing, as a percentage; null when it is 0. */
  apology: string | null;
  respond: boolean;
  responseDay: number;
  /** A good story (one message) rather than a complaint and its answer. */
  good: boolean;
  /** People who post it on day 0. */
  posters: number;
  /** Broadcast accounts that post it on day 0 (a campaign), at most `hubs`. */
  campaignHubs: number;
  /** Day the other broadcast accounts pick it up; null when they do not on a set day. */
  pickupDay: number | null;
  answerVia: 'hubs' | 'reply' | 'hearers';
}

/** When the company answers, from the run's parameters. */
const timing = (f: CascadePresetFigures) =>
  f.good
    ? 'A good story spreads on its own: there is no complaint, and nothing for the company to answer.'
    : !f.respond
      ? 'The company never answers.'
      : f.responseDay === 0
        ? 'The company answers on the day the complaint is posted.'
        : f.responseDay === 1
          ? 'The company answers the day after the complaint is posted.'
          : f.responseDay === 7
            ? 'The company waits a week before answering.'
            : `The company answers ${f.responseDay} days after the complaint is posted.`;

/** Who posts first, the media pickup and where the answer goes, when they are not the defaults' ('' when they are). */
const startNote = (f: CascadePresetFigures) => {
  const message = f.good ? 'story' : 'complaint';
  const people = f.posters === 1 ? 'one person' : `${f.posters} people`;
  const hubs = f.campaignHubs === 1 ? 'one broadcast account' : `${f.campaignHubs} broadcast accounts`;
  const who =
    f.campaignHubs === 0
      ? f.posters === 1
        ? ''
        : `${f.posters} people post the ${message} at once. `
      : f.posters === 0
        ? `An organised campaign: ${hubs} of its own post the ${message} on day 0. `
        : `An organised campaign: ${hubs} of its own and ${people} post the ${message} on day 0. `;
  const pickup =
    f.pickupDay === null || f.hubs <= f.campaignHubs
      ? ''
      : f.pickupDay === 0
        ? `The media carry the ${message} from the first day. `
        : `The media cannot hear the ${message} until day ${f.pickupDay}, when they all carry it${
            f.good || !f.respond ? '' : ', unless they have already carried the answer'
          }. `;
  const via =
    f.good || !f.respond || f.answerVia === 'hubs'
      ? ''
      : f.answerVia === 'reply'
        ? 'The answer is a reply to the complainers, seen only by their own contacts, and nobody passes it further. '
        : 'The answer is published only where the complaint was: each person who heard the complaint may see it, ' +
          'and it passes only between people who heard the complaint, so it never reaches more people than the complaint. ';
  return `${who}${pickup}${via}`;
};

/** The network and sharing chances every timing preset shares, closing each description. */
const networkNote = (f: CascadePresetFigures) =>
  `${networkKind[f.network]} of ${f.n} people ` +
  (f.hubs === 0
    ? 'and no broadcast accounts'
    : f.hubs === 1
      ? `with one broadcast account reaching ${f.hubReach} of everyone`
      : `with ${f.hubs} broadcast accounts, each reaching ${f.hubReach} of everyone`) +
  (f.hubs === 0
    ? ', stands in for a social network without news sites or TV. '
    : ', stands in for a social network with news sites and TV. ') +
  (f.good
    ? `The sharing chance (a hearer passes the story to each contact with chance ${f.betaC}) is ` +
      'illustrative, not measured.'
    : f.respond
      ? `The sharing chances (a complaint hearer passes it to each contact with chance ${f.betaC}, an answer ` +
        `hearer with ${f.betaR}) and the apology effect ` +
        (f.apology === null
          ? '(none: the answer does not slow the complaint)'
          : `(it cuts the complaint’s sharing by ${f.apology})`) +
        ' are illustrative, not measured.'
      : `The sharing chance (a complaint hearer passes it to each contact with chance ${f.betaC}) is ` +
        'illustrative, not measured.');

/** A preset's description from its figures: when the answer comes, anything unusual about the start, the network. */
const described = (f: CascadePresetFigures) => `${timing(f)} ${startNote(f)}${networkNote(f)}`;

const networkKind: Record<CascadePresetFigures['network'], string> = {
  'scale-free': 'A scale-free network (a few people with many contacts)',
  'small-world': 'A small-world network (friends of friends, plus a few long links)',
  random: 'A random network (links by chance)',
};

export const cascadeText = {
  /** The model's name (simulation frames, sandbox, exports); its summary and sources are in the about text below. */
  model: { name: 'Complaint against answer' },

  /** Each parameter's label (control, notices) and a choice's option labels, by id; the help is in ParamHelp below. */
  params: {
    network: {
      label: 'Kind of network',
      /** Also exported from the model as NETWORK_LABELS. */
      options: {
        random: 'Random (Erdős–Rényi)',
        'small-world': 'Small world (Watts–Strogatz)',
        'scale-free': 'Scale-free (Barabási–Albert)',
      },
    },
    n: {
      label: 'People in the network',
    },
    meanDegree: {
      label: 'Average contacts per person',
    },
    rewiring: {
      label: 'Long-range links (small world only)',
    },
    hubs: {
      label: 'Broadcast accounts',
    },
    hubReach: {
      label: 'Share of people each broadcast account reaches',
    },
    story: {
      label: 'Kind of story',
      options: { complaint: 'A complaint, and the company’s answer', good: 'A good story, with no answer' },
    },
    posters: {
      label: 'People who post it first',
    },
    campaignHubs: {
      label: 'Broadcast accounts that post it first (a campaign)',
    },
    pickup: {
      label: 'The media pick it up on a set day',
      options: { no: 'No, only by chance', yes: 'Yes' },
    },
    pickupDay: {
      label: 'Day the media pick it up',
    },
    betaC: {
      label: 'Chance a complaint is passed to each contact',
    },
    betaR: {
      label: 'Chance the answer is passed to each contact',
    },
    respond: {
      label: 'The company answers',
      options: { yes: 'Yes', no: 'No, it stays silent' },
    },
    responseDay: {
      label: 'Day of the answer',
    },
    answerVia: {
      label: 'Where the answer is published',
      options: {
        hubs: 'Broadcast, to everyone',
        reply: 'A reply, seen by the complainers’ contacts',
        hearers: 'Only where the complaint was heard',
      },
    },
    apology: {
      label: 'How much the apology calms people',
    },
    maxDays: {
      label: 'Days simulated',
    },
  },

  /** The cross-parameter notice: more contacts than there are other people (numbers come formatted). */
  tooManyContacts: (label: string, value: string, people: string, most: string, used: string) =>
    `${label} was ${value}, but with ${people} people each can know at most ${most}; using ${used}.`,
  /** More first posters than people (numbers come formatted). */
  tooManyPosters: (label: string, value: string, people: string) =>
    `${label} was ${value}, but the network has only ${people} people; using ${people}.`,

  /** The run as a table (data table, CSV headers, chart legends). */
  series: {
    x: 'Day',
    unaware: 'Heard nothing',
    complaint: 'Heard the complaint only',
    answer: 'Heard the answer first',
    complaintThenAnswer: 'Heard the complaint, then the answer',
    newComplaint: 'New complaint hearers that day',
    newAnswer: 'New answer hearers that day',
  },
  /** The series whose words change for a good story (one message). */
  storySeries: {
    story: 'Heard the story',
    newStory: 'New hearers of the story that day',
  },
} as const;

/** Names of the quantities src/lib/metrics.ts computes for exercises and checks; only that module reads them. */
export const cascadeMetricText = {
  finalComplaintShare: 'share of the network that heard the complaint',
  finalAnswerShare: 'share of the network that heard the answer',
  peakDay: 'the day the most people heard the complaint',
  complaintReach: 'people who heard the complaint',
  answerReach: 'people who heard the answer',
  answerFirst: 'people who heard the answer before the complaint',
  storyReach: 'people who heard the story',
} as const;

/**
 * What the cascade model is and where its presets come from: its one-sentence summary, the paper(s) behind it
 * and each preset's description with its source keys in shared/research/facts.md. Shown only on pages built
 * ahead of time (the simulation's frame, the sandbox and the catalogue), so it is kept apart from the words the
 * model carries into the browser; presets are keyed by their ids.
 */
export const cascadeAboutText = {
  summary:
    'A complaint and the company’s answer spread through a social network; the timing of the answer ' +
    'decides who hears what first.',
  source:
    'Independent cascade model, Kempe, Kleinberg & Tardos (2003), KDD; networks after Erdős & Rényi ' +
    '(1959), Watts & Strogatz (1998), Nature 393:440–442, and Barabási & Albert (1999), Science ' +
    '286:509–512.',
  presets: {
    'ubg-2009': {
      description: (f: CascadePresetFigures) =>
        f.good
          ? described(f)
          : (f.respond && f.responseDay === 2
              ? 'The video is posted on day 0 and United answers after about two days (its spokeswoman spoke on 7–8 ' +
                'July 2009 and compensation was offered about two days after posting). '
              : `${timing(f)} (United answered about two days after the video was posted.) `) +
            startNote(f) +
            networkNote(f),
      source: 'A13, A15, A29, A30',
    },
    'answer-at-release': { description: described },
    'answer-after-two-days': { description: described },
    'answer-week-one': { description: described },
    'no-answer': { description: described },
    'ubg-press-day-1': {
      description: (f: CascadePresetFigures) =>
        f.pickupDay === 1 && !f.good && f.respond && f.responseDay === 2
          ? 'The video is posted on day 0, the press carries it from day 1 (CNN’s Situation Room covered it on ' +
            '7 July 2009, the day after the upload) and United answers after about two days. ' +
            startNote(f) +
            networkNote(f)
          : described(f),
      source: 'A13, A15',
    },
    campaign: { description: described },
    'reply-to-complainer': { description: described },
    'answer-where-heard': { description: described },
    'good-story': {
      description: (f: CascadePresetFigures) =>
        (f.good
          ? 'Such as the Ritz-Carlton staff returning a child’s lost toy giraffe with a photo album of its “stay”, ' +
            'posted on an ordinary parent’s blog. '
          : '') + described(f),
      source: 'C32',
    },
    'comcast-ryan-block-2014': {
      description: (f: CascadePresetFigures) =>
        !f.good && f.respond && f.responseDay === 0 && f.pickupDay === 0 && f.answerVia === 'hubs'
          ? 'Day 0 is the day the recording drew attention: the press carried it that day (CNNMoney, 15 July ' +
            '2014), and Comcast apologised the same day, in a statement the same accounts carried. ' +
            networkNote(f)
          : described(f),
      source: 'C21, C22',
    },
    'comcast-ryan-block-2014-no-answer': {
      description: (f: CascadePresetFigures) =>
        !f.good && !f.respond && f.pickupDay === 0
          ? 'What was never observed: the press carry the recording from day 0, as they did on 15 July 2014, ' +
            'and Comcast never answers. ' +
            networkNote(f)
          : described(f),
      source: 'C22',
    },
    'kryptonite-2004': {
      description: (f: CascadePresetFigures) =>
        !f.good &&
        f.respond &&
        f.responseDay === 9 &&
        f.pickupDay === 4 &&
        f.campaignHubs === 1 &&
        f.posters === 1 &&
        f.answerVia === 'hubs'
          ? 'Chris Brennan posts on day 0, and the forum thread itself acts as one broadcast account (it was ' +
            'read 340,000 times within about a week). The press carry the story from day 4 (AP reported it on ' +
            '16 September 2004, four days after the post), unless they have already carried the answer. The ' +
            'free exchange comes on day 9, about nine days after the post, and the press carry it. ' +
            networkNote(f)
          : described(f),
      source: 'C1, C3, C4',
    },
    'dominos-2009': {
      description: (f: CascadePresetFigures) =>
        !f.good && f.respond && f.responseDay === 2 && f.pickupDay === 1 && f.campaignHubs === 0 && f.hubs > 0
          ? `${f.posters === 1 ? 'One person posts' : `${f.posters} people post`} the complaint on day 0 (five ` +
            'videos filmed inside one store went up on 13 April 2009). The broadcast accounts cannot hear it ' +
            'until day 1, when they all carry it (Consumerist wrote about the videos the next day). The company ' +
            'answers on day 2, as Domino’s president did on YouTube on 15 April. ' +
            // The rest of the start is said above; startNote adds where the answer goes when it is not broadcast.
            startNote({ ...f, posters: 1, pickupDay: null }) +
            networkNote(f)
          : `${timing(f)} (Domino’s answered two days after the videos were posted.) ${startNote(f)}${networkNote(f)}`,
      source: 'C12, C14',
    },
    'nestle-greenpeace-2010': {
      description: (f: CascadePresetFigures) =>
        !f.good && f.respond && f.responseDay === 1 && f.campaignHubs > 0
          ? 'A campaigning organisation releases a video and the company answers the next day, as quickly as ' +
            'Nestlé moved in March 2010, but with an answer that people pass on rather than a takedown. ' +
            startNote(f) +
            networkNote(f)
          : `${timing(f)} (Nestlé moved the day after Greenpeace’s video, by having it removed from YouTube.) ` +
            startNote(f) +
            networkNote(f),
      source: 'C18, C19',
    },
    'dell-hell-2005': {
      description: (f: CascadePresetFigures) =>
        !f.good && !f.respond && f.campaignHubs === 1 && f.hubs === 2 && f.pickupDay !== null
          ? `A blog with its own readers (one broadcast account) and ${f.posters === 1 ? 'one other customer' : `${f.posters} other customers`} ` +
            'post the complaint on day 0, as Jeff Jarvis’s “Dell Hell” posts gathered other customers’ stories in ' +
            `June 2005. The other broadcast account, a business magazine, cannot hear it until day ${f.pickupDay}, ` +
            'when it carries it (BusinessWeek told the story in August 2005). The company never answers, as Dell ' +
            'did not for about ten months. ' +
            networkNote(f)
          : `${timing(f)} (Dell did not answer for about ten months.) ${startNote(f)}${networkNote(f)}`,
      source: 'C6, C7',
    },
    'united-express-3411-2017': {
      description: (f: CascadePresetFigures) =>
        !f.good && f.respond && f.responseDay === 0 && f.pickupDay === 0 && f.posters > 1
          ? `Several passengers filmed the removal from United Express flight 3411 (here ${f.posters} people post ` +
            'on day 0), and the videos travelled on Twitter, Facebook and Weibo: the broadcast accounts carry the ' +
            'complaint from the first day. United’s first statement, on the earliest sourced day (10 April 2017), ' +
            'is the day-0 answer; it apologised only for “having to re-accommodate” customers, so here it calms ' +
            'almost nobody (its full apology came a day later). The model cannot make an answer worse than no ' +
            'calming at all. ' +
            networkNote(f)
          : described(f),
      source: 'C23, C24, C25',
    },
    'mortons-shankman-2011': {
      description: (f: CascadePresetFigures) =>
        f.good && f.campaignHubs === 1 && f.hubs > 1
          ? 'Peter Shankman, who had more than 100,000 Twitter followers, tells the story of the steak Morton’s ' +
            'brought him at Newark from his own broadcast account on day 0' +
            (f.pickupDay === 1
              ? ', and the other broadcast accounts, the press, carry it from day 1 (Consumerist wrote it up the ' +
                'next day). '
              : '. ') +
            'Everyone else who retells it has an ordinary number of contacts. ' +
            networkNote(f)
          : described(f),
      source: 'C28, C29',
    },
    'ritz-carlton-2012': {
      description: (f: CascadePresetFigures) =>
        (f.good
          ? 'A parent’s blog post about the Ritz-Carlton staff returning a child’s lost toy giraffe with a photo ' +
            'album of its “stay”. ' +
            (f.pickupDay === null && f.hubs > 0
              ? 'The broadcast accounts (news sites, popular accounts) hear it only if one of their own readers ' +
                'passes it to them. '
              : '')
          : '') + described(f),
      source: 'C32',
    },
    'ritz-carlton-2012-in-person': {
      description: (f: CascadePresetFigures) =>
        (f.good
          ? 'The Joshie story told only in person, with no blog and no broadcast account: each hearer passes it ' +
            'to each of their contacts with a small chance. '
          : '') + described(f),
      source: 'C32',
    },
  },
} as const;

/**
 * Each parameter's one line of help, by id: written under its control and into the sandbox's table at build
 * time (src/build/param-help.ts) and into the assignment builder's page, so no script carries it.
 */
export const cascadeParamHelp = {
  network:
    'Random: links by chance. Small world: friends of friends, plus a few long links. Scale-free: a few people have very many links.',
  n: 'How many people the simulation follows. Over a few thousand, the network is drawn as dots.',
  meanDegree:
    'How many people each person is linked to, on average (even, so every kind of network can build it).',
  rewiring: 'Share of neighbourhood links replaced by a link to someone anywhere in the network.',
  hubs: 'Media, influencer or company accounts that each reach a large share of everyone.',
  hubReach: 'Each broadcast account is linked to each person with this probability.',
  story:
    'A complaint races the company’s answer; a good story (a kindness, a delighted customer) spreads alone, with nothing to answer, and the settings for the answer are ignored.',
  posters:
    'Ordinary people who post the story on day 0, each with their own contacts (several videos, several passengers filming).',
  campaignHubs:
    'Broadcast accounts that also post the story on day 0, as an organised campaign’s own channels do. More than there are broadcast accounts means all of them.',
  pickup:
    'If yes, the other broadcast accounts cannot hear the story before the day below, and on that day every one of them that has not already carried the company’s answer carries the story.',
  pickupDay:
    'Days after the first post when the broadcast accounts carry the story (0: the same day); used only when the media pick it up on a set day.',
  betaC:
    'When someone first hears the complaint (or the good story), the chance they pass it to each of their contacts.',
  betaR: 'When someone first hears the company’s answer, the chance they pass it to each of their contacts.',
  respond: 'Whether the company publishes an answer at all.',
  responseDay: 'Days after the complaint is posted when the company answers (0: the same day).',
  answerVia:
    'Broadcast: from the complainers and every broadcast account, to anyone. A reply: seen only by the complainers’ own contacts. Where the complaint was: each person who heard the complaint may see it, and it passes only between people who heard the complaint.',
  apology:
    'From the day after the answer, the chance of passing the complaint on is cut by this share (0%: no effect; 100%: nobody passes it on any more).',
  maxDays: 'The simulation stops after this many days even if the story is still spreading.',
} as const satisfies Record<keyof typeof cascadeText.params, string>;

/**
 * Each preset's label, by preset key: the preset menu, the frame's title and the sandbox, all written at build time
 * (src/models/index.ts puts them on the whole definitions), so no page's JavaScript carries them (issue 13).
 */
export const cascadePresetLabels: Record<string, string> = {
  'ubg-2009': 'United Breaks Guitars, 2009',
  'answer-at-release': 'Answer the same day',
  'answer-after-two-days': 'Answer after two days',
  'answer-week-one': 'Answer after a week',
  'no-answer': 'No answer',
  'ubg-press-day-1': 'United Breaks Guitars, with the press from day 1',
  campaign: 'An organised campaign',
  'reply-to-complainer': 'Answer only the complainer',
  'answer-where-heard': 'Answer where the complaint was heard',
  'good-story': 'A good story, nothing to answer',
  'comcast-ryan-block-2014': 'Ryan Block’s Comcast call, 2014',
  'comcast-ryan-block-2014-no-answer': 'Ryan Block’s Comcast call, if Comcast had said nothing',
  'kryptonite-2004': 'The Kryptonite lock, 2004',
  'dominos-2009': 'Domino’s, 2009',
  'nestle-greenpeace-2010': 'Nestlé and Greenpeace, 2010',
  'dell-hell-2005': 'Dell Hell, 2005',
  'united-express-3411-2017': 'United Express flight 3411, 2017',
  'mortons-shankman-2011': 'Morton’s and Peter Shankman, 2011',
  'ritz-carlton-2012': 'Joshie the giraffe, 2012: a parent’s blog post',
  'ritz-carlton-2012-in-person': 'Joshie the giraffe, told only in person',
};
