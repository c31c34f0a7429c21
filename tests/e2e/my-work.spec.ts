import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, useTheme } from './fixtures';

/** What a student would have after a lesson, an exercise and one step of an assignment. */
const saved = {
  version: 1,
  items: {
    'exercise:dominos-2009-how-fast': {
      page: '/exercises/dominos-2009-how-fast/',
      title: "Domino's: how fast can a story rise?",
      prediction: { text: 'Day 4, and Domino’s earlier', savedAt: '2026-11-24T09:00:00.000Z' },
      answers: {
        peak: { value: '6', correct: true, savedAt: '2026-11-24T09:10:00.000Z' },
        half: { value: '3', correct: false, savedAt: '2026-11-24T09:11:00.000Z' },
      },
      reflection: { text: 'A hub acts like a large p.', savedAt: '2026-11-24T09:20:00.000Z' },
      run: {
        model: 'bass',
        params: { p: 0.003, q: 0.9, m: 1000000, periods: 30 },
        seed: 42,
        savedAt: '2026-11-24T09:15:00.000Z',
      },
    },
    '/cases/united-breaks-guitars/#views-predict': {
      page: '/cases/united-breaks-guitars/',
      title: 'United Breaks Guitars',
      prediction: { text: 'About a million views', savedAt: '2026-11-23T18:00:00.000Z' },
    },
    'assignment:1x2y3z:comcast-ryan-block-2014-silence': {
      page: '/exercises/comcast-ryan-block-2014-silence/?a=CODE&step=1&exercise.n=900&exercise.lock=n',
      title: 'Comcast: what if it had said nothing?',
      prediction: { text: 'Most people hear it', savedAt: '2026-11-24T10:00:00.000Z' },
      run: {
        model: 'cascade',
        params: { n: 900, betaC: 0.3, network: 'ws' },
        seed: 7,
        savedAt: '2026-11-24T10:05:00.000Z',
      },
    },
  },
};

/** Seeds localStorage once per test (not again on a reload), the way a returning student's browser has it. */
async function seed(page: Page, raw: string) {
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('wom.work', value);
    sessionStorage.setItem('seeded', '1');
  }, raw);
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('wom.work'));

test(
  'lists saved work by group, with answers in words and a link that reopens each run',
  { tag: '@smoke' },
  async ({ watched: page }) => {
    await seed(page, JSON.stringify(saved));
    await page.goto('/my-work/');
    await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
    await expect(page.getByText('This page needs JavaScript.')).toBeHidden();
    const headings = page.locator('.mw-group h2');
    await expect(headings).toHaveText(['Assignments (1)', 'Exercises (1)', 'Lessons (1)']);

    const exercise = page.locator('.mw-item', { hasText: "Domino's: how fast" });
    await expect(
      exercise.getByRole('link', { name: "Domino's: how fast can a story rise?", exact: true }),
    ).toHaveAttribute('href', '/exercises/dominos-2009-how-fast/');
    await expect(exercise).toContainText('Day 4, and Domino’s earlier');
    await expect(exercise).toContainText('With the settings as loaded, on which day do new views peak?');
    await expect(exercise).toContainText('6: right');
    await expect(exercise).toContainText('3: not yet right');
    await expect(exercise).toContainText('A hub acts like a large p.');
    await expect(exercise).toContainText(/saved \d{1,2} November 2026 at \d\d:\d\d/);
    await expect(exercise).toContainText('Seed: 42');

    const reopen = new URL(
      (await exercise.getByRole('link', { name: /Reopen this run/ }).getAttribute('href'))!,
    );
    expect(reopen.pathname).toBe('/exercises/dominos-2009-how-fast/');
    expect(Object.fromEntries(reopen.searchParams)).toEqual({
      'exercise.p': '0.003',
      'exercise.q': '0.9',
      'exercise.m': '1000000',
      'exercise.periods': '30',
      'exercise.seed': '42',
    });

    const assignment = page.locator('.mw-item', { hasText: 'Comcast' });
    const again = new URL(
      (await assignment.getByRole('link', { name: /Reopen this run/ }).getAttribute('href'))!,
    );
    expect(again.searchParams.get('a')).toBe('CODE');
    expect(again.searchParams.get('step')).toBe('1');
    expect(again.searchParams.get('exercise.n')).toBe('900');
    expect(again.searchParams.get('exercise.betaC')).toBe('0.3');
    expect(again.searchParams.get('exercise.seed')).toBe('7');

    const lesson = page.locator('.mw-item', { hasText: 'United Breaks Guitars' });
    await expect(lesson).toContainText('About a million views');
    await expect(lesson.getByRole('link', { name: 'United Breaks Guitars', exact: true })).toHaveAttribute(
      'href',
      '/cases/united-breaks-guitars/',
    );
  },
);

