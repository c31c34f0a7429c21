import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { runFileName, runToCsv, runToJson } from '../../src/lib/run-export';
import type { SeriesView } from '../../src/models/types';

const view: SeriesView = {
  x: [0, 1, 2],
  xLabel: 'Day',
  xUnit: 'days',
  series: [
    { id: 'complaint', label: 'Heard the complaint, "only"', unit: 'people', values: [1, 12, 140] },
    { id: 'answer', label: 'Heard the answer', unit: 'people', values: [0, 0, 30] },
  ],
};

describe('exporting a run', () => {
  it('CSV has a header with units and one row per step, quoting what needs it', () => {
    const rows = csvParseRows(runToCsv(view));
    expect(rows[0]).toEqual([
      'Day (days)',
      'Heard the complaint, "only" (people)',
      'Heard the answer (people)',
    ]);
    expect(rows.slice(1)).toEqual([
      ['0', '1', '0'],
      ['1', '12', '0'],
      ['2', '140', '30'],
    ]);
  });

  it('JSON carries what reproduces the run', () => {
    const json = JSON.parse(
      runToJson({
        model: 'cascade',
        modelVersion: '1.0.0',
        simulation: 'spread',
        page: '/cases/x/?spread.seed=3',
        params: { n: 500 },
        seed: 3,
        series: view,
        exportedAt: '2026-11-24T00:00:00Z',
      }),
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'word-of-mouth-run',
      model: 'cascade',
      modelVersion: '1.0.0',
      seed: 3,
      params: { n: 500 },
    });
  });

  it('names files safely', () => {
    expect(runFileName('ubg spread/1', 'cascade', 7, 'csv')).toBe('ubg-spread-1-cascade-seed7.csv');
  });
});
