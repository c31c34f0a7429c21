import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanAstro, scanScript } from './ui-text-scanner';

/**
 * Issue 2: "All UI strings live in one module so the site can be translated later." The module is
 * src/strings/; this test fails when interface text is written anywhere else in src/.
 */
const SRC = 'src';
/**
 * Not interface text: the strings themselves, content schemas whose messages are for lesson writers, and the
 * SCORM manifest's XML, whose element names and vocabulary are fixed by the standard.
 */
const EXEMPT = [
  /^src\/strings\//,
  /^src\/content\/schemas\.ts$/,
  /^src\/env\.d\.ts$/,
  /^src\/lib\/scorm\/manifest\.ts$/,
  // Its words are build logs for whoever runs the build; it writes no text into a page.
  /^src\/integrations\/modulepreload\.ts$/,
  // CSS, markup and a build log: the figure pictures' only words are the charts' own titles, from src/strings.
  /^src\/build\/figure-image\.ts$/,
  /^src\/integrations\/figure-images\.ts$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return filesUnder(path);
    return /\.(ts|astro)$/.test(d.name) && !/\.d\.ts$/.test(d.name) ? [path] : [];
  });
}

describe('the scanner', () => {
  it('flags words and ignores code', () => {
    const found = scanScript(
      [
        "el.className = 'sim-field sim-check';",
        "el.textContent = 'Reset';",
        'const note = `Step ${n} of ${total}`;',
        "doc.querySelector('.sim-row button');",
        "if (kind === 'not found') return;",
        "el.setAttribute('aria-label', 'Link to this run');",
        "el.setAttribute('role', 'group');",
        "throw new Error('unknown model id');",
        "const play = button('Step', on.step);",
        "play.textContent = playing ? 'Pause' : 'Play';",
        "const ctx = canvas.getContext('2d');",
        'const share = `${pct}%`;',
        'const price = `$${amount}`;',
        'bar.style.width = `${pct}%`;',
        "sel.attr('width', `${pct}%`);",
      ].join('\n'),
    ).map((f) => f.line);
    expect(found).toEqual([2, 3, 6, 9, 10, 10, 12, 13]);
  });

  it('flags text, heard attributes and literals in .astro templates', () => {
    const found = scanAstro(
      [
        '---',
        "const label = 'Case library';",
        '---',
        '<h1>{title}</h1>',
        '<p class="lead muted">Read the case</p>',
        '<nav aria-label="Main">{items.map((i) => <a href={i}>Go here</a>)}</nav>',
        '<style>.lead { content: "Not text"; }</style>',
        '<script>el.textContent = "Copied to clipboard";</script>',
      ].join('\n'),
    );
    expect(found.map((f) => f.text)).toEqual([
      'Case library',
      'Copied to clipboard',
      'Go here',
      'aria-label="Main"',
      'Read the case',
    ]);
  });
});

describe('interface text lives in src/strings/', () => {
  const files = filesUnder(SRC)
    .map((f) => relative('.', f).split('\\').join('/'))
    .filter((f) => !EXEMPT.some((r) => r.test(f)));

  it('scans the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s has no interface text of its own', (file) => {
    const source = readFileSync(file, 'utf8');
    const findings = file.endsWith('.astro') ? scanAstro(source) : scanScript(source);
    expect(findings.map((f) => `${file}:${f.line} ${f.text}`)).toEqual([]);
  });
});

describe('src/strings/index.ts', () => {
  // The index is the one place a translator starts from: every export of every area file must be on it.
  const areaFiles = filesUnder(join(SRC, 'strings')).filter((f) => !/index\.ts$/.test(f));

  it.each(areaFiles)('re-exports every export of %s', async (file) => {
    const index: Record<string, unknown> = await import('../../src/strings/index');
    const area = (await import(`../../${file.split('\\').join('/')}`)) as Record<string, unknown>;
    const names = Object.keys(area);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => index[n] !== area[n])).toEqual([]);
  });
});