for (const theme of ['light', 'dark'] as const) {
  test(`passes axe with saved work and with the dialog open (${theme})`, async ({ watched: page }) => {
    await useTheme(page, theme);
    await seed(page, JSON.stringify(saved));
    await page.goto('/my-work/');
    await expect(page.locator('.mw-item')).toHaveCount(3);
    const check = async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
      );
      expect(summary, summary.join('\n')).toEqual([]);
    };
    await check();
    await page.getByRole('button', { name: 'Clear all my work…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check();
  });
}

test('has no horizontal scroll at 320 px with saved work', async ({ watched: page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, JSON.stringify(saved));
  await page.goto('/my-work/');
  await expect(page.locator('.mw-item')).toHaveCount(3);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the empty page says where to start', async ({ watched: page }) => {
  await page.goto('/my-work/');
  const empty = page.locator('.mw-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'exercise' })).toHaveAttribute('href', '/exercises/');
  await expect(empty.getByRole('link', { name: 'case' })).toHaveAttribute('href', '/cases/');
});

test('downloads everything as a JSON file that holds exactly what was stored', async ({ watched: page }) => {
  await seed(page, JSON.stringify(saved));
  await page.goto('/my-work/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all my work (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-work-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({ format: 'word-of-mouth-work', formatVersion: 1, unreadable: [] });
  expect(Date.parse(file.exportedAt as string)).not.toBeNaN();
  expect((file.work as typeof saved).items).toEqual(saved.items);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded my-work-' })).toBeVisible();
});

test('prints a report: no buttons, each item with its run and the reopen address written out', async ({
  watched: page,
}) => {
  await seed(page, JSON.stringify(saved));
  await page.goto('/my-work/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.mw-tools')).toBeHidden();
  await expect(page.locator('wom-my-work button').first()).toBeHidden();
  await expect(page.locator('.mw-print-date')).toBeVisible();
  const reopen = page.locator('.mw-item', { hasText: "Domino's" }).locator('a.mw-reopen');
  const after = await reopen.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('exercise.seed=42');
  const breakInside = await page
    .locator('.mw-item')
    .first()
    .evaluate((e) => getComputedStyle(e).breakInside);
  expect(breakInside).toBe('avoid');
});

test('imports a file: merges field by field and says what changed', async ({ watched: page }) => {
  await seed(page, JSON.stringify(saved));
  await page.goto('/my-work/');
  const incoming = {
    format: 'word-of-mouth-work',
    formatVersion: 1,
    exportedAt: '2026-11-25T08:00:00.000Z',
    unreadable: [],
    work: {
      version: 1,
      items: {
        // A later reflection (updates), an older prediction (kept as it is here).
        'exercise:dominos-2009-how-fast': {
          prediction: { text: 'An older guess', savedAt: '2026-11-20T09:00:00.000Z' },
          reflection: { text: 'Rewritten at home', savedAt: '2026-11-25T07:00:00.000Z' },
        },
        // Something new.
        'exercise:dell-hell-2005-no-answer': {
          page: '/exercises/dell-hell-2005-no-answer/',
          title: 'Dell Hell',
          answers: { 'final-share': { value: '12%', correct: null, savedAt: '2026-11-25T07:30:00.000Z' } },
        },
      },
    },
  };
  await page.getByLabel('Import a work file').setInputFiles({
    name: 'from-home.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(incoming)),
  });
  const status = page.locator('.mw-status');
  await expect(status).toContainText('Imported “from-home.json”');
  await expect(status).toContainText('1 entry added (1 new place in all)');
  await expect(status).toContainText("1 entry updated to the file's later copy");
  await expect(status).toContainText('1 entry left as it was');
  await expect(page.locator('.mw-group h2').nth(1)).toHaveText('Exercises (2)');
  await expect(page.locator('.mw-item', { hasText: 'Dell Hell' })).toContainText('12%');
  const item = page.locator('.mw-item', { hasText: "Domino's" });
  await expect(item).toContainText('Rewritten at home');
  await expect(item).toContainText('Day 4, and Domino’s earlier');
  const now = JSON.parse((await stored(page))!) as typeof saved;
  expect(Object.keys(now.items)).toHaveLength(4);

  // A file that is not work changes nothing and says so.
  const before = await stored(page);
  await page.getByLabel('Import a work file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"shopping":["milk"]}'),
  });
  await expect(status).toContainText('Could not import “notes.json”');
  await expect(status).toContainText('Nothing was changed.');
  expect(await stored(page)).toBe(before);
});

