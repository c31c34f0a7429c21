/** Tell-a-friend: the two stories side by side, generation by generation. */
import { renderTwoStoryBars } from '../../charts/two-story-bars';
import type { TellAFriendParams, TellAFriendResult } from '../../models/tell-a-friend';
import type { ParamValues } from '../../models/types';
import { tellAFriendViewText } from '../../strings/views/tell-a-friend';
import { say } from './common';
import type { ModelView, RenderContext } from './types';

const text = tellAFriendViewText;

const data = (ctx: RenderContext, r: TellAFriendResult) => ({
  generations: r.generation,
  happy: r.happy.heard,
  unhappy: r.unhappy.heard,
  labels: { happy: text.good, unhappy: text.bad },
  unit: 'people' as const,
  yScale: ctx.yScale,
  ...(ctx.t !== undefined ? { upTo: Math.floor(ctx.t) } : {}),
});

export const tellAFriendView: ModelView = {
  steps: (result) => (result as TellAFriendResult).generation.length - 1,
  render(ctx, result) {
    const r = result as TellAFriendResult;
    const chart = renderTwoStoryBars(ctx.doc, data(ctx, r), {
      width: ctx.width,
      height: Math.round(Math.min(400, Math.max(260, ctx.width * 0.55))),
      title: text.title,
      description: text.description,
      idPrefix: `${ctx.idPrefix}-bars`,
    });
    return {
      nodes: [chart.node],
      update: (next, nextResult) => chart.update(data(next, nextResult as TellAFriendResult)),
    };
  },
  narrate(result, params, t) {
    const r = result as TellAFriendResult;
    const g = Math.max(0, Math.min(r.generation.length - 1, t));
    const p = params as ParamValues & TellAFriendParams;
    return text.narrate(
      g,
      say(r.unhappy.heard[g], 'people'),
      say(p.population, 'people'),
      say(r.happy.heard[g], 'people'),
    );
  },
};
