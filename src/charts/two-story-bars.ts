/**
 * Two stories side by side, generation by generation: how many new people hear the happy customer's story and
 * how many hear the unhappy one's. The unhappy bars are hatched, so the pair reads without colour too.
 */
import { scaleBand } from 'd3-scale';
import { charts } from '../strings/charts.ts';
import { unitWord } from '../strings/models/common.ts';
import { drawAxes, logDomain, logTicks, tickCount, withUnit } from './axes.ts';
import { formatCompact, px } from './format.ts';
import { renderLegend, type LegendItem } from './legend.ts';
import { drawRules, placeable } from './rules.ts';
import { linearScale, logScale, niceDomain } from './scales.ts';
import { axisFrame, createSvg, hatchPattern, mergeMargin, paint, textWidth } from './svg.ts';
import type { ChartHandle, ChartOptions, TwoStoryBarsData } from './types.ts';

type Story = 'happy' | 'unhappy';

interface Bar {
  generation: number;
  story: Story;
  value: number;
}

const COLORS: Record<Story, string> = { happy: 'var(--c-happy)', unhappy: 'var(--c-complaint)' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderTwoStoryBars(
  doc: Document,
  data: TwoStoryBarsData,
  options: ChartOptions,
): ChartHandle<TwoStoryBarsData> {
  const { width, height } = options;
  const { svg, id } = createSvg(doc, options);
  svg.attr('class', 'chart chart-two-story-bars');
  const hatch = id('hatch');
  // Stripes over the unhappy colour: the non-colour cue for that story.
  hatchPattern(svg, hatch).attr('style', paint(COLORS.unhappy));
  const fills: Record<Story, string> = { happy: COLORS.happy, unhappy: `url(#${hatch})` };
  const legendG = svg.append('g').attr('class', 'legend').attr('transform', 'translate(8,2)');
  const { yLabel, xLabel, footnote, plot, ...axes } = axisFrame(svg);
  const barsG = plot.append('g').attr('class', 'bars');
  const pinnedG = plot.append('g').attr('class', 'pinned');
  const rulesG = plot.append('g').attr('class', 'rules');

  function update(next: TwoStoryBarsData): void {
    const log = next.yScale === 'log';
    const items: LegendItem[] = [
      { label: next.labels.happy, color: COLORS.happy, symbol: 'swatch' },
      { label: next.labels.unhappy, color: COLORS.unhappy, symbol: 'swatch', fill: fills.unhappy },
    ];
    if (next.pinned) {
      items.push({ label: next.pinned.label, color: 'var(--fg)', symbol: 'swatch', fill: 'none' });
    }
    const legendHeight = renderLegend(legendG, items, width - 16);
    const yLabelBaseline = legendHeight + 18;
    yLabel
      .attr('y', yLabelBaseline)
      .text(next.yLabel ? withUnit(next.yLabel, next.unit) : capitalise(unitWord(next.unit)));

    const all: Bar[] = [];
    let max = 0;
    let minPositive = Infinity;
    let hasZero = false;
    next.generations.forEach((generation, i) => {
      for (const story of ['happy', 'unhappy'] as const) {
        const value = (story === 'happy' ? next.happy : next.unhappy)[i] ?? 0;
        all.push({ generation, story, value });
        max = Math.max(max, value);
        if (value > 0) minPositive = Math.min(minPositive, value);
        else hasZero = true;
      }
    });
    // The pinned run and the rules share the axis, so a bar or a guess above this run's tallest still shows.
    const pinned: Bar[] = [];
    if (next.pinned) {
      const p = next.pinned;
      next.generations.forEach((generation, i) => {
        for (const story of ['happy', 'unhappy'] as const) {
          const value = (story === 'happy' ? p.happy : p.unhappy)[i];
          if (value === undefined || !Number.isFinite(value)) continue;
          pinned.push({ generation, story, value });
          max = Math.max(max, value);
          if (value > 0) minPositive = Math.min(minPositive, value);
        }
      });
    }
    const rules = placeable(next.rules, false, log).filter((r) => r.axis === 'y');
    for (const r of rules) {
      max = Math.max(max, r.value);
      if (r.value > 0) minPositive = Math.min(minPositive, r.value);
    }
    if (!Number.isFinite(minPositive)) minPositive = 1;
    // Only the revealed generations are drawn, but the scales cover the whole run so they stand still.
    const bars = next.upTo === undefined ? all : all.filter((b) => b.generation <= (next.upTo ?? Infinity));

    const clamped = log && hasZero;
    const top = yLabelBaseline + 10;
    const bottom = 40 + (clamped ? 18 : 0);
    const yCount = tickCount(height - top - bottom, 40);
    const [lo, hi] = log ? logDomain(minPositive, max) : niceDomain(0, max > 0 ? max : 1, yCount);
    const yTicks = log
      ? logTicks(lo, hi, yCount)
      : linearScale([lo, hi], [0, 1]).ticks(yCount).filter(Number.isInteger);
    const labelWidth = Math.max(...yTicks.map((t) => textWidth(formatCompact(t))), 12);
    const m = mergeMargin({ top, right: 12, bottom, left: labelWidth + 14 }, options.margin);
    const w = Math.max(40, width - m.left - m.right);
    const h = Math.max(40, height - m.top - m.bottom);
    const y = log ? logScale([lo, hi], [h, 0]) : linearScale([lo, hi], [h, 0]);
    const x = scaleBand<number>().domain(next.generations).range([0, w]).paddingInner(0.25).paddingOuter(0.1);
    const inner = scaleBand<Story>().domain(['happy', 'unhappy']).range([0, x.bandwidth()]).padding(0.06);

    plot.attr('transform', `translate(${m.left},${m.top})`);
    // Label every k-th generation so labels keep about 28 px each.
    const every = Math.max(1, Math.ceil(28 / Math.max(1, x.step())));
    const xTicks = next.generations.filter((_g, i) => i % every === 0);
    drawAxes(axes, x, xTicks, y, yTicks, w, h);
    xLabel
      .attr('x', width - m.right)
      .attr('y', m.top + h + 36)
      .text(next.xLabel ?? charts.twoStoryBars.xLabel);
    footnote.attr('y', height - 4).text(clamped ? charts.twoStoryBars.logFootnote : '');

    // On a log scale a bar grows from the bottom of the axis; 0 has no height (and the footnote says why), and
    // a value at the very bottom (1 on an axis from 1) keeps a 2 px stub so it does not read as 0.
    const yOf = (v: number): number => (v <= 0 ? h : Math.min(y(v), h - 2));
    barsG
      .selectAll<SVGRectElement, Bar>('rect')
      .data(bars, (b) => `${b.story}-${b.generation}`)
      .join('rect')
      .attr('class', (b) => `bar bar-${b.story}`)
      .attr('x', (b) => px((x(b.generation) ?? 0) + (inner(b.story) ?? 0)))
      .attr('width', px(inner.bandwidth()))
      .attr('y', (b) => px(yOf(b.value)))
      .attr('height', (b) => px(h - yOf(b.value)))
      .attr('stroke-width', 1)
      .attr('style', (b) => paint(fills[b.story], COLORS[b.story]));
    // The pinned run: an outline per bar, drawn over the bars so a taller or shorter earlier run shows either way.
    pinnedG
      .selectAll<SVGRectElement, Bar>('rect')
      .data(pinned, (b) => `${b.story}-${b.generation}`)
      .join('rect')
      .attr('class', 'bar-pinned')
      .attr('x', (b) => px((x(b.generation) ?? 0) + (inner(b.story) ?? 0)))
      .attr('width', px(inner.bandwidth()))
      .attr('y', (b) => px(yOf(b.value)))
      .attr('height', (b) => px(h - yOf(b.value)))
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', '4 2')
      .attr('style', paint('none', 'var(--fg)'));
    // Only horizontal rules here: the x axis is a band of generations, not a number line.
    drawRules(rulesG, rules, linearScale([0, 1], [0, w]), y, w, h);
  }

  update(data);
  const node = svg.node();
  if (!node) throw new Error('renderTwoStoryBars: no SVG node');
  return { node, update };
}
