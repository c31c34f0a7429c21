import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ASSIGNMENT_VERSION, encodeAssignment, type Assignment } from '../../src/lib/assignment';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, useTheme } from './fixtures';

const assignment: Assignment = {
  v: ASSIGNMENT_VERSION,
  title: 'Week 3 — fizzle or break even? ✓',
  instructions: 'Do both steps.\nThen hand in your file.',
  due: '2026-12-01',
  items: [
    { exercise: 'ubg-fizzle', params: {}, lock: [] },
    { exercise: 'ubg-break-even', params: {}, lock: [] },
  ],
};
const code = encodeAssignment(assignment);

/** The number in the model's answer as the page words it ("12,000 people" → "12,000"; "96.6%" stays). */
async function modelAnswer(page: Page, question: string): Promise<string> {
  const text = await page.locator(`[data-question="${question}"] .answer`).textContent();
  const match = /-?\$?[\d.,]+%?/.exec(text ?? '');
  if (!match) throw new Error(`no number in the model's answer to ${question}: ${text}`);
  return match[0];
}

/** Waits until the exercise page has written `text` to this browser's storage (it saves as you type). */
async function saved(page: Page, text: string) {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('wom.work') ?? '')).toContain(text);
}

/** Does one step on its exercise page: prediction, every answer (right), reflection. */
async function doStep(page: Page, step: number, prediction: string, reflection: string) {
  await page.getByRole('link', { name: new RegExp(`^Step ${step}:`) }).click();
  await expect(page).toHaveURL(new RegExp(`/exercises/.+[?&]step=${step - 1}`));
  await page.getByLabel('Your prediction').fill(prediction);
  await saved(page, prediction);
  for (const li of await page.locator('[data-question]').all()) {
    const id = (await li.getAttribute('data-question'))!;
    await li.locator('input').fill(await modelAnswer(page, id));
    await li.getByRole('button', { name: 'Check' }).click();
    await expect(li.locator('.feedback')).toContainText('Right');
  }
  await page.getByLabel('Your reflection').fill(reflection);
  await saved(page, reflection);
  await page.goto(`/assignment/?a=${code}`);
}

