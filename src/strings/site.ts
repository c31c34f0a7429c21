/**
 * Every string of the site's own interface, in one place so the site can be translated later.
 * Lesson text lives in content/; this module holds only the chrome around it.
 */
import { locale } from './locale.ts';

export const site = {
  /** BCP 47 tag: the pages' <html lang>, and the locale numbers and dates are formatted in. */
  locale,
  siteName: 'Word of Mouth Cases',
  /** The <title> of every page but the home page. */
  pageTitle: (title: string) => `${title} · Word of Mouth Cases`,
  siteTagline: 'How customer-service stories spread, told through real cases and live simulations',
  rssTitle: 'Word of Mouth Cases: cases',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    /** The disclosure that holds the links on a phone. */
    menu: 'Menu',
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
    /** After a case's link to its own media (the song, the video). */
    watchNote: 'the link opens that site’s own page; nothing from it loads on this one.',
    timeline: 'Timeline',
    keyFigures: 'Key figures',
    sources: 'Sources',
    /** Accessible name of a citation mark: its number and the source it points to. */
    citation: (n: number, source: string) => `Source ${n}: ${source}`,
    disputed: 'Disputed',
    unverified: 'Not verified',
    response: 'How the company answered',
    readCase: 'Read the case',
  },
  home: {
    title: 'How one unhappy customer reaches millions',
    lead:
      'Real customer-service stories, told with their sources, and simulations you can run to see why some ' +
      'complaints fizzle while others spread around the world in days.',
    flagship: 'Start with the flagship case',
    ways: 'Find your way in',
    students: {
      title: 'Students',
      body:
        'Read a case, predict what will happen, then move the sliders and see. Your answers stay in your ' +
        'browser until you export them.',
    },
    instructors: {
      title: 'Instructors',
      body:
        'Each case has a guide with objectives, 50- and 90-minute session plans, discussion questions and ' +
        'model answers.',
      link: 'Guides for instructors',
    },
    visitors: {
      title: 'Curious visitors',
      body: 'Browse the stories, bad and good, and play with the models behind them.',
    },
    more: 'More cases',
  },
  glossary: {
    title: 'Glossary',
    description:
      'The terms the lessons use, from word of mouth and the viral coefficient to cascades and hubs.',
    lead: 'The terms the lessons and simulations use, in plain words.',
    /** Accessible name of the list of terms at the top. */
    index: 'Terms',
    source: (source: string) => `Source: ${source}`,
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'Home page',
    library: 'The case library',
    glossary: 'The glossary',
  },
} as const;
