import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Runs Astro's own content sync on a scratch project holding the real collection config, the real glossary and
 * topics, and one broken file, and checks the error a writer would see names the file and the field.
 */
describe('a broken content entry fails with the file and the field named', () => {
  const here = resolve('.');
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  async function syncWith(files: Record<string, string>): Promise<string> {
    const root = mkdtempSync(join(tmpdir(), 'wom-broken-'));
    roots.push(root);
    mkdirSync(join(root, 'src/content'), { recursive: true });
    cpSync(join(here, 'src/content.config.ts'), join(root, 'src/content.config.ts'));
    cpSync(join(here, 'src/content/schemas.ts'), join(root, 'src/content/schemas.ts'));
    // The schemas read the unit ids from the interface strings.
    cpSync(join(here, 'src/strings'), join(root, 'src/strings'), { recursive: true });
    symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'), 'dir');
    // Its own cache: by default the content store goes to node_modules/.astro, the real project's (linked).
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], cacheDir: './.cache' };\n",
    );
    for (const folder of ['cases', 'exercises', 'guides', 'data'])
      mkdirSync(join(root, 'content', folder), { recursive: true });
    for (const file of ['glossary.yaml', 'topics.yaml'])
      cpSync(join(here, 'content', file), join(root, 'content', file));
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'content', path), text);

    const { sync } = await import('astro');
    const error = await sync({ root, logLevel: 'silent' }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).not.toBeNull();
    return `${error!.message}\n${JSON.stringify(error)}`;
  }

  it('names the lesson file and each bad field', async () => {
    const text = await syncWith({
      'cases/broken-case.mdx': [
        '---',
        'title: A broken case',
        'year: nineteen',
        'outcome: terrible',
        '---',
        '',
        'Text.',
        '',
      ].join('\n'),
    });
    expect(text).toContain('broken-case.mdx');
    expect(text).toMatch(/\byear\b/);
    expect(text).toMatch(/\boutcome\b/);
    expect(text).toMatch(/\bsummary\b/);
  }, 60_000);

  it('names the glossary term and its missing definition', async () => {
    const text = await syncWith({ 'glossary.yaml': '- id: hub\n  term: Hub\n' });
    expect(text).toMatch(/glossary/);
    expect(text).toMatch(/\bhub\b/);
    expect(text).toMatch(/\bdefinition\b/);
  }, 60_000);
});
