/**
 * A simulation's Download menu (CSV, JSON, SVG, PNG), loaded with the export code on the first download: only
 * a student who downloads pays for it, and the element that shows every figure stays small.
 */
import type { ParamValues, SeriesView } from '../models/types';
import { runFileName, runToCsv, runToJson } from '../lib/run-export';
import { downloadBlob } from './download';

/** What a download needs from the figure: the run on show and where its chart is. */
export interface DownloadSource {
  simId: string;
  model: { id: string; version: string };
  seed: number;
  params: ParamValues;
  series: SeriesView;
  charts: HTMLElement;
}

export async function downloadRun(kind: 'csv' | 'json' | 'svg' | 'png', run: DownloadSource) {
  const name = (ext: string) => runFileName(run.simId, run.model.id, run.seed, ext);
  if (kind === 'csv') downloadBlob(new Blob([runToCsv(run.series)], { type: 'text/csv' }), name('csv'));
  else if (kind === 'json') {
    const json = runToJson({
      model: run.model.id,
      modelVersion: run.model.version,
      simulation: run.simId,
      page: `${location.pathname}${location.search}`,
      params: run.params,
      seed: run.seed,
      series: run.series,
      exportedAt: new Date().toISOString(),
    });
    downloadBlob(new Blob([json], { type: 'application/json' }), name('json'));
  } else {
    const svg = run.charts.querySelector<SVGSVGElement>('svg.chart');
    if (!svg) return;
    // The SVG and PNG writers load only for those two kinds.
    const { svgToString, svgToPngBlob } = await import('../charts/export');
    if (kind === 'svg') downloadBlob(new Blob([svgToString(svg)], { type: 'image/svg+xml' }), name('svg'));
    else downloadBlob(await svgToPngBlob(svg, 2), name('png'));
  }
}
