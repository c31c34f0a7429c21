/**
 * A figure's static rendering as one self-standing SVG, for readers without JavaScript (build time only).
 *
 * A result that waits for the student's guess is only ever seen without JavaScript (with it, the live chart takes
 * its place), so the page keeps it in <noscript>, and after the build src/integrations/figure-images.ts moves it
 * to a file of its own that only those readers fetch: the page stops carrying ~4 KB gzip of SVG per figure that
 * almost every reader downloads and never sees (issue 18). An image cannot read the page's CSS, so the SVG
 * carries the theme's colours itself, light and dark by the system's preference (without JavaScript the theme
 * button does nothing, so the page follows the same preference), and a view that draws several charts has them
 * stacked into one picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room between two stacked charts, in the charts' own units (CSS px at the rendering's width). */
const GAP = 12;

/** The colour properties (`--name: #hex`) of the first CSS block that starts with `opening`, as CSS text. */
function coloursAfter(css: string, opening: string): string {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`global.css has no block "${opening}" to take the figures' colours from`);
  const block = css.slice(start, css.indexOf('}', start));
  return [...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]+);/g)]
    .map(([, name, value]) => `${name}:${value}`)
    .join(';');
}

/**
 * The theme's colours for a figure image, read from the site's stylesheet (one home for each colour): the light
 * theme's, and the dark theme's under the system preference. Scoped to the image's own root class, so the same
 * SVG written inline (the dev server, before the build moves it) changes nothing else on the page.
 */
export const figureThemeCss = (() => {
  // Read from the project (the build and the tests run from its root): bundled, this module has no path of its own.
  const globalCss = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');
  const light = coloursAfter(globalCss, ':root {');
  const dark = coloursAfter(globalCss, ":root:not([data-theme='light']) {");
  return `.figure-image{${light}}@media (prefers-color-scheme: dark){.figure-image{${dark}}}`;
})();

/** Every outermost <svg> among the nodes, in document order (a view may wrap its charts in <div>s). */
function outermostSvgs(nodes: readonly Element[]): SVGSVGElement[] {
  const out: SVGSVGElement[] = [];
  for (const node of nodes) {
    const found = node.localName === 'svg' ? [node] : [...node.querySelectorAll('svg')];
    for (const svg of found) if (!svg.parentElement?.closest('svg')) out.push(svg as SVGSVGElement);
  }
  return out;
}

export interface FigureImage {
  /** The SVG's markup, ready for a file of its own. */
  svg: string;
  /** What it shows in words, for the image's alt text: each chart's title and description. */
  alt: string;
  width: number;
  height: number;
}

/**
 * The charts a view rendered (`nodes`, drawn at `width` for a phone), stacked into one SVG with its own colours
 * and font. Throws when a view drew no chart, so a figure never silently ships an empty picture.
 */
export function figureImage(doc: Document, nodes: readonly Element[], width: number): FigureImage {
  const charts = outermostSvgs(nodes);
  if (charts.length === 0) throw new Error('the view drew no <svg> to make a figure image of');
  const root = doc.createElementNS(SVG_NS, 'svg');
  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = figureThemeCss;
  root.append(style);
  const words: string[] = [];
  let y = 0;
  for (const chart of charts) {
    const [, , w = width, h = 0] = (chart.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const placed = chart.cloneNode(true) as SVGSVGElement;
    // Placed by position and size in the stack; the page's sizing and the accessible names belong to the page.
    for (const name of ['width', 'style', 'role', 'aria-labelledby', 'aria-hidden', 'xmlns'])
      placed.removeAttribute(name);
    placed.setAttribute('x', '0');
    placed.setAttribute('y', String(y));
    placed.setAttribute('width', String(w));
    placed.setAttribute('height', String(h));
    placed.setAttribute('overflow', 'visible');
    root.append(placed);
    for (const part of ['title', 'desc']) {
      const text = chart.querySelector(`:scope > ${part}`)?.textContent?.trim();
      if (text) words.push(/[.!?]$/.test(text) ? text : `${text}.`);
    }
    y += h + GAP;
  }
  const height = Math.max(0, y - GAP);
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('class', 'figure-image');
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('font-family', 'system-ui, sans-serif');
  root.setAttribute('style', 'color: var(--fg)');
  // Named as a whole, for the dev server, whose pages keep the picture inline (an <img> takes the same words).
  const alt = words.join(' ');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-label', alt);
  return { svg: root.outerHTML, alt, width, height };
}
