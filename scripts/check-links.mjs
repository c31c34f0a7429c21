// Internal link checker over the built site (dist/). Every href and src that points into the site must
// resolve to a file, and every #fragment to an element id (or a named anchor) on the target page.
// External links are not fetched (this machine has no internet, and the site must not depend on them),
// but resources loaded from another origin (script, img, link, iframe src) are reported as errors:
// nothing may be fetched from outside the site's own origin.
//
// Usage: node scripts/check-links.mjs dist [--base /sub-path/]
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

const root = process.argv[2] ?? 'dist';
const baseFlag = process.argv.indexOf('--base');
const base = (baseFlag > 0 ? process.argv[baseFlag + 1] : (process.env.BASE_PATH ?? '/')).replace(
  /\/?$/,
  '/',
);

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

const files = await listFiles(root);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const idsByFile = new Map();
const pages = new Map();

for (const file of htmlFiles) {
  // <noscript> is read as markup, not text (the parser's default): what a reader without JavaScript loads, such as
  // the pictures of results that wait for a guess (src/integrations/figure-images.ts), must resolve too.
  const doc = parse(await readFile(file, 'utf8'), {
    blockTextElements: { script: true, style: true, pre: true },
  });
  pages.set(file, doc);
  const ids = new Set();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id'));
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name'));
  idsByFile.set(file, ids);
}

/** Map a site path (with the base) to a file in dist, or null. */
async function resolvePath(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    rel === '' || rel.endsWith('/')
      ? [join(root, rel, 'index.html')]
      : [join(root, rel), join(root, rel, 'index.html')];
  for (const candidate of candidates) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

const problems = [];
let checked = 0;
const siteOrigin = 'http://site.invalid';

for (const [file, doc] of pages) {
  const pagePath = '/' + relative(root, file).split(sep).join('/');
  const pageUrl = new URL(base.replace(/\/$/, '') + pagePath.replace(/index\.html$/, ''), siteOrigin);
  const refs = [
    ...doc
      .querySelectorAll('a[href], link[href], area[href]')
      .map((el) => ({ el, attr: 'href', loads: el.tagName === 'LINK' })),
    ...doc.querySelectorAll('[src]').map((el) => ({ el, attr: 'src', loads: true })),
    ...doc.querySelectorAll('use[href]').map((el) => ({ el, attr: 'href', loads: true })),
  ];
  for (const { el, attr, loads } of refs) {
    const value = el.getAttribute(attr);
    if (!value || /^(mailto:|tel:|javascript:|data:)/.test(value)) continue;
    let url;
    try {
      url = new URL(value, pageUrl);
    } catch {
      problems.push(`${pagePath}: unparseable ${attr}="${value}"`);
      continue;
    }
    if (url.origin !== siteOrigin) {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      const isNavigation = el.tagName === 'A' || rel.includes('canonical') || rel.includes('alternate');
      if (loads && !isNavigation)
        problems.push(`${pagePath}: loads a resource from another origin: ${value}`);
      continue;
    }
    checked++;
    const target = await resolvePath(url.pathname);
    if (!target) {
      problems.push(`${pagePath}: broken ${attr}="${value}" (no file for ${url.pathname})`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsByFile.get(target)?.has(fragment)) {
      problems.push(
        `${pagePath}: ${attr}="${value}" points to #${fragment}, which is not on ${url.pathname}`,
      );
    }
  }
}

console.log(`Link check: ${htmlFiles.length} pages, ${checked} internal links and resources checked.`);
if (problems.length) {
  console.error(`${problems.length} problem(s):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log('No broken internal links.');
