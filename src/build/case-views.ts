/** Data for the views across all cases, derived from each case's frontmatter (no number typed twice). */
import type { CollectionEntry } from 'astro:content';
import type { GlancePoint } from '../charts/case-glance';
import type { TimelineCase } from '../charts/case-timeline';
import { library } from '../strings/library';
import { site } from '../strings/site';
import { formatPartialDate, inDateOrder, partialDateValue } from '../lib/dates';
import { href } from '../lib/url';

type Case = CollectionEntry<'cases'>;

/**
 * When the story broke: the first timeline event in the case's year, in true date order, else the year itself.
 * (Sorting by the start of each date put Ritz-Carlton's "2012", the Elmo toy later that year, before "May 2012".)
 */
export function brokeOn(entry: Case): string {
  const inYear = inDateOrder(
    entry.data.timeline.map((e) => e.date).filter((d) => d.startsWith(String(entry.data.year))),
    (d) => d,
  );
  return inYear[0] ?? String(entry.data.year);
}

export function timelineCases(cases: Case[]): TimelineCase[] {
  return cases.map((c) => {
    const date = brokeOn(c);
    const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
    const when = Number(date.slice(0, 4)) + (partialDateValue(date) - start) / (365.25 * 86_400_000);
    return {
      href: href(`/cases/${c.id}/`),
      title: c.data.title,
      when,
      whenLabel: formatPartialDate(date),
      outcome: c.data.outcome,
    };
  });
}

export function glancePoints(cases: Case[]): { points: GlancePoint[]; missing: Case[] } {
  const fmt = new Intl.NumberFormat(site.locale);
  const points: GlancePoint[] = [];
  const missing: Case[] = [];
  for (const c of cases) {
    if (!c.data.reach) {
      missing.push(c);
      continue;
    }
    points.push({
      href: href(`/cases/${c.id}/`),
      title: c.data.title,
      delayDays: c.data.response.delayDays,
      reach: c.data.reach.value,
      reachLabel: library.glance.reach(fmt.format(c.data.reach.value), c.data.reach.unit, c.data.reach.label),
      outcome: c.data.outcome,
    });
  }
  return { points, missing };
}
