// Every model-checked claim on the built site, page by page, with what its ensemble gave, and the summary of
// each simulation's first run: the table a reviewer reads beside the lessons. The numbers come from the build
// (each <Claim> carries what it found in data-claim-found), so this script computes nothing itself.
// Usage: npm run build && npm run claims [-- --markdown]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

const dist = 'dist';
const markdown = process.argv.includes('--markdown');

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name === 'index.html' ? [full] : [];
  });
}

const clip = (text, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
const found = (text) => text.replace(/^Found \(median \[10%, 90%\] over (\d+) runs\): /, '');
let claims = 0;
for (const file of pages(dist).sort()) {
  const root = parse(readFileSync(file, 'utf8'));
  const marked = root.querySelectorAll('[data-claim-found]');
  const sims = root.querySelectorAll('wom-simulation');
  if (marked.length === 0) continue;
  const path =
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '');
  console.log(markdown ? `\n### ${path}\n` : `\n${path}`);
  for (const sim of sims) {
    const summary = sim.querySelector('.sim-summary')?.text.trim() ?? '';
    console.log(markdown ? `- simulation \`${sim.id}\`, first run: ${summary}` : `  [${sim.id}] ${summary}`);
  }
  if (markdown) console.log('\n| claim | sentence | median [10–90%] over the runs |\n|---|---|---|');
  for (const el of marked) {
    claims++;
    const id = el.getAttribute('data-claim');
    const sentence = clip(el.text.replace(/\s+/g, ' ').trim());
    const what = found(el.getAttribute('data-claim-found') ?? '');
    console.log(markdown ? `| ${id} | ${sentence} | ${what} |` : `  ${id}: “${sentence}” → ${what}`);
  }
}
console.log(`\n${claims} claims, every one true over its ensemble (a false one fails the build).`);
