/**
 * After the build, writes what the assignment builder needs to put together a SCORM package in the browser:
 * package copies of the launch page (/scorm/launch/) and of every exercise page, relocated to run from
 * inside the package (src/build/scorm-relocate.ts), copies of the few scripts and styles that name other
 * assets by absolute path, and /scorm/files.json, the list of what each page needs. The builder fetches
 * these from its own origin; the package then fetches nothing from the site at run time.
 * Copies are stored as .txt so no one mistakes them for pages of the site (and the link checker, which
 * reads every .html, does not follow their package-relative paths).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assetClosure,
  isPreloadHelper,
  mentionedAssets,
  relocateCss,
  relocateHtml,
  relocateJs,
} from '../build/scorm-relocate';
import { FILES_JSON, type ScormFiles } from '../lib/scorm/files';
import { baseWithSlash } from './built-pages';

export function scormFiles(): AstroIntegration {
  let base = '/';
  let siteRoot = '';
  return {
    name: 'word-of-mouth-scorm-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
        siteRoot = config.site ? new URL(base, config.site).href : base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const astroDir = join(out, '_astro');
        const names = new Set(await readdir(astroDir));
        const cache = new Map<string, string>();
        const read = (name: string) => cache.get(name);
        for (const name of names) {
          if (/\.(js|css)$/.test(name)) cache.set(name, await readFile(join(astroDir, name), 'utf8'));
        }
        const write = async (path: string, text: string) => {
          await mkdir(dirname(join(out, path)), { recursive: true });
          await writeFile(join(out, path), text);
        };

        const copies: Record<string, string> = {};
        for (const [name, text] of cache) {
          const changed = name.endsWith('.js') ? relocateJs(text, base) : relocateCss(text, base);
          if (name.endsWith('.js') && isPreloadHelper(text) && !changed) {
            throw new Error(
              `scorm-files: ${name} holds Vite's preload helper in a shape relocateJs does not rewrite`,
            );
          }
          if (changed === undefined) continue;
          copies[`_astro/${name}`] = `scorm/pkg/_astro/${name}.txt`;
          await write(`scorm/pkg/_astro/${name}.txt`, changed);
        }

        const pageCopy = async (page: string, copy: string, depth: number) => {
          const html = await readFile(join(out, page), 'utf8');
          // Stylesheets are written into the pages (astro.config.mjs, inlineStylesheets): an asset one names by
          // its site path cannot be renamed for the package without changing the style's CSP hash, so it fails
          // here rather than as a missing font in an LMS.
          if (html.includes(`url(${base}_astro/`) || html.includes(`url("${base}_astro/`)) {
            throw new Error(
              `scorm-files: ${page} names a file in _astro/ from a style written into the page`,
            );
          }
          await write(copy, relocateHtml(html, { base, depth, siteRoot }));
          const start = mentionedAssets(html.replaceAll(`${base}_astro/`, ' '), names);
          return { src: copy, files: assetClosure(start, read, names).map((n) => `_astro/${n}`) };
        };

        const launch = await pageCopy('scorm/launch/index.html', 'scorm/pkg/index.html.txt', 0);
        const exercises: ScormFiles['exercises'] = {};
        for (const entry of await readdir(join(out, 'exercises'), { withFileTypes: true })) {
          if (!entry.isDirectory()) continue;
          exercises[entry.name] = await pageCopy(
            `exercises/${entry.name}/index.html`,
            `scorm/pkg/exercises/${entry.name}.html.txt`,
            2,
          );
        }
        const files: ScormFiles = { version: 1, launch, exercises, copies };
        await write(FILES_JSON, JSON.stringify(files));
        const counts = { exercises: Object.keys(exercises).length, relocated: Object.keys(copies).length };
        logger.info(`${FILES_JSON} ${JSON.stringify(counts)}`);
      },
    },
  };
}
