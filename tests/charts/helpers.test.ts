// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { logDomain, logTicks, withUnit } from '../../src/charts/axes.ts';
import { resolveVars } from '../../src/charts/colors.ts';
import { svgToString } from '../../src/charts/export.ts';
import { formatCompact, formatCount, formatValue } from '../../src/charts/format.ts';
import { layoutLegend, renderLegendHtml } from '../../src/charts/legend.ts';
import { polyline } from '../../src/charts/polyline.ts';
import { packRgba, ringStamp, shapeStamp, stampAt } from '../../src/charts/pixel-stamps.ts';
import { linearScale, logScale, niceDomain } from '../../src/charts/scales.ts';
import { SHAPES } from '../../src/charts/shapes.ts';
import { createSvg } from '../../src/charts/svg.ts';
import { renderTimeSeries } from '../../src/charts/time-series.ts';
import { timeSeriesData } from './fixtures.ts';

describe('format', () => {
  it('writes counts for narration and compact ticks', () => {
    expect(formatCount(12400)).toBe('12,400');
    expect(formatCount(3515356.6)).toBe('3,515,357');
    expect(formatCompact(12400)).toBe('12.4k');
    expect(formatCompact(1_200_000)).toBe('1.2m');
    expect(formatCompact(3e9)).toBe('3bn');
    expect(formatCompact(0.25)).toBe('0.25');
    expect(formatCompact(0)).toBe('0');
    expect(formatValue(1200.5)).toBe('1,200.5');
    expect(formatValue(0.01234)).toBe('0.0123');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});

describe('axes', () => {
  it('puts log ticks on powers of ten, fewer when there is less room', () => {
    expect(logTicks(1, 1e6, 10)).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6]);
    expect(logTicks(1, 1e6, 3)).toEqual([1, 1000, 1e6]);
    expect(logDomain(3, 4500)).toEqual([1, 10000]);
    expect(logDomain(5, 5)).toEqual([1, 10]);
  });

  it('adds a unit to a label once', () => {
    expect(withUnit('Time', 'days')).toBe('Time (days)');
    expect(withUnit('Day', 'days')).toBe('Day');
    expect(withUnit('Adopted so far (views)', 'people')).toBe('Adopted so far (views)');
    expect(withUnit('People reached', 'people')).toBe('People reached');
    expect(withUnit('Views', '')).toBe('Views');
  });
});

