/** Fixed data for chart tests: small, hand-shaped, and the same on every run. */
import type { LineSeries, TimeSeriesData } from '../../src/charts/types.ts';

/** Rounded logistic growth: a story that takes off and saturates. */
function logistic(n: number, max: number, rate: number, mid: number): number[] {
  return Array.from({ length: n }, (_v, t) => Math.round(max / (1 + Math.exp(-rate * (t - mid)))));
}

export const days = Array.from({ length: 31 }, (_v, t) => t);

export const complaint: LineSeries = {
  id: 'complaint',
  label: 'Heard the complaint',
  unit: 'people',
  values: logistic(31, 8000, 0.45, 10),
  color: 'var(--c-complaint)',
};

export const answer: LineSeries = {
  id: 'answer',
  label: 'Heard the answer',
  unit: 'people',
  values: [...Array<number>(6).fill(0), ...logistic(25, 3000, 0.5, 8)],
  color: 'var(--c-answer)',
  dash: '6 3',
};

export function timeSeriesData(overrides: Partial<TimeSeriesData> = {}): TimeSeriesData {
  return {
    x: days,
    xLabel: 'Day',
    xUnit: 'days',
    yLabel: 'People reached',
    series: [complaint, answer],
    yScale: 'linear',
    ...overrides,
  };
}

export const pinned = {
  label: 'answer on day 2',
  x: days,
  series: [
    { ...complaint, values: logistic(31, 5000, 0.4, 9) },
    { ...answer, values: [0, 0, ...logistic(29, 4000, 0.5, 6)] },
  ],
};

export const observed = {
  label: 'Observed views',
  unit: 'views',
  points: [
    { x: 4, y: 150000, label: '10 July 2009', source: 'A12' },
    { x: 14, y: 3515357, label: '22 July 2009', source: 'A17' },
    {
      x: 20,
      y: 5000000,
      label: '28 July 2009',
      source: 'A20',
      disputed: true,
      note: 'Estimate from a press report',
    },
  ],
};

/** A small tree: root 0, three children, grandchildren; parents precede children (breadth-first numbering). */
export const treeParents = [-1, 0, 0, 0, 1, 1, 2, 3, 3, 3, 4, 6, 6, 7, 9, 9];

/** A ring of n nodes with a chord from every third node to the node opposite, as CSR. */
export function ringGraph(n: number): { n: number; offsets: Int32Array; neighbors: Int32Array } {
  const adj: number[][] = Array.from({ length: n }, () => []);
  const link = (a: number, b: number): void => {
    if (a === b || adj[a]?.includes(b)) return;
    adj[a]?.push(b);
    adj[b]?.push(a);
  };
  for (let v = 0; v < n; v++) {
    link(v, (v + 1) % n);
    if (v % 3 === 0) link(v, (v + Math.floor(n / 2)) % n);
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v] ?? 0) + (adj[v]?.length ?? 0);
  const neighbors = new Int32Array(offsets[n] ?? 0);
  let k = 0;
  for (const list of adj) for (const u of list) neighbors[k++] = u;
  return { n, offsets, neighbors };
}
