/**
 * Topics link cases that teach the same thing. A topic is a tag used in case frontmatter; the ones below
 * have a sentence saying why they matter, any other tag still gets a page with its cases.
 */
export const topicDescriptions: Record<string, { title: string; description: string }> = {
  apology: {
    title: 'Apologies',
    description: 'Who apologised, how fast, and in what words, and what it changed.',
  },
  'bystander-brands': {
    title: 'Bystander brands',
    description:
      'Companies that were not at fault but stepped into someone else’s story, and gained from it.',
  },
  'employees-on-video': {
    title: 'Employees on video',
    description: 'Stories that spread because a camera caught staff at their worst, or their best.',
  },
  'positive-surprise': {
    title: 'Positive surprises',
    description: 'Small, unexpected kindnesses that customers told everyone about.',
  },
  'fast-response': { title: 'Fast responses', description: 'Companies that answered within a day or two.' },
  'slow-response': {
    title: 'Slow responses',
    description: 'Companies that took weeks, months, or never answered in public.',
  },
  'takedown-backfire': {
    title: 'Takedowns that backfired',
    description: 'Attempts to remove a story that made more people look for it.',
  },
  'policy-change': {
    title: 'Policy changes',
    description: 'Stories that ended with a company changing its rules.',
  },
  video: {
    title: 'Video',
    description: 'Stories carried by a video, from YouTube in 2006 to phones in 2017.',
  },
  blogs: { title: 'Blogs', description: 'Stories that began on one person’s blog.' },
  'social-media': {
    title: 'Social media',
    description: 'Stories that spread on Twitter, Facebook, Weibo and the like.',
  },
};

export function topicTitle(tag: string): string {
  return topicDescriptions[tag]?.title ?? tag.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
