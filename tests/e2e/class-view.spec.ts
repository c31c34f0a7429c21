import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, useTheme } from './fixtures';

const dir = 'tests/e2e/fixtures/submissions';
const three = ['ana-silva.json', 'ben-okafor.json', 'chloe-martin.json'].map((f) => join(dir, f));

test('the class view reads three submissions and shows the right counts', async ({ watched: page }) => {
  await page.goto('/instructors/class/');
  await expect(page.getByText('The files are read in this browser and are never uploaded.')).toBeVisible();
  await page.getByLabel('Submission files (choose several at once)').setInputFiles(three);
  await expect(page.locator('.load-status')).toHaveText('3 students loaded from 3 files.');
  await expect(page.locator('.load-summary')).toContainText('Assignment: Week 3: fizzle or break even.');

  const sections = page.locator('.exercise-report');
  await expect(sections).toHaveCount(2);
  const fizzle = sections.nth(0);
  const breakEven = sections.nth(1);
  const questions = fizzle.locator('.question-report');
  await expect(questions.nth(0)).toContainText('3 of 3 answered: 2 right, 1 not right.');
  await expect(questions.nth(1)).toContainText(
    '2 of 3 answered: 1 right, 1 not right (1 not a number); 1 no answer.',
  );
  await expect(breakEven.locator('.question-report').nth(0)).toContainText(
    '2 of 3 answered: 1 right, 1 not right',
  );

  // One mark per readable answer: 3 for the first question, 1 for the second ("about half" is not a number).
  await expect(questions.nth(0).locator('svg .marks path')).toHaveCount(3);
  await expect(questions.nth(0).locator('svg .mark-right')).toHaveCount(2);
  await expect(questions.nth(0).locator('svg .mark-not-right')).toHaveCount(1);
  await expect(questions.nth(1).locator('svg .marks path')).toHaveCount(1);
  await expect(questions.nth(0).locator('svg .reference text')).toHaveText(/^Model: /);

  // Who has not done what.
  await expect(fizzle.locator('.missing > li')).toHaveText([
    'Ben Okafor: no answer to question 2, no reflection',
    'Chloé Martin: no prediction',
  ]);
  await expect(breakEven.locator('.missing > li')).toHaveText([
    'Ben Okafor: no prediction, no answers, no reflection',
    'Chloé Martin: no reflection',
  ]);
  await expect(breakEven).toContainText(
    'Ran the simulation with other settings than the model answer’s: Chloé Martin.',
  );

  // The table: a row per student, a column per question; right and not right said in words.
  const table = page.locator('.answer-table table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('thead th')).toHaveCount(5);
  const ben = table.locator('tbody tr', { hasText: 'Ben Okafor' });
  await expect(ben.locator('td').nth(0)).toContainText('50%');
  await expect(ben.locator('td').nth(0)).toContainText('not right');
  await expect(ben.locator('td').nth(1)).toHaveText('—no answer');

  // CSV export of the same table.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the table as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('class-week-3-fizzle-or-break-even.csv');
  const rows = csvParseRows((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''));
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => r[0])).toEqual(['Student', 'Ana Silva', 'Ben Okafor', 'Chloé Martin']);
});

test('files that cannot be read are listed with the reason, and a student’s latest file is kept', async ({
  watched: page,
}) => {
  await page.goto('/instructors/class/');
  const input = page.getByLabel('Submission files (choose several at once)');
  const files = [
    ...three,
    join(dir, 'extra/ben-okafor-earlier.json'),
    join(dir, 'extra/not-a-submission.json'),
  ];
  await input.setInputFiles([
    ...(await Promise.all(
      files.map(async (f) => ({
        name: f.split('/').pop()!,
        mimeType: 'application/json',
        buffer: await readFile(f),
      })),
    )),
    { name: 'cut-short.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "word-of') },
  ]);
  await expect(page.locator('.load-status')).toContainText('3 students loaded from 6 files.');
  await expect(page.locator('.load-status')).toContainText('2 files could not be read');
  await expect(page.locator('.problems li')).toHaveText([
    'not-a-submission.json: not a submission file from this site.',
    'cut-short.json: not valid JSON.',
  ]);
  await expect(page.locator('.duplicates li')).toHaveText([
    'Ben Okafor: kept ben-okafor.json; not used: ben-okafor-earlier.json.',
  ]);
  await expect(page.locator('.answer-table tbody tr')).toHaveCount(3);

  // More files can be added later; clearing starts again.
  await page.getByRole('button', { name: 'Clear all files' }).click();
  await expect(page.locator('.load-summary')).toHaveText('No submissions loaded yet.');
  await expect(page.locator('.exercise-report')).toHaveCount(0);
});

test('files dropped on the drop zone are read too', async ({ watched: page }) => {
  await page.goto('/instructors/class/');
  const texts = await Promise.all(three.map((f) => readFile(f, 'utf8')));
  const transfer = await page.evaluateHandle((contents) => {
    const dt = new DataTransfer();
    contents.forEach((text, i) =>
      dt.items.add(new File([text], `dropped-${i}.json`, { type: 'application/json' })),
    );
    return dt;
  }, texts);
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('.load-status')).toHaveText('3 students loaded from 3 files.');
  await expect(page.locator('.exercise-report')).toHaveCount(2);
});

test('older files (no settings in them) are said, and graded with an assignment link’s settings when given', async ({
  watched: page,
}) => {
  const { ASSIGNMENT_VERSION, encodeAssignment } = await import('../../src/lib/assignment');
  const link = `http://localhost/assignment/?a=${encodeAssignment({
    v: ASSIGNMENT_VERSION,
    title: 'Week 3: fizzle or break even',
    instructions: '',
    due: '',
    items: [{ exercise: 'ubg-break-even', params: { fixCost: 1500 }, lock: ['fixCost'] }],
  })}`;
  await page.goto('/instructors/class/');
  await page.getByLabel('Submission files (choose several at once)').setInputFiles(three);
  // These fixtures are version 1 files, from before submissions carried their assignment's settings.
  await expect(page.locator('.legacy-note')).toContainText(
    '3 files were made before submission files carried',
  );
  await expect(page.locator('details.reference')).toHaveAttribute('open', '');
  await page.getByLabel('Assignment link').fill(link);
  await page.getByRole('button', { name: 'Use these settings' }).click();
  await expect(page.locator('.reference-note')).toContainText(
    '1 exercise has model answers for the assignment’s settings',
  );
  // It names a different assignment from the files' (its code differs), and the page says so.
  await expect(page.locator('.reference-note')).toContainText('is not the assignment these files name');
  const first = page.locator('.exercise-report').nth(1).locator('.question-report').first();
  await expect(first).toContainText('with the settings of the assignment link you gave');
  await expect(first).toContainText('Model answer: 15,000 people');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the class view with files loaded passes axe (${theme}) and fits 320 px`, async ({
    watched: page,
  }) => {
    await useTheme(page, theme);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/instructors/class/');
    await page.getByLabel('Submission files (choose several at once)').setInputFiles(three);
    await expect(page.locator('.exercise-report')).toHaveCount(2);
    await page.locator('.exercise-report details summary').first().click();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    expect(summary, summary.join('\n')).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
