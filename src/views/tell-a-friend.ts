/**
 * Tell-a-friend: the two stories side by side, generation by generation. A pinned run (ctx.pinned) is drawn as
 * outlined bars over this one. A guess (ctx.guess) is how many times as many people the student thinks hear the
 * bad story as the good one at the last generation (the metric tell-a-friend.ratio), drawn as a rule at that
 * multiple of the good story's reach: where the bad story's last bar would end if the guess were right.
 * Until the reveal (ctx.reveal === false) only generation 0 is drawn.
 */
import { renderTwoStoryBars } from '../charts/two-story-bars';
import type { TwoStoryBarsData } from '../charts/types';
import type { TellAFriendParams, TellAFriendResult } from '../models/tell-a-friend';
import type { ParamValues, SeriesView } from '../models/types';
import { tellAFriendViewText } from '../strings/views/tell-a-friend';
import { guessRules, say, shownStep } from './common';
import type { ModelView, RenderContext } from './types';

const text = tellAFriendViewText;

/** The pinned run's counts by generation, read off its series; empty where it has none. */
function pinnedBars(view: SeriesView, label: string): TwoStoryBarsData['pinned'] {
  const values = (id: string) => view.series.find((s) => s.id === id)?.values ?? [];
  return { label: text.pinned(label), happy: values('happyHeard'), unhappy: values('unhappyHeard') };
}

const data = (ctx: RenderContext, r: TellAFriendResult): TwoStoryBarsData => {
  const t = shownStep(ctx);
  const happyLast = r.happy.heard[r.happy.heard.length - 1] ?? 0;
  return {
    generations: r.generation,
    happy: r.happy.heard,
    unhappy: r.unhappy.heard,
    labels: { happy: text.good, unhappy: text.bad },
    unit: 'people' as const,
    yScale: ctx.yScale,
    ...(t !== undefined ? { upTo: Math.floor(t) } : {}),
    ...(ctx.pinned ? { pinned: pinnedBars(ctx.pinned.view, ctx.pinned.label) } : {}),
    rules: guessRules(ctx, 'y', (ratio) => ratio * Math.max(1, happyLast)),
  };
};

export const tellAFriendView: ModelView<TellAFriendResult, ParamValues & TellAFriendParams> = {
  steps: (result) => result.generation.length - 1,
  render(ctx, result) {
    const r = result;
    const chart = renderTwoStoryBars(ctx.doc, data(ctx, r), {
      width: ctx.width,
      height: Math.round(Math.min(400, Math.max(260, ctx.width * 0.55))),
      title: text.title,
      description: text.description,
      idPrefix: `${ctx.idPrefix}-bars`,
    });
    return {
      nodes: [chart.node],
      update: (next, nextResult) => chart.update(data(next, nextResult)),
    };
  },
  narrate(result, params, t) {
    const r = result;
    const g = Math.max(0, Math.min(r.generation.length - 1, t));
    const p = params;
    return text.narrate(
      g,
      say(r.unhappy.heard[g], 'people'),
      say(p.population, 'people'),
      say(r.happy.heard[g], 'people'),
    );
  },
};

/**
 * The series a card's thumbnail of this model draws (src/build/run-thumbnail.ts), in this view's colours: lines of
 * one kind only, so their sizes compare.
 */
export const thumbnailSeries: readonly string[] = ['unhappyHeard', 'happyHeard'];

/** The name the registry finds this view by (src/views/index.ts, src/elements/loaders.ts). */
export { tellAFriendView as view };
