// Lighthouse (mobile, the default form factor) for the home page, the case library and a case page,
// served by `astro preview` from dist/. Prints a table and writes reports/lighthouse.json.
// Numbers, not verdicts: the budgets (100 accessibility / best practices / SEO, ≥ 95 performance) are
// printed beside the scores. Usage: npm run build && npm run lighthouse
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/cases/', '/cases/united-breaks-guitars/', '/simulations/', '/about/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await startPreview();

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: launchArgs.map((f) => (f === '--headless' ? '--headless=new' : f)),
});
const results = [];
try {
  for (const path of pages) {
    const url = `${server.origin}${path}`;
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: categories,
      logLevel: 'error',
    });
    const scores = Object.fromEntries(
      categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    );
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id);
    // The timings the budgets name (DESIGN.md; issue 18: total blocking time ≤ 100 ms on the flagship).
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
    const timings = {
      tbt: ms('total-blocking-time'),
      lcp: ms('largest-contentful-paint'),
      fcp: ms('first-contentful-paint'),
    };
    results.push({ path, ...scores, ...timings, failing });
  }
} finally {
  chrome.kill();
  server.stop();
}

const header = ['page', ...categories];
console.log(header.map((h, i) => (i ? h.padStart(15) : h.padEnd(32))).join(''));
for (const r of results) {
  console.log(
    [
      r.path.padEnd(32),
      ...categories.map((c) => `${r[c]}${r[c] >= targets[c] ? '' : ' (<' + targets[c] + ')'}`.padStart(15)),
    ].join(''),
  );
  console.log(
    `  total blocking time ${r.tbt} ms (budget 100), first paint ${r.fcp} ms, largest paint ${r.lcp} ms`,
  );
  if (r.failing.length) console.log(`  audits below 90: ${r.failing.join(', ')}`);
}
await mkdir('reports', { recursive: true });
await writeFile(
  'reports/lighthouse.json',
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2),
);
console.log('\nWritten to reports/lighthouse.json');
