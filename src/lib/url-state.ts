/**
 * A simulation's state in the page URL: `<id>.<param>=value` and `<id>.seed=n`, only what differs from
 * the preset, so a link reproduces exactly what a student saw. Values are read as raw strings here and
 * checked by the model's own `normalize`, which clamps or ignores bad ones and says so.
 */
import type { ParamValue } from '../models/types';
import { formatParam } from './param-format';

export interface RawSimState {
  /** Parameter values as written in the URL, not yet checked. */
  params: Record<string, string>;
  seed: string | undefined;
  preset: string | undefined;
  /** Parameters an assignment locks: `<id>.lock=betaC,n`. */
  lock: string[];
}

/** The entries of `search` that belong to simulation `id`. */
export function readSimState(search: string, id: string): RawSimState {
  const query = new URLSearchParams(search);
  const prefix = `${id}.`;
  // A Map, then fromEntries: a name such as "__proto__" in a link stays a name, never a prototype.
  const params = new Map<string, string>();
  let seed: string | undefined;
  let preset: string | undefined;
  let lock: string[] = [];
  for (const [key, value] of query) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (name === 'seed') seed = value;
    else if (name === 'preset') preset = value;
    else if (name === 'lock') lock = value.split(',').filter(Boolean);
    else if (name && !params.has(name)) params.set(name, value);
  }
  return { params: Object.fromEntries(params), seed, preset, lock };
}

export { formatParam } from './param-format';

export interface SimStateToWrite {
  params: Record<string, ParamValue>;
  /** The preset's values: anything equal to these is left out of the URL. */
  base: Record<string, ParamValue>;
  seed: number;
  baseSeed: number;
  /** A preset chosen by the student that differs from the page's own. */
  preset?: string | undefined;
  /**
   * Parameters the link itself locked (an assignment's): written back with their values whatever the preset,
   * so the address a student reloads or shares keeps them fixed.
   */
  lock?: readonly string[];
}

/** `search` with simulation `id`'s entries replaced by the current state; other entries kept in order. */
export function writeSimState(search: string, id: string, state: SimStateToWrite): string {
  const query = new URLSearchParams(search);
  const prefix = `${id}.`;
  for (const key of [...query.keys()]) if (key.startsWith(prefix)) query.delete(key);
  const lock = state.lock ?? [];
  // '' is the model's defaults (the preset menu's first entry), a choice like any other.
  if (state.preset !== undefined) query.set(`${prefix}preset`, state.preset);
  for (const [name, value] of Object.entries(state.params)) {
    if (state.base[name] !== value || lock.includes(name)) query.set(prefix + name, formatParam(value));
  }
  if (lock.length) query.set(`${prefix}lock`, lock.join(','));
  if (state.seed !== state.baseSeed) query.set(`${prefix}seed`, String(state.seed));
  const text = query.toString();
  return text ? `?${text}` : '';
}
