// @vitest-environment jsdom
/**
 * Card pictures: a run drawn as a few lines, small, silent for screen readers, safe with bad input, and each
 * case's picture drawn from its own simulation (two cases with different presets get different pictures).
 */
import { describe, expect, it } from 'vitest';
import { thumbnailSvg } from '../../src/charts/thumbnail.ts';
import {
  caseThumbnail,
  firstSimulation,
  modelThumbnail,
  runThumbnail,
} from '../../src/build/run-thumbnail.ts';
import { modelIds } from '../../src/models/index.ts';
import { readCollection } from '../content/load.ts';

const size = { width: 120, height: 40 };
const pathsOf = (svg: string) => [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
const pointsOf = (d: string) =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('thumbnailSvg', () => {
  it('draws one path per line, on a shared scale from 0 to the largest value', () => {
    const svg = thumbnailSvg(
      document,
      [
        { values: [0, 5, 10], color: 'var(--c-complaint)' },
        { values: [0, 1, 5], color: 'var(--c-answer)', dash: '6 3' },
      ],
      size,
    );
    const [big, small] = pathsOf(svg).map(pointsOf);
    expect(big).toHaveLength(3);
    // The largest value reaches the top padding, 0 the bottom; the smaller line's 5 sits half-way.
    expect(big[2].y).toBeCloseTo(3);
    expect(big[0].y).toBeCloseTo(37);
    expect(small[2].y).toBeCloseTo(20);
    expect(big[0].x).toBeCloseTo(3);
    expect(big[2].x).toBeCloseTo(117);
    expect(svg).toContain('stroke-dasharray: 6 3');
  });

  it('is hidden from screen readers and holds no text', () => {
    const svg = thumbnailSvg(document, [{ values: [1, 2, 3], color: 'red' }], size);
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(svg).not.toMatch(/<text|<title|<desc/);
  });

  it('breaks a line at missing values and survives empty, flat and hostile input', () => {
    const broken = pathsOf(thumbnailSvg(document, [{ values: [1, NaN, 3, 4], color: 'red' }], size))[0];
    expect(broken.match(/M/g)).toHaveLength(2);
    for (const lines of [[], [{ values: [], color: 'red' }], [{ values: [0, 0, 0], color: 'red' }]]) {
      const svg = thumbnailSvg(document, lines, size);
      expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
      expect(svg).not.toContain('NaN');
    }
    const hostile = thumbnailSvg(
      document,
      [{ values: [1, 2], color: 'red"/><script>x</script>', dash: '1"2' }],
      {
        width: NaN,
        height: -1,
      },
    );
    expect(hostile).not.toMatch(/<script|"\/><s|1"2/);
    expect(hostile).toContain('viewBox="0 0 120 40"');
  });
});

describe('card pictures', () => {
  const cases = readCollection('cases');

  it('every case has a picture of its first simulation, a few hundred bytes to a few KB', () => {
    for (const c of cases) {
      const svg = caseThumbnail(c.body);
      expect(svg, c.id).toBeDefined();
      expect(pathsOf(svg!).length, c.id).toBeGreaterThan(0);
      expect(svg!.length, c.id).toBeLessThan(4000);
    }
  });

  it("reads the lesson's own simulation: model, preset and parameters", () => {
    const nestle = cases.find((c) => c.id === 'nestle-greenpeace-2010')!;
    expect(firstSimulation(nestle.body)).toMatchObject({
      model: 'cascade',
      preset: 'answer-at-release',
      params: { n: 10000, responseDay: 1 },
    });
    const dell = caseThumbnail(cases.find((c) => c.id === 'dell-hell-2005')!.body);
    const dominos = caseThumbnail(cases.find((c) => c.id === 'dominos-2009')!.body);
    expect(dell).not.toEqual(dominos);
  });

  it('every sandbox has a picture of its default run; a bad setting gives none rather than an error', () => {
    for (const id of modelIds) expect(modelThumbnail(id), id).toMatch(/<path d="M/);
    expect(runThumbnail({ model: 'no-such-model' })).toBeUndefined();
    expect(runThumbnail({ model: 'cascade', preset: 'no-such-preset' })).toBeUndefined();
    expect(firstSimulation('No simulation here.')).toBeUndefined();
  });
});
