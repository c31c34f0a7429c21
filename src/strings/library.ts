/**
 * The case library and the views across all cases: the library page with its filters, sort and search, the
 * search page, compare, at a glance, timeline and topic pages, and the two charts they draw.
 *
 * Shared with the case pages and kept in site.cases: the library's title (also the first link of every
 * breadcrumb here), outcome and channel names (also the charts' legend) and "answered after n days".
 * The library page's script imports this file, so it stays free of formatters and other imports.
 */
export const library = {
  /** Dates written out (lib/dates.ts): the case timelines, the compare table and the timeline page. */
  dates: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    /** "6 July 2009". */
    day: (day: number, month: string, year: string) => `${day} ${month} ${year}`,
    /** "July 2009". */
    month: (month: string, year: string) => `${month} ${year}`,
    /** Time between two events (lib/dates.ts elapsed), before the later one in a timeline: "15 months later". */
    later: (n: number, unit: 'day' | 'month' | 'year') => `${n} ${unit}${n === 1 ? '' : 's'} later`,
    /** The same, short, on a break in a timeline's axis: "15 mo". */
    laterShort: (n: number, unit: 'day' | 'month' | 'year') =>
      `${n} ${{ day: 'd', month: 'mo', year: 'yr' }[unit]}`,
  },

  /** A case's own timeline drawn to scale above its list of events (components/Timeline.astro). */
  eventTimeline: {
    title: 'The events to scale',
    /** "20 events from March 2008 to May 2012. Two quiet stretches are cut short: 15 months, 23 months." */
    description: (n: number, from: string, to: string, cuts: readonly string[]) =>
      `${n} event${n === 1 ? '' : 's'} from ${from} to ${to}, on a time axis to scale.` +
      (cuts.length
        ? ` ${cuts.length === 1 ? 'One quiet stretch is' : `${cuts.length} quiet stretches are`} cut short, ` +
          `marked by a break: ${cuts.join(', ')}.`
        : ''),
    /** The key under the axis: how precisely each mark is dated. */
    key: 'Dot: a known day. Bar: known only to the month or the year.',
  },

  /** How fast the company answered, in the buckets the library filters by (lib/case-facets.ts). */
  speed: {
    'same-day': 'Within a day',
    week: 'Within a week',
    months: 'Within two months',
    slower: 'Slower, or never',
  },

  /** The case library (pages/cases/index.astro). */
  index: {
    description:
      'Real customer-service stories, bad and good, each told with its sources and a simulation of how it spread.',
    lead:
      'Real customer-service stories, bad and good. Each case tells what happened with its sources, how fast the ' +
      'company answered, and how far the story travelled, and lets you simulate the spread.',
    /**
     * The sentence of links under the lead, in order: "[Search the lessons], or see all cases [on a timeline],
     * [at a glance] (response time against reach), [side by side], or [by topic]." Bracketed parts are links.
     */
    views: {
      search: 'Search the lessons',
      seeAll: ', or see all cases ',
      timeline: 'on a timeline',
      glance: 'at a glance',
      glanceNote: ' (response time against reach)',
      compare: 'side by side',
      topics: 'by topic',
      /** Between two links in the list. */
      comma: ', ',
      /** Before the last link. */
      or: ', or ',
      end: '.',
    },
    /** The filter form above the list. */
    filters: {
      /** Accessible name of the form. */
      label: 'Filter and sort cases',
      search: 'Search the lessons',
      searchHint: 'e.g. apology, pizza, tweet',
      /** Labels of the filter menus, by filter (lib/library-filter.ts filterKeys). */
      titles: {
        outcome: 'Outcome',
        channel: 'Channel',
        decade: 'Decade',
        industry: 'Industry',
        speed: 'Company answered',
      },
      /** First option of every filter menu: no filter. */
      any: 'Any',
      sort: 'Sort',
      /** The form's reset button, and the button in the "no case matches" message. */
      clear: 'Clear filters',
    },
    /** Options of the sort menu, by sort (lib/library-filter.ts sortKeys). */
    sorts: {
      best: 'Best match, or newest',
      newest: 'Newest first',
      oldest: 'Oldest first',
      fastest: 'Fastest answer first',
      reach: 'Widest measured reach first',
      title: 'Title, A to Z',
    },
    /** The count above the list, before JavaScript filters it. */
    count: (n: number) => `${n} case${n === 1 ? '' : 's'}`,
    /** The count once filtered: "3 of 11 cases", while a search is under way "… (searching…)". */
    shown: (shown: number, total: number, searching: boolean) =>
      `${shown} of ${total} case${total === 1 ? '' : 's'}${searching ? ' (searching…)' : ''}`,
    /** Notice when the address has filters or a sort the library does not offer ("outcome=fabulous"). */
    ignored: (items: readonly string[]) =>
      `Some filters in the address were not recognised and were ignored: ${items.join(', ')}.`,
    /** Shown instead of the list, followed by the clear button. */
    empty: 'No case matches these filters.',
  },

  /** The search page (pages/search.astro). */
  search: {
    title: 'Search',
    description: 'Search the text of every case lesson.',
    heading: 'Search the lessons',
    /** Without JavaScript: "… browse the [case library], which lists every case." */
    noScript: {
      before: 'Search needs JavaScript. Without it, browse the ',
      link: 'case library',
      after: ', which lists every case.',
    },
    /** Accessible name of the search form. */
    form: 'Search the lessons',
    field: 'Words to look for',
    submit: 'Search',
    /** Status messages under the form. */
    searching: 'Searching…',
    found: (n: number) => `${n} lesson${n === 1 ? '' : 's'} found.`,
    none: 'No lesson matches.',
    unavailable: 'Search is not available here (the search index is built with the site).',
  },

  /** Compare two cases (pages/cases/compare.astro). */
  compare: {
    title: 'Compare two cases',
    description:
      'Any two cases side by side: when, where, how fast the company answered, and how far the story went.',
    /** Last part of the breadcrumb "Case library / Compare". */
    crumb: 'Compare',
    lead: 'Put any two cases side by side.',
    first: 'First case',
    second: 'Second case',
    /** The table's caption, for screen readers only. */
    caption: 'Cases compared',
    /** An address naming a case that is not in the library (?b=nope): the page shows its own choice instead. */
    ignored: (items: readonly string[]) =>
      `Some cases in the address were not recognised, so others are shown instead: ${items.join(', ')}.`,
    /** Row headers of the table, in order. */
    rows: {
      company: 'Company',
      broke: 'Story broke',
      industry: 'Industry',
      channel: 'Channel',
      outcome: 'Outcome',
      answer: 'First public answer',
      how: 'How it answered',
      reach: 'Measured reach',
      topics: 'Topics',
    },
    /** A cell listing a case's channels or topics. */
    list: (items: readonly string[]) => items.join(', '),
    /** "answered after 2 days (within a week)": the answer and its speed bucket (speed, above). */
    answer: (answered: string, speed: string) => `${answered} (${speed.toLowerCase()})`,
    /** "150,000 views: YouTube views in the first day"; value is already formatted. */
    reach: (value: string, unit: string, label: string) => `${value} ${unit}: ${label}`,
    noReach: 'no verified figure',
  },

  /** Cases at a glance (pages/cases/at-a-glance.astro and charts/case-glance.ts). */
  glance: {
    title: 'Cases at a glance',
    description:
      'Every case with a measured reach, placed by how fast the company answered and how far the story travelled.',
    /** Last part of the breadcrumb "Case library / At a glance". */
    crumb: 'At a glance',
    lead:
      'How long each company took to answer, against how far the story measurably travelled. Both axes are ' +
      'logarithmic: each step is ten times the last. Select a point to open its case.',
    /** Under the chart. */
    caveat:
      'Reach figures are not comparable in any strict sense: they count different things (video views, downloads, ' +
      'listens, shares) measured at different times. A fast answer does not cause a small reach, or the reverse: ' +
      'the chart invites questions, it does not answer them.',
    tableHeading: 'The same, as a table',
    columns: {
      case: 'Case',
      outcome: 'Outcome',
      answer: 'First public answer',
      reach: 'Measured reach',
    },
    /** "150,000 views (YouTube views in the first day)": table cells and the chart's point names. */
    reach: (value: string, unit: string, label: string) => `${value} ${unit} (${label})`,
    noReach: 'no measured figure',
    /** After the table: "Not on the chart, because …: [Case], [Case]." Bracketed parts are links. */
    missing: {
      before: 'Not on the chart, because no reach figure could be verified:',
      separator: ', ',
      end: '.',
    },
    /** The chart (charts/case-glance.ts). */
    chart: {
      title: 'Cases at a glance: response time against reach',
      description: (n: number) =>
        `${n} case${n === 1 ? '' : 's'} with a measured reach, placed by how long the company took to answer ` +
        '(across) and how many people the story reached (up), both on log scales. Each point links to its case.',
      /** Ticks of the time axis. */
      ticks: {
        sameDay: 'same day',
        day: '1 day',
        week: '1 week',
        month: '1 month',
        year: '1 year',
      },
      xAxis: 'Time to the company’s first public answer (log scale)',
      /** The time axis's title on narrow screens. */
      xAxisShort: 'Time to first answer (log scale)',
      yAxis: 'Measured reach (log scale)',
      /** Part of a point's name: "the same day", "after 13 days"; days is already formatted. */
      answered: (delayDays: number, days: string) =>
        delayDays < 1 ? 'the same day' : `after ${days} day${delayDays === 1 ? '' : 's'}`,
      /** Accessible name of a point (a link to its case): "Title: went badly; answered after 2 days; 150,000 views (…)." */
      point: (title: string, outcome: string, answered: string, reach: string) =>
        `${title}: ${outcome.toLowerCase()}; answered ${answered}; ${reach}.`,
    },
  },

  /** Cases on a timeline (pages/cases/timeline.astro and charts/case-timeline.ts). */
  timeline: {
    title: 'Cases on a timeline',
    description: 'Every case in the library on one timeline, from the date its story broke.',
    /** Last part of the breadcrumb "Case library / Timeline". */
    crumb: 'Timeline',
    lead:
      'When each story broke. The channels changed over the years (forums and blogs, then video, then social ' +
      'networks), and so did how fast companies answered.',
    listHeading: 'The same, as a list',
    /** After a case's link in the list: "[Title], 6 July 2009". */
    listWhen: (when: string) => `, ${when}`,
    /** The chart (charts/case-timeline.ts). */
    chart: {
      title: 'Every case on a timeline',
      description: (n: number, from: number, to: number) =>
        `${n} case${n === 1 ? '' : 's'} from ${from} to ${to}, each marked when its story broke; triangles went ` +
        'badly, circles went well, squares were mixed.',
      /** Accessible name of a row (a link to its case): "Title, 6 July 2009: went badly". */
      point: (title: string, when: string, outcome: string) => `${title}, ${when}: ${outcome.toLowerCase()}`,
      /** The row's visible label. */
      label: (title: string, when: string) => `${title} (${when})`,
    },
  },

  /** The topics (pages/topics/index.astro and pages/topics/[tag].astro). */
  topics: {
    title: 'Topics',
    description:
      'Cases grouped by what they teach: apologies, bystander brands, employees on video, positive surprises and more.',
    lead: 'Cases grouped by what they teach.',
    /** Beside a topic in the list: "(3 cases)". */
    count: (n: number) => `(${n} case${n === 1 ? '' : 's'})`,
    /** A topic's own page: its <title>, and its description when the topic has none of its own. */
    pageTitle: (topic: string) => `Topic: ${topic}`,
    fallbackDescription: (topic: string) => `Cases tagged “${topic}”.`,
  },
} as const;
