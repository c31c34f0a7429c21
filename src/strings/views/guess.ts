/** The words every view uses to mark the student's guess on its chart (src/views/common.ts). */
export const guessViewText = {
  /** The label of the guess's rule; `value` comes formatted in the quantity's unit ("40%", "12,000 people"). */
  rule: (value: string) => `Your guess: ${value}`,
} as const;
