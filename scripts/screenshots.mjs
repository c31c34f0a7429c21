// Screenshots for looking at the site as a user would: each page at 320 px and 1280 px, light and dark.
// Usage: npm run build && npm run screenshots -- / /cases/ …        (serves dist/ itself, on a free port)
//        npm run screenshots -- http://localhost:4321 / /cases/    (a server you already run, e.g. npm start)
// Writes reports/screens/<page>-<width>-<theme>.png (full page).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const given = /^https?:\/\//.test(args[0] ?? '') ? args.shift() : undefined;
const server = given ? undefined : await startPreview();
const origin = given ?? server.origin;
const paths = args;
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
server?.stop();
