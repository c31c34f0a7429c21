/**
 * Branching: many chains at once (a grid of small trees, most dying, a few exploding), the distribution of
 * outcomes over the whole ensemble, and one run drawn as the tree of who told whom.
 *
 * The histogram marks what the lesson is about: the hatched "went viral" bar (from the model's own bins), the
 * mean, and where the run drawn below falls. A pinned run (ctx.pinned) is drawn as the outline of its
 * ensemble's histogram with its run's total marked. A guess (ctx.guess) is the share of runs the student thinks
 * go viral (the metric branching.pViral, 0–1), drawn as a rule at that many runs, level with the viral bar.
 * Until the reveal (ctx.reveal === false) the grid shows the first tellers only and the histogram its frame.
 */
import { renderBranchingGrid, type BranchingGridData } from '../charts/branching-grid';
import { lazyNumberFormat } from '../charts/format';
import { renderBranchingTree } from '../charts/branching-tree';
import { renderHistogram } from '../charts/histogram';
import type { HistogramData } from '../charts/types';
import type { BranchingResult } from '../models/branching';
import type { SeriesView } from '../models/types';
import { branchingViewText } from '../strings/views/branching';
import { modelText } from '../strings/models/common';
import { guessRules, say, shownStep } from './common';
import type { ModelView, RenderContext } from './types';

const text = branchingViewText;

const pct = lazyNumberFormat(modelText.locale, { style: 'percent', maximumFractionDigits: 1 });

const binsOf = (r: BranchingResult) =>
  r.ensemble.sizeHistogram.map((b) => ({ x0: b.from, x1: b.to, count: b.count }));

/** The pinned run's total, read off its series (the last value of "reached in all"). */
function pinnedTotal(view: SeriesView): number | undefined {
  const values = view.series.find((s) => s.id === 'runTotal')?.values;
  const total = values?.[values.length - 1];
  return total !== undefined && Number.isFinite(total) ? total : undefined;
}

function histogramData(
  ctx: RenderContext,
  r: BranchingResult,
  pinned: BranchingResult | undefined,
): HistogramData {
  const viralBin = r.ensemble.sizeHistogram.find((b) => b.viral);
  const markers = [
    { x: r.ensemble.meanTotal, label: text.histogram.mean(say(r.ensemble.meanTotal, '')) },
    { x: r.run.total, label: text.histogram.thisRun(say(r.run.total, 'people')) },
  ];
  if (viralBin && viralBin.count > 0) {
    markers.push({ x: viralBin.from, label: text.histogram.viral(say(viralBin.from, 'people')) });
  }
  const pinnedAt = ctx.pinned ? pinnedTotal(ctx.pinned.view) : undefined;
  if (pinnedAt !== undefined)
    markers.push({ x: pinnedAt, label: text.histogram.pinnedRun(say(pinnedAt, 'people')) });
  return {
    bins: binsOf(r),
    xLabel: text.histogram.xLabel,
    yLabel: text.histogram.yLabel,
    logX: true,
    markers,
    ...(viralBin ? { emphasis: { x0: viralBin.from } } : {}),
    ...(ctx.pinned && pinned
      ? { outline: { label: text.histogram.pinned(ctx.pinned.label), bins: binsOf(pinned) } }
      : {}),
    rules: guessRules(ctx, 'y', (share) => share * r.ensemble.runs),
    concealed: ctx.reveal === false,
  };
}

const treeData = (ctx: RenderContext, r: BranchingResult) => {
  const t = shownStep(ctx);
  return {
    parents: r.run.tree.parent,
    generation: Array.from(r.run.tree.generation),
    ...(t !== undefined ? { upTo: Math.floor(t) } : {}),
  };
};

/** The grid's chains, made once per result: the chart lays its trees out again only when they change. */
const gridChains = new WeakMap<object, BranchingGridData['chains']>();