test(
  'a student opens an assignment, does every step, reloads without losing anything and hands in a file',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    test.setTimeout(90_000);
    await page.goto(`/assignment/?a=${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(assignment.title);
    await expect(page.getByText('Due 1 December 2026')).toBeVisible();
    await expect(page.locator('.assignment-instructions')).toHaveText(assignment.instructions);
    const steps = page.locator('.assignment-steps > li');
    await expect(steps).toHaveCount(2);
    await expect(steps.nth(0)).toContainText('Not started');
    await expect(steps.nth(0)).toContainText('Prediction: not yet');
    await expect(page.locator('.assignment-summary')).toHaveText('0 of 2 steps done.');

    await doStep(
      page,
      1,
      'Most will fizzle, perhaps nine in ten.',
      'A few big tellers make all the difference.',
    );
    await expect(steps.nth(0)).toContainText('Done');
    await expect(steps.nth(0)).toContainText('Prediction: made');
    await expect(steps.nth(0)).toContainText('Questions: 2 of 2 answered, 2 right');
    await expect(steps.nth(0)).toContainText('Reflection: written');
    await expect(steps.nth(1)).toContainText('Not started');

    await doStep(page, 2, 'About ten thousand people.', 'Silence costs more than the repair.');
    await expect(page.locator('.assignment-summary')).toHaveText('2 of 2 steps done.');

    const name = page.getByLabel('Your name (as your instructor knows you)');
    // Without a name there is nothing to download, and the page says why.
    await page.getByRole('button', { name: 'Download my submission' }).click();
    await expect(page.locator('.hand-in-status')).toContainText('Write your name first');
    await expect(name).toBeFocused();
    await name.fill('Ana Silva');

    await page.reload();
    await expect(name).toHaveValue('Ana Silva');
    await expect(steps.nth(0)).toContainText('Done');
    await expect(steps.nth(1)).toContainText('Questions: 2 of 2 answered, 2 right');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my submission' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('submission-week-3-fizzle-or-break-even-ana-silva.json');
    await expect(page.locator('.hand-in-status')).toContainText('Downloaded submission-week-3');
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      student: string;
      assignment: { title: string; id: string; due: string };
      items: {
        exercise: string;
        prediction: { text: string } | null;
        answers: Record<string, { correct: boolean }>;
        reflection: { text: string } | null;
      }[];
    };
    expect(file.format).toBe('word-of-mouth-submission');
    expect(file.student).toBe('Ana Silva');
    expect(file.assignment.title).toBe(assignment.title);
    expect(file.assignment.due).toBe('2026-12-01');
    expect(file.items.map((i) => i.exercise)).toEqual(['ubg-fizzle', 'ubg-break-even']);
    expect(file.items[0].prediction?.text).toBe('Most will fizzle, perhaps nine in ten.');
    expect(file.items[1].reflection?.text).toBe('Silence costs more than the repair.');
    for (const item of file.items) {
      expect(Object.values(item.answers).length).toBeGreaterThan(0);
      expect(Object.values(item.answers).every((a) => a.correct)).toBe(true);
    }
  },
);

test('a submission lists every step, even the ones not started', async ({ watched: page }) => {
  await page.goto(`/assignment/?a=${code}`);
  await page.getByLabel('Your name (as your instructor knows you)').fill('Ben');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my submission' }).click(),
  ]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    items: { exercise: string; prediction: null; answers: object }[];
  };
  expect(file.items).toEqual([
    expect.objectContaining({ exercise: 'ubg-fizzle', prediction: null, answers: {} }),
    expect.objectContaining({ exercise: 'ubg-break-even', prediction: null, answers: {} }),
  ]);
  await expect(page.locator('.hand-in-status')).toContainText('2 steps have nothing in it yet');
});

test('a damaged or missing assignment link gives a clear message, not a broken page', async ({
  watched: page,
}) => {
  await page.goto(`/assignment/?a=${code.slice(0, 40)}`);
  await expect(page.locator('.assignment-problem')).toContainText('This assignment cannot be shown');
  await expect(page.locator('.assignment-problem')).toContainText('damaged');
  await expect(page.locator('.assignment-body')).toBeHidden();
  await page.goto('/assignment/');
  await expect(page.locator('.assignment-problem')).toContainText('has no assignment in it');
  await expect(
    page.locator('.assignment-problem').getByRole('link', { name: 'browse the exercises' }),
  ).toBeVisible();
});

test('an exercise the site no longer has is left out, with a notice', async ({ watched: page }) => {
  const withGone = encodeAssignment({
    ...assignment,
    items: [{ exercise: 'no-such-exercise', params: {}, lock: [] }, ...assignment.items],
  });
  await page.goto(`/assignment/?a=${withGone}`);
  await expect(page.locator('.assignment-notices')).toContainText('no-such-exercise');
  await expect(page.locator('.assignment-steps > li')).toHaveCount(2);
  await expect(page.locator('.assignment-steps > li').first()).toContainText('Step 1:');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the assignment page says it needs JavaScript', async ({ page }) => {
    await page.goto(`/assignment/?a=${code}`);
    await expect(page.getByText('This page needs JavaScript')).toBeVisible();
  });
  test('the builder says it needs JavaScript and lists the exercises', async ({ page }) => {
    await page.goto('/instructors/assign/');
    await expect(page.getByText('The assignment builder needs JavaScript')).toBeVisible();
    await expect(page.locator('.exercise-list > li').first()).toBeVisible();
    expect(await page.locator('.exercise-list > li').count()).toBeGreaterThan(5);
    await expect(page.getByRole('searchbox')).toBeHidden();
  });
});

test('the builder makes a link the assignment page reads, with the title and the exercises in order', async ({
  watched: page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/instructors/assign/');
  await page.getByLabel('Title', { exact: true }).fill('Week 4: response time');
  await page.getByLabel('Instructions for students').fill('Pairs. Bring your file to class.');
  await page.getByLabel('Due date (optional)').fill('2026-12-08');

  // Filter, then add two exercises; the second is moved up to be first.
  await page.getByRole('searchbox', { name: 'Search' }).fill('fizzle');
  await expect(page.locator('.pick-count')).toContainText('exercises shown');
  const fizzle = page.locator('.exercise-list > li[data-id="ubg-fizzle"]');
  await fizzle.getByRole('button', { name: /^Add/ }).click();
  await expect(fizzle.getByRole('button', { name: /^Added/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Model').selectOption({ label: 'The cost of silence' });
  await page
    .locator('.exercise-list > li[data-id="ubg-break-even"]')
    .getByRole('button', { name: /^Add/ })
    .click();
  const chosen = page.locator('.chosen > li');
  await expect(chosen).toHaveCount(2);
  const moveUp = chosen.nth(1).getByRole('button', { name: /^Move up/ });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(chosen.nth(0)).toHaveAttribute('data-id', 'ubg-break-even');
  // Focus stays on the button pressed, which moved with its exercise.
  await expect(chosen.nth(0).getByRole('button', { name: /^Move up/ })).toBeFocused();
  await expect(chosen.nth(0)).toContainText('Step 1:');

  // Settings: an out-of-range value is refused with a message; a good one is kept and locked.
  const breakEven = chosen.nth(0);
  await breakEven.getByText('Set or lock parameters').click();
  const field = breakEven.locator('input[type="number"]:not([disabled])').first();
  const fieldId = (await field.getAttribute('id'))!;
  const param = fieldId.replace('p-ubg-break-even-', '');
  const max = Number(await field.getAttribute('max'));
  const step = Number(await field.getAttribute('step'));
  await field.fill(String(max * 10));
  await field.press('Tab');
  await expect(breakEven.locator(`#${fieldId}-msg`)).toContainText('out of range');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const good = String(Number((max - step).toPrecision(12)));
  await field.fill(good);
  await field.press('Tab');
  await expect(breakEven.locator(`#${fieldId}-msg`)).toBeHidden();
  await breakEven.locator(`#${fieldId}-lock`).check();
  await expect(breakEven.locator('.chosen-summary')).toContainText('(fixed)');

  // The builder's draft survives a reload (it is in the address).
  await expect.poll(() => new URL(page.url()).searchParams.get('a')).toBeTruthy();
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Week 4: response time');
  await expect(chosen).toHaveCount(2);
  await expect(chosen.nth(0)).toHaveAttribute('data-id', 'ubg-break-even');
  await expect(chosen.nth(0).locator('.chosen-summary')).toContainText('(fixed)');

  // The link, its copy button, and embed codes: one for the assignment and one per step.
  const link = page.getByLabel('Link for students');
  await expect(link).toHaveValue(/\/assignment\/\?a=/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.builder-status')).toHaveText('Assignment link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());
  await expect(page.locator('.embeds textarea')).toHaveCount(3);
  await expect(page.locator('.embeds textarea').nth(1)).toHaveValue(
    new RegExp(`<iframe src="[^"]*/exercises/ubg-break-even/\\?a=[^"]*exercise\\.${param}=`),
  );

  // The worksheet: a QR code for the assignment and one per step, drawn in the page.
  await page.getByRole('button', { name: 'Show the worksheet' }).click();
  await expect(page.locator('.worksheet svg.qr')).toHaveCount(3);
  await expect(page.locator('.worksheet')).toContainText('Week 4: response time');
  await expect(page.locator('.worksheet')).toContainText('Due 8 December 2026');
  await expect(page.locator('.worksheet .ws-step')).toHaveCount(2);

  await page.goto(await link.inputValue());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 4: response time');
  const steps = page.locator('.assignment-steps > li');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0).getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(
      `/exercises/ubg-break-even/\\?a=.*step=0.*exercise\\.${param}=${good}.*exercise\\.lock=${param}`,
    ),
  );
  await expect(steps.nth(1).getByRole('link')).toHaveAttribute(
    'href',
    /\/exercises\/ubg-fizzle\/\?a=.*step=1/,
  );
  await expect(steps.nth(0)).toContainText('with settings from your instructor');
});

