/** Grading that follows an assignment's settings (src/lib/grading.ts): its few sentences. */
export const grading = {
  /** One changed setting: "Day of the answer 1 instead of 2". */
  changed: (label: string, value: string, exerciseValue: string) =>
    `${label} ${value} instead of ${exerciseValue}`,
  /** A seed other than the exercise's. */
  seed: (seed: number, exerciseSeed: number) => `seed ${seed} instead of ${exerciseSeed}`,
  /** When answers for other settings were asked for without the models loaded (a programming slip). */
  noModel: 'the model is not loaded',
};
