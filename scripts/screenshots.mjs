// Screenshots for looking at the site as a user would: each page at 320 px and 1280 px, light and dark,
// from a running server. Usage: node scripts/screenshots.mjs http://localhost:4321 / /cases/ …
// Writes reports/screens/<page>-<width>-<theme>.png (full page).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';

const [origin = 'http://localhost:4321', ...paths] = process.argv.slice(2);
await mkdir('reports/screens', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
for (const path of paths.length ? paths : ['/']) {
  for (const width of [320, 1280]) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const name =
        (path.replace(/^\/|\/$/g, '').replace(/[/?=&.]/g, '_') || 'home') + `-${width}-${theme}.png`;
      await page.screenshot({ path: `reports/screens/${name}`, fullPage: true });
      // Narrow full-page shots shrink to nothing when viewed; also save them in readable tiles.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const tile = width < 600 ? 1000 : 0;
      for (let y = 0, i = 1; tile && y < height; y += tile, i++) {
        const clip = { x: 0, y, width, height: Math.min(tile, height - y) };
        await page.screenshot({
          path: `reports/screens/${name.replace('.png', `-part${i}.png`)}`,
          clip,
          fullPage: true,
        });
      }
      await page.close();
      console.log(`reports/screens/${name}`);
    }
  }
}
await browser.close();
