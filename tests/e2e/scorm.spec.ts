/**
 * The SCORM package, run as an LMS runs it: the builder makes the package (a real download), the test unzips
 * it and serves it from another origin (http://lms.test, as an LMS serves uploaded content), with scorm-again,
 * the SCORM 1.2/2004 run-time many LMSs use, as the API on the parent page and the package's launch page in a
 * frame. Each version: launch, answer, close, relaunch with what the run-time kept, resume, and check the
 * values it recorded: status, score, suspend data, interactions.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { ASSIGNMENT_VERSION, encodeAssignment, type Assignment } from '../../src/lib/assignment';
import { expect, test } from './fixtures';

const LMS = 'http://lms.test';

const assignment: Assignment = {
  v: ASSIGNMENT_VERSION,
  title: 'Week 5 — in your course',
  instructions: 'Two steps.',
  due: '',
  items: [
    { exercise: 'ubg-fizzle', params: {}, lock: [] },
    { exercise: 'ubg-break-even', params: {}, lock: [] },
  ],
};
const code = encodeAssignment(assignment);

type Version = '1.2' | '2004';
type Cmi = Record<string, unknown>;

/** Makes the package in the builder, as an instructor does, and returns its files. */
async function download(page: Page, version: Version): Promise<Record<string, Uint8Array>> {
  await page.goto(`/instructors/assign/?a=${code}`);
  await page.getByLabel(version === '1.2' ? /SCORM 1\.2/ : /SCORM 2004/).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SCORM package' }).click(),
  ]);
  await expect(page.locator('.scorm-status')).toContainText('Package downloaded');
  expect(file.suggestedFilename()).toBe(`Week-5-in-your-course-scorm-${version}.zip`);
  return unzipSync(new Uint8Array(await readFile(await file.path())));
}

const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  xml: 'application/xml',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
  png: 'image/png',
  json: 'application/json',
};

/**
 * An LMS on its own origin: /lms.html holds the run-time (loaded with `state` from an earlier session) and
 * frames /content/index.html; /content/* are the package's files. Returns what went wrong on the way:
 * requests for anything the package does not hold, and errors in any frame.
 */
