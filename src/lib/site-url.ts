/**
 * The one rule for links built from saved or imported data (a saved page, a lesson's scope, a run to
 * reopen): the text is resolved the way a browser would resolve it, with `new URL` against the site's origin
 * and base path, and is followed only when the result is on this site, under its base path. Checking the text
 * itself is not enough: browsers drop tabs and line breaks and read `\` as `/`, so `/\t/evil.example/` is an
 * address on another host.
 */

export interface Site {
  /** "https://example.org", no trailing slash. */
  origin: string;
  /** The site's base path: "/" or "/sub/". */
  base: string;
}

/** Longer than any address this site makes (an assignment link carries its whole assignment). */
export const MAX_LINK_LENGTH = 64 * 1024;

/** The address `path` resolves to when it stays on this site, else undefined. Never throws. */
export function siteUrl(path: unknown, site: Site): URL | undefined {
  if (typeof path !== 'string' || path === '' || path.length > MAX_LINK_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(path, new URL(site.base, site.origin));
  } catch {
    return undefined;
  }
  if (url.origin !== site.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  if (url.username || url.password) return undefined;
  // A path that starts "//" is on this host, but written into a link it names another one ("//evil.example/").
  if (url.pathname.startsWith('//')) return undefined;
  return url.pathname.startsWith(site.base) ? url : undefined;
}

/** The same, as a link within the site: path, query and fragment as the browser reads them; no origin. */
export function siteHref(path: unknown, site: Site): string | undefined {
  const url = siteUrl(path, site);
  return url ? `${url.pathname}${url.search}${url.hash}` : undefined;
}
