// Renders the site's raster images from SVG sources in headless Chromium: the Apple touch icon from
// public/favicon.svg and the Open Graph card (public/og.png). Run by hand when the artwork changes;
// the PNGs are committed. Usage: npm run images
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { chromiumPath, launchArgs } from './chromium.mjs';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });
const page = await browser.newPage();
const favicon = await readFile('public/favicon.svg', 'utf8');

await page.setViewportSize({ width: 180, height: 180 });
await page.setContent(
  `<body style="margin:0">${favicon.replace('<svg ', '<svg width="180" height="180" ')}</body>`,
);
await page.screenshot({ path: 'public/apple-touch-icon.png', omitBackground: true });

await page.setViewportSize({ width: 1200, height: 630 });
await page.setContent(`<body style="margin:0;font-family:system-ui,sans-serif;background:#0b5cad;color:#fff">
  <div style="display:flex;align-items:center;gap:48px;padding:0 90px;height:630px;box-sizing:border-box">
    ${favicon.replace('<svg ', '<svg width="220" height="220" ')}
    <div><div style="font-size:72px;font-weight:800;line-height:1.1">Word of Mouth Cases</div>
    <div style="font-size:36px;margin-top:24px;max-width:760px">How one unhappy customer reaches millions: real cases and live simulations</div></div>
  </div></body>`);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('Wrote public/apple-touch-icon.png and public/og.png');
