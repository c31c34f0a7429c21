import { expect, test } from './fixtures';

const page0 = '/exercises/ubg-break-even/';

test(
  'a student predicts, answers, reflects, and finds it all again after a reload',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    await page.goto(page0);
    await page.getByLabel('Your prediction').fill('About ten thousand people');
    const question = page.locator('li.question').first();
    // The model's answer is on the page (a static site cannot hide it); a wrong answer first, then the right one.
    const answer = (await question.locator('.answer').textContent())!.replace(/[^\d.]/g, '');
    await question.getByRole('textbox').fill('1');
    await question.getByRole('button', { name: 'Check' }).click();
    await expect(question.locator('.feedback')).toHaveText(/^Not yet/);
    await question.getByRole('textbox').fill(answer);
    await question.getByRole('button', { name: 'Check' }).click();
    await expect(question.locator('.feedback')).toHaveText(/^Right/);
    await expect(page.locator('wom-simulation#exercise')).toHaveAttribute('data-ready', 'true');
    // Text saves once typing pauses, and at once when the page goes: reloading straight away keeps it.
    await page.getByLabel('Your reflection').fill('Small shares multiply to a small loss per hearer.');
    await page.reload();
    await expect(page.getByLabel('Your prediction')).toHaveValue('About ten thousand people');
    await expect(page.getByLabel('Your reflection')).toHaveValue(
      'Small shares multiply to a small loss per hearer.',
    );
    await expect(page.locator('li.question').first().locator('.feedback')).toHaveText(/^Right/);
    const saved = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('wom.work') ?? '{}') as {
          items: Record<string, { run?: { model: string; seed: number } }>;
        },
    );
    expect(saved.items['exercise:ubg-break-even']?.run).toMatchObject({ model: 'cost-of-silence', seed: 1 });
  },
);

test('the run is kept even when the simulation finishes before the exercise script has run', async ({
  watched: page,
}) => {
  // Hold back the exercise page's own script, as a slow network or a busy machine can.
  let held = 0;
  await page.route(/_id_\.astro_astro_type_script/, async (route) => {
    held++;
    await expect(page.locator('wom-simulation#exercise')).toHaveAttribute('data-ready', 'true');
    await route.continue();
  });
  await page.goto(page0);
  await expect(page.getByLabel('Your prediction')).toBeVisible();
  expect(held).toBe(1);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const work = JSON.parse(localStorage.getItem('wom.work') ?? '{}') as {
          items?: Record<string, { run?: { model: string } }>;
        };
        return work.items?.['exercise:ubg-break-even']?.run?.model;
      }),
    )
    .toBe('cost-of-silence');
});

test('the exercise list filters by model and keeps the filter in the URL', async ({ watched: page }) => {
  await page.goto('/exercises/');
  const visible = page.locator('li.card:not([hidden])');
  const all = await visible.count();
  await page.getByLabel('Model').selectOption('cascade');
  await expect(page).toHaveURL(/model=cascade/);
  const some = await visible.count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  for (const card of await visible.all()) await expect(card).toHaveAttribute('data-model', 'cascade');
  await page.reload();
  await expect(visible).toHaveCount(some);
});

test('a filter value the exercise list does not offer is left out, with a notice naming it', async ({
  watched: page,
}) => {
  await page.goto('/exercises/?model=cascade&difficulty=impossible');
  await expect(page.locator('.filter-notice')).toContainText('difficulty=impossible');
  await expect(page.getByLabel('Model')).toHaveValue('cascade');
  await expect(page).toHaveURL(/\?model=cascade$/);
  for (const card of await page.locator('li.card:not([hidden])').all())
    await expect(card).toHaveAttribute('data-model', 'cascade');
  await page.goto('/exercises/?model=cascade');
  await expect(page.locator('.filter-notice')).toBeHidden();
});

test('a damaged assignment link on an exercise says so and the exercise still works', async ({
  watched: page,
}) => {
  await page.goto(`${page0}?a=%%%not-base64&step=0`);
  await expect(page.locator('.assignment-banner')).toContainText('damaged');
  await expect(page.getByLabel('Your prediction')).toBeVisible();
});

test('an assignment can set a parameter and lock it', async ({ watched: page }) => {
  // clv is free on this exercise; an assignment link sets and locks it (fixCost the exercise fixes itself).
  await page.goto('/exercises/ubg-break-even/?exercise.clv=2500&exercise.lock=clv');
  const sim = page.locator('wom-simulation#exercise');
  // Simulations come alive as the reader reaches them.
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  const field = sim.getByRole('spinbutton', { name: /Value of a customer’s future business/ });
  await expect(field).toHaveValue('2500');
  await expect(field).toBeDisabled();
  await expect(sim.locator('.sim-notices')).toBeHidden();
  // The page keeps its address in step with the run; that must not drop the lock, or a reload unlocks it.
  const hearers = sim.getByRole('spinbutton', { name: /People who hear the story/ });
  await hearers.fill('5000');
  await hearers.press('Enter');
  await expect(page).toHaveURL(/exercise\.\w+=5000/);
  await expect(page).toHaveURL(/exercise\.lock=clv/);
  await page.reload();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(field).toHaveValue('2500');
  await expect(field).toBeDisabled();
  // Another preset changes the rest, not what the assignment fixed; nor does a reload after it.
  await sim.getByLabel('Preset').selectOption({ index: 0 });
  await expect(field).toHaveValue('2500');
  await page.reload();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  await expect(field).toHaveValue('2500');
  await expect(field).toBeDisabled();
});

// Issue 14: a lock in a link can only add locks, never lift or change one the exercise fixes.
test('a link cannot change what the exercise itself fixes, even by locking it', async ({ watched: page }) => {
  await page.goto('/exercises/ubg-break-even/?exercise.fixCost=1500&exercise.lock=fixCost');
  const sim = page.locator('wom-simulation#exercise');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  const field = sim.getByRole('spinbutton', { name: /Cost of making it right/ });
  await expect(field).toBeDisabled();
  await expect(field).not.toHaveValue('1500');
  await expect(sim.locator('.sim-notices')).toContainText(
    "Cost of making it right is fixed here; the link's value was ignored.",
  );
});
