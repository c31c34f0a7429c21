import { describe, expect, it } from 'vitest';
import {
  assetClosure,
  isPreloadHelper,
  relocateCss,
  relocateHtml,
  relocateJs,
} from '../../src/build/scorm-relocate';

const page = (base: string) => `<!doctype html><html><head>
<link rel="icon" href="${base}favicon.svg"><link rel="stylesheet" href="${base}_astro/site.A1.css">
<script>(function(){try{localStorage.getItem('theme')}catch{}})();</script>
<script type="module" src="${base}_astro/page.B2.js"></script></head>
<body><a href="#main">Skip</a><header class="site-header"><a href="${base}cases/">Cases</a></header>
<main><h1>Fizzle &amp; more</h1><nav class="assignment-banner notice" hidden></nav>
<p class="muted">Saved here: see <a href="${base}my-work/">My work</a></p><a href="https://example.com/">x</a></main>
<footer class="site-footer">f</footer></body></html>`;

describe('package copies of pages', () => {
  for (const base of ['/', '/word-of-mouth/']) {
    it(`makes asset paths relative and links leave for the public site (base ${base})`, () => {
      const out = relocateHtml(page(base), { base, depth: 2, siteRoot: 'https://site.example/wom/' });
      expect(out).toContain('href="../../_astro/site.A1.css"');
      expect(out).toContain('src="../../_astro/page.B2.js"');
      expect(out).toContain('<nav class="assignment-banner notice" hidden style="display: none">');
      expect(out).toContain('<p class="muted" style="display: none">');
      expect(out).toContain('<a href="https://site.example/wom/my-work/" target="_blank" rel="noopener">');
      expect(out).toContain('<main aria-label="Fizzle &amp; more">');
      expect(out).not.toContain('site-header');
      expect(out).not.toContain('site-footer');
      expect(out).not.toContain('favicon');
      expect(out).toContain('href="#main"');
      expect(out).toContain('href="https://example.com/"');
      // Inline scripts are byte for byte the same (their CSP hashes must still match).
      expect(out).toContain(`<script>(function(){try{localStorage.getItem('theme')}catch{}})();</script>`);
    });
  }

  it('a page at the package root names assets without going up', () => {
    expect(relocateHtml(page('/'), { base: '/', depth: 0, siteRoot: 'https://s/' })).toContain(
      'src="_astro/page.B2.js"',
    );
  });
});

describe('package copies of scripts and styles', () => {
  it('rewrites workers named by absolute path and Vite’s preload helper', () => {
    expect(relocateJs('new Worker(new URL(`/_astro/w.A.js`,``+import.meta.url))', '/')).toBe(
      'new Worker(new URL(`./w.A.js`,``+import.meta.url))',
    );
    expect(relocateJs('t=function(e){return`/wom/`+e},n={}', '/wom/')).toBe(
      't=function(e){return"../"+e},n={}',
    );
    expect(relocateJs('import{a}from"./b.js"', '/')).toBeUndefined();
  });

  it('knows Vite’s preload helper by its code, whatever chunk it was bundled into', () => {
    const helper =
      'c=function(e){return`/`+e};function i(e){let t=new Event(`vite:preloadError`,{cancelable:!0});throw e}';
    expect(isPreloadHelper(`var a=1;${helper}export{i as g}`)).toBe(true);
    expect(relocateJs(helper, '/')).toContain('return"../"+e');
    expect(isPreloadHelper('import{a}from"./b.js"')).toBe(false);
  });

  it('rewrites fonts in stylesheets', () => {
    expect(relocateCss('src:url(/_astro/K.woff2) format("woff2")', '/')).toBe(
      'src:url(./K.woff2) format("woff2")',
    );
    expect(relocateCss('a{color:red}', '/')).toBeUndefined();
  });

  it('collects every asset a page reaches, leaving out KaTeX’s fallback fonts', () => {
    const files: Record<string, string> = {
      'page.js': 'import"./a.js";import("./lazy.js")',
      'a.js': 'new URL("./worker.js", import.meta.url)',
      'lazy.js': '',
      'worker.js': 'import"./a.js"',
      'unused.js': '',
      'k.css': 'url(./KaTeX_Main.woff2) url(./KaTeX_Main.woff) url(./KaTeX_Main.ttf)',
      'KaTeX_Main.woff2': '',
      'KaTeX_Main.woff': '',
      'KaTeX_Main.ttf': '',
    };
    const known = new Set(Object.keys(files));
    expect(assetClosure(['page.js', 'k.css'], (n) => files[n], known)).toEqual([
      'KaTeX_Main.woff2',
      'a.js',
      'k.css',
      'lazy.js',
      'page.js',
      'worker.js',
    ]);
  });
});
