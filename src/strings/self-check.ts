/**
 * Predict-then-run prompts and self-checks in lessons (Predict.astro, Check.astro), and how answers are written
 * back (src/lib/answers.ts). Apart from the simulation's words because these scripts are separate entries:
 * sharing one file with the simulation element would split both into an extra chunk on every lesson. The
 * components hand their scripts' messages over in data-words, so only `answerText` reaches the browser.
 */
import { locale } from './locale.ts';
import { countWithUnit, unitWord } from './models/common.ts';

/**
 * Which settings a self-check's answer uses, in words: the simulation's on the page, a preset by its label,
 * or the defaults, then what the check changes from them ("Day of the answer 7").
 */
export const checkSettings = {
  simulation: 'the settings of the simulation on this page',
  preset: (label: string) => `the “${label}” preset`,
  defaults: 'the default parameters',
  changed: (base: string, changes: string[]) =>
    changes.length ? `${base}, with ${changes.join(', ')}` : base,
  /** One changed parameter: "Day of the answer 7". */
  item: (label: string, value: string) => `${label} ${value}`,
};

export const selfCheck = {
  /** Predict-then-run prompt (Predict.astro). */
  predict: {
    icon: '🤔',
    label: 'Predict before you run',
    field: 'Your prediction',
    noStorage: 'This browser does not allow saving; write your prediction down.',
    restored: 'Your saved prediction.',
    saved: 'Saved in this browser.',
    notSaved: 'Could not save: this browser refused to store it.',
    /** The number field of a prediction tied to a simulation: the quantity the model computes, and how to type it. */
    number: (quantity: string, hint: string) => `Your guess: ${quantity.toLowerCase()} (${hint})`,
    /** The text box beside a number field. */
    why: 'Why do you think so? (one sentence)',
    /** The button that commits the guess and shows the simulation's run below. */
    commit: 'Lock in my guess and run it',
    needNumber: 'Type your guess as a number first.',
    committed: 'Guess kept. Watch the simulation below run from the start.',
    /** On a later visit: the guess made earlier, shown beside the result. */
    savedGuess: (guess: string) => `Your saved guess: ${guess}.`,
  },

  /** Self-check question (Check.astro); `hint` and `field` also label the answer boxes of exercise pages. */
  check: {
    icon: '✔',
    label: 'Check yourself',
    /** What to type, by the metric's unit, shown in the field's label. */
    hint: (unit: string) =>
      unit === 'share'
        ? 'as a percentage, e.g. 40%'
        : unit === 'USD'
          ? 'in dollars'
          : unit === 'times'
            ? 'how many times as many, e.g. 3'
            : unit
              ? `in ${unitWord(unit)}`
              : 'a number',
    field: (hint: string) => `Your answer (${hint})`,
    button: 'Check',
    notANumber: 'That is not a number this box can read; try e.g. 40% or 12,400.',
    right: (model: string, yours: string) => `Right: the model gives ${model}; you said ${yours}.`,
    wrong: (yours: string, model: string) =>
      `Not quite: you said ${yours}, the model gives ${model}. Open the explanation below to see why.`,
    /**
     * The explanation: "With … preset, the model gives <strong>43%</strong> (label). …", saying where the answer
     * comes from: a model without chance (`before`), one run, as on screen (`run`) or an ensemble of runs (`ensemble`,
     * followed by `band`).
     */
    explain: {
      summary: "Show the model's answer",
      /** `settings` comes from checkSettings. */
      before: (settings: string) => `With ${settings}, the model gives`,
      run: (settings: string, seed: number) =>
        `With ${settings}, a single run with seed ${seed} (the first run a simulation shows; another seed gives another number) gives`,
      ensemble: (settings: string, runs: number) =>
        `With ${settings}, the middle value (median) of ${runs} runs with different seeds is`,
      after: (metric: string) => `(${metric}).`,
      band: (low: string, high: string) =>
        `Eight runs in ten fall between ${low} and ${high}; any answer in that range counts as right.`,
    },
    /** The model's answer in the feedback when it comes from an ensemble: "22% (8 runs in 10: 0%–38%)". */
    ensembleAnswer: (median: string, low: string, high: string) => `${median} (8 runs in 10: ${low}–${high})`,
  },
} as const;

/** How answers are written back (src/lib/answers.ts): the model's value and the student's, in checks and exercises. */
export const answerText = {
  locale,
  percent: (n: string) => `${n}%`,
  dollars: (n: string) => `$${n}`,
  quantity: (n: string, unit: string) => (unit === 'times' ? `${n}×` : countWithUnit(n, unit)),
  /**
   * Words a student may write after a number, and what they multiply it by ("1.2 million", "12k"). Lower case;
   * the answer is lower-cased before it is read. A translation adds its own words here.
   */
  magnitudes: { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 } as Record<
    string,
    number
  >,
} as const;
