/**
 * The words of the SCORM package (the launch page a student sees inside an LMS, src/pages/scorm/launch.astro)
 * and of the builder's "Use it in your LMS" download (src/pages/instructors/assign.astro).
 */
export const scorm = {
  launch: {
    title: 'Assignment',
    description: 'An assignment packaged for a learning management system (SCORM).',
    noJs: 'This assignment needs JavaScript to run inside your course.',
    /** Opened on the site itself, without an assignment: this page is only for packages. */
    noAssignment:
      'This page runs inside an LMS package made by the assignment builder. Open an assignment from your course instead.',
    steps: 'Steps',
    step: (n: number, title: string) => `Step ${n}: ${title}`,
    frameTitle: (title: string) => `Exercise: ${title}`,
    previous: 'Previous step',
    next: 'Next step',
    /** Said as the student moves between steps. */
    showing: (n: number, of: number, title: string) => `Showing step ${n} of ${of}: ${title}`,
    due: (date: string) => `Due ${date}`,
    progress: (answered: number, total: number) =>
      total === 0 ? '' : `${answered} of ${total} questions answered.`,
  },

  /** Where the student's work is kept: said once, at the top. */
  store: {
    lms: 'Your work is saved in your course, so you can come back to it from any device.',
    noLms:
      'Your course did not answer (no LMS connection was found), so your work is saved only in this browser, and no grade is sent. Open the assignment from your course to have it recorded.',
    lmsRefused:
      'Your course did not accept the connection, so your work is saved only in this browser for now, and no grade is sent.',
    saved: 'Saved to your course.',
    notSaved: (code: string) =>
      `Your course did not accept the last save (error ${code}). Your work is still in this browser; it is sent again with your next change.`,
    truncated:
      'Your course keeps only a limited amount of text per assignment: the longest of your texts were shortened in the copy kept there (this browser keeps them whole).',
    unreadableLocal:
      'The work saved in this browser could not be updated from your course. What your course keeps is unchanged.',
  },

  /** The builder's download (src/elements/scorm/package-download.ts). */
  download: {
    heading: 'Use it in your LMS',
    help: 'Download the assignment as a SCORM package (a .zip) and upload it to Moodle, Canvas, Blackboard or Brightspace as a SCORM activity. Students then work inside your course, their work is kept there, and the share of answers they got right goes to the gradebook. The package holds the exercise pages themselves, so it needs nothing from this site.',
    version: 'SCORM version',
    v12: 'SCORM 1.2 (every LMS imports it)',
    v2004: 'SCORM 2004 4th edition',
    button: 'Download SCORM package',
    working: 'Putting the package together…',
    done: (kb: number, files: number) => `Package downloaded: ${kb} KB, ${files} files.`,
    failed: (why: string) => `The package could not be made: ${why}`,
    noAssignment: 'Choose at least one exercise first.',
    fileName: (title: string, version: string) =>
      `${
        title
          .replace(/[^\w-]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 60) || 'assignment'
      }-scorm-${version}.zip`,
  },

  /** The "Use it in your LMS" section of /instructors/ (src/pages/instructors/index.astro). */
  instructorsPage: {
    heading: 'Use it in your LMS',
    intro: {
      before: 'In the ',
      link: 'assignment builder',
      after:
        ', choose the exercises and settings, then “Download SCORM package”. You get a .zip that holds the exercise pages themselves: upload it to your course as a SCORM activity. Students work inside your course, nothing is fetched from this site, and their work is kept by your LMS, so they can stop and carry on from another computer. SCORM 1.2 is the version every LMS imports; choose SCORM 2004 4th edition only if your LMS asks for it.',
    },
    howHeading: 'Uploading it',
    /** One line per LMS: its name, then what to do. */
    how: [
      {
        lms: 'Moodle',
        text: 'Add an activity or resource → SCORM package, and give the .zip as the package file. Under Grade, keep “Highest grade” and a maximum of 100. Moodle supports SCORM 1.2 fully and SCORM 2004 only in part: use 1.2.',
      },
      {
        lms: 'Canvas',
        text: 'Canvas imports SCORM through its SCORM tool (your administrator may need to turn it on): open SCORM in the course menu, upload the .zip and import it as a graded assignment.',
      },
      {
        lms: 'Blackboard',
        text: 'In a content area, Build Content → Content Package (SCORM), upload the .zip, and under grading choose to grade the SCORM score.',
      },
      {
        lms: 'Brightspace',
        text: 'In Content, Upload/Create → New SCORM/xAPI object, upload the .zip, and link it to a grade item.',
      },
    ],
    gradebookHeading: 'What the gradebook shows',
    gradebook: [
      'The score is the share of the exercises’ questions answered right, checked against the model with the settings you chose: 0 to 100 (in SCORM 2004 also as 0 to 1). It changes as students correct answers, and is sent each time they check one.',
      'The activity is “completed” once every question has an answer (right or not), and “incomplete” before. No pass mark is set: set one in your LMS if you want pass or fail.',
      'Each answer is recorded as an interaction (the question, what the student typed, right or wrong), which most LMSs list in the activity’s attempt reports. Predictions and reflections are kept with the student’s work but are not graded and most LMSs do not show them: ask for them separately if you grade them.',
    ],
    untested:
      'Tested here with scorm-again, the SCORM run-time many LMSs build on, in both versions (launch, answer, leave, come back). The packages have not been tried in a real Moodle, Canvas, Blackboard or Brightspace: try yours with a test student before giving it to a class.',
  },
};
