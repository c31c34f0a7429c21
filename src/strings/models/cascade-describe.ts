/**
 * The plain-English summary of a run (the page's no-JavaScript summary); numbers come formatted. Read only by
 * src/models/cascade-describe.ts, which the browser loads when a run needs new words: a file of their own, so they
 * stay out of the chunk the model's figure loads (./cascade.ts goes there whole).
 */
export const cascadeDescribeText = {
  /** The network in running text: "a scale-free network (Barabási–Albert)". */
  network: {
    random: 'random network (Erdős–Rényi)',
    'small-world': 'small-world network (Watts–Strogatz)',
    'scale-free': 'scale-free network (Barabási–Albert)',
  },
  /** `network` is one of the phrases above; `hubs` decides "account" or "accounts". */
  setting: (v: { network: string; people: string; meanDegree: string; hubs: number }) =>
    `On a ${v.network} of ${v.people} people with about ${v.meanDegree} contacts each` +
    (v.hubs > 0 ? `, plus ${v.hubs} broadcast ${v.hubs === 1 ? 'account' : 'accounts'},` : ','),
  /** The `ending` of spread when the last simulated day came first. */
  stillMoving: (day: number) => `by day ${day}, when the simulation ended with the story still moving`,
  /** The `ending` of spread when the story stopped by itself. */
  diedOut: (day: number) => `by day ${day}, when nobody was left to pass anything on`,
  /**
   * `message` is what spreads; `started` says who posted it when that is not one person (from `started` below),
   * or is null.
   */
  spread: (
    reach: string,
    share: string,
    ending: string,
    message: 'complaint' | 'story' = 'complaint',
    started: string | null = null,
  ) => `the ${message}${started ? `, ${started},` : ''} had reached ${reach} (${share}) ${ending}.`,
  /** Who posted it on day 0, when that is not one person: "posted by 5 people at once". */
  started: (people: number, hubs: number) => {
    const who = [
      people > 0 ? `${people} ${people === 1 ? 'person' : 'people'}` : '',
      hubs > 0 ? `${hubs} broadcast ${hubs === 1 ? 'account' : 'accounts'}` : '',
    ].filter(Boolean);
    return `posted by ${who.join(' and ')}${people + hubs > 1 ? ' at once' : ''}`;
  },
  /** The media pickup; `count` is how many broadcast accounts carried it that day. */
  pickedUp: (day: number, count: number, message: 'complaint' | 'story') =>
    count === 0
      ? `On day ${day}, no broadcast account was left to pick the ${message} up (each had already carried the company’s answer).`
      : `On day ${day}, ${count} broadcast ${count === 1 ? 'account' : 'accounts'} picked the ${message} up.`,
  endedBeforePickup: (day: number, pickupDay: number) =>
    `The simulation ended on day ${day}, before the media pickup on day ${pickupDay}.`,
  neverAnswered: 'The company never answered.',
  endedBeforeAnswer: (day: number, answerDay: number) =>
    `The simulation ended on day ${day}, before the company's answer on day ${answerDay}.`,
  answered: (v: { day: number; before: string; reach: string; first: string; after: string }) =>
    `By the answer on day ${v.day}, ${v.before} had heard the complaint. ` +
    `The answer reached ${v.reach}: ${v.first} heard it first and never ` +
    `passed the complaint on, and ${v.after} heard it after the complaint.`,
  /** answerVia = reply. */
  answeredReply: (v: { day: number; before: string; reach: string; first: string; after: string }) =>
    `By the answer on day ${v.day}, ${v.before} had heard the complaint. ` +
    `The answer, a reply seen only by the complainers’ contacts, reached ${v.reach}: ${v.first} heard it ` +
    `first and never passed the complaint on, and ${v.after} heard it after the complaint.`,
  /** answerVia = hearers: nobody hears it first. */
  answeredHearers: (v: { day: number; before: string; reach: string }) =>
    `By the answer on day ${v.day}, ${v.before} had heard the complaint. ` +
    `The answer, published only where the complaint was heard, reached ${v.reach} of the people who heard the complaint.`,
  /** The sentences in reading order: the setting with the spread, then the pickup and the answer when there are any. */
  summary: (parts: string[]) => parts.join(' '),
} as const;
