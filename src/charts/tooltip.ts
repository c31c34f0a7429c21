/**
 * A tooltip drawn inside the SVG, so it works the same for the mouse and the keyboard (shown on hover and on
 * focus) and needs no page CSS. It is hidden from screen readers: the focused element's aria-label already
 * says the same words.
 */
import { paint, textWidth, type Svg } from './svg.ts';

const LINE = 16;
const PAD = 8;

export interface Tooltip {
  /** Shows `lines` (the first in bold) beside the point (x, y), kept inside a width × height chart. */
  show(lines: readonly string[], x: number, y: number, width: number, height: number): void;
  hide(): void;
}

export function createTooltip(svg: Svg): Tooltip {
  const g = svg
    .append('g')
    .attr('class', 'tooltip')
    .attr('aria-hidden', 'true')
    .attr('pointer-events', 'none')
    .attr('display', 'none');
  const box = g
    .append('rect')
    .attr('rx', 4)
    .attr('stroke-width', 1)
    .attr('style', paint('var(--bg)', 'var(--border)'));
  const text = g.append('text').attr('style', paint('currentColor'));

  return {
    show(lines, x, y, width, height) {
      const w = Math.max(...lines.map((line, i) => textWidth(line, i === 0 ? 13 : 12))) + 2 * PAD;
      const h = lines.length * LINE + PAD;
      // Right of the point when it fits, else left of it; vertically centred but inside the chart.
      const left = x + 12 + w <= width ? x + 12 : Math.max(0, x - 12 - w);
      const top = Math.min(Math.max(0, y - h / 2), Math.max(0, height - h));
      g.attr('transform', `translate(${Math.round(left)},${Math.round(top)})`).attr('display', null);
      box.attr('width', w).attr('height', h);
      text
        .selectAll('tspan')
        .data(lines)
        .join('tspan')
        .attr('x', PAD)
        .attr('y', (_d, i) => PAD / 2 + (i + 1) * LINE - 4)
        .attr('font-weight', (_d, i) => (i === 0 ? 'bold' : null))
        .text((d) => d);
      // Last child paints on top of the points.
      g.raise();
    },
    hide() {
      g.attr('display', 'none');
    },
  };
}
