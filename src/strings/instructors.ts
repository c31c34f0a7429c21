/**
 * Instructor pages: the "For instructors" index (pages/instructors/index.astro) and the chrome of the
 * per-case guides (pages/instructors/[slug].astro). The guides' own text comes from content/guides/.
 */
export const instructors = {
  /** The index page, /instructors/. */
  index: {
    title: 'For instructors',
    description:
      'Instructor guides for every case: objectives, session plans, discussion questions with model answers, and exercises to assign.',
    lead:
      'Each case has a guide with learning objectives, a 50- and a 90-minute session plan, discussion questions ' +
      'with model answers, common misconceptions, and the exercises that fit it.',
    noAccounts:
      'The site has no accounts and no server. Students keep their work in their own browser and hand it in by ' +
      'exporting a file. A static site cannot hide answers from a determined student, so the guides are public: ' +
      'use them to prepare and to lead discussion, not for graded secrecy.',
    /** The list of tools: each item is a link followed by what it does. */
    tools: {
      heading: 'Tools',
      assign: {
        link: 'Build an assignment',
        after:
          ': pick exercises, fix parameters, and share a link, a printed worksheet with QR codes, or an embed ' +
          'for your course page.',
      },
      classView: {
        link: 'Class view',
        after:
          ": open your students' submission files (read in your browser, never uploaded) and see predictions " +
          'against the model, and who has not answered what.',
      },
      exercises: { link: 'All exercises', after: ', with what each practises.' },
    },
    guides: 'Guides',
    /** The table of exercises at the bottom of the page. */
    exercises: {
      heading: 'What each exercise practises',
      caption: 'Exercises, their case, model, level, time and the skills they practise',
      exercise: 'Exercise',
      case: 'Case',
      model: 'Model',
      levelTime: 'Level, time',
      practises: 'Practises',
      /** The "Level, time" cell: "beginner, 15 min". */
      level: (difficulty: string, minutes: number) => `${difficulty}, ${minutes} min`,
      skillsJoin: '; ',
    },
  },

  /** A case's guide, /instructors/<case>/. */
  guide: {
    description: (caseTitle: string) => `Session plans, discussion questions and exercises for ${caseTitle}.`,
    /** "For the case <link>." under the title. */
    forCase: { before: 'For the case', after: '.' },
    objectives: 'Objectives',
    plans: 'Session plans',
    plan: (minutes: number) => `${minutes}-minute session`,
    /** A plan step's duration, in bold before the activity. */
    stepMinutes: (minutes: number) => `${minutes} min.`,
    questions: 'Discussion questions',
    /** In bold before each question's model answer. */
    modelAnswer: 'Model answer.',
    misconceptions: 'Common misconceptions',
    /** The misconception as a quoted claim. */
    claim: (claim: string) => `“${claim}”`,
    exercises: 'Exercises to assign',
    /** After an exercise's title, in bold: "(beginner, 15 min). " then its skills. */
    exercise: (difficulty: string, minutes: number) => `(${difficulty}, ${minutes} min).`,
    skills: (skills: readonly string[]) => `${skills.join(', ')}.`,
    /** An exercise named in a plan or an answer, around the link with its title. */
    quoted: { before: '“', after: '”' },
    /** After each exercise: the builder with that exercise as a step, where its settings can be changed. */
    assignOne: 'Assign it, or change its settings',
    /** The hidden end of that link, naming the exercise. */
    assignOf: (title: string) => ` (${title})`,
    assignAll: (n: number) => `Make an assignment of all ${n} exercises`,
  },
} as const;
