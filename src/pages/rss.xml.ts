import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCases } from '../build/cases';
import { site } from '../strings/site';
import { href } from '../lib/url';

export async function GET(context: APIContext) {
  const cases = await getCases();
  return rss({
    title: site.rssTitle,
    description: site.siteTagline,
    site: context.site ?? 'https://word-of-mouth.example.org',
    items: cases.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: href(`/cases/${entry.id}/`),
      categories: entry.data.tags,
    })),
  });
}
