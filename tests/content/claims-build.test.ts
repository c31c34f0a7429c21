import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds a scratch site with the real pages, components and models and a small content tree: a lesson, an
 * exercise and a guide, each with claims. The build passes and renders them; then one claim of the lesson is
 * turned false, and the build must fail naming the page, the claim, its sentence and the numbers.
 * Two small builds (one page each of three kinds, then one page) rather than the whole site: the machine has
 * two cores.
 */
const here = resolve('.');
const astro = join(here, 'node_modules/astro/bin/astro.mjs');

const lessonFrontmatter = `---
title: A scratch case
summary: A case that exists only to test that claims about its simulation are checked by the build.
company: Scratch Ltd
year: 2009
industry: Testing
channels: [video]
outcome: negative
response: { delayDays: 2, description: Two days., sources: [A1] }
timeline: [{ date: 2009-07-06, event: A video goes up., sources: [A1] }]
objectives: [Read a claim.]
minutes: 5
sources: [{ id: A1, publication: Nobody, date: "2009" }]
---
`;

// The branching model with fewer complaints per run than the lesson's, so forty seeds take milliseconds.
const lesson = (claim: string) => `${lessonFrontmatter}
<Simulation model="branching" id="chains" preset="ubg-2009" params={{ runs: 200 }} />

In this model ${claim}: <ClaimValue claim="most-fizzle" show="both" /> of them.

<Claim id="nearly-all" sim="chains" metric="branching.pFizzle" above={0.9} statistic="share" atLeast={0.9}>
Nearly all of them fizzle in nearly every run.
</Claim>

That holds in <ClaimValue claim="nearly-all" show="share" />.

<Check id="fizzled" sim="chains" source="ensemble" metric="branching.pFizzle" tolerance={0.03} explanation="Uneven retelling.">
  What share fizzles?
</Check>
`;
const trueClaim =
  '<Claim id="most-fizzle" sim="chains" metric="branching.pFizzle" above={0.5}>most complaints fizzle</Claim>';
const falseClaim =
  '<Claim id="most-fizzle" sim="chains" metric="branching.pFizzle" below={0.5}>most complaints go viral</Claim>';

const exercise = `---
title: A scratch exercise
case: scratch-case
model: cascade
preset: answer-after-two-days
difficulty: introductory
minutes: 5
skills: [Reading]
prompt: Run it.
predict: Guess.
questions:
  - { id: share, text: What share?, metric: cascade.finalComplaintShare, unit: share, explanation: Because. }
---

With an answer on day 0, <Claim id="same-day" sim="exercise" params={{ n: 300, responseDay: 0 }} metric="cascade.finalComplaintShare" below={{ params: { responseDay: 7 } }}>the complaint reaches fewer people than with an answer after a week</Claim> (<ClaimValue claim="same-day" /> against <ClaimValue claim="same-day" side="reference" />).
`;

const guide = `---
title: A scratch guide
case: scratch-case
objectives: [Teach.]
plans: [{ minutes: 50, steps: [{ minutes: 50, activity: Read. }] }]
---

In the lesson's simulation <Claim id="rarely-viral" sim="chains" metric="branching.pViral" below={0.5}>few complaints go viral</Claim>.
`;