test('imports a submission file into exercise scopes', async ({ watched: page }) => {
  await page.goto('/my-work/');
  const submission = {
    format: 'word-of-mouth-submission',
    formatVersion: 1,
    student: 'Ada',
    assignment: null,
    exportedAt: '2026-11-25T08:00:00.000Z',
    items: [
      {
        exercise: 'dell-hell-2005-no-answer',
        title: 'Dell Hell',
        prediction: { text: 'Few will hear', savedAt: '2026-11-25T07:00:00.000Z' },
        answers: {},
        reflection: null,
        run: null,
      },
    ],
  };
  await page.getByLabel('Import a work file').setInputFiles({
    name: 'submission.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(submission)),
  });
  await expect(page.locator('.mw-status')).toContainText('a submission file');
  const now = JSON.parse((await stored(page))!) as typeof saved;
  expect(Object.keys(now.items)).toEqual(['exercise:dell-hell-2005-no-answer']);
  await expect(page.locator('.mw-item')).toContainText('Few will hear');
});

test('clears only after confirmation; cancel and Escape keep everything', async ({ watched: page }) => {
  await seed(page, JSON.stringify(saved));
  await page.goto('/my-work/');
  const trigger = page.getByRole('button', { name: 'Clear all my work…' });
  const dialog = page.getByRole('dialog', { name: 'Delete all your work?' });

  await trigger.click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Download all my work (JSON)' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel, keep my work' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel, keep my work' }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  expect(await stored(page)).toBe(JSON.stringify(saved));

  await trigger.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(page.locator('.mw-status')).toHaveText('Nothing was deleted.');
  expect(await stored(page)).toBe(JSON.stringify(saved));

  await trigger.click();
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  expect(await stored(page)).toBeNull();
  await expect(page.locator('.mw-item')).toHaveCount(0);
  await expect(page.locator('.mw-empty')).toBeVisible();
  await expect(page.locator('.mw-status')).toHaveText('All your work was deleted from this browser.');
  await page.reload();
  await expect(page.locator('.mw-empty')).toBeVisible();
});

