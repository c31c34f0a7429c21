import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from '../chromium.mjs';
import { startPreview } from '../preview-server.mjs';
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
const jobs = JSON.parse(process.argv[2]);
for (const [path, selector, width, theme, name] of jobs) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  const el = selector ? page.locator(selector).first() : page;
  await el.screenshot({ path: `/tmp/dlib/${name}.png`, ...(selector ? {} : { fullPage: true }) });
  console.log(name);
  await page.close();
}
await browser.close();
await server.stop?.();
process.exit(0);
