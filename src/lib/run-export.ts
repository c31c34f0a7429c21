/**
 * A run as files a student or instructor can keep: CSV of the series and JSON with everything needed to
 * reproduce it (model, model version, parameters, seed) beside the numbers.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ParamValue, SeriesView } from '../models/types';
import { simulationOnUse } from '../strings/simulation-on-use';

export interface RunRecord {
  model: string;
  modelVersion: string;
  simulation: string;
  page: string;
  params: Record<string, ParamValue>;
  seed: number;
  series: SeriesView;
  exportedAt: string;
}

/** One row per x value; column headers carry units ("Day", "Heard the complaint (people)"). */
export function runToCsv(view: SeriesView): string {
  const { withUnit } = simulationOnUse;
  const header = [withUnit(view.xLabel, view.xUnit), ...view.series.map((s) => withUnit(s.label, s.unit))];
  const rows = view.x.map((x, i) => [x, ...view.series.map((s) => s.values[i] ?? '')].map(String));
  return csvFormatRows([header, ...rows]) + '\n';
}

export function runToJson(record: RunRecord): string {
  return JSON.stringify({ format: 'word-of-mouth-run', formatVersion: 1, ...record }, null, 2) + '\n';
}

/** A file name that sorts and says what it holds: ubg-spread-cascade-seed7.csv */
export function runFileName(simulation: string, model: string, seed: number, extension: string): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '');
  return `${safe(simulation)}-${safe(model)}-seed${seed}.${extension}`;
}
