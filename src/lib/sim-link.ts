/**
 * What a link does to a simulation: the preset it picks, the values it sets, the parameters it locks and the
 * seed, checked against the model and against what the page fixes. Every name in a link is text anyone can
 * write, so presets are looked up as own properties only ("constructor" and "__proto__" are not presets),
 * and a lock in a link can only add locks: a parameter the page fixes keeps the page's value, with a notice.
 * Pure, so every link is tried in Node (tests/lib/sim-link.test.ts).
 */
import type { ModelCore, Notice, ParamValues } from '../models/types';
import { readSimState } from './url-state';
import { simulationOnUse } from '../strings/simulation-on-use';

/** What the page itself sets, at build time. */
export interface PageSim {
  presetKey: string;
  base: ParamValues;
  baseSeed: number;
  /** Parameters the page fixes. */
  lock: readonly string[];
}

export interface LinkState {
  presetKey: string;
  /** Whether the link picked another preset than the page's. */
  presetChanged: boolean;
  /** The starting point: the preset's values, with what the page fixes kept. */
  base: ParamValues;
  params: ParamValues;
  seed: number;
  /** Every locked parameter: the page's and the link's. */
  locked: Set<string>;
  /** The parameters the link added to the page's locks (kept in the URL as the run changes). */
  linkLock: string[];
  notices: Notice[];
}

type ModelPart = Pick<ModelCore, 'spec' | 'presets' | 'normalize' | 'defaults'>;

/** A preset by key, only when the model has one of its own under that name. */
export function presetOf(model: Pick<ModelCore, 'presets'>, key: string) {
  return Object.hasOwn(model.presets, key) ? model.presets[key] : undefined;
}

/** A preset's values over the model's defaults, with every parameter in `locked` kept as it is in `from`. */
export function withLocked(
  model: ModelPart,
  presetParams: Partial<ParamValues>,
  from: ParamValues,
  locked: Iterable<string>,
): ParamValues {
  const kept = Object.fromEntries([...locked].map((id) => [id, from[id]]));
  return model.normalize({ ...model.defaults(), ...presetParams, ...kept }).params;
}

/** Reads simulation `simId`'s state from `search` for a page that sets `page`. Never throws. */
export function resolveLink(model: ModelPart, page: PageSim, search: string, simId: string): LinkState {
  const raw = readSimState(search, simId);
  const notices: Notice[] = [];
  const inSpec = (id: string) => model.spec.some((p) => p.id === id);
  const labelOf = (id: string) => model.spec.find((p) => p.id === id)?.label ?? id;
  const pageLock = new Set(page.lock);
  // A link can lock more (an assignment's), never less, and never again what the page already fixes.
  const linkLock = [...new Set(raw.lock)].filter((id) => inSpec(id) && !pageLock.has(id));
  const locked = new Set([...pageLock, ...linkLock]);

  let presetKey = page.presetKey;
  let base = page.base;
  let presetChanged = false;
  if (raw.preset !== undefined && raw.preset !== page.presetKey) {
    // '' is the preset menu's "Default values": the model's defaults.
    const preset = raw.preset === '' ? { params: {} } : presetOf(model, raw.preset);
    if (preset) {
      presetKey = raw.preset;
      presetChanged = true;
      // As picking it from the menu does: the preset's values, with what is locked kept.
      base = withLocked(model, preset.params, page.base, locked);
    } else notices.push({ param: '', message: simulationOnUse.link.unknownPreset(raw.preset) });
  }

  const requested: Record<string, unknown> = { ...base };
  for (const [id, value] of Object.entries(raw.params)) {
    if (!inSpec(id)) notices.push({ param: id, message: simulationOnUse.link.unknownParam(id) });
    else if (pageLock.has(id))
      notices.push({ param: id, message: simulationOnUse.link.fixedParam(labelOf(id)) });
    else requested[id] = value;
  }
  const normalized = model.normalize(requested);
  notices.push(
    ...normalized.notices.map((n) => ({ ...n, message: simulationOnUse.link.fromLink(n.message) })),
  );

  let seed = page.baseSeed;
  if (raw.seed !== undefined) {
    const n = Number(raw.seed);
    if (Number.isInteger(n) && n >= 0 && n <= 0xffffffff) seed = n;
    else notices.push({ param: 'seed', message: simulationOnUse.link.badSeed(raw.seed, seed) });
  }
  return { presetKey, presetChanged, base, params: normalized.params, seed, locked, linkLock, notices };
}
