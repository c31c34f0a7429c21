import AxeBuilder from '@axe-core/playwright';
import { builtRoutes } from './routes';
import { expect, settled, test, useTheme } from './fixtures';

const routes = builtRoutes();
/** Pages whose checks also run in the quick loop (`npm run test:quick`): one of each kind a reader meets first. */
const smokePages = new Set(['/', '/cases/', '/cases/united-breaks-guitars/', '/simulations/cascade/']);

test('the build has the pages the site promises', () => {
  for (const path of [
    '/',
    '/cases/',
    '/about/',
    '/glossary/',
    '/404.html',
    '/simulations/',
    '/exercises/',
    '/instructors/',
  ]) {
    expect(routes).toContain(path);
  }
});

for (const path of routes) {
  const tag = smokePages.has(path) ? ['@smoke'] : [];
  test.describe(`page ${path}`, { tag }, () => {
    for (const theme of ['light', 'dark'] as const) {
      test(`loads cleanly and passes axe (${theme})`, async ({ watched: page }) => {
        await useTheme(page, theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await page.title()).not.toBe('');
        await settled(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
        );
        expect(summary, summary.join('\n')).toEqual([]);
      });
    }

    test('has no horizontal scroll at 320 px', async ({ watched: page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
