/**
 * Stored-output tests for charts, after Observable Plot's test/plot-snapshot.js: a chart rendered from fixed
 * data must serialise to the SVG stored in __snapshots__/<name>.svg. A missing snapshot is written and the test
 * fails, asking for a review; a different output is written beside it as <name>-changed.svg to compare, and the
 * test fails. To accept a change, review the -changed file and move it over the stored one.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** One tag per line, so a changed snapshot diffs readably. */
export function prettySvg(markup: string): string {
  return `${markup.replace(/></g, '>\n<')}\n`;
}

export function expectSnapshot(name: string, node: Element): void {
  const actual = prettySvg(node.outerHTML);
  const stored = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(stored)) {
    writeFileSync(stored, actual);
    throw new Error(`New snapshot ${name}.svg written to ${DIR}: review it, then run the test again.`);
  }
  if (readFileSync(stored, 'utf8') !== actual) {
    writeFileSync(changed, actual);
    throw new Error(
      `Chart ${name} differs from its snapshot: compare ${name}-changed.svg with ${name}.svg in ${DIR}, and move the changed file over the stored one if the change is intended.`,
    );
  }
  rmSync(changed, { force: true });
}
