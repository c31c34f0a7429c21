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

test('a case the address names that the library lacks is replaced, with a notice naming it', async ({
  watched: page,
}) => {
  await page.goto(`/cases/compare/?a=${slugs[0]}&b=no-such-case`);
  await expect(page.locator('.compare-notice')).toContainText('b=no-such-case');
  await expect(page.locator('thead th[data-slug]:not([hidden])')).toHaveCount(slugs.length > 1 ? 2 : 1);
  await expect(page.locator('#compare-a')).toHaveValue(slugs[0]);
  await page.goto(`/cases/compare/?a=${slugs[0]}`);
  await expect(page.locator('.compare-notice')).toBeHidden();
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

test.describe('timelines to scale, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test("a case's timeline cuts its quiet months, says so, and orders dates by what they stand for", async ({
    page,
  }) => {
    await page.goto('/cases/united-breaks-guitars/');
    const timeline = page.locator('section.timeline');
    // The picture (one image with a description) and the list both mark the fifteen months of refusals.
    await expect(timeline.locator('.wide svg[role="img"] desc')).toContainText('15 months');
    await expect(timeline.locator('.wide svg')).toContainText('15 mo');
    await expect(timeline.locator('li .gap').first()).toHaveText('15 months later');

    await page.goto('/cases/ritz-carlton-joshie-2012/');
    await expect(page.locator('section.timeline li time')).toHaveText(['May 2012', '2012']);
  });

  test('every case card and sandbox card shows a picture screen readers skip', async ({ page }) => {
    for (const [path, cards] of [
      ['/cases/', '.library-list .case-card'],
      ['/simulations/', 'main .card'],
    ] as const) {
      await page.goto(path);
      const all = page.locator(cards);
      const pictures = page.locator(`${cards} svg.thumbnail[aria-hidden="true"]`);
      await expect(pictures).toHaveCount(await all.count());
      for (const svg of await pictures.all()) await expect(svg.locator('path').first()).toBeAttached();
    }
  });
});

test('on a phone the timeline of cases keeps every label on screen, and every mark is a link', async ({
  watched: page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/cases/timeline/');
  const chart = page.locator('.narrow-chart svg');
  await expect(chart).toBeVisible();
  const box = (await chart.boundingBox())!;
  for (const label of await chart.locator('.timeline-label').all()) {
    const b = (await label.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
  const links = chart.locator('a.timeline-case');
  await expect(links).toHaveCount(slugs.length);
  for (const link of await links.all()) await expect(link.locator('.timeline-mark')).toBeAttached();
  // A mark is reached by Tab: focus the first link and it names its case.
  await links.first().focus();
  await expect(links.first()).toBeFocused();
  await expect(links.first()).toHaveAttribute('aria-label', /.+, .+: /);
});
