/**
 * Module preload hints, so a page's scripts and its first simulation's code download side by side instead of
 * one round trip after another (issue 18: entry script, then its static imports, then the model and view chunks,
 * 1.07–1.14 s into a slow-4G load of the flagship). An Astro integration: during the client build a Vite plugin
 * records every chunk's file, source modules and static imports; after the build each page gets, before
 * </head>,
 * - a `<link rel="modulepreload">` for its own module scripts and every module they import statically, and
 * - the same for the model and view chunks (with their static imports) of the page's first simulation, the one
 *   a reader meets first; the element imports them with `import()` when it wakes, and finds them fetched.
 * Link tags need no hash under the Content-Security-Policy (script-src 'self' covers them). A page with no
 * module script is left as it was.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseWithSlash, htmlFiles } from './built-pages';

/** One output chunk: its file (relative to the output folder), source modules and static imports. */
export interface ChunkInfo {
  file: string;
  facade: string | null;
  /** Every source module bundled into it. */
  modules?: string[];
  imports: string[];
}

/** The chunks a chunk needs before it can run: its static imports, theirs, and so on (not itself). */
export function staticClosure(file: string, chunks: Map<string, ChunkInfo>): string[] {
  const seen = new Set<string>();
  const visit = (f: string): void => {
    for (const dep of chunks.get(f)?.imports ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(file);
  seen.delete(file);
  return [...seen];
}

/**
 * The chunk whose entry module is `source` (a path ending, like "/src/models/cascade.ts"), or else the one
 * it was bundled into (the bundler merges a small dynamic entry into a chunk it shares modules with).
 */
function chunkFor(source: string, chunks: Map<string, ChunkInfo>): string | undefined {
  for (const chunk of chunks.values()) if (chunk.facade?.endsWith(source)) return chunk.file;
  for (const chunk of chunks.values()) if (chunk.modules?.some((m) => m.endsWith(source))) return chunk.file;
  return undefined;
}

/**
 * The files to preload for a page, given its HTML, in the order they are needed: its module scripts (Astro
 * writes them where their components are, deep in the body, where the browser would find them only after
 * every hint in the head had taken its place in the queue), then what they import statically, then the model
 * and view chunks of its first simulation and what those import. Every script and its imports come before the
 * model and view, even scripts that run after the one defining <wom-simulation>: measured on the flagship
 * (npm run live, HTTP/1.1, where the order decides which round trip a file arrives in), the first figure wakes
 * only after DOMContentLoaded, which waits for every module script; putting the model and view first made it
 * live 260 ms later. Paths are relative to the output folder; `base` is the site's base path.
 */
export function preloadsFor(html: string, chunks: Map<string, ChunkInfo>, base: string): string[] {
  const entries: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    const src = match[1] ?? '';
    if (!src.startsWith(base)) continue;
    const file = src.slice(base.length);
    if (!entries.includes(file)) entries.push(file);
  }
  if (entries.length === 0) return [];
  const wanted = new Set(entries);
  const add = (files: Iterable<string>) => {
    for (const f of [...files].sort()) wanted.add(f);
  };
  add(entries.flatMap((file) => staticClosure(file, chunks)));
  const model = /<wom-simulation\b[^>]*\bdata-model="([a-z-]+)"/.exec(html)?.[1];
  if (model) {
    const own = [`/src/models/${model}.ts`, `/src/views/${model}.ts`]
      .map((source) => chunkFor(source, chunks))
      .filter((file): file is string => file !== undefined);
    add(own);
    add(own.flatMap((file) => staticClosure(file, chunks)));
  }
  return [...wanted];
}

export function modulePreload(): AstroIntegration {
  const chunks = new Map<string, ChunkInfo>();
  let base = '/';
  return {
    name: 'wom-modulepreload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
      },
      // Astro 7 builds every Vite environment from one config (its target is always 'server'); the plugin keeps
      // the chunks of the client environment, the browser's.
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          plugins: [
            {
              name: 'wom-chunk-graph',
              generateBundle(_options, bundle) {
                if (this.environment.name !== 'client') return;
                for (const out of Object.values(bundle)) {
                  if (out.type !== 'chunk') continue;
                  chunks.set(out.fileName, {
                    file: out.fileName,
                    facade: out.facadeModuleId?.replaceAll('\\', '/') ?? null,
                    modules: Object.keys(out.modules).map((m) => m.replaceAll('\\', '/')),
                    imports: out.imports,
                  });
                }
              },
            },
          ],
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (chunks.size === 0) {
          logger.warn('no client chunks recorded: no modulepreload hints added');
          return;
        }
        let pages = 0;
        for (const path of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(path, 'utf8');
          const files = preloadsFor(html, chunks, base);
          if (files.length === 0 || !html.includes('</head>')) continue;
          const links = files.map((f) => `<link rel="modulepreload" href="${base}${f}">`).join('');
          await writeFile(path, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`modulepreload hints added to ${pages} pages`);
      },
    },
  };
}
