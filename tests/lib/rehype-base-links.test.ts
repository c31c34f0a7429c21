import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks, withBase } from '../../src/build/rehype-base-links';

describe('content links under a base path', () => {
  it('prefixes root-relative paths and leaves the rest alone', () => {
    expect(withBase('/glossary/#hub', '/word-of-mouth/')).toBe('/word-of-mouth/glossary/#hub');
    expect(withBase('/glossary/', '/')).toBe('/glossary/');
    expect(withBase('https://example.org/', '/wom/')).toBe('https://example.org/');
    expect(withBase('//cdn.example.org/x.js', '/wom/')).toBe('//cdn.example.org/x.js');
    expect(withBase('#source-A1', '/wom/')).toBe('#source-A1');
    expect(withBase('/wom/cases/', '/wom/')).toBe('/wom/cases/');
  });

  it('rewrites Markdown links and MDX JSX attributes in the tree', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'a', properties: { href: '/cases/dominos-2009/' }, children: [] },
        { type: 'element', tagName: 'img', properties: { src: '/og.png' }, children: [] },
        {
          type: 'mdxJsxTextElement',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'href', value: '/simulations/cascade/' },
            { type: 'mdxJsxAttribute', name: 'class', value: '/not-a-link' },
          ],
          children: [],
        },
      ],
    };
    rehypeBaseLinks({ base: '/wom/' })(tree);
    expect(tree.children[0].properties!.href).toBe('/wom/cases/dominos-2009/');
    expect(tree.children[1].properties!.src).toBe('/wom/og.png');
    expect(tree.children[2].attributes!.map((a) => a.value)).toEqual([
      '/wom/simulations/cascade/',
      '/not-a-link',
    ]);
  });
});
