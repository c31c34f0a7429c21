/**
 * QR codes for the printed worksheet, drawn as SVG in the page. The generator (~11 KB gzip) is loaded only
 * when a worksheet is prepared. Black on white with the standard four-module quiet zone, whatever the theme:
 * phone cameras read dark-on-light codes most reliably.
 */
import type qrcode from 'qrcode-generator';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The QR encoding mode for any text (a name the generator knows, not words a reader sees). */
const BYTE_MODE = 'Byte';

type Factory = typeof qrcode;
let loading: Promise<Factory> | undefined;

function load(): Promise<Factory> {
  loading ??= import('qrcode-generator').then((m) => (m as unknown as { default: Factory }).default ?? m);
  return loading;
}

/** The dark modules of `text` as a square grid, or null when it is too long for any QR code. */
export async function qrModules(text: string): Promise<boolean[][] | null> {
  const make = await load();
  for (const level of ['M', 'L'] as const) {
    try {
      const qr = make(0, level);
      qr.addData(text, BYTE_MODE);
      qr.make();
      const n = qr.getModuleCount();
      return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
    } catch {
      // Too long at this level: try the next, lower level of error correction.
    }
  }
  return null;
}

/** An accessible SVG of a QR code: one path of unit squares, inside a quiet zone. */
export function qrSvg(doc: Document, modules: boolean[][], label: string): SVGSVGElement {
  const n = modules.length;
  const size = n + 8;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = doc.createElementNS(SVG_NS, 'path');
  let d = '';
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    }),
  );
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
