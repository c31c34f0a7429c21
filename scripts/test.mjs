// `npm test`: every check, in order, stopping at the first failure. Each stage's own output is kept back and
// printed only if the stage fails, so a green run is a short table of stages and times, and a red one ends with
// exactly what went wrong.
//
// Usage: node scripts/test.mjs            every stage (what CI runs)
//        node scripts/test.mjs --quick    the developer's loop: types, lint, unit, build, smoke browser tests
//        node scripts/test.mjs --verbose  print every stage's output as it comes
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const verbose = args.includes('--verbose');

/** [name, npm script, extra arguments, what it checks]: the README's table of stages follows this list. */
const stages = [
  ['types', 'check', [], 'astro check'],
  ['lint', 'lint', [], 'ESLint and Prettier'],
  ['unit', 'unit', [], 'vitest'],
  ['build', 'build', [], 'the site and its search index'],
  ['links', 'links', [], 'internal links in dist/'],
  ['base', 'links:base', [], 'the same under a base path'],
  ['browser', 'e2e', [], 'Playwright with axe'],
];
const run = quick
  ? stages
      .filter(([name]) => !['links', 'base'].includes(name))
      .map((s) =>
        s[0] === 'browser' ? ['smoke', 'e2e', ['--grep', '@smoke'], 'a smoke set in the browser'] : s,
      )
  : stages;

// Astro's telemetry notice and update check are noise in a test log (and nothing should call out from a test).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function runStage(script, extra) {
  return new Promise((resolve) => {
    const npmArgs = ['run', '--silent', script, ...(extra.length ? ['--', ...extra] : [])];
    const child = spawn('npm', npmArgs, { env, stdio: verbose ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout?.on('data', (d) => output.push(d));
    child.stderr?.on('data', (d) => output.push(d));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(output) }),
    );
  });
}

const format = (ms) => `${(ms / 1000).toFixed(0)} s`;
const started = Date.now();
const width = Math.max(...run.map(([name]) => name.length));
for (const [name, script, extra, what] of run) {
  const t0 = Date.now();
  process.stdout.write(
    `${name.padEnd(width)}  npm run ${script}${extra.length ? ' -- ' + extra.join(' ') : ''} (${what}) … `,
  );
  const { code, output } = await runStage(script, extra);
  const took = Date.now() - t0;
  if (code !== 0) {
    process.stdout.write(`FAILED after ${format(took)}\n\n`);
    if (!verbose) process.stdout.write(output);
    process.stdout.write(`\nStage "${name}" failed (exit ${code}). Rerun it alone with: npm run ${script}\n`);
    process.exit(code);
  }
  process.stdout.write(`ok, ${format(took)}\n`);
}
console.log(`\nAll ${run.length} stages passed in ${format(Date.now() - started)}.`);
