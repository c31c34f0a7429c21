/**
 * Branching: the distribution of outcomes over many runs (most fizzle, a few explode), and one run drawn
 * as the tree of who told whom.
 */
import { renderBranchingTree } from '../../charts/branching-tree';
import { renderHistogram } from '../../charts/histogram';
import type { BranchingResult } from '../../models/branching';
import { branchingViewText } from '../../strings/views/branching';
import { modelText } from '../../strings/models/common';
import { say } from './common';
import type { ModelView, RenderContext } from './types';

const text = branchingViewText;

const pct = new Intl.NumberFormat(modelText.locale, { style: 'percent', maximumFractionDigits: 1 });

const histogramData = (r: BranchingResult) => ({
  bins: r.ensemble.sizeHistogram.map((b) => ({ x0: b.from, x1: b.to, count: b.count })),
  xLabel: text.histogram.xLabel,
  yLabel: text.histogram.yLabel,
  logX: true,
  markers: [{ x: r.ensemble.meanTotal, label: text.histogram.mean(say(r.ensemble.meanTotal, '')) }],
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
      title: text.histogram.title(say(r.ensemble.runs, 'people')),
      description: text.histogram.description,
      idPrefix: `${ctx.idPrefix}-hist`,
    });
    const tree = renderBranchingTree(ctx.doc, treeData(ctx, r), {
      width,
      height: Math.round(Math.min(360, Math.max(220, width * 0.5))),
      title: text.tree.title,
      description: text.tree.description,
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
    return text.narrate({
      generation: g,
      reached,
      reachedText: say(reached, 'people'),
      runs: say(r.ensemble.runs, 'people'),
      fizzled: pct.format(r.ensemble.pFizzle),
      viral: pct.format(r.ensemble.pViral),
    });
  },
};
