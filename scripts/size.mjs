// JavaScript and CSS weight of every page in dist/, raw and gzip, against the budgets in DESIGN.md.
// "JS first" is what the HTML loads: its scripts and the modules they import statically, plus inline
// scripts. "JS loaded" is what a visit really downloads before anyone touches the page: each page is opened
// in headless Chromium (served by astro preview) until its simulations are live, and every script the
// page and its workers fetched is counted. The budget is checked against "JS loaded". Code fetched only on
// use (Pagefind when someone searches, the Bass optimiser when someone fits) is not counted. "JS all" is
// every chunk reachable by import(), an upper bound for reference.
//
// Usage: node scripts/size.mjs dist [--json reports/size.json]
//        node scripts/size.mjs dist --detail /cases/united-breaks-guitars/   (one page, file by file)
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const root = process.argv[2] ?? 'dist';
const jsonFlag = process.argv.indexOf('--json');
const jsonOut = jsonFlag > 0 ? process.argv[jsonFlag + 1] : 'reports/size.json';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const detailFlag = process.argv.indexOf('--detail');
const detail = detailFlag > 0 ? process.argv[detailFlag + 1] : undefined;

/** Budgets in gzip bytes (DESIGN.md, "Budgets"). The first rule whose test matches a page applies. */
const budgets = [
  // The search page is the library's search without the list: the same budget, Pagefind loaded on use.
  {
    kind: 'library',
    test: (p) => /^\/(cases\/(timeline\/|at-a-glance\/|compare\/)?|search\/)$/.test(p),
    js: 15 * 1024,
  },
  { kind: 'lesson', test: (p) => /^\/cases\/[^/]+\/$/.test(p), js: 60 * 1024 },
  // The home page opens with a small live figure (DESIGN.md: "a live mini-simulation"): a chart, not a lesson.
  { kind: 'home', test: (p) => p === '/', js: 20 * 1024 },
  { kind: 'simulation', test: (p) => /^\/(simulations|embed|exercises)\/[^/]+\/$/.test(p), js: 60 * 1024 },
  // The SCORM launch page is the package's app page (it talks to the LMS and keeps the work), not a text page.
  {
    kind: 'app',
    test: (p) => /^\/(my-work|assignment|instructors\/assign|instructors\/class|scorm\/launch)\//.test(p),
    js: 60 * 1024,
  },
  { kind: 'text', test: () => true, js: 2 * 1024 },
];

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

const cache = new Map();
async function fileBytes(path) {
  if (!cache.has(path)) {
    const buf = await readFile(path);
    cache.set(path, buf);
  }
  return cache.get(path);
}

function toFile(url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(root, decodeURIComponent(path.split(/[?#]/)[0]));
}

/**
 * A JS module and every module it imports statically (import … from / export … from / bare import), and
 * with `dynamic` also those it may import() or start as a worker (new URL("…", import.meta.url)).
 */
async function moduleClosure(file, dynamic, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = (await fileBytes(file)).toString('utf8');
  const patterns = [/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g];
  if (dynamic)
    patterns.push(
      /import\(\s*["']([^"']+)["']\s*\)/g,
      /new URL\(\s*["']([^"']+\.js)["']\s*,\s*import\.meta\.url/g,
    );
  // Vite's preload helper lists a dynamic chunk's dependencies as plain strings: "_astro/x.js".
  if (dynamic) patterns.push(/["'](_astro\/[^"']+\.js)["']/g);
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const spec = match[1];
      let target;
      if (spec.startsWith('_astro/')) target = join(root, spec);
      else if (spec.startsWith('/')) target = toFile(spec);
      else if (spec.startsWith('.')) target = join(dirname(file), spec);
      else continue;
      await moduleClosure(target, dynamic, seen);
    }
  }
  return seen;
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];

// A browser that records the scripts each page fetches from the preview server (on a free port, so a run beside
// another server or another run never clashes).
const server = await startPreview({ outDir: root });
const origin = new URL(server.origin);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
async function loadedScripts(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin.origin && url.pathname.endsWith('.js')) files.add(toFile(url.pathname));
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  // Simulations come alive as the reader scrolls to them: visit each one, as a reader of the whole page would.
  for (const sim of await page.locator('wom-simulation').all()) await sim.scrollIntoViewIfNeeded();
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('wom-simulation')].every(
          (s) => s.dataset.ready && s.dataset.ready !== 'loading',
        ),
      null,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await page.waitForLoadState('networkidle');
  await context.close();
  return files;
}
for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html')).sort()) {
  const path =
    '/' +
    relative(root, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  if (detail && path !== detail) continue;
  const doc = parse(await readFile(file, 'utf8'));
  const jsFiles = new Set();
  const allJsFiles = new Set();
  let inlineJs = '';
  let inlineCss = '';
  for (const s of doc.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    const type = s.getAttribute('type') ?? '';
    if (type && !/module|javascript/.test(type)) continue; // JSON data, etc.
    if (src) {
      for (const f of await moduleClosure(toFile(src), false)) jsFiles.add(f);
      for (const f of await moduleClosure(toFile(src), true)) allJsFiles.add(f);
    } else inlineJs += s.text;
  }
  for (const s of doc.querySelectorAll('style')) inlineCss += s.text;
  const cssFiles = new Set(
    doc
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => l.getAttribute('href'))
      .filter(Boolean)
      .map(toFile),
  );
  const sum = async (files, inline) => {
    const parts = [...(await Promise.all([...files].map(fileBytes))), Buffer.from(inline)];
    const raw = parts.reduce((n, b) => n + b.length, 0);
    // Each file is compressed on its own, as a server sends it.
    const gz = parts.reduce((n, b) => n + (b.length ? gzipSync(b, { level: 9 }).length : 0), 0);
    return { raw, gz };
  };
  const first = await sum(jsFiles, inlineJs);
  const all = await sum(allJsFiles, inlineJs);
  const loaded = await loadedScripts(path);
  const js = await sum(loaded, inlineJs);
  if (detail) {
    // Where the bytes go: every script the visit fetched, largest first.
    const sizes = await Promise.all(
      [...loaded].map(async (f) => [relative(root, f), gzipSync(await fileBytes(f), { level: 9 }).length]),
    );
    for (const [file, gz] of sizes.sort((a, b) => b[1] - a[1])) console.log(`${kb(gz).padStart(6)}  ${file}`);
    console.log('');
  }
  const css = await sum(cssFiles, inlineCss);
  const budget = budgets.find((b) => b.test(path));
  rows.push({ path, kind: budget.kind, first, js, all, css, budget: budget.js, ok: js.gz <= budget.js });
}

await browser.close();
server.stop();

const header = [
  'page',
  'kind',
  'JS first gz',
  'JS loaded raw',
  'JS loaded gz',
  'budget',
  'JS all gz',
  'CSS raw',
  'CSS gz',
  '',
];
const table = rows.map((r) => [
  r.path,
  r.kind,
  kb(r.first.gz),
  kb(r.js.raw),
  kb(r.js.gz),
  kb(r.budget),
  kb(r.all.gz),
  kb(r.css.raw),
  kb(r.css.gz),
  r.ok ? 'ok' : 'OVER',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

await mkdir(dirname(jsonOut), { recursive: true });
await writeFile(jsonOut, JSON.stringify(rows, null, 2));
const over = rows.filter((r) => !r.ok);
console.log(
  `\nKB; gzip -9 per file. ${rows.length} pages; ${over.length} over budget. Written to ${jsonOut}.`,
);
if (over.length) process.exit(1);
