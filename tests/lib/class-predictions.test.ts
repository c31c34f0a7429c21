// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dodge, renderClassPredictions, type ClassPredictionsData } from '../../src/charts/class-predictions';

const data: ClassPredictionsData = {
  xLabel: 'Answer (%)',
  unit: 'share',
  reference: 0.9655,
  referenceLabel: 'Model: 96.6%',
  tolerance: 0.03,
  points: [
    { value: 0.96, label: 'Ana Silva', status: 'right' },
    { value: 0.5, label: 'Ben Okafor', status: 'not-right' },
    { value: 0.97, label: 'Chloé Martin', status: 'right' },
    { value: 0.97, label: 'Dev', status: 'right' },
  ],
};
const options = {
  width: 600,
  height: 150,
  title: 'Answers',
  description: 'One mark per student.',
  idPrefix: 'q1',
};

describe('class predictions chart', () => {
  it('is a named SVG with one mark per answer, its shape and colour by status, and a tooltip', () => {
    const { node } = renderClassPredictions(document, data, options);
    expect(node.getAttribute('role')).toBe('img');
    expect(node.getAttribute('aria-labelledby')).toBe('q1-title q1-desc');
    expect(node.querySelector('title')?.textContent).toBe('Answers');
    const marks = [...node.querySelectorAll('.marks path')];
    expect(marks).toHaveLength(4);
    expect(node.querySelectorAll('.mark-right')).toHaveLength(3);
    expect(node.querySelectorAll('.mark-not-right')).toHaveLength(1);
    // Circles are drawn with arcs, triangles with straight lines: the second cue besides colour.
    expect(node.querySelector('.mark-right')!.getAttribute('d')).toContain('A');
    expect(node.querySelector('.mark-not-right')!.getAttribute('d')).not.toContain('A');
    expect(node.querySelector('.mark-not-right')!.getAttribute('style')).toContain('var(--c-complaint)');
    expect(marks.map((m) => m.querySelector('title')?.textContent)).toContain('Ben Okafor: 50% (not right)');
    expect(node.querySelector('.reference text')?.textContent).toBe('Model: 96.6%');
    expect(node.querySelector('.legend')?.textContent).toContain('Not right');
    expect([...node.querySelectorAll('.axis-x .tick text')].map((t) => t.textContent)).toContain('50%');
  });

  it('stacks equal answers instead of drawing them on top of each other', () => {
    const placed = dodge(data.points, (v) => v * 500);
    // 0.96, 0.97 and 0.97 are within a mark's width of each other: three levels; 0.5 stands alone.
    const near = placed.filter((p) => p.value > 0.9).map((p) => p.level);
    expect(near.sort()).toEqual([0, 1, 2]);
    expect(placed.find((p) => p.value === 0.5)?.level).toBe(0);
  });

  it('grows taller rather than overlapping when many answers agree', () => {
    const many = {
      ...data,
      points: Array.from({ length: 30 }, (_, i) => ({
        value: 0.5,
        label: `S${i}`,
        status: 'right' as const,
      })),
    };
    const { node } = renderClassPredictions(document, many, options);
    const height = Number(node.getAttribute('viewBox')!.split(' ')[3]);
    expect(height).toBeGreaterThan(30 * 10);
  });

  it('draws without a model answer, with one answer, or with none, and updates in place', () => {
    const chart = renderClassPredictions(
      document,
      { ...data, reference: null, points: [{ value: 3, label: 'A', status: 'unchecked' }] },
      options,
    );
    expect(chart.node.querySelector('.reference')?.getAttribute('display')).toBe('none');
    expect(chart.node.querySelectorAll('.mark-unchecked')).toHaveLength(1);
    chart.update({ ...data, points: [] });
    expect(chart.node.querySelectorAll('.marks path')).toHaveLength(0);
    expect(chart.node.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('uses a log axis when answers span orders of magnitude, and says so', () => {
    const { node } = renderClassPredictions(
      document,
      {
        ...data,
        unit: 'people',
        reference: 12000,
        points: [
          { value: 12, label: 'A', status: 'not-right' },
          { value: 12000, label: 'B', status: 'right' },
          { value: 1.2e7, label: 'C', status: 'not-right' },
        ],
      },
      options,
    );
    expect(node.querySelector('.footnote')?.textContent).toMatch(/Log scale/);
    expect(node.innerHTML).not.toMatch(/NaN/);
  });
});
