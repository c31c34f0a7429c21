import { expect, test } from './fixtures';

test(
  'the theme toggle cycles system → light → dark and is remembered after a reload',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /Colour theme/ });
    await expect(toggle).toHaveAccessibleName(/System/);
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 23)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: /Colour theme/ })).toHaveAccessibleName(/Dark/);
    await page.getByRole('button', { name: /Colour theme/ }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  },
);

test('the dark theme follows the system when nothing is chosen', async ({ watched: page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
});

test('a printed page has the same colours whatever theme is on screen', async ({ watched: page }) => {
  await page.goto('/cases/dominos-2009/');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  // Every colour the site defines on :root, read as the page computes it now.
  const colours = () =>
    page.evaluate(() => {
      const names = Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':root')
        .flatMap((rule) =>
          Array.from(rule.style).filter(
            (name) => name.startsWith('--') && !/font|radius|measure|wide/.test(name),
          ),
        );
      const style = getComputedStyle(document.documentElement);
      return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
    });
  const light = await colours();
  expect(Object.keys(light).length).toBeGreaterThan(15);
  expect(light['--bg']).toBe('#fff');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual(light);
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await colours()).toEqual(light);
});

test('the skip link is the first stop for a keyboard user and moves focus to the main content', async ({
  watched: page,
}) => {
  await page.goto('/cases/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('navigation marks the current section', async ({ watched: page }) => {
  await page.goto('/cases/united-breaks-guitars/');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('a case page cites its sources and every citation lands on a listed source', async ({
  watched: page,
}) => {
  await page.goto('/cases/united-breaks-guitars/');
  const cites = page.locator('.cite a');
  expect(await cites.count()).toBeGreaterThan(5);
  const first = cites.first();
  const target = await first.getAttribute('href');
  await first.click();
  await expect(page.locator(target!)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The case library' })).toBeVisible();
});

test('the RSS feed lists the cases', async ({ request }) => {
  const body = await (await request.get('/rss.xml')).text();
  expect(body).toContain('<title>United Breaks Guitars</title>');
  expect(body).toContain('/cases/united-breaks-guitars/');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a case reads in full, with its timeline and sources', async ({ page }) => {
    await page.goto('/cases/united-breaks-guitars/');
    await expect(page.getByRole('heading', { level: 1, name: 'United Breaks Guitars' })).toBeVisible();
    await expect(page.locator('.timeline li')).not.toHaveCount(0);
    await expect(page.locator('#sources-heading')).toBeVisible();
  });
});
