import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteHref, siteUrl } from '../../src/lib/site-url';

const root = { origin: 'https://word-of-mouth.example.org', base: '/' };
const sub = { origin: 'https://example.github.io', base: '/word-of-mouth/' };

describe('siteUrl: the one rule for links from saved or imported data', () => {
  it('keeps paths on the site, as the browser reads them', () => {
    expect(siteHref('/exercises/a/', root)).toBe('/exercises/a/');
    expect(siteHref('/exercises/a/?a=X&step=1#run', root)).toBe('/exercises/a/?a=X&step=1#run');
    expect(siteHref('/word-of-mouth/cases/x/', sub)).toBe('/word-of-mouth/cases/x/');
    expect(siteHref('https://word-of-mouth.example.org/my-work/', root)).toBe('/my-work/');
    // Dot segments are resolved first, so they cannot climb out of the base path.
    expect(siteHref('/word-of-mouth/../admin/', sub)).toBeUndefined();
  });

  it('refuses every other host, scheme or path outside the base, however it is written', () => {
    const hostile = [
      '//evil.example/phish',
      '/\t/evil.example/phish',
      '/\n/evil.example/#x',
      '/\r/evil.example/',
      '\\\\evil.example\\phish',
      '/\\evil.example/',
      './/evil.example/x',
      '/.//evil.example/x',
      '/x/..//evil.example/',
      'https://evil.example/',
      'http://word-of-mouth.example.org/',
      'https://word-of-mouth.example.org.evil.example/',
      'https://user:pass@word-of-mouth.example.org/',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://word-of-mouth.example.org/x',
      '',
      42,
      null,
      undefined,
    ];
    for (const path of hostile) expect(siteUrl(path, root), String(path)).toBeUndefined();
    expect(siteUrl('/cases/', sub)).toBeUndefined();
    expect(siteUrl('x'.repeat(70_000), root)).toBeUndefined();
  });

  it('never returns an address on another origin or outside the base (fast-check)', () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '\t',
      '\n',
      '\r',
      ' ',
      '.',
      '..',
      ':',
      '@',
      '#',
      '?',
      '%2F',
      'evil.example',
      'word-of-mouth',
      'javascript:',
      'http:',
      'https:',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 10 }),
        fc.boolean(),
        (parts, atSub) => {
          const site = atSub ? sub : root;
          const url = siteUrl(parts.join(''), site);
          if (!url) return;
          expect(url.origin).toBe(site.origin);
          expect(url.pathname.startsWith(site.base)).toBe(true);
          expect(siteHref(parts.join(''), site)!.startsWith('//')).toBe(false);
          // The link built from it leads to the same place again.
          const again = siteUrl(siteHref(parts.join(''), site), site)!;
          expect(`${again.pathname}${again.search}${again.hash}`).toBe(
            `${url.pathname}${url.search}${url.hash}`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
