/**
 * A simulation's settings as one immutable value: the page's own settings, the preset on show, the starting
 * point the run is compared with (`base`), the parameters, the seed and the locks. Every way the settings
 * change (a link, a preset picked, a control moved, Reset) is a function from one state to the next, so the
 * rules (a lock never moves, Reset keeps the seed a student found) are tried in Node
 * (tests/lib/sim-state.test.ts). Simulation.astro builds the page's state at build time; <wom-simulation>
 * keeps one state and draws it.
 */
import type { ModelCore, Notice, ParamValue, ParamValues } from '../models/types';
import { changedParams, changesFrom, paramValueText } from './param-text';
import { presetOf, resolveLink, withLocked, type PageSim } from './sim-link';
import { fromPage } from './sim-state-page';
import { writeSimState } from './url-state';
import { simulationOnUse } from '../strings/simulation-on-use';

export { fromPage } from './sim-state-page';

export type { PageSim } from './sim-link';

type ModelPart = Pick<ModelCore, 'spec' | 'presets' | 'normalize' | 'defaults'>;

export interface SimState {
  /** What the page itself sets (its preset, values, seed and locks): where Reset returns. */
  readonly page: PageSim;
  readonly presetKey: string;
  /** The starting point: the page's values, or the values of the preset picked since. */
  readonly base: ParamValues;
  readonly params: ParamValues;
  readonly seed: number;
  /** Every locked parameter: the page's and the link's. */
  readonly locked: readonly string[];
  /** The locks a link added (an assignment's), kept in the URL. */
  readonly linkLock: readonly string[];
}

export interface WithNotices {
  state: SimState;
  notices: Notice[];
}

/** A <Simulation>'s props, as a lesson writes them. */
export interface SimProps {
  preset?: string | undefined;
  params?: Record<string, number | string> | undefined;
  lock?: readonly string[] | undefined;
  seed?: number | undefined;
}

/**
 * The page's state from a <Simulation>'s props: the preset's values over the model's defaults, the page's own
 * values over those, checked by the model (its notices say what was out of range). An unknown preset is the
 * defaults; Simulation.astro fails the build on one before it gets here.
 */
export function fromProps(model: ModelPart, props: SimProps): WithNotices {
  const presetKey = props.preset && presetOf(model, props.preset) ? props.preset : '';
  const preset = presetKey ? presetOf(model, presetKey) : undefined;
  const { params, notices } = model.normalize({
    ...model.defaults(),
    ...preset?.params,
    ...props.params,
  });
  const page: PageSim = {
    presetKey,
    base: params,
    baseSeed: props.seed ?? 1,
    lock: [...(props.lock ?? [])],
  };
  return { state: fromPage(page), notices };
}

/**
 * The state a link (`search`) asks for, checked against the model and the page (src/lib/sim-link.ts): a link
 * can pick a preset, set values and add locks, never change what the page fixes. Never throws.
 */
export function fromUrl(model: ModelPart, page: PageSim, search: string, simId: string): WithNotices {
  const link = resolveLink(model, page, search, simId);
  return {
    state: {
      page,
      presetKey: link.presetKey,
      base: link.base,
      params: link.params,
      seed: link.seed,
      locked: [...link.locked],
      linkLock: [...link.linkLock],
    },
    notices: link.notices,
  };
}

/**
 * A preset picked from the menu ('' is the model's defaults): its values, with every locked parameter kept,
 * become the new starting point. Undefined for a key the model has no preset under.
 */
export function applyPreset(model: ModelPart, state: SimState, key: string): SimState | undefined {
  const preset = key ? presetOf(model, key) : { params: {} };
  if (!preset) return undefined;
  const params = withLocked(model, preset.params, state.params, state.locked);
  return { ...state, presetKey: key, base: params, params: { ...params } };
}

/**
 * Back to the page's own settings: its preset and values, with locked parameters as they are. The seed stays:
 * a run a student found with "New seed" is theirs to keep (issue 13).
 */
