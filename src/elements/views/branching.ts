/**
 * Branching: the distribution of outcomes over many runs (most fizzle, a few explode), and one run drawn
 * as the tree of who told whom.
 */
import { renderBranchingTree } from '../../charts/branching-tree';
import { renderHistogram } from '../../charts/histogram';
import type { BranchingResult } from '../../models/branching';
import { say } from './common';
import type { ModelView, RenderContext } from './types';

const pct = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

const histogramData = (r: BranchingResult) => ({
  bins: r.ensemble.sizeHistogram.map((b) => ({ x0: b.from, x1: b.to, count: b.count })),
  xLabel: 'People reached in all (log scale)',
  yLabel: 'Runs',
  logX: true,
  markers: [{ x: r.ensemble.meanTotal, label: `mean ${say(r.ensemble.meanTotal, '')}` }],
});

const treeData = (ctx: RenderContext, r: BranchingResult) => ({
  parents: r.run.tree.parent,
  generation: Array.from(r.run.tree.generation),
  ...(ctx.t !== undefined ? { upTo: Math.floor(ctx.t) } : {}),
});

export const branchingView: ModelView = {
  steps: (result) => Math.max(0, (result as BranchingResult).run.counts.length - 1),
  // 10,000 runs take ~12 ms (npm run bench); only very large ensembles or caps go to the worker.
  heavy: (params) => Number(params.runs) >= 20_000 || (Number(params.cap) >= 200_000 && Number(params.r) > 1),
  render(ctx, result) {
    const r = result as BranchingResult;
    const width = ctx.width;
    const histogram = renderHistogram(ctx.doc, histogramData(r), {
      width,
      height: Math.round(Math.min(340, Math.max(240, width * 0.5))),
      title: `How big ${say(r.ensemble.runs, 'people')} stories grew`,
      description:
        'Bars: how many runs reached each total number of people. The last bar counts the runs that reached the cap and went viral.',
      idPrefix: `${ctx.idPrefix}-hist`,
    });
    const tree = renderBranchingTree(ctx.doc, treeData(ctx, r), {
      width,
      height: Math.round(Math.min(360, Math.max(220, width * 0.5))),
      title: 'One run: who told whom',
      description:
        'A tree: the customer at the top, each person below linked to the one who told them, one row per generation.',
      idPrefix: `${ctx.idPrefix}-tree`,
    });
    return {
      nodes: [histogram.node, tree.node],
      update(next, nextResult) {
        const nr = nextResult as BranchingResult;
        histogram.update(histogramData(nr));
        tree.update(treeData(next, nr));
      },
    };
  },
  narrate(result, _params, t) {
    const r = result as BranchingResult;
    const g = Math.max(0, Math.min(r.run.counts.length - 1, t));
    const reached = r.run.cumulative[g] ?? r.run.total;
    return `Generation ${g}: this run has reached ${say(reached, 'people')} ${reached === 1 ? 'person' : 'people'}. Over ${say(r.ensemble.runs, 'people')} runs, ${pct.format(r.ensemble.pFizzle)} fizzled out and ${pct.format(r.ensemble.pViral)} went viral.`;
  },
};
