/**
 * The states a person can be in on the network view: one table for the legend, the drawing and the model to
 * agree on. Index = the value in the model's `nodeState` array (see src/models/cascade-dynamics.ts).
 * Each state has a colour AND a shape, so states read apart without colour. Two tables: `networkStates` for a
 * complaint and the company's answer (the default), `storyStates` for a single story with no answer.
 */
import { charts } from '../strings/charts.ts';
import type { Shape } from './shapes.ts';

const labels = charts.network.states;
const storyLabels = charts.network.storyStates;

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

/** One story and no answer: people have heard it or not (states 2 and 3 never occur). */
export const storyStates: readonly NetworkStateStyle[] = [
  { ...UNAWARE, label: storyLabels.unaware },
  {
    state: 1,
    id: 'story',
    label: storyLabels.story,
    color: 'var(--c-happy)',
    shape: 'triangle',
    opacity: 1,
  },
];

/** The style of a state value; unknown values draw as "has not heard" rather than failing mid-animation. */
export function stateStyle(
  state: number,
  states: readonly NetworkStateStyle[] = networkStates,
): NetworkStateStyle {
  return states[state] ?? states[0] ?? UNAWARE;
}

/**
 * Counts by state into `out`, one entry per state of the table in use (its length), without allocating: called
 * every frame. Values past the last entry count as unaware.
 */
export function countStates(nodeState: ArrayLike<number>, n: number, out: Int32Array): Int32Array {
  out.fill(0);
  const last = out.length - 1;
  for (let i = 0; i < n; i++) {
    const s = nodeState[i] ?? 0;
    out[s >= 0 && s <= last ? s : 0]++;
  }
  return out;
}

/** Legend entries for the network states: colour and shape. */
export function networkLegendItems(states: readonly NetworkStateStyle[] = networkStates): {
  label: string;
  color: string;
  symbol: NetworkStateStyle['shape'];
}[] {
  return states.map((s) => ({ label: s.label, color: s.color, symbol: s.shape }));
}
