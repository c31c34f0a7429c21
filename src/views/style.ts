/**
 * How each series a model produces is drawn: colour (a theme variable) and a dash pattern, so colour is
 * never the only cue. Keyed by the series ids of the models' toSeries().
 */
import type { LineSeries } from '../charts/types';
import type { Series } from '../models/types';

const styles: Record<string, { color: string; dash?: string }> = {
  // tell-a-friend
  unhappyHeard: { color: 'var(--c-complaint)' },
  happyHeard: { color: 'var(--c-happy)', dash: '6 3' },
  unhappyNew: { color: 'var(--c-complaint)', dash: '2 3' },
  happyNew: { color: 'var(--c-happy)', dash: '8 3 2 3' },
  // branching
  runNew: { color: 'var(--c-complaint)', dash: '2 3' },
  runTotal: { color: 'var(--c-complaint)' },
  ensembleMean: { color: 'var(--c-answer)', dash: '6 3' },
  theoryMean: { color: 'var(--c-neutral)', dash: '2 4' },
  // cascade
  unaware: { color: 'var(--c-neutral)', dash: '2 4' },
  complaint: { color: 'var(--c-complaint)' },
  answer: { color: 'var(--c-answer)', dash: '6 3' },
  complaintThenAnswer: { color: 'var(--c-extra)', dash: '10 3 2 3' },
  newComplaint: { color: 'var(--c-complaint)', dash: '1 3' },
  newAnswer: { color: 'var(--c-answer)', dash: '1 3' },
  // cascade, a good story (one message)
  story: { color: 'var(--c-happy)' },
  newStory: { color: 'var(--c-happy)', dash: '1 3' },
  // bass
  cumulative: { color: 'var(--c-complaint)' },
  perPeriod: { color: 'var(--c-answer)', dash: '6 3' },
  discreteCumulative: { color: 'var(--c-neutral)', dash: '2 4' },
  // cost of silence
  expectedLoss: { color: 'var(--c-complaint)' },
  fixCost: { color: 'var(--c-answer)', dash: '6 3' },
};

const fallback = [
  { color: 'var(--c-complaint)' },
  { color: 'var(--c-answer)', dash: '6 3' },
  { color: 'var(--c-happy)', dash: '2 3' },
  { color: 'var(--c-extra)', dash: '10 3 2 3' },
  { color: 'var(--c-neutral)', dash: '1 3' },
];

export function styled(series: Series[]): LineSeries[] {
  return series.map((s, i) => ({ ...s, ...(styles[s.id] ?? fallback[i % fallback.length]) }));
}