async function lms(
  page: Page,
  files: Record<string, Uint8Array>,
  version: Version,
  state: Cmi | null | 'no-lms',
) {
  const problems: string[] = [];
  const runtime = await readFile(
    // The browser build (its package exports only the module builds).
    new URL(
      `../../node_modules/scorm-again/dist/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js`,
      import.meta.url,
    ),
  );
  const apiName = version === '1.2' ? 'API' : 'API_1484_11';
  const parent = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/runtime.js"></script>
<script>
  const api = new ${version === '1.2' ? 'Scorm12API' : 'Scorm2004API'}({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const state = ${JSON.stringify(state === 'no-lms' ? null : state)};
  if (state) api.loadFromJSON(state, '');
  window.calls = [];
  for (const name of ${JSON.stringify(version === '1.2' ? ['LMSInitialize', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'Commit', 'Terminate'])})
    api.on(name, () => window.calls.push(name));
  window.${apiName} = api;
</script></head><body><iframe id="sco" title="Assignment" src="/content/index.html" style="width:100%;height:1200px"></iframe></body></html>`;
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(LMS) && !/^(data|blob|about):/.test(r.url()))
      problems.push(`left the LMS: ${r.url()}`);
  });
  await page.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/lms.html') return route.fulfill({ contentType: 'text/html', body: parent });
    if (path === '/runtime.js') return route.fulfill({ contentType: 'text/javascript', body: runtime });
    const inside = decodeURIComponent(path.replace(/^\/content\//, ''));
    const body = path.startsWith('/content/') ? files[inside] : undefined;
    if (!body) {
      problems.push(`not in the package: ${path}`);
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({
      contentType: types[inside.split('.').pop()!] ?? 'application/octet-stream',
      body: Buffer.from(body),
    });
  });
  await page.goto(`${LMS}/${state === 'no-lms' ? 'content/index.html' : 'lms.html'}`);
  return problems;
}

const sco = (page: Page) => page.frameLocator('#sco');
const exercise = (page: Page): FrameLocator => sco(page).frameLocator('.sco-frame');

/** What the run-time holds now, as it would send it to the LMS's server. */
const recorded = (page: Page, version: Version) =>
  page.evaluate(
    (name) =>
      (window as unknown as Record<string, { renderCMIToJSONObject(): Cmi }>)[name].renderCMIToJSONObject(),
    version === '1.2' ? 'API' : 'API_1484_11',
  );

/** The model's answer for a question, as the exercise page shows it ("96.6%", "12,000"). */
async function modelAnswer(frame: FrameLocator, question: string): Promise<string> {
  const text = await frame.locator(`[data-question="${question}"] .answer`).textContent();
  return /-?\$?[\d.,]+%?/.exec(text ?? '')![0];
}

async function answer(frame: FrameLocator, question: string, value: string, right: boolean) {
  const li = frame.locator(`[data-question="${question}"]`);
  await li.locator('input').fill(value);
  await li.getByRole('button', { name: 'Check' }).click();
  await expect(li.locator('.feedback')).toHaveAttribute('data-state', right ? 'right' : 'wrong');
}

/** Closes the SCO as an LMS does when the student leaves: its frame goes. */
async function close(page: Page) {
  await page.evaluate(() => document.querySelector('#sco')!.remove());
}

const get = (cmi: Cmi, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Cmi)[k] : undefined), cmi);

/** One line of what the run-time recorded, for the test's output (the values the issue asks to show). */
function report(version: Version, session: number, cmi: Cmi) {
  const p = version === '1.2' ? 'cmi.core.' : 'cmi.';
  const keys =
    version === '1.2'
      ? ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.exit', 'cmi.core.entry']
      : [
          'cmi.completion_status',
          'cmi.progress_measure',
          'cmi.score.raw',
          'cmi.score.scaled',
          'cmi.exit',
          'cmi.entry',
        ];
  const values = keys.map((k) => `${k.replace(p, '')}=${String(get(cmi, k))}`);
  const suspend = String(get(cmi, 'cmi.suspend_data'));
  const interactions = Object.values(get(cmi, 'cmi.interactions') as Record<string, Cmi>).map(
    (i) => `${String(i.id)}:${String(i.student_response ?? i.learner_response)}:${String(i.result)}`,
  );
  console.log(
    `SCORM ${version}, session ${session}: ${values.join(' ')} suspend_data=${suspend.length} chars; interactions ${interactions.join(', ')}`,
  );
}

for (const version of ['1.2', '2004'] as const) {
  test(`SCORM ${version}: launch, answer, close, relaunch and resume, as scorm-again records it`, async ({
    watched: builder,
    browser,
  }) => {
    const files = await download(builder, version);
    const manifest = strFromU8(files['imsmanifest.xml']);
    expect(manifest).toContain(version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '2004 4th Edition');
    for (const f of ['index.html', 'exercises/ubg-fizzle/index.html', 'exercises/ubg-break-even/index.html'])
      expect(Object.keys(files)).toContain(f);
    // Every file the manifest lists is in the zip, and every file in the zip is listed.
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]));
    expect(listed.sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml')
        .sort(),
    );

    // Session 1: a fresh attempt. One answer right, one wrong, and a prediction.
    const context1 = await browser.newContext();
    const page1 = await context1.newPage();
    const problems1 = await lms(page1, files, version, null);
    await expect(sco(page1).locator('.sco-store')).toContainText('saved in your course');
    const step1 = exercise(page1);
    await expect(step1.locator('[data-ready="loading"]')).toHaveCount(0);
    // The exercise page knows its step (it reads the assignment) but its banner, whose links lead to the
    // site's pages, stays hidden: the launch page has the steps.
    await expect(step1.locator('.assignment-banner')).toContainText('Step 1 of 2');
    await expect(step1.locator('.assignment-banner')).toBeHidden();
    // The launch page and the exercise page in it, as the student meets them inside the LMS (axe reads frames).
    const axe = await new AxeBuilder({ page: page1 })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    const summary = axe.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    expect(summary, summary.join('\n')).toEqual([]);
    await step1.getByLabel('Your prediction').fill('Most will fizzle.');
    const [first, second] = await step1
      .locator('[data-question]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
    await answer(step1, first, await modelAnswer(step1, first), true);
    await answer(step1, second, '-5', false);
    await expect(sco(page1).locator('.sco-progress')).toHaveText('2 of 4 questions answered.');
    await expect(sco(page1).locator('.sco-saved')).toHaveText('Saved to your course.');
    await close(page1);
    await expect
      .poll(() => page1.evaluate(() => (window as unknown as { calls: string[] }).calls))
      .toContain(version === '1.2' ? 'LMSFinish' : 'Terminate');
    const after1 = await recorded(page1, version);
    const p = version === '1.2' ? 'cmi.core.' : 'cmi.';
    expect(get(after1, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe(
      'incomplete',
    );
    expect(get(after1, `${p}score.raw`)).toBe('25');
    expect(get(after1, `${p}score.min`)).toBe('0');
    expect(get(after1, `${p}score.max`)).toBe('100');
    if (version === '2004') expect(get(after1, 'cmi.score.scaled')).toBe('0.25');
    expect(get(after1, `${p}exit`)).toBe('suspend');
    const suspend1 = String(get(after1, 'cmi.suspend_data'));
    expect(suspend1.length).toBeGreaterThan(0);
    expect(suspend1.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
    expect(suspend1).toContain('Most will fizzle.');
    const interactions1 = get(after1, 'cmi.interactions') as Cmi;
    report(version, 1, after1);
    expect(JSON.stringify(interactions1)).toContain(`ubg-fizzle__${first}`);
    expect(JSON.stringify(interactions1)).toContain(version === '1.2' ? '"wrong"' : '"incorrect"');
    expect(problems1).toEqual([]);
    await context1.close();

    // Session 2, another device (a new browser context: nothing in its storage): the LMS gives back its
    // record with entry "resume"; the work is restored from suspend data alone.
    const state = structuredClone(after1);
    if (version === '1.2') (state.cmi as { core: Cmi }).core.entry = 'resume';
    else (state.cmi as Cmi).entry = 'resume';
    const context2 = await browser.newContext();
    const page2 = await context2.newPage();
    const problems2 = await lms(page2, files, version, state);
    const again = exercise(page2);
    await expect(again.getByLabel('Your prediction')).toHaveValue('Most will fizzle.');
    await expect(again.locator(`[data-question="${second}"] input`)).toHaveValue('-5');
    await expect(sco(page2).locator('.sco-progress')).toHaveText('2 of 4 questions answered.');
    // The rest, right: step 2's two answers and the wrong one corrected.
    await answer(again, second, await modelAnswer(again, second), true);
    await sco(page2)
      .getByRole('button', { name: /^Step 2:/ })
      .click();
    const step2 = exercise(page2);
    await expect(step2.locator('h1')).toHaveText('When would paying $1,200 have been cheaper?');
    for (const q of await step2
      .locator('[data-question]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!)))
      await answer(step2, q, await modelAnswer(step2, q), true);
    await expect(sco(page2).locator('.sco-progress')).toHaveText('4 of 4 questions answered.');
    await expect(sco(page2).locator('.sco-saved')).toHaveText('Saved to your course.');
    await close(page2);
    await expect
      .poll(() => page2.evaluate(() => (window as unknown as { calls: string[] }).calls))
      .toContain(version === '1.2' ? 'LMSFinish' : 'Terminate');
    const after2 = await recorded(page2, version);
    report(version, 2, after2);
    expect(get(after2, version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe(
      'completed',
    );
    expect(get(after2, `${p}score.raw`)).toBe('100');
    if (version === '2004') {
      expect(get(after2, 'cmi.score.scaled')).toBe('1');
      expect(get(after2, 'cmi.progress_measure')).toBe('1');
    }
    expect(String(get(after2, 'cmi.suspend_data'))).toContain('Most will fizzle.');
    // 2004 updates an answer's interaction in place; 1.2's are a journal: the corrected answer and step 2's
    // two are added after session 1's two, and nothing from session 1 is written again.
    const interactions2 = Object.values(get(after2, 'cmi.interactions') as Record<string, Cmi>);
    expect(interactions2.map((i) => `${String(i.id)}:${String(i.result)}`)).toEqual(
      version === '1.2'
        ? [
            `ubg-fizzle__${first}:correct`,
            `ubg-fizzle__${second}:wrong`,
            `ubg-fizzle__${second}:correct`,
            'ubg-break-even__break-even:correct',
            'ubg-break-even__expected-loss:correct',
          ]
        : [
            `ubg-fizzle__${first}:correct`,
            `ubg-fizzle__${second}:correct`,
            'ubg-break-even__break-even:correct',
            'ubg-break-even__expected-loss:correct',
          ],
    );
    expect(problems2).toEqual([]);
    await context2.close();
  });
}

test('without an LMS the package keeps the work in the browser and says so', async ({
  watched: builder,
  browser,
}) => {
  const files = await download(builder, '1.2');
  // The builder's download controls, shown and used, pass axe.
  const axe = await new AxeBuilder({ page: builder })
    .include('.share')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const context = await browser.newContext();
  const page = await context.newPage();
  // The launch page opened on its own (no frame around it, no opener): no API anywhere.
  const problems = await lms(page, files, '1.2', 'no-lms');
  await expect(page.locator('.sco-store')).toContainText('saved only in this browser');
  await expect(page.locator('.sco-store')).toContainText('no grade is sent');
  const step = page.frameLocator('.sco-frame');
  await step.getByLabel('Your prediction').fill('Kept here.');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('wom.work') ?? ''))
    .toContain('Kept here.');
  await page.reload();
  await expect(page.frameLocator('.sco-frame').getByLabel('Your prediction')).toHaveValue('Kept here.');
  expect(problems).toEqual([]);
  await context.close();
});

test('in the package, answers are checked against the settings the instructor chose', async ({
  watched: builder,
  browser,
}) => {
  // Even retelling (kappa 1000) instead of the preset's very uneven 0.15: far fewer complaints fizzle.
  const changed: Assignment = {
    ...assignment,
    title: 'Even retelling',
    items: [{ exercise: 'ubg-fizzle', params: { kappa: 1000 }, lock: ['kappa'] }],
  };
  await builder.goto(`/instructors/assign/?a=${encodeAssignment(changed)}`);
  const [file] = await Promise.all([
    builder.waitForEvent('download'),
    builder.getByRole('button', { name: 'Download SCORM package' }).click(),
  ]);
  const files = unzipSync(new Uint8Array(await readFile(await file.path())));
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await lms(page, files, '1.2', null);
  const step = exercise(page);
  const expected = await modelAnswer(step, 'p-fizzle');
  expect(expected).not.toBe('96.6%');
  // The preset's answer is wrong under these settings; the model's for them is right.
  await answer(step, 'p-fizzle', '96.6%', false);
  await answer(step, 'p-fizzle', expected, true);
  await expect(sco(page).locator('.sco-saved')).toHaveText('Saved to your course.');
  await expect.poll(async () => get(await recorded(page, '1.2'), 'cmi.core.score.raw')).toBe('50');
  expect(problems).toEqual([]);
  await context.close();
});
