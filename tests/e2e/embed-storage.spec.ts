/**
 * Issue 14: work inside an embed on another origin, where the browser keeps storage apart (partitioned) or
 * blocks it. A course page on 127.0.0.1 (another site than localhost, where the site runs) frames the site.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chromiumPath, launchArgs } from '../../scripts/chromium.mjs';
import { expect, test } from './fixtures';

// The course page is served by the test itself (on 127.0.0.1, another site than localhost); Chromium's
// local-network checks would stop such a page framing localhost, which a real course site would not be.
test.use({
  launchOptions: {
    executablePath: chromiumPath() ?? '/usr/bin/chromium',
    args: [...launchArgs, '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** A page on 127.0.0.1 (another site than localhost) that frames `path` from the site under test. */
async function host(page: Page, path: string) {
  const base = test.info().project.use.baseURL!;
  const other = base.replace('localhost', '127.0.0.1');
  await page.route(`${other}/lms.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Course</title><iframe src="${base}${path}" title="Exercise" width="900" height="1400"></iframe>`,
    }),
  );
  await page.goto(`${other}/lms.html`);
  return page.frameLocator('iframe');
}

test('issue 14: an exercise says at once that work here is kept apart, with a new tab and a download', async ({
  page,
}) => {
  const frame = await host(page, '/exercises/ubg-fizzle/');
  const notice = frame.locator('.save-notice');
  await expect(notice).toContainText('shown inside another site');
  const open = notice.getByRole('link', { name: /Open in its own tab/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('href', /\/exercises\/ubg-fizzle\/$/);
  await frame.getByLabel('Your prediction').fill('Typed inside a course page');
  await frame.getByLabel('Your reflection').focus();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download what you wrote (JSON)' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('Typed inside a course page');
});

test('issue 14: with storage blocked in the frame, the exercise says so and keeps the work for download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (window.top === window) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const frame = await host(page, '/exercises/ubg-fizzle/');
  const notice = frame.locator('.save-notice');
  await expect(notice).toContainText('does not let it save anything here');
  await frame.getByLabel('Your prediction').fill('Kept only for the download');
  await frame.getByLabel('Your reflection').focus();
  await expect(notice).toContainText('Not saved');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download what you wrote (JSON)' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('Kept only for the download');
});

test('issue 14: an embedded simulation says nothing is kept, with a new tab and the run to download', async ({
  page,
}) => {
  const frame = await host(page, '/embed/bass/?bass.seed=5');
  const notice = frame.locator('.embed-notice');
  await expect(notice).toContainText('nothing you do here is kept');
  await expect(notice.getByRole('link', { name: /Open in its own tab/ })).toHaveAttribute(
    'href',
    '/simulations/bass/?bass.seed=5',
  );
  await expect(frame.locator('wom-simulation')).toHaveAttribute('data-ready', 'true');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download this run (JSON)' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('"model": "bass"');
});
