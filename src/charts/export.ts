/**
 * Downloads of a chart. On the page a chart's colours are theme variables (var(--c-complaint)); a file taken
 * out of the page has no theme, so every var() is replaced by the value it has on the page right now, and the
 * chart gets the page's background and font. The result looks like what the student saw, light or dark.
 */
import { resolveVars } from './colors.ts';
import { SVG_NS } from './svg.ts';

/** Attributes that can hold a colour (or, for style, several). */
const COLOR_ATTRIBUTES = ['fill', 'stroke', 'color', 'stop-color', 'flood-color', 'style'] as const;

/** Walks the live chart and its clone side by side; resolves var() against the live element's computed style. */
function inlineVars(live: Element, copy: Element, view: Window): void {
  let style: CSSStyleDeclaration | null = null;
  for (const name of COLOR_ATTRIBUTES) {
    const value = copy.getAttribute(name);
    if (!value?.includes('var(')) continue;
    style ??= view.getComputedStyle(live);
    copy.setAttribute(name, resolveVars(value, style));
  }
  const liveChildren = live.children;
  const copyChildren = copy.children;
  for (let i = 0; i < liveChildren.length && i < copyChildren.length; i++) {
    const a = liveChildren[i];
    const b = copyChildren[i];
    if (a && b) inlineVars(a, b, view);
  }
}

/** Width and height from the viewBox ("0 0 640 360"), so the file has a size of its own outside the page. */
function viewBoxSize(svg: SVGSVGElement): [number, number] {
  const parts = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const w = parts[2];
  const h = parts[3];
  return w !== undefined && h !== undefined && w > 0 && h > 0 ? [w, h] : [640, 400];
}

/**
 * The chart as a standalone SVG file: colours resolved, the page's background drawn behind it, the page's font
 * named, an explicit size. Call it on a chart that is in the page (its colours come from the page's styles).
 */
export function svgToString(svg: SVGSVGElement): string {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [w, h] = viewBoxSize(svg);
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.removeAttribute('class');
  // Tooltips are page furniture; a file shows the chart alone.
  copy.querySelectorAll('.tooltip').forEach((t) => t.remove());
  if (view) {
    inlineVars(svg, copy, view);
    const rootStyle = view.getComputedStyle(svg);
    const font = rootStyle.getPropertyValue('font-family').trim();
    const background = resolveVars('var(--bg)', rootStyle);
    const color = rootStyle.getPropertyValue('color').trim();
    const extra = [
      font ? `font-family: ${font}` : '',
      color ? `color: ${color}` : '',
      copy.getAttribute('style') ?? '',
    ].filter(Boolean);
    copy.setAttribute('style', extra.join('; '));
    if (background && !background.includes('var(')) {
      const rect = doc.createElementNS(SVG_NS, 'rect');
      rect.setAttribute('width', '100%');
      rect.setAttribute('height', '100%');
      rect.setAttribute('fill', background);
      // After <title> and <desc>, before everything drawn.
      const firstDrawn = [...copy.children].find((c) => c.tagName !== 'title' && c.tagName !== 'desc');
      copy.insertBefore(rect, firstDrawn ?? null);
    }
  }
  const serializer = view ? new view.XMLSerializer() : null;
  const text = serializer ? serializer.serializeToString(copy) : copy.outerHTML;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/**
 * The chart as a PNG at `scale` times its viewBox size (2 by default, sharp on high-density screens and in
 * print). Browser only: it draws the standalone SVG into a canvas through an <img>.
 */
export function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const doc = svg.ownerDocument;
  const view = doc.defaultView;
  if (!view) return Promise.reject(new Error('svgToPngBlob needs a browser window'));
  const [w, h] = viewBoxSize(svg);
  const url = view.URL.createObjectURL(
    new view.Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }),
  );
  return new Promise<Blob>((resolve, reject) => {
    const image = new view.Image();
    const done = (): void => view.URL.revokeObjectURL(url);
    image.onload = () => {
      const canvas = doc.createElement('canvas');
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        done();
        reject(new Error('No 2D canvas to draw the PNG'));
        return;
      }
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      done();
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made'))),
        'image/png',
      );
    };
    image.onerror = () => {
      done();
      reject(new Error('The chart could not be drawn as an image'));
    };
    image.src = url;
  });
}
