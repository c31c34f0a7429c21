/**
 * The one full-text search of the site, shared by the search page and the library so the two rank alike. The
 * index gives a lesson's title and summary more weight than its body (data-pagefind-weight in
 * src/pages/cases/[slug].astro); the ranking below then favours the lesson that is about a word over the ones
 * that mention it in passing (every case compares itself with United Breaks Guitars somewhere, and a short
 * page's one mention is a large share of its words).
 */

export interface SearchData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

export interface SearchHit {
  data(): Promise<SearchData>;
}

interface Pagefind {
  options(options: { ranking?: Record<string, number> }): Promise<void>;
  search(term: string): Promise<{ results: SearchHit[] } | null>;
}

/**
 * Pagefind's ranking parameters (pagefind.app/docs/ranking). pageLength 0 stops a long lesson being marked down
 * for its length; termSaturation 2 (default 1.4) lets a word used throughout a lesson count for more than one
 * used once or twice. With Pagefind's defaults "United" ranked United Express 3411 above United Breaks Guitars;
 * with these the flagship is first for "guitar", "United" and "Carroll" (tests/e2e/library.spec.ts).
 */
export const ranking = { pageLength: 0, termSaturation: 2 } as const;

const loaded = new Map<string, Promise<Pagefind>>();

/** Pagefind's code and index, fetched from this site on the first search only, with the site's ranking set. */
function pagefindAt(base: string): Promise<Pagefind> {
  let p = loaded.get(base);
  if (!p) {
    // The address is a variable, not a template in the call, so the bundler leaves this import as it is instead of
    // wrapping it in its preload helper (it has nothing to preload): the library and search pages, which need
    // nothing else of that helper's chunk, do not fetch it.
    const url = `${base}pagefind/pagefind.js`;
    p = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ ranking });
      return pf;
    });
    // A failed load is not remembered, so a later search can try again.
    p.catch(() => loaded.delete(base));
    loaded.set(base, p);
  }
  return p;
}

/** The hits for a term, best first; rejects when the index cannot be loaded (e.g. the dev server). */
export async function searchSite(base: string, term: string): Promise<SearchHit[]> {
  const pagefind = await pagefindAt(base);
  const found = await pagefind.search(term);
  return found?.results ?? [];
}
