/**
 * Issue 14, point 6: every page carries a Content-Security-Policy (a <meta> tag: no 'unsafe-inline' for
 * scripts, 'wasm-unsafe-eval' only where Pagefind runs), and nothing on any page breaks it: no
 * `securitypolicyviolation` while a page loads and settles, nor while search, the simulations' worker and
 * My work do their work.
 */
import type { Page } from '@playwright/test';
import { builtRoutes } from './routes';
import { expect, settled, test } from './fixtures';

const routes = builtRoutes();
const pagefindPages = new Set(['/search/', '/cases/']);

/** Records every CSP violation the page reports, from before its first script. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

// Four groups, so the pages spread over the workers; each page is loaded and left to settle.
const groups = 4;
for (let g = 0; g < groups; g++) {
  test(`every page has a policy and breaks none of it (group ${g + 1} of ${groups})`, async ({
    watched: page,
  }) => {
    test.setTimeout(300_000);
    await watchPolicy(page);
    for (const path of routes.filter((_, i) => i % groups === g)) {
      await page.goto(path);
      await settled(page);
      const policy = (await policyOf(page)) ?? '';
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(script, path).toContain("'self'");
      expect(script, path).not.toContain("'unsafe-inline'");
      expect(script, path).not.toContain("'unsafe-eval'");
      expect(script.includes("'wasm-unsafe-eval'"), path).toBe(pagefindPages.has(path));
      expect(policy, path).toContain("object-src 'none'");
      expect(await violations(page), path).toEqual([]);
    }
  });
}

test('search runs Pagefind under the policy, and shows excerpts as text with marks', async ({
  watched: page,
}) => {
  await watchPolicy(page);
  await page.goto('/search/?q=guitar');
  const results = page.locator('.results li');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toBeVisible();
  const origin = new URL(page.url()).origin;
  for (const href of await results
    .locator('a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
    expect(new URL(href).origin).toBe(origin);
  expect(await violations(page)).toEqual([]);
});

test('the library searches under the policy', async ({ watched: page }) => {
  await watchPolicy(page);
  const wasm = page.waitForResponse((r) => r.url().includes('/pagefind/wasm.'));
  await page.goto('/cases/?q=guitar');
  await wasm;
  await expect(page.locator('.count')).toHaveText(/^\d+ of \d+ cases$/);
  expect(await violations(page)).toEqual([]);
});

test('a large network runs in its worker under the policy', async ({ watched: page }) => {
  await watchPolicy(page);
  await page.goto('/simulations/cascade/?cascade.n=5000');
  const sim = page.locator('wom-simulation#cascade');
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(sim).not.toHaveAttribute('aria-busy', 'true');
  expect(await violations(page)).toEqual([]);
});