export function reset(model: ModelPart, state: SimState): SimState {
  const params = withLocked(model, state.page.base, state.params, state.locked);
  return { ...state, presetKey: state.page.presetKey, base: params, params: { ...params } };
}

/** One parameter set by the student (or a view's fit); a locked parameter keeps its value. */
export function change(
  model: ModelPart,
  state: SimState,
  values: Record<string, ParamValue | string>,
): WithNotices {
  const free = Object.entries(values).filter(([id]) => !state.locked.includes(id));
  const { params, notices } = model.normalize({ ...state.params, ...Object.fromEntries(free) });
  // normalize may move one setting to fit another (contacts per person to fit the number of people). Where
  // that would move a locked one, the change is refused: a run with a locked value put back would not be one
  // the model accepts, and a link to it would read back differently.
  const moved = state.locked.filter(
    (id) => Object.hasOwn(state.params, id) && params[id] !== state.params[id],
  );
  if (moved.length) {
    const labelOf = (id: string) => model.spec.find((p) => p.id === id)?.label ?? id;
    const asked = free.map(([id]) => id);
    const message = simulationOnUse.change.heldByLock(asked.map(labelOf).join(', '), moved.map(labelOf));
    return { state, notices: [{ param: asked[0] ?? '', message }] };
  }
  return { state: { ...state, params }, notices };
}

/** A new seed, from the old one, so the sequence of seeds is itself reproducible. */
export function nextSeed(state: SimState): SimState {
  return { ...state, seed: (Math.imul(state.seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 0xffffffff };
}

/**
 * What a link that names only `state`'s preset starts from, as fromUrl reads it: the page's values for the
 * page's preset, else the preset's values with the locked ones kept as the page has them.
 */
function linkBase(model: ModelPart, state: SimState): ParamValues {
  if (state.presetKey === state.page.presetKey) return state.page.base;
  const preset = state.presetKey ? presetOf(model, state.presetKey) : { params: {} };
  return withLocked(model, preset?.params ?? {}, state.page.base, state.locked);
}

/**
 * `search` with this simulation's entries written from `state`: the preset when it is not the page's, and the
 * values that differ from what that preset starts from, so fromUrl reads back the same run.
 */
export function toSearch(model: ModelPart, search: string, simId: string, state: SimState): string {
  return writeSimState(search, simId, {
    params: state.params,
    base: linkBase(model, state),
    seed: state.seed,
    baseSeed: state.page.baseSeed,
    preset: state.presetKey !== state.page.presetKey ? state.presetKey : undefined,
    lock: state.linkLock,
  });
}

/** What the run changes from its starting point, one item a parameter ("Delay 3 instead of 0"). */
export function changes(model: Pick<ModelCore, 'spec'>, state: SimState): string[] {
  return changesFrom(model.spec, state.base, state.params);
}

/** The line under a figure's description while its run differs from its starting point; '' when it does not. */
export function changesLine(model: Pick<ModelCore, 'spec'>, state: SimState): string {
  const items = changes(model, state);
  return items.length ? simulationOnUse.changes.runningWith(items) : '';
}

/** The parameters that differ from the starting point (for a pinned run's label). */
export function changedFromBase(model: Pick<ModelCore, 'spec'>, state: SimState) {
  return changedParams(model.spec, state.base, state.params);
}

/** A pinned run's legend label: what it changes from its starting point ("Response time 3"), or the preset. */
export function pinLabel(model: Pick<ModelCore, 'spec'>, state: SimState): string {
  const { pin } = simulationOnUse;
  return pin.label(
    changedFromBase(model, state).map((p) => pin.change(p.label, paramValueText(p, state.params[p.id]))),
  );
}

/** Whether the run shows the page's own preset (so the page's own title and description apply). */
export const isPagePreset = (state: SimState) => state.presetKey === state.page.presetKey;
