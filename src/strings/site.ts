/**
 * Every string of the site's own interface, in one place so the site can be translated later.
 * Lesson text lives in content/; this module holds only the chrome around it.
 */
export const site = {
  siteName: 'Word of Mouth Cases',
  siteTagline: 'How customer-service stories spread, told through real cases and live simulations',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    cases: 'Cases',
    simulations: 'Simulations',
    exercises: 'Exercises',
    instructors: 'For instructors',
    about: 'About',
  },
  theme: {
    toggle: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
    label: (mode: string) => `Colour theme: ${mode}. Change theme`,
  },
  footer: {
    licence:
      'Text and data: CC BY 4.0. Code: MIT. Quotations and figures belong to their sources, which every lesson names.',
    sourcesPolicy:
      'Every fact carries a numbered source; disputed figures are shown as disputed and unverified ones are not stated as fact.',
    glossary: 'Glossary',
    myWork: 'My work (saved in this browser)',
    about: 'About and sources policy',
    rss: 'RSS feed of cases',
  },
  cases: {
    libraryTitle: 'Case library',
    outcome: { negative: 'Went badly', positive: 'Went well', mixed: 'Mixed' } as Record<string, string>,
    channel: {
      video: 'Video',
      blog: 'Blog',
      forum: 'Forum',
      social: 'Social network',
      audio: 'Audio recording',
      press: 'Press',
      letter: 'Letter',
    } as Record<string, string>,
    responseDays: (days: number) =>
      days < 1 ? 'answered the same day' : `answered after ${days} day${days === 1 ? '' : 's'}`,
    minutes: (m: number) => `${m} min`,
    objectives: 'What you will learn',
    timeline: 'Timeline',
    keyFigures: 'Key figures',
    sources: 'Sources',
    disputed: 'Disputed',
    unverified: 'Not verified',
    response: 'How the company answered',
    readCase: 'Read the case',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
  },
} as const;
