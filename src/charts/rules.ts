/**
 * Labelled rules across a plot: what the text is about (the day of the answer, the break-even reach) and the
 * student's guess beside the model's answer. A vertical rule marks a value of x, a horizontal one a value of y.
 * The label says what the rule is, so the rule needs no colour to be read; its text has a halo in the
 * background colour so it stays legible over lines and bars.
 */
import { px } from './format.ts';
import type { NumberScale } from './scales.ts';
import { paint, textWidth, type G } from './svg.ts';
import type { ChartRule } from './types.ts';

const ROW = 15;
const HALO = 'paint-order: stroke; stroke-width: 3px; stroke-linejoin: round';

interface Placed {
  rule: ChartRule;
  at: number;
  row: number;
  anchor: 'start' | 'end';
}

/** Rules whose value can be placed on its scale (finite, and above 0 on a log scale). */
export function placeable(
  rules: readonly ChartRule[] | undefined,
  logX: boolean,
  logY: boolean,
): ChartRule[] {
  return (rules ?? []).filter(
    (r) => Number.isFinite(r.value) && !((r.axis === 'x' ? logX : logY) && r.value <= 0),
  );
}

/**
 * Vertical rules' labels sit at the top of the plot, beside their rule (to its left near the right edge), on
 * as many rows as it takes for none to overlap another; horizontal rules' labels sit above their rule at the
 * right end (below it when the rule is at the very top).
 */
function place(rules: readonly ChartRule[], x: NumberScale, w: number): Placed[] {
  const rowEnds: number[] = [];
  return rules
    .filter((r) => r.axis === 'x')
    .map((rule) => ({ rule, at: x(rule.value) }))
    .sort((a, b) => a.at - b.at)
    .map(({ rule, at }) => {
      const tw = textWidth(rule.label);
      const anchor = at + 4 + tw > w ? 'end' : 'start';
      const left = anchor === 'start' ? at + 4 : at - 4 - tw;
      let row = rowEnds.findIndex((end) => end + 6 <= left);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = left + tw;
      return { rule, at, row, anchor };
    });
}

/** Draws (or updates) the rules into `layer`, a group already translated to the plot's origin. */
export function drawRules(
  layer: G,
  rules: readonly ChartRule[],
  x: NumberScale,
  y: NumberScale,
  w: number,
  h: number,
): void {
  const vertical = place(rules, x, w);
  const horizontal = rules.filter((r) => r.axis === 'y');
  const stroke = (r: ChartRule) => (r.kind === 'guess' ? 'var(--fg)' : 'var(--fg-muted)');
  layer
    .selectAll<SVGGElement, Placed>('g.rule-x')
    .data(vertical)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('class', (d) => `rule rule-x rule-${d.rule.kind ?? 'mark'}`)
    .each(function (d) {
      const line = this.querySelector('line');
      const text = this.querySelector('text');
      const at = px(d.at);
      line?.setAttribute('x1', String(at));
      line?.setAttribute('x2', String(at));
      line?.setAttribute('y1', '0');
      line?.setAttribute('y2', String(h));
      line?.setAttribute('stroke-width', d.rule.kind === 'guess' ? '2' : '1.5');
      line?.setAttribute('stroke-dasharray', d.rule.kind === 'guess' ? '2 3' : '6 3');
      line?.setAttribute('style', paint(null, stroke(d.rule)));
      if (text) {
        text.setAttribute('x', String(px(d.anchor === 'start' ? d.at + 4 : d.at - 4)));
        text.setAttribute('y', String(12 + d.row * ROW));
        text.setAttribute('text-anchor', d.anchor);
        text.setAttribute('style', `${paint('currentColor', 'var(--bg)')}; ${HALO}`);
        text.textContent = d.rule.label;
      }
    });
  layer
    .selectAll<SVGGElement, ChartRule>('g.rule-y')
    .data(horizontal)
    .join((enter) => {
      const g = enter.append('g');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('class', (d) => `rule rule-y rule-${d.kind ?? 'mark'}`)
    .each(function (d) {
      const line = this.querySelector('line');
      const text = this.querySelector('text');
      const at = px(Math.max(0, Math.min(h, y(d.value))));
      line?.setAttribute('x1', '0');
      line?.setAttribute('x2', String(px(w)));
      line?.setAttribute('y1', String(at));
      line?.setAttribute('y2', String(at));
      line?.setAttribute('stroke-width', d.kind === 'guess' ? '2' : '1.5');
      line?.setAttribute('stroke-dasharray', d.kind === 'guess' ? '2 3' : '6 3');
      line?.setAttribute('style', paint(null, stroke(d)));
      if (text) {
        text.setAttribute('x', String(px(w - 4)));
        text.setAttribute('y', String(at < 16 ? at + 14 : at - 5));
        text.setAttribute('text-anchor', 'end');
        text.setAttribute('style', `${paint('currentColor', 'var(--bg)')}; ${HALO}`);
        text.textContent = d.label;
      }
    });
}
