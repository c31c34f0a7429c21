// Frame rate of the network view while a cascade plays, in headless Chromium, at full speed and with the CPU
// slowed 4× (Chrome's CPU throttling through the DevTools protocol, a fair stand-in for a low-end Chromebook).
// For each size (2,000, 10,000 and 100,000 people by default) it opens the cascade sandbox, presses Play,
// records requestAnimationFrame timestamps for a few seconds while the run animates, and reports the median and
// average frames per second, the 95th-percentile frame time and how busy the main thread was, each beside its
// budget (DESIGN.md and issue "Smooth on a school Chromebook"). Numbers, not verdicts: it exits 0 when a budget
// is missed, unless --strict is given. Writes reports/fps.json.
// Usage: npm run build && npm run fps [-- 10000 100000] [-- --strict] [-- --no-throttle]
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const sizes = args.filter((a) => !a.startsWith('--')).map(Number);
const rates = args.includes('--no-throttle') ? [1] : [1, 4];
const MEASURE_MS = 4000;

/** Budgets by CPU slow-down and size: average fps at least `fps`; main thread busy at most `busy` (a share). */
function budgetFor(rate, n) {
  if (rate === 1) return { fps: 55, busy: n === 10_000 ? 0.25 : null };
  return { fps: n >= 100_000 ? 30 : 55, busy: null };
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
const results = [];
try {
  for (const n of sizes.length ? sizes : [2_000, 10_000, 100_000]) {
    for (const rate of rates) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      // A long run at a slow speed, so the whole measurement happens while the run is still animating.
      await page.goto(`${server.origin}/simulations/cascade/?cascade.n=${n}&cascade.maxDays=365`);
      await page.waitForSelector('wom-simulation#cascade[data-ready="true"]');
      // The network's canvas is made in the first idle moment after the figure is live (a placeholder before).
      await page.waitForFunction(() => !document.querySelector('wom-simulation#cascade .network-loading'));
      await page
        .locator('wom-simulation#cascade canvas, wom-simulation#cascade svg')
        .first()
        .scrollIntoViewIfNeeded();
      const renderer = await page.evaluate(() =>
        document.querySelector('wom-simulation#cascade canvas') ? 'canvas' : 'svg',
      );
      await page.selectOption('#cascade-speed', '0.5');
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.getByRole('button', { name: /Play/ }).click();
      const before = await taskSeconds(cdp);
      const frames = await page.evaluate(
        (ms) =>
          new Promise((resolve) => {
            const times = [];
            const start = performance.now();
            const tick = (t) => {
              times.push(t);
              if (t - start < ms) requestAnimationFrame(tick);
              else resolve(times);
            };
            requestAnimationFrame(tick);
          }),
        MEASURE_MS,
      );
      const after = await taskSeconds(cdp);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const stillPlaying = await page.getByRole('button', { name: /Pause/ }).isVisible();
      const intervals = frames
        .slice(1)
        .map((t, i) => t - frames[i])
        .sort((a, b) => a - b);
      const elapsed = frames.at(-1) - frames[0];
      const median = intervals[Math.floor(intervals.length / 2)];
      const p95 = intervals[Math.floor(intervals.length * 0.95)];
      const budget = budgetFor(rate, n);
      const row = {
        n,
        cpuSlowdown: rate,
        renderer,
        frames: frames.length,
        medianFps: 1000 / median,
        averageFps: (1000 * intervals.length) / elapsed,
        p95FrameMs: p95,
        // Main-thread task time per second of wall time (Chrome's own TaskDuration, which counts throttled time).
        mainThreadBusy: (after - before) / (elapsed / 1000),
        stillPlaying,
        budget,
      };
      row.missed =
        row.averageFps < budget.fps ||
        (budget.busy !== null && row.mainThreadBusy > budget.busy) ||
        !stillPlaying;
      results.push(row);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const header = [
  'people',
  'CPU',
  'renderer',
  'median fps',
  'average fps',
  'p95 frame',
  'busy',
  'budget',
  'result',
];
const table = results.map((r) => [
  r.n.toLocaleString('en-GB'),
  `${r.cpuSlowdown}×`,
  r.renderer,
  r.medianFps.toFixed(1),
  r.averageFps.toFixed(1),
  `${r.p95FrameMs.toFixed(1)} ms`,
  `${Math.round(r.mainThreadBusy * 100)}%`,
  `≥ ${r.budget.fps} fps${r.budget.busy === null ? '' : `, ≤ ${Math.round(r.budget.busy * 100)}% busy`}`,
  r.stillPlaying ? (r.missed ? 'over' : 'ok') : 'run ended early',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
await mkdir('reports', { recursive: true });
await writeFile('reports/fps.json', JSON.stringify(results, null, 2));
const missed = results.filter((r) => r.missed).length;
if (missed > 0) {
  console.log(`\n${missed} of ${results.length} over budget.`);
  if (strict) process.exitCode = 1;
  else console.log('(A report, not a verdict: run with --strict to fail on a missed budget.)');
}

/** Seconds of main-thread task time so far (Chrome's Performance.getMetrics TaskDuration). */
async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}
