import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Runs Astro's own content sync on a scratch project holding the real collection config and one broken
 * lesson, and checks the error a writer would see names the file and the field.
 */
describe('a broken content entry fails with the file and the field named', () => {
  const root = mkdtempSync(join(tmpdir(), 'wom-broken-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the file and each bad field', async () => {
    const here = resolve('.');
    mkdirSync(join(root, 'src/content'), { recursive: true });
    cpSync(join(here, 'src/content.config.ts'), join(root, 'src/content.config.ts'));
    cpSync(join(here, 'src/content/schemas.ts'), join(root, 'src/content/schemas.ts'));
    symlinkSync(join(here, 'node_modules'), join(root, 'node_modules'), 'dir');
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
    );
    for (const folder of ['cases', 'exercises', 'guides', 'data'])
      mkdirSync(join(root, 'content', folder), { recursive: true });
    writeFileSync(
      join(root, 'content/cases/broken-case.mdx'),
      ['---', 'title: A broken case', 'year: nineteen', 'outcome: terrible', '---', '', 'Text.', ''].join(
        '\n',
      ),
    );

    const { sync } = await import('astro');
    const error = await sync({ root, logLevel: 'silent' }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).not.toBeNull();
    const text = `${error!.message}\n${JSON.stringify(error)}`;
    expect(text).toContain('broken-case.mdx');
    expect(text).toMatch(/\byear\b/);
    expect(text).toMatch(/\boutcome\b/);
    expect(text).toMatch(/\bsummary\b/);
  }, 60_000);
});