describe('scales', () => {
  it('map linearly, with nice domains and ticks, and survive an empty domain', () => {
    const x = linearScale([0, 10], [0, 300]);
    expect(x(5)).toBe(150);
    expect(x(1 / 3)).toBe(10);
    expect(x.ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(x.copy()(10)).toBe(300);
    expect(niceDomain(0, 9730, 5)).toEqual([0, 10000]);
    expect(linearScale([4, 4], [0, 100])(4)).toBe(50);
  });

  it('map on a log scale and clamp 0 and below to the bottom', () => {
    const y = logScale([1, 1e4], [400, 0]);
    expect(y(100)).toBe(200);
    expect(y(0)).toBe(400);
    expect(y(-5)).toBe(400);
    expect(y(1e9)).toBe(0);
    expect(y.ticks(10)).toEqual([1, 10, 100, 1000, 10000]);
  });
});

describe('svg', () => {
  it('prefixes the ids of title and desc so two charts on a page do not clash', () => {
    const a = createSvg(document, { width: 300, height: 200, title: 'A', description: 'a', idPrefix: 'one' });
    const b = createSvg(document, { width: 300, height: 200, title: 'B', description: 'b', idPrefix: 'two' });
    expect(a.svg.attr('aria-labelledby')).toBe('one-title one-desc');
    expect(b.svg.attr('aria-labelledby')).toBe('two-title two-desc');
    expect(a.id('clip')).toBe('one-clip');
  });
});

describe('legend', () => {
  it('wraps entries onto rows that fit the width', () => {
    const items = ['Heard the complaint', 'Heard the answer', 'Pinned: yesterday'].map((label) => ({
      label,
      color: 'var(--c-complaint)',
      symbol: 'line' as const,
    }));
    expect(layoutLegend(items, 900).height).toBe(20);
    const narrow = layoutLegend(items, 280);
    expect(narrow.height).toBe(60);
    expect(narrow.positions.every((p) => p.x === 0)).toBe(true);
  });

  it('as HTML, gives each entry a shape or line that is not only a colour, and no nested svg', () => {
    const list = renderLegendHtml(document, [
      { label: 'Complaint', color: 'var(--c-complaint)', symbol: 'triangle' },
      { label: 'Answer', color: 'var(--c-answer)', symbol: 'line', dash: '6 3' },
    ]);
    expect(list.querySelector('svg')).toBeNull();
    const symbols = [...list.querySelectorAll('.legend-symbol')];
    expect(symbols[0]?.getAttribute('style')).toContain('clip-path: polygon(50% 0, 100% 100%, 0 100%)');
    expect(symbols[1]?.getAttribute('style')).toContain('dashed');
    expect(symbols.every((s) => s.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(list.textContent).toBe('ComplaintAnswer');
  });
});

describe('colors', () => {
  it('resolves var() with and without a fallback', () => {
    const style = { getPropertyValue: (name: string) => (name === '--c-answer' ? ' #0072b2 ' : '') };
    expect(resolveVars('var(--c-answer)', style)).toBe('#0072b2');
    expect(resolveVars('fill: var(--c-answer); stroke: var(--nope, rgb(1, 2, 3))', style)).toBe(
      'fill: #0072b2; stroke: rgb(1, 2, 3)',
    );
    expect(resolveVars('var(--nope)', style)).toBe('var(--nope)');
  });
});

describe('export', () => {
  it('inlines the theme colours so a downloaded SVG keeps them', () => {
    const host = document.createElement('div');
    host.setAttribute(
      'style',
      '--c-complaint: #c85200; --c-answer: #0072b2; --fg: #1b1d21; --fg-muted: #50555e; --border: #c9ccd2; --bg: #ffffff; font-family: Arial',
    );
    document.body.append(host);
    const { node } = renderTimeSeries(document, timeSeriesData(), {
      width: 400,
      height: 260,
      title: 'T',
      description: 'D',
      idPrefix: 'ex',
    });
    host.append(node);
    const text = svgToString(node);
    expect(text).not.toContain('var(');
    expect(text).toContain('#c85200');
    expect(text).toContain('#0072b2');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('width="400"');
    expect(text).toContain('height="260"');
    expect(text).toContain('<rect width="100%" height="100%" fill="#ffffff"');
    expect(text).toContain('font-family: Arial');
    // The live chart is untouched.
    expect(node.outerHTML).toContain('var(--c-complaint)');
    host.remove();
  });
});

describe('polyline', () => {
  it('breaks the line where a value is missing', () => {
    const ys = [1, 2, Number.NaN, 4, 5];
    expect(
      polyline(
        5,
        (i) => i * 10,
        (i) => ys[i] ?? 0,
        (i) => Number.isFinite(ys[i]),
      ),
    ).toBe('M0,1L10,2M30,4L40,5');
  });
});

describe('pixel stamps', () => {
  it('cover about the area of the shape, and differ by shape', () => {
    const r = 5;
    const areas = SHAPES.map((s) => shapeStamp(s, r, 100).offsets.length);
    for (const a of areas) expect(a).toBeGreaterThan(Math.PI * r * r * 0.7);
    for (const a of areas) expect(a).toBeLessThan(Math.PI * r * r * 1.3);
    const sets = SHAPES.map((s) => Array.from(shapeStamp(s, r, 100).offsets).join());
    expect(new Set(sets).size).toBe(4);
    expect(ringStamp(3, 1.5, 100).offsets).not.toContain(0);
  });

  it('clip at the edges of the buffer', () => {
    const pixels = new Uint32Array(10 * 10);
    const color = packRgba(255, 0, 0, 255);
    stampAt(pixels, 10, 10, 0, 0, shapeStamp('square', 3, 10), color);
    stampAt(pixels, 10, 10, 9, 9, shapeStamp('square', 3, 10), color);
    expect(pixels.filter((p) => p === color).length).toBe(18);
    expect(pixels[0]).toBe(color);
    expect(pixels[99]).toBe(color);
  });
});
