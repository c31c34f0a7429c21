// How fast /my-work/ opens with a lot saved, in headless Chromium (issue 14: 10,000 items took 9 s).
// Seeds localStorage with N saved items (predictions, answers, reflections and runs, in all three groups), opens
// My work in a fresh browser context, and reads when the list was first painted (Element Timing on the first
// group's heading, from navigation start) and when every item had been drawn. Five runs each for 1 item and
// for N; prints the medians beside the budget (≤ 1,000 ms to first paint of the list at 10,000 items).
// Numbers, not verdicts: exits 0 when the budget is missed, unless --strict is given.
// Usage: npm run build && npx node scripts/my-work-timing.mjs [-- N] [-- --strict]
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const n = Number(args.find((a) => !a.startsWith('--')) ?? 10_000);
const runs = 5;
const budget = 1000;

/** N saved items, as the site saves them: a third each of assignment steps, exercises and lesson prompts. */
function work(count) {
  const items = {};
  const at = (i) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  for (let i = 0; i < count; i++) {
    const kind = i % 3;
    const scope =
      kind === 0
        ? `assignment:a${i % 7}:ubg-fizzle-${i}`
        : kind === 1
          ? `exercise:ubg-fizzle-${i}`
          : `/cases/united-breaks-guitars/#p-${i}`;
    items[scope] = {
      page: kind === 2 ? '/cases/united-breaks-guitars/' : '/exercises/ubg-fizzle/',
      title: `Saved place ${i}`,
      prediction: { text: `Prediction number ${i}: it fizzles out after a few retellings.`, savedAt: at(i) },
      ...(kind === 2
        ? {}
        : {
            answers: { 'p-fizzle': { value: '60%', correct: i % 2 === 0, savedAt: at(i) } },
            reflection: { text: `Reflection ${i}.`, savedAt: at(i) },
            run: { model: 'branching', params: { r: 0.9, kappa: 0.5, runs: 400 }, seed: i, savedAt: at(i) },
          }),
    };
  }
  return JSON.stringify({ version: 1, items });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });

async function measure(count) {
  const raw = work(count);
  const times = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript((value) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('wom.work', value);
      sessionStorage.setItem('seeded', '1');
      // The first paint of the list's first heading (it carries elementtiming="mw-list").
      window.__listPaint = new Promise((resolve) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.identifier === 'mw-list') resolve(entry.renderTime || entry.loadTime);
        }).observe({ type: 'element', buffered: true });
      });
    }, raw);
    await page.goto(`${server.origin}/my-work/`);
    const firstPaint = await page.evaluate(() => window.__listPaint);
    await page.waitForFunction(() => {
      const list = document.querySelector('.mw-list');
      return list && !list.hasAttribute('aria-busy') && document.querySelectorAll('.mw-item').length > 0;
    });
    const allDrawn = await page.evaluate(() => performance.now());
    const drawn = await page.locator('.mw-item').count();
    times.push({ firstPaint, allDrawn, drawn });
    await context.close();
  }
  return {
    items: count,
    firstPaintMs: times.map((t) => Math.round(t.firstPaint)),
    allDrawnMs: times.map((t) => Math.round(t.allDrawn)),
    medianFirstPaintMs: Math.round(median(times.map((t) => t.firstPaint))),
    medianAllDrawnMs: Math.round(median(times.map((t) => t.allDrawn))),
    drawn: times[0].drawn,
    storedCharacters: raw.length,
  };
}

try {
  const one = await measure(1);
  const many = await measure(n);
  for (const r of [one, many]) {
    console.log(
      `My work, ${r.items.toLocaleString('en-GB')} item${r.items === 1 ? '' : 's'} (${r.storedCharacters.toLocaleString('en-GB')} characters stored): ` +
        `list first painted at ${r.medianFirstPaintMs} ms (median of ${runs}: ${r.firstPaintMs.join(', ')}), ` +
        `all ${r.drawn.toLocaleString('en-GB')} drawn at ${r.medianAllDrawnMs} ms`,
    );
  }
  console.log(`Budget: list first painted ≤ ${budget} ms at 10,000 items.`);
  await mkdir('reports', { recursive: true });
  await writeFile('reports/my-work-timing.json', JSON.stringify({ budgetMs: budget, one, many }, null, 2));
  const missed = many.medianFirstPaintMs > budget;
  if (missed && strict) process.exitCode = 1;
  else if (missed) console.log('(A report, not a verdict: run with --strict to fail on a missed budget.)');
} finally {
  await browser.close();
  server.stop();
}
