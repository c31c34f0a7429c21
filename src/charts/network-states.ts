/**
 * The states a person can be in on the network view: one table for the legend, the drawing and the model to
 * agree on. Index = the value in the model's `nodeState` array (see src/models/cascade-dynamics.ts).
 * Each state has a colour AND a shape, so states read apart without colour.
 */
import { charts } from '../strings/charts.ts';
import type { Shape } from './shapes.ts';

const labels = charts.network.states;

export interface NetworkStateStyle {
  /** Value in `nodeState`. */
  state: number;
  id: string;
  label: string;
  /** A CSS colour expression (a theme variable). */
  color: string;
  shape: Shape;
  /** Fill opacity: lets a state recede. All 1 for now: a fainter grey would fall below 3:1 contrast. */
  opacity: number;
}

const UNAWARE: NetworkStateStyle = {
  state: 0,
  id: 'unaware',
  label: labels.unaware,
  color: 'var(--c-neutral)',
  shape: 'circle',
  opacity: 1,
};

export const networkStates: readonly NetworkStateStyle[] = [
  UNAWARE,
  {
    state: 1,
    id: 'complaint',
    label: labels.complaint,
    color: 'var(--c-complaint)',
    shape: 'triangle',
    opacity: 1,
  },
  {
    state: 2,
    id: 'answer',
    label: labels.answer,
    color: 'var(--c-answer)',
    shape: 'square',
    opacity: 1,
  },
  {
    state: 3,
    id: 'complaint-then-answer',
    label: labels.complaintThenAnswer,
    color: 'var(--c-extra)',
    shape: 'diamond',
    opacity: 1,
  },
];

/** The style of a state value; unknown values draw as "has not heard" rather than failing mid-animation. */
export function stateStyle(state: number): NetworkStateStyle {
  return networkStates[state] ?? UNAWARE;
}

/** Counts by state into `out` (length ≥ networkStates.length), without allocating: called every frame. */
export function countStates(nodeState: ArrayLike<number>, n: number, out: Int32Array): Int32Array {
  out.fill(0);
  const last = networkStates.length - 1;
  for (let i = 0; i < n; i++) {
    const s = nodeState[i] ?? 0;
    out[s >= 0 && s <= last ? s : 0]++;
  }
  return out;
}

/** Legend entries for the network states: colour and shape. */
export function networkLegendItems(): {
  label: string;
  color: string;
  symbol: (typeof networkStates)[number]['shape'];
}[] {
  return networkStates.map((s) => ({ label: s.label, color: s.color, symbol: s.shape }));
}
