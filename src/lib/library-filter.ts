/**
 * The case library's filters and sort, as pure functions over plain items so they are tested in Node and
 * shared by the page script. State lives in the URL (?outcome=negative&channel=video&sort=reach).
 */
export interface LibraryItem {
  slug: string;
  title: string;
  outcome: string;
  channels: string[];
  decade: string;
  industry: string;
  speed: string;
  year: number;
  delayDays: number;
  reach: number | null;
}

export const filterKeys = ['outcome', 'channel', 'decade', 'industry', 'speed'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * The sorts, in the order the menu offers them (labels: library.index.sorts in src/strings/library.ts). The
 * first is the default: with a search, the search's own ranking (the one the search page shows); without one,
 * newest first.
 */
export const sortKeys = ['best', 'newest', 'oldest', 'fastest', 'reach', 'title'] as const;
export type SortKey = (typeof sortKeys)[number];
const DEFAULT_SORT: SortKey = sortKeys[0];

export interface LibraryState {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortKey;
  q: string;
}

/** Reads the state from a query string; unknown keys and values not offered are ignored (and listed). */
export function readLibraryState(
  search: string,
  offered: Record<FilterKey, readonly string[]>,
): { state: LibraryState; ignored: string[] } {
  const query = new URLSearchParams(search);
  const filters: Partial<Record<FilterKey, string>> = {};
  const ignored: string[] = [];
  for (const key of filterKeys) {
    const value = query.get(key);
    if (value === null || value === '') continue;
    if (offered[key].includes(value)) filters[key] = value;
    else ignored.push(`${key}=${value}`);
  }
  const sortValue = query.get('sort');
  let sort: SortKey = DEFAULT_SORT;
  if (sortValue && (sortKeys as readonly string[]).includes(sortValue)) sort = sortValue as SortKey;
  else if (sortValue) ignored.push(`sort=${sortValue}`);
  return { state: { filters, sort, q: (query.get('q') ?? '').slice(0, 200) }, ignored };
}

export function writeLibraryState(state: LibraryState): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) query.set(key, value);
  }
  if (state.sort !== DEFAULT_SORT) query.set('sort', state.sort);
  if (state.q) query.set('q', state.q);
  const text = query.toString();
  return text ? `?${text}` : '';
}

function matches(item: LibraryItem, filters: LibraryState['filters']): boolean {
  return (
    (!filters.outcome || item.outcome === filters.outcome) &&
    (!filters.channel || item.channels.includes(filters.channel)) &&
    (!filters.decade || item.decade === filters.decade) &&
    (!filters.industry || item.industry === filters.industry) &&
    (!filters.speed || item.speed === filters.speed)
  );
}

const newest = (a: LibraryItem, b: LibraryItem) => b.year - a.year;

const comparators: Record<Exclude<SortKey, 'best'>, (a: LibraryItem, b: LibraryItem) => number> = {
  newest,
  oldest: (a, b) => a.year - b.year,
  fastest: (a, b) => a.delayDays - b.delayDays,
  // Cases without a measured reach go last rather than being treated as zero.
  reach: (a, b) => (b.reach ?? -1) - (a.reach ?? -1),
  title: (a, b) => a.title.localeCompare(b.title),
};

/**
 * The slugs to show, in order. `searchHits` (from full-text search, best match first) narrows further when
 * given, and with the sort "best" its order is the order shown.
 */
export function applyLibraryState(
  items: LibraryItem[],
  state: LibraryState,
  searchHits?: readonly string[],
): string[] {
  const rank = new Map(searchHits?.map((slug, i) => [slug, i]));
  const compare =
    state.sort === 'best'
      ? searchHits
        ? (a: LibraryItem, b: LibraryItem) => rank.get(a.slug)! - rank.get(b.slug)!
        : newest
      : comparators[state.sort];
  return items
    .filter((item) => matches(item, state.filters) && (!searchHits || rank.has(item.slug)))
    .sort((a, b) => compare(a, b) || a.title.localeCompare(b.title))
    .map((item) => item.slug);
}
