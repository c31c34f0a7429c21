/**
 * After the build, each figure picture written for readers without JavaScript (a `<div data-figure-image>` with
 * one SVG inside <noscript>, from src/components/Simulation.astro and src/build/figure-image.ts) becomes a file
 * of its own, `figures/<hash>.svg`, and the page keeps an <img> of it. Only a reader without JavaScript fetches it
 * (with JavaScript the browser keeps <noscript> as text); everyone else stops downloading it (issue 18: the
 * flagship's HTML, 74.7 → ~59 KB gzip). The dev server skips this step: its pages keep the SVG inline, which
 * shows the same. Files are named by their content, so the same picture on two pages is one file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseWithSlash, htmlFiles } from './built-pages';

/** Where the pictures go, under the output folder and the base path. */
export const FIGURES_DIR = 'figures';

// The picture's <div>: written by Simulation.astro with this class and attribute, holding one <svg> whose own
// end is the first "</svg></div>" (a nested chart's </svg> is followed by another chart or by the outer </svg>).
const PICTURE =
  /<div class="sim-static-scaled"([^>]*?) data-figure-image="([^"]*)"([^>]*)>(<svg\b[\s\S]*?<\/svg>)<\/div>/g;

/**
 * The page with each figure picture moved out: its HTML, with an <img> in each picture's place, and the files
 * to write (path under the output folder → SVG). `base` is the site's base path, ending in "/".
 */
export function moveFigureImages(html: string, base: string): { html: string; files: Map<string, string> } {
  const files = new Map<string, string>();
  const out = html.replace(PICTURE, (_all, before: string, alt: string, after: string, svg: string) => {
    const size = (name: string) => new RegExp(`^<svg\\b[^>]*?\\s${name}="(\\d+(?:\\.\\d+)?)"`).exec(svg)?.[1];
    const [width, height] = [size('width'), size('height')];
    if (!width || !height) throw new Error('a figure picture has no width and height on its <svg>');
    const name = `${FIGURES_DIR}/${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`;
    files.set(name, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
    const img = `<img src="${base}${name}" alt="${alt}" width="${width}" height="${height}" style="width: 100%; height: auto">`;
    return `<div class="sim-static-scaled"${before}${after}>${img}</div>`;
  });
  return { html: out, files };
}

export function figureImages(): AstroIntegration {
  let base = '/';
  return {
    name: 'wom-figure-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseWithSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Set<string>();
        let pages = 0;
        for (const path of await htmlFiles(root)) {
          const html = await readFile(path, 'utf8');
          if (!html.includes('data-figure-image=')) continue;
          const moved = moveFigureImages(html, base);
          if (moved.html.includes('data-figure-image='))
            throw new Error(`${path}: a figure picture the build could not move to a file`);
          for (const [name, svg] of moved.files) {
            if (written.has(name)) continue;
            await mkdir(join(root, FIGURES_DIR), { recursive: true });
            await writeFile(join(root, name), svg);
            written.add(name);
          }
          await writeFile(path, moved.html);
          pages++;
        }
        logger.info(`${written.size} figure pictures for readers without JavaScript, from ${pages} pages`);
      },
    },
  };
}
