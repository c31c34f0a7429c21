import { test as base, expect, type Page } from '@playwright/test';

/**
 * A page that records console errors, uncaught exceptions and any request leaving the site's origin,
 * and fails the test on any of them when it ends.
 */
export const test = base.extend<{ watched: Page }>({
  watched: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

/** Set the colour theme the way a returning visitor would have it: remembered in localStorage. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
  await page.emulateMedia({ colorScheme: theme });
}

/**
 * Waits until the page has finished what it does on its own after loading: fonts in, and every simulation
 * near the viewport either live or failed (none still loading). Checks that read the whole page (axe) run
 * after this, so they see the page a reader sees and do not compete with its start-up work.
 */
export async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await expect(page.locator('[data-ready="loading"]')).toHaveCount(0);
}
