import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Lesson figures that teach (issue 13): a prediction before the result, a run a person can follow, a Reset
 * that keeps the student's seed, a toolbar without buttons that do nothing, and a chart that stays in view
 * with the control the text is about.
 */
const lesson = '/cases/united-breaks-guitars/';

const live = async (page: Page, id: string) => {
  const sim = page.locator(`wom-simulation#${id}`);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  return sim;
};

test.describe('predict, then reveal', () => {
  test('the result waits for a guess, plays from the start, and says the guess beside the answer', async ({
    watched: page,
  }) => {
    await page.goto(lesson);
    const sim = await live(page, 'tell-a-friend');
    const explain = page
      .locator('wom-check', { hasText: 'double the share of unhappy-story' })
      .locator('.explain');
    await expect(sim).toHaveAttribute('data-revealed', 'false');
    await expect(sim.locator('.sim-summary')).toContainText('hidden until you lock in your guess');
    await expect(explain).toBeHidden();

    const predict = page.locator('wom-predict[data-title="predict-tell-a-friend"]');
    const lockIn = predict.getByRole('button', { name: 'Lock in my guess and run it' });
    await lockIn.click();
    await expect(predict.locator('.status')).toHaveText('Type your guess as a number first.');
    await expect(sim).toHaveAttribute('data-revealed', 'false');

    await predict.getByLabel(/Your guess: how many times more people/).fill('2');
    await predict.getByLabel('Why do you think so? (one sentence)').fill('Twice the tellers.');
    await lockIn.click();
    await expect(sim).toHaveAttribute('data-revealed', 'true');
    // The run plays from its start: generation 0 first, the last generation later.
    await expect(sim.getByRole('button', { name: /Pause/ })).toBeVisible();
    await expect(sim.locator('.sim-summary')).toContainText(/^You said 2×; the model gives \d+(\.\d+)?×\./);
    await expect(sim.getByRole('button', { name: /Play/ })).toBeVisible({ timeout: 20_000 });
    await expect(explain).toBeVisible();

    // On a later visit the saved guess shows beside the result at once.
    await page.reload();
    const again = await live(page, 'tell-a-friend');
    await expect(again).toHaveAttribute('data-revealed', 'true');
    await expect(again.locator('.sim-summary')).toContainText('You said 2×; the model gives');
    await expect(page.locator('wom-predict[data-title="predict-tell-a-friend"] .status')).toContainText(
      'Your saved guess: 2×.',
    );
  });

  test('Play is a commitment too: the run shows without a guess', async ({ watched: page }) => {
    await page.goto(lesson);
    const sim = await live(page, 'fizzle-or-explode');
    await expect(sim).toHaveAttribute('data-revealed', 'false');
    await sim.getByRole('button', { name: /Play/ }).click();
    await expect(sim).toHaveAttribute('data-revealed', 'true');
    await expect(sim.locator('.sim-summary')).not.toContainText('hidden');
  });

  test('"Show the result now" reaches the result by keyboard, without a guess', async ({ watched: page }) => {
    await page.goto(lesson);
    const sim = await live(page, 'cost-of-silence');
    const show = sim.getByRole('button', { name: 'Show the result now' });
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(sim).toHaveAttribute('data-revealed', 'true');
    await expect(sim.locator('.sim-summary')).not.toBeEmpty();
  });
});

test('Reset keeps the seed a student found and returns to the page’s preset; the heading follows', async ({
  watched: page,
}) => {
  await page.goto(lesson);
  const sim = await live(page, 'fizzle-or-explode');
  const title = sim.locator('.sim-title');
  const pageTitle = await title.textContent();
  await sim.getByRole('button', { name: 'New seed' }).click();
  await expect(page).toHaveURL(/fizzle-or-explode\.seed=\d+/);
  const seed = new URL(page.url()).searchParams.get('fizzle-or-explode.seed');
  await sim.getByLabel('Preset').selectOption({ index: 0 });
  await expect(title).toHaveText('Fizzle or explode');
  await sim.getByRole('button', { name: 'Reset' }).click();
  await expect(title).toHaveText(pageTitle ?? '');
  await expect(page).not.toHaveURL(/fizzle-or-explode\.preset/);
  expect(new URL(page.url()).searchParams.get('fizzle-or-explode.seed')).toBe(seed);
});