function gridData(ctx: RenderContext, r: BranchingResult): BranchingGridData {
  const chains = r.chains ?? [];
  let cells = gridChains.get(chains);
  if (!cells) {
    cells = chains.map((c) => ({ parent: c.parent, generation: c.generation, viral: c.outcome === 'viral' }));
    gridChains.set(chains, cells);
  }
  const t = shownStep(ctx);
  const count = (outcome: string) => chains.filter((c) => c.outcome === outcome).length;
  const ongoing = count('ongoing');
  const n = say(chains.length, 'people');
  return {
    chains: cells,
    ...(t !== undefined ? { upTo: Math.floor(t) } : {}),
    legend: { firstTeller: text.grid.firstTeller, viral: text.grid.viral },
    headline:
      ctx.reveal === false
        ? text.grid.waiting(n)
        : text.grid.headline({
            chains: n,
            fizzled: say(count('fizzled'), 'people'),
            viral: say(count('viral'), 'people'),
            ongoing: ongoing > 0 ? say(ongoing, 'people') : null,
          }),
  };
}

/** The last generation any drawn chain reaches: the grid keeps growing until then. */
function chainGenerations(r: BranchingResult): number {
  let max = 0;
  for (const c of r.chains ?? []) for (const g of c.generation) if (g > max) max = g;
  return max;
}

export const branchingView: ModelView<BranchingResult> = {
  // Trees and a histogram of sizes: no y scale to change.
  yScaleChoice: false,
  steps: (result) => {
    const r = result;
    return Math.max(0, r.run.counts.length - 1, chainGenerations(r));
  },
  // 10,000 runs take ~12 ms (npm run bench); only very large ensembles or caps go to the worker.
  heavy: (params) => Number(params.runs) >= 20_000 || (Number(params.cap) >= 200_000 && Number(params.r) > 1),
  render(ctx, result) {
    let r = result;
    const width = ctx.width;
    // The result on show when "Pin this run" was pressed: its histogram is the outline (the series in
    // ctx.pinned carry the run, not the ensemble).
    let pinnedView: SeriesView | undefined = ctx.pinned?.view;
    let pinned: BranchingResult | undefined = ctx.pinned ? r : undefined;
    const grid = r.chains
      ? renderBranchingGrid(ctx.doc, gridData(ctx, r), {
          width,
          height: width,
          title: text.grid.title(say(r.chains.length, 'people')),
          description: text.grid.description,
          idPrefix: `${ctx.idPrefix}-grid`,
        })
      : undefined;
    const histogram = renderHistogram(ctx.doc, histogramData(ctx, r, pinned), {
      width,
      height: Math.round(Math.min(340, Math.max(200, width * 0.5))),
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
      nodes: [...(grid ? [grid.node] : []), histogram.node, tree.node],
      update(next, nextResult) {
        if (next.pinned?.view !== pinnedView) {
          pinnedView = next.pinned?.view;
          pinned = next.pinned ? r : undefined;
        }
        r = nextResult;
        grid?.update(gridData(next, r));
        histogram.update(histogramData(next, r, pinned));
        tree.update(treeData(next, r));
      },
    };
  },
  narrate(result, _params, t) {
    const r = result;
    const g = Math.max(0, Math.min(r.run.counts.length - 1, t));
    const reached = r.run.cumulative[g] ?? r.run.total;
    return text.narrate({
      generation: g,
      reached,
      reachedText: say(reached, 'people'),
      runs: say(r.ensemble.runs, 'people'),
      fizzled: pct(r.ensemble.pFizzle),
      viral: pct(r.ensemble.pViral),
    });
  },
};

/**
 * The series a card's thumbnail of this model draws (src/build/run-thumbnail.ts), in this view's colours: lines of
 * one kind only, so their sizes compare.
 */
export const thumbnailSeries: readonly string[] = ['runNew', 'ensembleMean'];

/** The name the registry finds this view by (src/views/index.ts, src/elements/loaders.ts). */
export { branchingView as view };