for (const theme of ['light', 'dark'] as const) {
  test(`a filled-in builder and assignment pass axe (${theme}) and fit 320 px`, async ({ watched: page }) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width: 320, height: 800 });
    const checks: string[] = [];
    const audit = async (name: string) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
        .analyze();
      checks.push(
        ...results.violations.map(
          (v) => `${name}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
        ),
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) checks.push(`${name}: ${overflow} px of horizontal scroll at 320 px`);
    };
    await page.goto(`/assignment/?a=${code}`);
    await expect(page.locator('.assignment-steps > li')).toHaveCount(2);
    await audit('assignment');
    await page.goto(`/instructors/assign/?a=${code}`);
    await expect(page.locator('.chosen > li')).toHaveCount(2);
    const second = page.locator('.chosen > li').nth(1);
    await second.getByText('Set or lock parameters').click();
    await second.locator('input[type="number"]:not([disabled])').first().fill('-1');
    await second.locator('input[type="number"]:not([disabled])').first().press('Tab');
    await page.getByRole('button', { name: 'Show the worksheet' }).click();
    await expect(page.locator('.worksheet svg.qr')).toHaveCount(3);
    await audit('builder');
    expect(checks, checks.join('\n')).toEqual([]);
  });
}

test(
  'a changed setting is graded right end to end: builder → student’s page → class view, with no link pasted',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    test.setTimeout(180_000);
    const { computeMetric } = await import('../../src/lib/metrics');
    const { formatAnswer } = await import('../../src/lib/answers');
    const share = (responseDay: number) =>
      computeMetric('cascade.finalComplaintShare', 'cascade', 'ubg-press-day-1', { responseDay }).value;
    const dayOne = formatAnswer(share(1), 'share');
    const dayTwo = formatAnswer(share(2), 'share');
    expect(dayOne).not.toBe(dayTwo);

    // The instructor sets "Day of the answer" to 1 for "Racing the story" and sees the answer it expects.
    await page.goto('/instructors/assign/');
    await page.getByLabel('Title', { exact: true }).fill('Week 5: racing the story');
    await page
      .locator('.exercise-list > li[data-id="ubg-response-time"]')
      .getByRole('button', { name: /^Add/ })
      .click();
    const step = page.locator('.chosen > li[data-id="ubg-response-time"]');
    await step.getByText('Set or lock parameters').click();
    const day = step.locator('#p-ubg-response-time-responseDay');
    await day.fill('1');
    await day.press('Tab');
    await expect(step.locator('.chosen-summary')).toContainText('Day of the answer: 1');
    await expect(step.locator('.expected')).toContainText('(answer on day 1, seed 1)');
    await expect(step.locator('.expected')).toContainText(dayOne);
    // The answer key prints beside the worksheet, with the same answers.
    await page.getByRole('button', { name: 'Show the answer key' }).click();
    await expect(page.locator('.answer-key')).toContainText(dayOne);
    await expect(page.locator('.answer-key')).toContainText('Day of the answer: 1');
    const link = await page.getByLabel('Link for students').inputValue();

    // The student's page asks about day 1 and marks the day-1 value right, the day-2 value not.
    await page.goto(link);
    await page.getByRole('link', { name: /^Step 1:/ }).click();
    const question = page.locator('[data-question="share-two-days"]');
    await expect(question.locator('#q-share-two-days-text')).toContainText('(answer on day 1, seed 1)');
    await expect(page.locator('.settings-note')).toContainText('Day of the answer 1 instead of 2');
    await question.locator('input').fill(dayTwo);
    await question.getByRole('button', { name: 'Check' }).click();
    await expect(question.locator('.feedback')).toContainText('Not yet');
    await question.locator('input').fill(dayOne);
    await question.getByRole('button', { name: 'Check' }).click();
    await expect(question.locator('.feedback')).toContainText('Right');
    await expect(question.locator('.answer')).toHaveText(dayOne);
    await saved(page, dayOne);
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'reports/issue15/student-page.png', fullPage: false });

    // Hand in.
    await page.goto(link);
    await page.getByLabel('Your name (as your instructor knows you)').fill('Ana Silva');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my submission' }).click(),
    ]);
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      formatVersion: number;
      items: { settings: { params: Record<string, number> } }[];
    };
    expect(file.formatVersion).toBe(2);
    expect(file.items[0].settings.params).toEqual({ responseDay: 1 });

    // The class view grades the file against day 1 by itself: no assignment link is given.
    await page.goto('/instructors/class/');
    await page
      .getByLabel('Submission files (choose several at once)')
      .setInputFiles({ name: 'ana.json', mimeType: 'application/json', buffer: await readFile(path) });
    const report = page.locator('.exercise-report').first().locator('.question-report').first();
    await expect(report).toContainText('(answer on day 1, seed 1)');
    await expect(report).toContainText(`Model answer: ${dayOne} (with the assignment’s settings)`);
    await expect(report).toContainText('1 right, 0 not right');
    const cell = page.locator('.answer-table tbody td').first();
    await expect(cell).toHaveClass('answer-right');
    await expect(cell).toContainText(dayOne);
    await expect(page.locator('.exercise-report .settings-note').first()).toContainText(
      'Day of the answer 1 instead of 2',
    );
    await expect(page.locator('details.reference')).toBeHidden();
    await page.screenshot({ path: 'reports/issue15/class-view.png', fullPage: true });
  },
);

test('an assignment can free and change what an exercise fixes, and set the seed', async ({
  watched: page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/instructors/assign/');
  await page
    .locator('.exercise-list > li[data-id="ubg-response-time"]')
    .getByRole('button', { name: /^Add/ })
    .click();
  const step = page.locator('.chosen > li[data-id="ubg-response-time"]');
  await step.getByText('Set or lock parameters').click();
  const n = step.locator('#p-ubg-response-time-n');
  await expect(n).toBeDisabled();
  await step.getByLabel(/Change this fixed setting.*People in the network/).check();
  await expect(step.locator('[data-param="n"] .unlock-warning')).toBeVisible();
  await expect(n).toBeEnabled();
  // Freed, it stays locked for students; unlocking it lets them change it too.
  await step.locator('#p-ubg-response-time-n-lock').uncheck();
  await step.locator('#p-ubg-response-time-seed').fill('7');
  await step.locator('#p-ubg-response-time-seed').press('Tab');
  await expect(step.locator('.chosen-summary')).toContainText('seed 7');
  await expect(step.locator('.expected')).toContainText('seed 7');
  // The freed setting's warning, the seed field and the expected answers pass axe.
  const results = await new AxeBuilder({ page })
    .include('.chosen')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  const link = await page.getByLabel('Link for students').inputValue();

  await page.goto(link);
  await page.getByRole('link', { name: /^Step 1:/ }).click();
  await expect(page).toHaveURL(/exercise\.seed=7/);
  await expect(page.locator('#q-share-two-days-text')).toContainText('seed 7');
  // The simulation lets the student change the freed setting (the exercise alone would fix it).
  await page.locator('wom-simulation').scrollIntoViewIfNeeded();
  await expect(page.locator('wom-simulation')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#exercise-param-n')).toBeEnabled();
});

test('a guide links each exercise to its page and to the builder preloaded with it, with no internal ids', async ({
  watched: page,
}) => {
  await page.goto('/instructors/united-breaks-guitars/');
  const text = await page.locator('main').innerText();
  for (const id of ['ubg-tells-twenty', 'ubg-fizzle', 'ubg-response-time', 'ubg-bass-fit', 'ubg-180-million'])
    expect(text).not.toContain(id);
  // In a session plan, an exercise is named by its title and linked to its page.
  await expect(
    page.getByRole('link', { name: 'Racing the story: how late can the answer come?' }).first(),
  ).toHaveAttribute('href', '/exercises/ubg-response-time/');
  const assignIt = page.getByRole('link', {
    name: /^Assign it, or change its settings \(Racing the story: how late can the answer come\?\)$/,
  });
  await assignIt.click();
  await expect(page).toHaveURL(/\/instructors\/assign\/\?a=/);
  await expect(page.locator('.chosen > li')).toHaveCount(1);
  await expect(page.locator('.chosen > li')).toHaveAttribute('data-id', 'ubg-response-time');
  await expect(page.locator('.builder-notices')).toBeHidden();
});
