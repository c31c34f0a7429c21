// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { scormFiles } from './src/integrations/scorm-files.ts';
import { modulePreload } from './src/integrations/modulepreload.ts';

// SITE_URL and BASE_PATH let the same build go to any static host, at the root or under a sub-path
// (e.g. BASE_PATH=/word-of-mouth/ for a project page). Every internal link goes through src/lib/url.ts.
const site = process.env.SITE_URL ?? 'https://word-of-mouth.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // scormFiles: after the build, the package copies the builder zips into SCORM packages (/scorm/files.json),
  // made before modulePreload adds <link rel="modulepreload"> for each page's script imports and first
  // simulation's chunks (root-relative links that would point out of a package).
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/scorm/') }),
    scormFiles(),
    modulePreload(),
  ],
  // Astro 7's default Markdown processor ignores remark/rehype plugins; math needs unified().
  // Single dollars stay dollars ($1,200); math is written between double dollars.
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkMath, { singleDollarTextMath: false }]],
      // Root-relative links in lessons get the base path, as href() gives the .astro pages.
      rehypePlugins: [rehypeKatex, [rehypeBaseLinks, { base }]],
    }),
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page, as a <meta> tag (a static host sets no headers): scripts only
  // from this site or inline by their hash (Astro hashes its own; src/layouts/InlineScript.astro the rest),
  // nothing from another origin (KaTeX inlines its smallest fonts as data: URLs). Pages that run Pagefind add 'wasm-unsafe-eval' for its WebAssembly
  // (src/layouts/pagefind-csp.ts). Style attributes stay allowed: KaTeX and the charts write them.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
