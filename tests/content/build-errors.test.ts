import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Runs Astro's own content sync on a scratch project holding the real collection config, the real glossary and
 * topics, and one broken file, and checks the error a writer would see names the file and the field.
 */
/**
 * Loading Astro and syncing a scratch project takes 5–25 s (the first import compiles Astro's modules);
 * seen near 60 s with the machine fully loaded. Three minutes fails only a sync that hangs.
 */
const SYNC_TIMEOUT = 180_000;

describe('a broken content entry fails with the file and the field named', () => {
  const here = resolve('.');
  // Scratch projects live under node_modules/.cache, so Node finds Astro and its integrations by walking up to the
  // real node_modules (no symlink, so nothing Astro writes into its own node_modules/.astro reaches the real one).
  // They are not removed after the tests (Astro saves its data store a moment after sync returns, and removing the
  // folder first made that save fail as an unhandled error) but at the start of the next run.
  const scratch = join(here, 'node_modules/.cache');
  mkdirSync(scratch, { recursive: true });
  for (const old of readdirSync(scratch).filter((name) => name.startsWith('wom-broken-')))
    rmSync(join(scratch, old), { recursive: true, force: true });

  async function syncWith(files: Record<string, string>): Promise<string> {
    const root = mkdtempSync(join(scratch, 'wom-broken-'));
    mkdirSync(join(root, 'src/content'), { recursive: true });
    cpSync(join(here, 'src/content.config.ts'), join(root, 'src/content.config.ts'));
    cpSync(join(here, 'src/content/schemas.ts'), join(root, 'src/content/schemas.ts'));
    // The schemas read the unit ids from the interface strings and the model ids from the registry.
    cpSync(join(here, 'src/strings'), join(root, 'src/strings'), { recursive: true });
    mkdirSync(join(root, 'src/models'), { recursive: true });
    cpSync(join(here, 'src/models/registry.ts'), join(root, 'src/models/registry.ts'));
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

  it(
    'names the lesson file and each bad field',
    async () => {
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
    },
    SYNC_TIMEOUT,
  );

  it(
    'names the glossary term and its missing definition',
    async () => {
      const text = await syncWith({ 'glossary.yaml': '- id: hub\n  term: Hub\n' });
      expect(text).toMatch(/glossary/);
      expect(text).toMatch(/\bhub\b/);
      expect(text).toMatch(/\bdefinition\b/);
    },
    SYNC_TIMEOUT,
  );
});