function build(root: string): { status: number | null; output: string } {
  // The Node that runs vitest (22, from the devDependency), not whatever `node` the PATH has.
  const result = spawnSync(process.execPath, [astro, 'build', '--root', root], {
    // Astro writes some of its build files relative to the working directory: keep them in the scratch site.
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('claims are checked by the build', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'wom-claims-'));
    // Copied, not linked: Astro's compiler keys its metadata by the path it was asked for.
    for (const dir of ['src/pages/cases', 'src/pages/exercises', 'src/pages/instructors'])
      mkdirSync(join(root, dir), { recursive: true });
    // Copied, not linked: Astro's compiler keys its metadata by the path it was asked for.
    for (const dir of [
      'components',
      'lib',
      'models',
      'strings',
      'charts',
      'elements',
      'views',
      'build',
      'styles',
      'layouts',
      'content',
    ])
      cpSync(join(here, 'src', dir), join(root, 'src', dir), { recursive: true });
    for (const page of ['cases/[slug].astro', 'exercises/[id].astro', 'instructors/[slug].astro'])
      cpSync(join(here, 'src/pages', page), join(root, 'src/pages', page));
    cpSync(join(here, 'src/content.config.ts'), join(root, 'src/content.config.ts'));
    symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'), 'dir');
    // Its own cache: by default the content store goes to node_modules/.astro, the real project's (linked).
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import mdx from '@astrojs/mdx';\n" +
        "export default { integrations: [mdx()], trailingSlash: 'always', cacheDir: './.cache' };\n",
    );
    for (const folder of ['cases', 'exercises', 'guides', 'data'])
      mkdirSync(join(root, 'content', folder), { recursive: true });
    for (const file of ['glossary.yaml', 'topics.yaml'])
      cpSync(join(here, 'content', file), join(root, 'content', file));
    writeFileSync(join(root, 'content/cases/scratch-case.mdx'), lesson(trueClaim));
    writeFileSync(join(root, 'content/exercises/scratch-exercise.mdx'), exercise);
    writeFileSync(join(root, 'content/guides/scratch-case.mdx'), guide);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('renders true claims as plain text and quotes their numbers, in a lesson, an exercise and a guide', () => {
    const { status, output } = build(root);
    expect(status, output.slice(-3000)).toBe(0);
    const read = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    const lessonHtml = read('cases/scratch-case');
    expect(lessonHtml).toMatch(
      /<span data-claim="most-fizzle" data-claim-found="Found \(median \[10%, 90%\] over 40 runs\): branching\.pFizzle = [^"]*">most complaints fizzle<\/span>/,
    );
    expect(lessonHtml).toMatch(/\d+(\.\d)?% \(8 runs in 10: \d+(\.\d)?%–\d+(\.\d)?%\) of them/);
    // A claim that is a paragraph of its own keeps it.
    expect(lessonHtml).toMatch(
      /<div data-claim="nearly-all" data-claim-found="[^"]*"><p>Nearly all of them fizzle in nearly every run\.<\/p><\/div>/,
    );
    expect(lessonHtml).toContain('That holds in 100% of runs.');
    expect(lessonHtml).toMatch(/data-source="ensemble" data-band="\[0\.\d+,0\.\d+\]"/);
    expect(lessonHtml).toContain('the middle value (median) of 40 runs with different seeds is');
    const exerciseHtml = read('exercises/scratch-exercise');
    expect(exerciseHtml).toMatch(
      /<span data-claim="same-day" data-claim-found="[^"]*">the complaint reaches fewer people/,
    );
    expect(exerciseHtml).toMatch(/\(\d+(\.\d)?% against \d+(\.\d)?%\)/);
    expect(read('instructors/scratch-case')).toMatch(
      /<span data-claim="rarely-viral" data-claim-found="[^"]*">few complaints go viral<\/span>/,
    );
  }, 180_000);

  it('fails on a claim turned false, naming the page, the claim, its sentence and the numbers', () => {
    // One page is enough to fail.
    unlinkSync(join(root, 'content/exercises/scratch-exercise.mdx'));
    unlinkSync(join(root, 'content/guides/scratch-case.mdx'));
    writeFileSync(join(root, 'content/cases/scratch-case.mdx'), lesson(falseClaim));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('Claim "most-fizzle" on /cases/scratch-case/ does not hold');
    expect(output).toContain('“most complaints go viral”');
    expect(output).toContain('branching.pFizzle is below 0.5, as the median of 40 runs');
    expect(output).toMatch(/branching\.pFizzle = 0\.9\d* \[0\.9\d*, 0\.9\d*\]/);
  }, 180_000);
});
