import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/search-excerpt';

describe('a Pagefind excerpt, read as text', () => {
  it('keeps the text and the marked matches, with entities decoded', () => {
    expect(excerptParts('United <mark>breaks</mark> guitars &amp; Dave&#39;s &lt;song&gt;')).toEqual([
      { text: 'United ', mark: false },
      { text: 'breaks', mark: true },
      { text: " guitars & Dave's <song>", mark: false },
    ]);
  });

  it('drops every other tag, so nothing in an excerpt can become markup', () => {
    const parts = excerptParts('a<img src=x onerror=alert(1)>b<script>alert(1)</script><MARK>c</MARK>');
    expect(parts).toEqual([
      { text: 'abalert(1)', mark: false },
      { text: 'c', mark: true },
    ]);
  });

  it('never throws and never returns a tag (fast-check)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const part of excerptParts(s)) expect(typeof part.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
