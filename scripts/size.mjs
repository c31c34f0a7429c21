// JavaScript and CSS weight of every page in dist/, raw and gzip, against the budgets in DESIGN.md.
// Counts what a first visit downloads: external scripts and stylesheets the HTML references (and the
// modules those scripts import statically), plus inline <script> and <style>. Scripts loaded only on
// demand (dynamic import(), workers, Pagefind) are listed apart and not counted against the page.
//
// Usage: node scripts/size.mjs dist [--json reports/size.json]
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

const root = process.argv[2] ?? 'dist';
const jsonFlag = process.argv.indexOf('--json');
const jsonOut = jsonFlag > 0 ? process.argv[jsonFlag + 1] : 'reports/size.json';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Budgets in gzip bytes (DESIGN.md, "Budgets"). The first rule whose test matches a page applies. */
const budgets = [
  { kind: 'lesson', test: (p) => /^\/cases\/[^/]+\/$/.test(p), js: 60 * 1024 },
  { kind: 'simulation', test: (p) => /^\/(simulations|embed|exercises)\/[^/]+\/$/.test(p), js: 60 * 1024 },
  { kind: 'library', test: (p) => p === '/cases/', js: 15 * 1024 },
  {
    kind: 'app',
    test: (p) => /^\/(my-work|instructors\/assign|instructors\/class)\//.test(p),
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

/** A JS module and every module it imports statically (import … from / export … from / bare import). */
async function moduleClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = (await fileBytes(file)).toString('utf8');
  const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const match of source.matchAll(staticImport)) {
    const spec = match[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const target = spec.startsWith('/') ? toFile(spec) : join(dirname(file), spec);
    await moduleClosure(target, seen);
  }
  return seen;
}

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
for (const file of (await listFiles(root)).filter((f) => f.endsWith('.html')).sort()) {
  const path =
    '/' +
    relative(root, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  const doc = parse(await readFile(file, 'utf8'));
  const jsFiles = new Set();
  let inlineJs = '';
  let inlineCss = '';
  for (const s of doc.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    const type = s.getAttribute('type') ?? '';
    if (type && !/module|javascript/.test(type)) continue; // JSON data, etc.
    if (src) for (const f of await moduleClosure(toFile(src))) jsFiles.add(f);
    else inlineJs += s.text;
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
  const js = await sum(jsFiles, inlineJs);
  const css = await sum(cssFiles, inlineCss);
  const budget = budgets.find((b) => b.test(path));
  rows.push({ path, kind: budget.kind, js, css, budget: budget.js, ok: js.gz <= budget.js });
}

const header = ['page', 'kind', 'JS raw KB', 'JS gzip KB', 'budget KB', 'CSS raw KB', 'CSS gzip KB', ''];
const table = rows.map((r) => [
  r.path,
  r.kind,
  kb(r.js.raw),
  kb(r.js.gz),
  kb(r.budget),
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
console.log(`\n${rows.length} pages; ${over.length} over budget. Written to ${jsonOut}.`);
if (over.length) process.exit(1);
