/**
 * The words of the cost-of-silence view (src/views/cost-of-silence.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const costOfSilenceViewText = {
  yLabel: 'US dollars',
  title: 'Expected loss from silence against the cost of the fix',
  description:
    'Two lines against the number of people who hear the story, both on logarithmic axes: the expected loss, rising with reach, and the flat cost of making it right. They cross at the break-even reach, which is marked, beside the reach of the story.',
  /** Labels of the rules on the reach axis; the numbers come formatted. */
  rules: {
    breakEven: (people: string) => `Break-even: ${people}`,
    reach: (people: string) => `Reach: ${people}`,
  },
  /** The live region; the amounts come formatted. */
  narrate: {
    noBreakEven: (loss: string) =>
      `Expected loss ${loss} dollars; no reach makes silence cost more than the fix.`,
    breakEven: (loss: string, reach: string) =>
      `Expected loss ${loss} dollars; silence costs more than the fix once about ${reach} people hear the story.`,
  },
} as const;
