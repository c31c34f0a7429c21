/**
 * An exercise's difficulty in words, by content value (content/exercises/*: `difficulty`). One table for the
 * exercise index, the exercise page and the assignment builder, so a translation names each level once.
 */
export const difficultyText: Record<string, string> = {
  introductory: 'introductory',
  intermediate: 'intermediate',
  advanced: 'advanced',
};

/** A difficulty in words; an unknown value is shown as it is rather than hidden. */
export const difficultyLevel = (difficulty: string): string => difficultyText[difficulty] ?? difficulty;
