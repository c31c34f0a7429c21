import { expect, test } from './fixtures';

/** The predict-then-run box and the self-check in a lesson: their words come in the element (data-words). */
test.describe('prompts in a lesson', () => {
  test('a prediction is saved as the student types and is there after a reload', async ({
    watched: page,
  }) => {
    await page.goto('/cases/dominos-2009/');
    const predict = page.locator('wom-predict').first();
    await predict.scrollIntoViewIfNeeded();
    await predict.getByRole('textbox').fill('Most people will hear of it within two days.');
    await expect(predict.locator('.status')).toHaveText('Saved in this browser.');
    await page.reload();
    await expect(predict.getByRole('textbox')).toHaveValue('Most people will hear of it within two days.');
    await expect(predict.locator('.status')).toHaveText('Your saved prediction.');
  });

  test('a prediction typed just before the page is left is not lost', async ({ watched: page }) => {
    await page.goto('/cases/dominos-2009/');
    const predict = page.locator('wom-predict').first();
    await predict.scrollIntoViewIfNeeded();
    await predict.getByRole('textbox').fill('Gone by Friday.');
    // No wait for "Saved": the save that waits for typing to pause is done at once when the page goes.
    await page.reload();
    await expect(predict.getByRole('textbox')).toHaveValue('Gone by Friday.');
  });

  test(
    'a self-check reads the answer, says right or not, and keeps the attempt',
    { tag: '@smoke' },
    async ({ watched: page }) => {
      await page.goto('/cases/united-breaks-guitars/');
      const check = page.locator('wom-check').first();
      await check.scrollIntoViewIfNeeded();
      const answer = Number(await check.getAttribute('data-answer'));
      const formatted = (await check.getAttribute('data-formatted')) ?? '';
      const field = check.getByRole('textbox');
      const feedback = check.getByRole('status');

      await field.fill('lots');
      await check.getByRole('button', { name: 'Check' }).click();
      await expect(feedback).toHaveText('That is not a number this box can read; try e.g. 40% or 12,400.');

      await field.fill(String(answer * 3));
      await check.getByRole('button', { name: 'Check' }).click();
      await expect(feedback).toHaveText(
        new RegExp(`^Not quite: you said .+, the model gives ${escape(formatted)}\\.`),
      );

      await field.fill(String(answer));
      await check.getByRole('button', { name: 'Check' }).click();
      await expect(feedback).toHaveText(
        new RegExp(`^Right: the model gives ${escape(formatted)}; you said .+\\.$`),
      );
      await expect(feedback).toHaveAttribute('data-state', 'right');

      await page.reload();
      await expect(check.getByRole('textbox')).toHaveValue(String(answer));
      await expect(check.getByRole('status')).toHaveText(/^Right: /);
    },
  );
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
