/**
 * Build-time rewriting of built pages and assets into copies that run from inside a SCORM package, at any
 * address an LMS gives them: every path into the site's own assets becomes relative, links to the rest of
 * the site go to the public site in a new tab, and the site's header and footer (whose links lead out of the
 * package) are left out. Pure string work (node-html-parser for HTML), run by src/integrations/scorm-files.ts
 * and unit-tested. Inline scripts are left byte for byte as they are, so their CSP hashes still hold.
 */
import { parse } from 'node-html-parser';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface HtmlOptions {
  /** The site's base path ("/" or "/sub/"). */
  base: string;
  /** How many folders deep the page sits in the package (index.html: 0; exercises/x/index.html: 2). */
  depth: number;
  /** The public site's root URL, for links that leave the package. */
  siteRoot: string;
}

/** The package copy of a built page. */
export function relocateHtml(html: string, { base, depth, siteRoot }: HtmlOptions): string {
  const root = parse(html, { comment: true });
  const up = '../'.repeat(depth);
  const assets = `${base}_astro/`;
  for (const el of root.querySelectorAll('header.site-header, footer.site-footer')) el.remove();
  // The launch page frames the exercise pages: each <main> is named by its heading, so the two landmarks
  // a screen reader lists are told apart.
  const main = root.querySelector('main');
  const heading = root.querySelector('main h1')?.textContent.trim();
  // (node-html-parser escapes the quotes in a value it writes, not the ampersands.)
  if (main && heading && !main.hasAttribute('aria-label'))
    main.setAttribute('aria-label', heading.replace(/&/g, '&amp;'));
  // Icons, feeds and the sitemap belong to the site, not to a package.
  for (const el of root.querySelectorAll(
    'link[rel~=icon], link[rel=apple-touch-icon], link[rel=alternate], link[rel=sitemap]',
  ))
    el.remove();
  // Shown by the exercise page's script, and pointing out of the package: the assignment banner (its step
  // links lead to the site's pages; the launch page has the steps) and the note that sends students to My
  // work (the site's, which cannot see work kept on an LMS's origin). A style attribute, which the CSP
  // allows, keeps them hidden whatever the script does.
  const outside = [
    ...root.querySelectorAll('.assignment-banner'),
    ...root.querySelectorAll(`p a[href="${base}my-work/"]`).map((a) => a.closest('p')!),
  ];
  for (const el of outside) el.setAttribute('style', 'display: none');
  for (const el of root.querySelectorAll('[href], [src]')) {
    for (const attr of ['href', 'src'] as const) {
      const value = el.getAttribute(attr);
      if (value === undefined) continue;
      if (value.startsWith(assets)) {
        el.setAttribute(attr, up + '_astro/' + value.slice(assets.length));
      } else if (value.startsWith(base) && !value.startsWith('//')) {
        el.setAttribute(attr, siteRoot + value.slice(base.length));
        if (el.tagName === 'A') {
          el.setAttribute('target', '_blank');
          el.setAttribute('rel', 'noopener');
        }
      }
    }
  }
  return root.toString();
}

/**
 * The package copy of a built script: other chunks and workers named by their absolute path are named
 * relative to this one (they all sit in _astro/), and Vite's preload helper, which puts the base in front of
 * "_astro/…", goes one folder up instead. Returns undefined when nothing needed changing.
 */
export function relocateJs(code: string, base: string): string | undefined {
  let out = code.replace(new RegExp(`(["'\`])${escapeRe(base)}_astro/`, 'g'), '$1./');
  out = out.replace(
    new RegExp(`return\\s*(["'\`])${escapeRe(base)}\\1\\s*\\+\\s*([A-Za-z_$][\\w$]*)`, 'g'),
    'return"../"+$2',
  );
  return out === code ? undefined : out;
}

/**
 * Whether a built script holds Vite's preload helper, whose rewriting relocateJs must manage (the build fails
 * loudly if it does not). Known by its code, not its file name: the chunk rules (astro.config.mjs) put it in
 * app-kit, so a chunk named preload-helper no longer exists and a test by name would never fire.
 */
export const isPreloadHelper = (code: string) => code.includes('vite:preloadError');

/** The package copy of a built stylesheet: fonts and images in _astro/ named relative to it. */
export function relocateCss(css: string, base: string): string | undefined {
  const out = css.replace(new RegExp(`url\\((["']?)${escapeRe(base)}_astro/`, 'g'), 'url($1./');
  return out === css ? undefined : out;
}

/** Names of the files in `known` (the _astro folder) that a text mentions. */
export function mentionedAssets(text: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\w.-]+\.(?:js|css|woff2?|ttf|svg|png|wasm|json)/g)) {
    if (known.has(m[0])) found.add(m[0]);
  }
  return [...found];
}

/**
 * Every asset a page needs: what it names, and what those name, to the end. KaTeX's .woff and .ttf fallbacks
 * are left out: every browser an LMS supports takes the .woff2 beside them.
 */
export function assetClosure(
  start: readonly string[],
  read: (name: string) => string | undefined,
  known: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name) || !known.has(name) || /^KaTeX_.*\.(woff|ttf)$/.test(name)) continue;
    seen.add(name);
    const text = /\.(js|css)$/.test(name) ? read(name) : undefined;
    if (text) queue.push(...mentionedAssets(text, known));
  }
  return [...seen].sort();
}
