import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dataSchema } from '../../src/content/schemas';
import { toObservedSeries } from '../../src/lib/observed';
import { fitObservedPoints } from '../../src/models/bass-fit';
import { expect, test } from './fixtures';

/**
 * Figures that carry their point (issue 13, points 3, 4, 5 and 7): marks the text is about, many chains at
 * once, pinned runs drawn, the home page's live figure, the lesson's opening, and a phone-sized header. Marks are
 * checked on the sandboxes, which never wait for a guess.
 */

const live = async (page: Page, id: string) => {
  const sim = page.locator(`wom-simulation#${id}`);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
};

test('cost of silence: log axes with the break-even reach marked, and the mark follows the fix cost', async ({
  watched: page,
}) => {
  await page.goto('/simulations/cost-of-silence/');
  const sim = await live(page, 'cost-of-silence');
  const rule = sim.locator('g.rule-x text', { hasText: /^Break-even:/ });
  await expect(rule).toHaveText('Break-even: 1,200');
  await expect(sim.locator('.axis-x .tick text', { hasText: /^1m$/ })).toHaveCount(1);
  const fix = sim.getByRole('spinbutton', { name: /Cost of making it right/ });
  await fix.fill('12000');
  await fix.press('Enter');
  await expect(rule).toHaveText('Break-even: 12,000');
});

test('cascade: the day of the answer is a labelled rule that moves with its slider', async ({
  watched: page,
}) => {
  await page.goto('/simulations/cascade/');
  const sim = await live(page, 'cascade');
  await expect(sim.locator('g.rule-x text', { hasText: /^Answer, day/ })).toHaveText('Answer, day 2');
  const day = sim.getByRole('spinbutton', { name: /Day of the answer/ });
  await day.fill('5');
  await day.press('Enter');
  await expect(sim.locator('g.rule-x text', { hasText: /^Answer, day/ })).toHaveText('Answer, day 5');
});

test('fizzle or explode: a hundred chains at once, the viral bin and this run marked, a pin drawn', async ({
  watched: page,
}) => {
  await page.goto('/simulations/branching/');
  const sim = await live(page, 'branching');
  await expect(sim.locator('.chart-branching-grid rect.frame')).toHaveCount(100);
  await expect(sim.locator('.chart-branching-grid .headline')).toHaveText(/^100 chains: \d+ died out/);
  await expect(sim.locator('.chart-histogram g.marker text', { hasText: /^this run / })).toHaveCount(1);
  await expect(sim.locator('.chart-histogram g.marker text', { hasText: /^mean / })).toHaveCount(1);
  await sim.getByRole('button', { name: 'Pin this run' }).click();
  await expect(sim.locator('.chart-histogram path.outline')).toHaveAttribute('d', /^M/);
  await expect(sim.locator('.chart-histogram g.marker text', { hasText: /^pinned run / })).toHaveCount(1);
});

test('tell a friend: a pinned run is drawn as outlined bars', async ({ watched: page }) => {
  await page.goto('/simulations/tell-a-friend/');
  const sim = await live(page, 'tell-a-friend');
  await expect(sim.locator('rect.bar-pinned')).toHaveCount(0);
  await sim.getByRole('button', { name: 'Pin this run' }).click();
  await expect.poll(() => sim.locator('rect.bar-pinned').count()).toBeGreaterThan(0);
  await expect(sim.locator('.chart-two-story-bars .legend')).toContainText('Pinned');
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the header is one short row; its menu opens by keyboard and lists every section', async ({
    watched: page,
  }) => {
    await page.goto('/cases/united-breaks-guitars/');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())?.height ?? 999).toBeLessThanOrEqual(100);
    const menu = page.locator('.nav-menu summary');
    await menu.focus();
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveCount(5);
    await expect(nav.getByRole('link', { name: 'Cases' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Cases' })).toBeFocused();
  });

  test('the Bass legend fits the chart', async ({ watched: page }) => {
    await page.goto('/cases/united-breaks-guitars/');
    const sim = await live(page, 'views');
    const chart = sim.locator('svg.chart-time-series').first();
    const box = await chart.boundingBox();
    const items = sim.locator('svg.chart-time-series').first().locator('.legend-item text');
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) {
      const b = await item.boundingBox();
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 1);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });

  test('the home page shows its figure and the phone menu still opens', async ({ watched: page }) => {
    await page.goto('/');
    await expect(page.locator('wom-hook .chart-branching-grid rect.frame')).toHaveCount(100);
    await expect(page.locator('wom-hook .hook-status')).toHaveText(/\d+ died out, \d+ went viral/);
    await expect(page.locator('wom-hook .hook-control')).toBeHidden();
    await page.locator('.nav-menu summary').click();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }),
    ).toBeVisible();
  });
});

test('the home page opens with a live figure: one slider, and the chains change when it moves', async ({
  watched: page,
}) => {
  await page.goto('/');
  const hook = page.locator('wom-hook');
  const slider = hook.getByRole('slider', { name: 'People each person tells, on average' });
  await expect(slider).toBeVisible();
  await expect(hook.getByRole('slider')).toHaveCount(1);
  const status = hook.locator('.hook-status');
  await expect(status).toHaveText(/\d+ died out, \d+ went viral/);
  const viral = async () => Number((await status.textContent())?.match(/(\d+) went viral/)?.[1]);
  const before = await viral();
  await slider.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
  await expect(hook.locator('output')).toHaveText('2.0 on average');
  // R = 2: many more chains go viral than at 1.1 (the model's own chains, the same seed each time).
  await expect.poll(viral).toBeGreaterThan(before + 5);
});

test('the flagship starts with the song and shows a first figure above the fold at 1280 × 800', async ({
  watched: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/cases/united-breaks-guitars/');
  // The song opens the lesson, beside its lead and above the fold.
  const song = page.locator('.lesson-head a[href="https://www.youtube.com/watch?v=5YGc4zOqozo"]');
  await expect(song).toBeInViewport({ ratio: 1 });
  const figure = page.locator('.lead-figure svg >> visible=true');
  await expect(figure).toHaveCount(1);
  await expect(figure).toBeInViewport({ ratio: 1 });
  await expect(figure.locator('.observed-point').first()).toBeVisible();
  // A picture, not a row of Tab stops before the first paragraph.
  await expect(page.locator('.lead-figure [tabindex]')).toHaveCount(0);
});

test('the Bass fit runs in the page: its optimiser loads on demand and fits as the model does in Node', async ({
  watched: page,
}) => {
  await page.goto('/cases/united-breaks-guitars/#views');
  const sim = await live(page, 'views');
  // The figure waits for a guess; the fit sits with the result.
  await sim.getByRole('button', { name: 'Show the result now' }).click();
  await sim.getByRole('button', { name: 'Fit p, q and m to all the observed points' }).click();
  const result = sim.locator('.sim-fit-result');
  // The same fit, run here on the data the lesson loads (tests/models/bass-fit-ubg.test.ts checks its values):
  // the page's bundle, with its own build of the matrix library, must agree to the digits it shows.
  const observed = toObservedSeries(
    dataSchema.parse(JSON.parse(await readFile('content/data/ubg-views.json', 'utf8')) as unknown),
  );
  const fit = fitObservedPoints(observed.points);
  expect(fit).not.toBeNull();
  await expect(result).toContainText(`Least-squares fit to all ${observed.points.length} observed points`);
  await expect(result).toContainText(`(R² = ${fit?.r2.toFixed(3)},`);
  await expect(result).toContainText('Word of mouth (q) went down to the lowest value the fit allows');
});
