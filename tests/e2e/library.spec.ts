import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const slugs = readdirSync('content/cases')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

test('every case appears in the library, on the timeline and in the glance view', async ({
  watched: page,
}) => {
  for (const path of ['/cases/', '/cases/timeline/', '/cases/at-a-glance/']) {
    await page.goto(path);
    for (const slug of slugs) {
      await expect(
        page.locator(`main a[href$="/cases/${slug}/"]`).first(),
        `${slug} on ${path}`,
      ).toBeAttached();
    }
  }
});

test(
  'filters narrow the list, live in the URL and survive a reload',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    await page.goto('/cases/');
    const visible = page.locator('.library-list > li:not([hidden])');
    const total = await visible.count();
    expect(total).toBe(slugs.length);
    await page.getByLabel('Outcome', { exact: true }).selectOption('positive');
    await expect(page).toHaveURL(/outcome=positive/);
    const positives = await visible.count();
    expect(positives).toBeLessThan(total);
    for (const card of await visible.all())
      await expect(card.locator('.case-card')).toHaveAttribute('data-outcome', 'positive');
    await expect(page.locator('.count')).toHaveText(`${positives} of ${total} cases`);
    await page.getByLabel('Sort', { exact: true }).selectOption('oldest');
    await page.reload();
    await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('positive');
    await expect(page.getByLabel('Sort', { exact: true })).toHaveValue('oldest');
    await expect(visible).toHaveCount(positives);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(visible).toHaveCount(total);
    await expect(page).toHaveURL(/\/cases\/$/);
  },
);

test('unknown filters in the address are ignored with a notice', async ({ watched: page }) => {
  await page.goto('/cases/?outcome=fabulous&sort=sideways');
  await expect(page.locator('.library-notice')).toContainText('outcome=fabulous');
  await expect(page.locator('.library-list > li:not([hidden])')).toHaveCount(slugs.length);
});

test('full-text search finds a case by a word that is only in its body', async ({ watched: page }) => {
  await page.goto('/cases/');
  // "Omaha" appears in the United Breaks Guitars lesson text, not in any card.
  await page.getByLabel('Search the lessons').fill('Omaha');
  await expect(page.locator('.library-list > li:not([hidden])')).toHaveCount(1);
  await expect(page.locator('.library-list > li:not([hidden])')).toHaveAttribute(
    'data-slug',
    'united-breaks-guitars',
  );
  await expect(page).toHaveURL(/q=Omaha/);
});

test('two cases side by side, chosen in the URL', async ({ watched: page }) => {
  await page.goto(`/cases/compare/?a=${slugs[0]}&b=${slugs[1] ?? slugs[0]}`);
  await expect(page.locator('thead th[data-slug]:not([hidden])')).toHaveCount(slugs.length > 1 ? 2 : 1);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the library is a plain list of every case', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.locator('.library-list > li')).toHaveCount(slugs.length);
    await expect(page.locator('form.filters')).toBeHidden();
  });
});

test('the search page finds lessons by a word in their text, from the URL too', async ({ watched: page }) => {
  await page.goto('/search/?q=Omaha');
  await expect(page.locator('.results li')).toHaveCount(1);
  await expect(page.locator('.results li a')).toHaveAttribute('href', /\/cases\/united-breaks-guitars\//);
  await expect(page.locator('.results mark').first()).toHaveText(/Omaha/i);
});

// One ranking: the library and the search page ask Pagefind the same way (src/lib/site-search.ts), and the
// flagship, whose title, summary and body are about these words, comes first; the other cases mention it.
for (const q of ['guitar', 'United', 'Carroll']) {
  test(`"${q}" puts United Breaks Guitars first, in the library and on the search page`, async ({
    watched: page,
  }) => {
    await page.goto(`/cases/?q=${q}`);
    const shown = page.locator('.library-list > li:not([hidden])');
    // Searching has finished when the count says how many of the cases it found ("3 of 11 cases").
    await expect(page.locator('.count')).toHaveText(/^\d+ of \d+ cases$/);
    await expect(shown.first()).toHaveAttribute('data-slug', 'united-breaks-guitars');
    const library = await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-slug')));

    await page.goto(`/search/?q=${q}`);
    const results = page.locator('.results li a');
    await expect(results.first()).toHaveAttribute('href', /\/cases\/united-breaks-guitars\//);
    const search = await results.evaluateAll((as) =>
      as.map((a) => /\/cases\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1]),
    );
    expect(library).toEqual(search);
  });
}
