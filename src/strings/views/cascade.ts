/**
 * The words of the cascade view (src/views/cascade.ts): narration, captions and legends. Apart from the
 * model's words so the model's chunk and the Web Workers, which run the model but never draw, do not carry them.
 */
export const cascadeViewText = {
  network: {
    title: (people: string) => `A network of ${people} people`,
    description:
      'Each mark is a person. Marks change colour and shape as people hear the complaint, the company’s answer, or both.',
  },
  series: {
    yLabel: 'People',
    title: 'What people have heard, day by day',
    description:
      'Lines: people who have heard only the complaint, only the answer, and the complaint then the answer.',
  },
  /** Labels of the rules on the counts: the days the lesson is about. */
  rules: {
    answer: (day: number) => `Answer, day ${day}`,
    pickup: (day: number) => `News, day ${day}`,
  },
  /** The live region while a run plays; the counts come formatted. */
  narrate: (day: number, complaint: string, answer: string) =>
    `Day ${day}: ${complaint === '1' ? '1 person has' : `${complaint} people have`} heard the complaint, ${answer} the answer.`,
  /** The same three for a good story (one message, no answer). */
  storyNetwork: {
    title: (people: string) => `A network of ${people} people`,
    description: 'Each mark is a person. Marks change colour and shape as people hear the story.',
  },
  storySeries: {
    yLabel: 'People',
    title: 'Who has heard the story, day by day',
    description: 'Line: people who have heard the story.',
  },
  narrateStory: (day: number, heard: string) =>
    `Day ${day}: ${heard === '1' ? '1 person has' : `${heard} people have`} heard the story.`,
} as const;
