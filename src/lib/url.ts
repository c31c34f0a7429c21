/**
 * Internal links go through `href()` so the site works at the root of a host or under a sub-path
 * (BASE_PATH at build time). Paths are written without the base, with a leading slash.
 */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  if (!path.startsWith('/')) throw new Error(`href() needs a path that starts with "/", got "${path}"`);
  return `${base}${path}`;
}
