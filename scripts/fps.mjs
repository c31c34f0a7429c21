// Frame rate of the network view animating a 10,000-node cascade in headless Chromium.
// Opens the cascade sandbox with n = 10,000, presses Play, records requestAnimationFrame timestamps for a
// few seconds while the run redraws every frame, and prints the median frames per second beside its budget
// (≥ 55). Numbers, not verdicts: it exits 0 when the budget is missed, unless --strict is given.
// Usage: npm run build && npm run fps [-- n] [-- --strict]
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const n = Number(args.find((a) => !a.startsWith('--')) ?? 10_000);
const budget = 55;
const server = await startPreview();

const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Slow speed and a long run so the whole measurement happens while the run is still animating.
  await page.goto(`${server.origin}/simulations/cascade/?cascade.n=${n}&cascade.maxDays=365`);
  await page.waitForSelector('wom-simulation#cascade[data-ready="true"]');
  await page.locator('wom-simulation#cascade canvas').first().scrollIntoViewIfNeeded();
  const renderer = await page.evaluate(() =>
    document.querySelector('wom-simulation#cascade canvas') ? 'canvas' : 'svg',
  );
  await page.selectOption('#cascade-speed', '0.5');
  await page.getByRole('button', { name: /Play/ }).click();
  const frames = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const times = [];
        const start = performance.now();
        const tick = (t) => {
          times.push(t);
          if (t - start < 4000) requestAnimationFrame(tick);
          else resolve(times);
        };
        requestAnimationFrame(tick);
      }),
  );
  const stillPlaying = await page.getByRole('button', { name: /Pause/ }).isVisible();
  const intervals = frames
    .slice(1)
    .map((t, i) => t - frames[i])
    .sort((a, b) => a - b);
  const median = intervals[Math.floor(intervals.length / 2)];
  const p95 = intervals[Math.floor(intervals.length * 0.95)];
  const fps = 1000 / median;
  const report = {
    n,
    renderer,
    frames: frames.length,
    medianFrameMs: median,
    p95FrameMs: p95,
    medianFps: fps,
    stillPlaying,
  };
  console.log(
    `Network view, n = ${n.toLocaleString('en-GB')} (${renderer}): median frame ${median.toFixed(2)} ms → ${fps.toFixed(1)} fps (p95 frame ${p95.toFixed(2)} ms, ${frames.length} frames, budget ≥ ${budget} fps)${stillPlaying ? '' : ' — WARNING: the run ended during the measurement'}`,
  );
  await mkdir('reports', { recursive: true });
  await writeFile('reports/fps.json', JSON.stringify(report, null, 2));
  const missed = fps < budget || !stillPlaying || renderer !== 'canvas';
  if (missed && strict) process.exitCode = 1;
  else if (missed) console.log('(A report, not a verdict: run with --strict to fail on a missed budget.)');
} finally {
  await browser.close();
  server.stop();
}