test('the toolbar shows only what does something; a pinned run is announced to the page', async ({
  watched: page,
}) => {
  await page.goto(lesson);
  const cost = await live(page, 'cost-of-silence');
  for (const name of [/Play/, 'Step']) await expect(cost.getByRole('button', { name })).toHaveCount(0);
  await expect(cost.getByLabel('Speed')).toHaveCount(0);
  // Drawn on log–log axes always: a "Log scale" box would change nothing.
  await expect(cost.getByLabel('Log scale')).toHaveCount(0);
  await expect(cost.locator('.axis-x .tick text', { hasText: /^10k$/ })).toHaveCount(1);
  const branching = await live(page, 'fizzle-or-explode');
  await expect(branching.getByLabel('Log scale')).toHaveCount(0);

  const pinned = page.evaluate(
    () =>
      new Promise<{ model: string; label: string }>((resolve) =>
        document.addEventListener('simpin', (e) => {
          const { run, label } = (e as CustomEvent<{ run: { model: string }; label: string }>).detail;
          resolve({ model: run.model, label });
        }),
      ),
  );
  await branching.getByRole('button', { name: 'Pin this run' }).click();
  expect(await pinned).toEqual({ model: 'branching', label: 'the preset' });
  await expect(branching.getByRole('button', { name: 'Clear pinned run' })).toBeVisible();
});

test('the controls and toolbar come with the page: unseen until the figure wakes, and nothing moves when it does', async ({
  watched: page,
}) => {
  await page.goto(lesson);
  // A figure down the page has not woken yet: its controls are laid out but not shown.
  const sim = page.locator('wom-simulation#response-timing');
  await expect(page.locator('wom-simulation#tell-a-friend')).toBeAttached();
  expect(await sim.getAttribute('data-ready')).toBeNull();
  const toolbar = sim.locator('.sim-toolbar');
  const controls = sim.locator('.sim-controls');
  await expect(controls.locator('label', { hasText: 'Day of the answer' })).toHaveCount(1);
  await expect(toolbar).toBeHidden();
  await expect(controls).toBeHidden();
  // Where the toolbar and the controls sit in the figure, and their size.
  const layout = () =>
    sim.evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return ['.sim-toolbar', '.sim-controls'].map((s) => {
        const r = el.querySelector(s)!.getBoundingClientRect();
        return [r.top - top, r.left, r.width, r.height].map(Math.round);
      });
    });
  const before = await layout();
  expect(before.every(([, , w, h]) => w > 0 && h > 0)).toBe(true);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(toolbar.getByRole('button', { name: /Play/ })).toBeVisible();
  await expect(sim.getByRole('slider', { name: 'Day of the answer' })).toBeEnabled();
  expect(await layout()).toEqual(before);
});

/** Whether a box lies inside the viewport (a pixel of rounding allowed). */
const inside = async (page: Page, locator: Locator) => {
  const box = await locator.boundingBox();
  const view = page.viewportSize()!;
  expect(box).not.toBeNull();
  return box!.y >= -1 && box!.y + box!.height <= view.height + 1;
};

for (const [width, height] of [
  [1280, 800],
  [375, 740],
] as const) {
  test(`at ${width}×${height} each lesson figure's chart and first control are in view together`, async ({
    watched: page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(lesson);
    const ids = await page.locator('wom-simulation').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(5);
    for (const id of ids) {
      const sim = await live(page, id);
      // Scrolled into view: the figure's chart at the top of the screen.
      await sim.locator('.sim-body').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const chart = sim.locator('.sim-charts > *').first();
      const control = sim.locator('.sim-control').first();
      expect(await inside(page, chart), `${id}: chart`).toBe(true);
      expect(await inside(page, control), `${id}: first control`).toBe(true);
      if (width < 1024) {
        // On a phone the chart stays at the top of the screen while the last of the figure's controls is used.
        const last = sim.locator('.sim-controls > .sim-control').last();
        await last.evaluate((el) => el.scrollIntoView({ block: 'end' }));
        expect(await inside(page, chart), `${id}: chart beside its last control`).toBe(true);
        expect(await inside(page, last), `${id}: last control`).toBe(true);
      }
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure tied to a prediction keeps its result in a disclosure', async ({ page }) => {
    await page.goto(lesson);
    const sim = page.locator('wom-simulation#tell-a-friend');
    const result = sim.locator('.sim-static-result');
    const picture = result.locator('.sim-static-scaled img');
    await expect(picture).toBeHidden();
    await result.locator('summary').click();
    await expect(picture).toBeVisible();
    // The picture is a file of its own (src/integrations/figure-images.ts), fetched from this site, drawn, and
    // described in words.
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await expect(picture).toHaveAttribute('alt', /^People who have heard each story, by generation\. /);
    await expect(result).toContainText('times as many');
  });

  test('a figure shows no controls or toolbar, which would do nothing, and keeps no room for them', async ({
    page,
  }) => {
    await page.goto(lesson);
    const sim = page.locator('wom-simulation#response-timing');
    for (const part of ['.sim-toolbar', '.sim-controls']) {
      await expect(sim.locator(part)).toHaveCount(1);
      expect(await sim.locator(part).boundingBox(), part).toBeNull();
    }
  });
});
