/**
 * What the library filters and sorts cases by, derived from each case's frontmatter so no fact is typed
 * twice: decade from the year, response speed from the delay in days.
 */
import type { CaseData } from '../content/schemas';
import { library } from '../strings/library';

export const speedBuckets = [
  { value: 'same-day', maxDays: 1 },
  { value: 'week', maxDays: 7 },
  { value: 'months', maxDays: 60 },
  { value: 'slower', maxDays: Infinity },
] as const;

export type Speed = (typeof speedBuckets)[number]['value'];

export function responseSpeed(delayDays: number): Speed {
  return speedBuckets.find((b) => delayDays <= b.maxDays)!.value;
}

export const speedLabel = (speed: Speed): string => library.speed[speed];

export function decade(year: number): string {
  return `${Math.floor(year / 10) * 10}s`;
}

export interface Facets {
  outcome: CaseData['outcome'];
  channels: CaseData['channels'];
  decade: string;
  industry: string;
  speed: Speed;
}

export function facetsOf(data: CaseData): Facets {
  return {
    outcome: data.outcome,
    channels: data.channels,
    decade: decade(data.year),
    industry: data.industry,
    speed: responseSpeed(data.response.delayDays),
  };
}

/** The distinct values present, in a stable order, for building filter options. */
export function facetOptions(all: CaseData[]) {
  const uniq = <T>(values: T[]) => [...new Set(values)];
  return {
    outcome: uniq(all.map((d) => d.outcome)).sort(),
    channel: uniq(all.flatMap((d) => d.channels)).sort(),
    decade: uniq(all.map((d) => decade(d.year))).sort(),
    industry: uniq(all.map((d) => d.industry)).sort((a, b) => a.localeCompare(b)),
    speed: speedBuckets
      .map((b) => b.value)
      .filter((v) => all.some((d) => responseSpeed(d.response.delayDays) === v)),
  };
}
