// @vitest-environment jsdom
/**
 * The picture a reader without JavaScript sees of a result waiting for a guess: drawn by the model's own view,
 * stacked into one SVG that carries its colours, then moved out of the page into a file named by its content.
 */
import { describe, expect, it } from 'vitest';
import { createNetworkView } from '../../src/charts/network.ts';
import { figureImage, figureThemeCss } from '../../src/build/figure-image.ts';
import { moveFigureImages } from '../../src/integrations/figure-images.ts';
import { cascade } from '../../src/models/index.ts';
import { cascadeView } from '../../src/views/cascade.ts';

/** The cascade's phone rendering, the way Simulation.astro draws a figure's static result: two charts. */
const cascadeNodes = () => {
  const params = { ...cascade.defaults(), n: 200, hubs: 1 };
  const context = {
    doc: document,
    width: 320,
    idPrefix: 'fig',
    yScale: 'linear' as const,
    browser: false,
    createNetworkView,
  };
  return cascadeView.render(context, cascade.run(params, 3), params).nodes;
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

describe('a figure picture', () => {
  it('stacks every chart a view drew, one under the other, in a picture exactly as tall as they are', () => {
    const nodes = cascadeNodes();
    const image = figureImage(document, nodes, 320);
    const root = parse(image.svg);
    const charts = [...root.children].filter((c) => c.localName === 'svg');
    expect(charts.length).toBe(2);
    const heights = charts.map((c) => Number(c.getAttribute('height')));
    expect(charts.map((c) => Number(c.getAttribute('y')))).toEqual([0, heights[0] + 12]);
    expect(image.height).toBe(heights[0] + 12 + heights[1]);
    expect(root.getAttribute('viewBox')).toBe(`0 0 320 ${image.height}`);
    // The page's sizing is gone from the charts: in a file, "width: 100%" of nothing would be nothing.
    for (const c of charts) expect(c.getAttribute('style')).toBeNull();
  });

  it('carries the light and the dark theme colours of the site stylesheet, scoped to itself', () => {
    const root = parse(figureImage(document, cascadeNodes(), 320).svg);
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css).toBe(figureThemeCss);
    expect(css).toMatch(/^\.figure-image\{[^}]*--c-complaint:#c85200/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{\.figure-image\{[^}]*--c-complaint:#f28a3c/);
    expect(root.getAttribute('class')).toBe('figure-image');
  });

  it('says in words what each chart shows, from the charts own titles and descriptions', () => {
    const image = figureImage(document, cascadeNodes(), 320);
    expect(image.alt).toMatch(/^A network of 201 people\. Each mark is a person\./);
    expect(image.alt.split('. ').length).toBeGreaterThanOrEqual(4);
    // The same words name the picture where it stays inline (the dev server).
    const root = parse(image.svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(image.alt);
  });

  it('refuses a view that drew no chart', () => {
    expect(() => figureImage(document, [document.createElement('p')], 320)).toThrow(/no <svg>/);
  });
});

describe('moving the pictures out of a page', () => {
  const page = (svg: string, alt = 'A chart.') =>
    `<p>before</p><noscript><details><summary>Show</summary><div class="sim-static-scaled" style="max-width: 30rem" data-figure-image="${alt}">${svg}</div><p>words</p></details></noscript><p>after</p>`;

  it('leaves an <img> of the picture, and the picture in a file named by its content', () => {
    const image = figureImage(document, cascadeNodes(), 320);
    const moved = moveFigureImages(page(image.svg, 'A network &amp; its days.'), '/sub/');
    expect(moved.files.size).toBe(1);
    const [[name, file]] = [...moved.files];
    expect(name).toMatch(/^figures\/[0-9a-f]{16}\.svg$/);
    expect(file).toContain(image.svg);
    expect(moved.html).toBe(
      `<p>before</p><noscript><details><summary>Show</summary><div class="sim-static-scaled" style="max-width: 30rem"><img src="/sub/${name}" alt="A network &amp; its days." width="320" height="${image.height}" style="width: 100%; height: auto"></div><p>words</p></details></noscript><p>after</p>`,
    );
  });

  it('writes the same picture on two pages, or twice on one, as one file', () => {
    const { svg } = figureImage(document, cascadeNodes(), 320);
    const moved = moveFigureImages(page(svg) + page(svg), '/');
    expect(moved.files.size).toBe(1);
    expect(moved.html.match(/<img /g)?.length).toBe(2);
    expect(moved.html).not.toContain('<svg');
  });

  it('leaves a page without pictures as it was', () => {
    const html = '<p>no figures</p><svg viewBox="0 0 1 1"></svg>';
    expect(moveFigureImages(html, '/')).toEqual({ html, files: new Map() });
  });
});
