/** Exercise pages and the exercise index. */
export const exercise = {
  /** The exercise index (src/pages/exercises/index.astro). */
  index: {
    title: 'Exercises',
    description:
      'Exercises on each case: predict, run the simulation, and check your answer against the model.',
    heading: 'Exercises',
    /** The lead paragraph, around its links to My work and the assignment builder. */
    lead: {
      before:
        'Each exercise asks you to predict before you run a simulation, then checks your answers against what the ' +
        'model computes. Your work is saved in this browser; see it on ',
      myWork: 'My work',
      middle: '. Instructors can combine exercises into an assignment with the ',
      builder: 'assignment builder',
      after: '.',
    },
    filters: {
      /** Accessible name of the filter form. */
      label: 'Filter exercises',
      case: 'Case',
      model: 'Model',
      difficulty: 'Difficulty',
      time: 'Time needed',
      /** The first option of each filter. */
      any: 'Any',
      /** Options of the time filter (keys are the cards' data-time values). */
      times: {
        short: 'Up to 15 minutes',
        medium: '16 to 30 minutes',
        long: 'Over 30 minutes',
      } as Record<string, string>,
    },
    /** The count under the filters: every exercise (without JavaScript), then how many the filters show. */
    count: (n: number) => `${n} exercises`,
    shown: (shown: number, total: number) => `${shown} of ${total} exercises`,
    /** The line under each card's title. */
    cardMeta: (caseTitle: string, model: string, difficulty: string, minutes: number) =>
      `${caseTitle} · ${model} · ${difficulty} · ${minutes} min`,
    practises: (skills: readonly string[]) => `Practises: ${skills.join(', ')}.`,
  },

  /** One exercise's page (src/pages/exercises/[id].astro). */
  page: {
    /** First link of the breadcrumb above the title. */
    breadcrumb: 'Exercises',
    /** Accessible name of the banner that shows the assignment an exercise was opened from. */
    assignment: 'Assignment',
    /** The line under the title: "introductory · about 15 minutes · practises estimation, reading a chart". */
    meta: (difficulty: string, minutes: number, skills: readonly string[]) =>
      `${difficulty} · about ${minutes} minutes · practises ${skills.join(', ').toLowerCase()}`,
    task: 'The task',
    /** Step headings (their numbers stay in the page). */
    predict: 'Predict before you run',
    run: 'Run the simulation',
    answer: 'Answer',
    reflect: 'Reflect',
    prediction: 'Your prediction',
    answersChecked: 'Answers are checked against what the model computes, within a tolerance.',
    check: 'Check',
    /** The <details> under a question: the model's answer, then the question's explanation. */
    showAnswer: "Show the model's answer and why",
    modelAnswer: {
      before: 'The model gives ',
      /** Replaced by exercise.element.instructorParams when an assignment changes the parameters. */
      preset: "with this exercise's preset",
      after: '. ',
    },
    hints: 'Hints, if you need them',
    hint: (n: number) => `Hint ${n}`,
    reflectQuestion:
      'Compare your prediction with what the model showed. What surprised you, and what does the model leave out?',
    reflection: 'Your reflection',
    /** Under the reflection box, around its link to My work. */
    saved: {
      before: 'Everything you write here is saved in this browser as you type. See and export it on ',
      link: 'My work',
      after: '.',
    },
    noScript: 'Turn on JavaScript to record a prediction, check your answers and save your work.',
    instructorNotes: 'Notes for instructors',
  },

  /** <wom-exercise> (src/elements/exercise-element.ts): saving, answer feedback and the assignment banner. */
  element: {
    /** After "The model gives …" when the instructor's assignment set other parameters. */
    instructorParams: 'with the parameters your instructor set',
    /** Above the questions when an assignment changes settings; items from strings/grading `changed`. */
    settings: (changes: readonly string[]) =>
      `Your instructor set ${changes.join('; ')}. The questions and the model’s answers below are for these settings.`,
    /** When the model cannot run the instructor's settings (a damaged link): the exercise's own are kept. */
    settingsFailed: (reason: string) =>
      `The model could not run your instructor’s settings (${reason}), so answers are checked against the exercise’s own settings.`,
    /** Feedback under a question; answers arrive formatted. */
    notANumber: 'That is not a number this box can read; try e.g. 40% or 12,400.',
    right: (answer: string) => `Right: the model gives ${answer}.`,
    notYet: (said: string) =>
      `Not yet: you said ${said}. Look at the run again, or open the explanation below.`,
    /** The assignment banner. */
    banner: {
      /** `reason` is the assignment link's own message (it ends with a full stop). */
      damaged: (reason: string) => `${reason} Your work on this exercise is still saved.`,
      stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
      partOf: 'Part of this assignment',
      previous: '← Previous step',
      next: 'Next step →',
      all: 'All steps and hand-in',
    },
  },
} as const;
