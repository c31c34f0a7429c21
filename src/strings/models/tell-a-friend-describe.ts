/**
 * The plain-English summary of a run (the page's no-JavaScript summary); numbers come formatted. Read only by
 * src/models/tell-a-friend-describe.ts, which the browser loads when a run needs new words: a file of their own, so they
 * stay out of the chunk the model's figure loads (./tell-a-friend.ts goes there whole).
 */
export const tellAFriendDescribeText = {
  badReachesMore: (ratio: string) => `The bad story reaches ${ratio} times as many people as the good one.`,
  goodReachesMore: (ratio: string) => `The good story reaches ${ratio} times as many people as the bad one.`,
  aboutTheSame: 'Both stories reach about as many people.',
  /** `comparison` is one of the three sentences above. */
  summary: (v: {
    generations: number;
    population: string;
    unhappy: string;
    unhappyShare: string;
    happy: string;
    happyShare: string;
    comparison: string;
    growthUnhappy: string;
    growthHappy: string;
  }) =>
    `After ${v.generations} ${v.generations === 1 ? 'generation' : 'generations'} of retelling in a population of ${v.population}, ` +
    `the unhappy customer's story has reached ${v.unhappy} people (${v.unhappyShare}) ` +
    `and the happy customer's ${v.happy} (${v.happyShare}). ${v.comparison} ` +
    `Each generation multiplies the bad story by up to ${v.growthUnhappy} and the good one by up to ` +
    `${v.growthHappy} (people told × share who retell); a factor above 1 grows until the population ` +
    'runs out, below 1 it fades.',
} as const;