test('damaged storage: a notice, a download of the kept copy, and the page still works', async ({
  watched: page,
}) => {
  const broken = '{"version":1,"items":';
  await seed(page, broken);
  await page.goto('/my-work/');
  const notice = page.locator('.mw-notices');
  await expect(notice).toHaveRole('status');
  await expect(notice).toContainText('could not be read');
  await expect(page.locator('.mw-empty')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download this copy/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-work-unreadable-.*\.txt$/);
  expect(await readFile(await download.path(), 'utf8')).toBe(broken);

  // The whole export carries the kept copy too.
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all my work (JSON)' }).first().click(),
  ]);
  const file = JSON.parse(await readFile(await all.path(), 'utf8')) as { unreadable: { raw: string }[] };
  expect(file.unreadable.map((u) => u.raw)).toEqual([broken]);

  // Clearing saved work leaves the kept copy unless the box is ticked.
  await page.getByRole('button', { name: 'Clear all my work…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('button', { name: /Download this copy/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear all my work…' }).click();
  await page.getByLabel('Also delete the 1 copy of unreadable data kept aside').check();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('button', { name: /Download this copy/ })).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wom.work')));
  expect(keys).toEqual([]);

  // Importing the earlier export brings the kept copy back, still aside and still unread.
  await page.getByLabel('Import a work file').setInputFiles(await all.path());
  await expect(page.locator('.mw-status')).toContainText(
    '1 copy of unreadable data from the file was kept aside',
  );
  await expect(page.getByRole('button', { name: /Download this copy/ })).toHaveCount(1);
  expect(await stored(page)).toBe('{"version":1,"items":{}}');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('explains what the page does and that it needs JavaScript', async ({ watched: page }) => {
    await page.goto('/my-work/');
    await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
    await expect(page.getByText('This page needs JavaScript.')).toBeVisible();
    await expect(page.locator('.lead')).toContainText('predictions');
    await expect(page.locator('.mw-live')).toBeHidden();
  });
});

test('a lesson is listed once, each answer with its question, with the runs pinned or answered about', async ({
  watched: page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/cases/united-breaks-guitars/');
  const predict = page.locator('wom-predict[data-scope$="#predict-fizzle"]');
  await predict.locator('textarea').fill('Only a handful, maybe ten.');
  await expect.poll(() => stored(page)).toContain('Only a handful, maybe ten.');

  // An answer to the self-check after the fizzle-or-explode figure keeps the run on show in that figure.
  const sim = page.locator('wom-simulation[data-sim="fizzle-or-explode"]');
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-ready', 'true');
  const check = page.locator('wom-check[data-scope$="#check-fizzle"]');
  await check.locator('input').fill('96%');
  await check.getByRole('button', { name: 'Check' }).click();
  await expect(check.locator('.feedback')).toHaveAttribute('data-state', /right|wrong/);
  await expect.poll(() => stored(page)).toContain('#fizzle-or-explode');

  // A pinned run, as the simulation announces one (a bubbling `simpin` with the run), is kept too.
  await page.locator('wom-simulation[data-sim="tell-a-friend"]').evaluate((el) =>
    el.dispatchEvent(
      new CustomEvent('simpin', {
        bubbles: true,
        detail: { run: { model: 'tell-a-friend', params: { kUnhappy: 20 }, seed: 5 }, label: 'Pinned' },
      }),
    ),
  );
  await expect.poll(() => stored(page)).toContain('#tell-a-friend');

  await page.goto('/my-work/');
  await expect(page.locator('.mw-group h2')).toHaveText(['Lessons (1)']);
  const lesson = page.locator('.mw-item');
  await expect(lesson).toHaveCount(1);
  await expect(lesson.getByRole('heading', { level: 3 })).toHaveText('United Breaks Guitars');
  await expect(lesson).toContainText('Your prediction for “Imagine a thousand customers in 2009');
  await expect(lesson).toContainText(
    'very uneven retelling and raise the average retellings per person from 1.1 to 1.5. What percentage of the simulated complaints fizzle out now?”',
  );
  await expect(lesson.locator('.mw-reopen')).toHaveCount(2);
  const reopen = (
    await lesson.locator('.mw-reopen').evaluateAll((a) => a.map((x) => x.getAttribute('href')))
  ).map((h) => new URL(h!));
  expect(reopen.map((u) => u.pathname)).toEqual([
    '/cases/united-breaks-guitars/',
    '/cases/united-breaks-guitars/',
  ]);
  expect(reopen.some((u) => u.searchParams.get('tell-a-friend.seed') === '5')).toBe(true);
  expect(reopen.some((u) => u.searchParams.has('fizzle-or-explode.seed'))).toBe(true);
});
