/**
 * Finding the LMS's run-time API and talking to it the same way in both SCORM versions. Pure: it takes a
 * window-like object, so it is tested in Node with fake frames.
 *
 * Discovery follows the standards' own algorithms: SCORM 1.2 (ADL's APIWrapper.js) looks for `API` in this
 * window and up its parents, at most 7 levels, then in the opener's chain; SCORM 2004 (RTE 3.3.6.1, ADL's
 * sample) looks for `API_1484_11` the same way with a limit of 500. A parent from another origin throws on
 * access: that ends the search there instead of breaking the page.
 */
export type ScormVersion = '1.2' | '2004';

/** The few calls both versions have, under their 1.2 and 2004 names. */
interface Api12 {
  LMSInitialize(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}
interface Api2004 {
  Initialize(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetLastError(): string | number;
}

/** What a frame needs to offer for the search: its parent, its opener and the API objects. */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

export const SEARCH_LIMIT: Record<ScormVersion, number> = { '1.2': 7, '2004': 500 };
const NAME: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };

/** Reads a property of a frame that may belong to another origin (which throws): undefined then. */
function read<K extends keyof FrameLike>(win: FrameLike, key: K): FrameLike[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

function hasCalls(api: unknown, version: ScormVersion): boolean {
  if (typeof api !== 'object' || api === null) return false;
  const first = version === '1.2' ? 'LMSInitialize' : 'Initialize';
  return typeof (api as Record<string, unknown>)[first] === 'function';
}

/** Looks in `win` and up its parents, as far as the version's limit. */
function scan(win: FrameLike, version: ScormVersion): unknown {
  let current: FrameLike = win;
  for (let tries = 0; ; tries++) {
    const api = read(current, NAME[version]);
    if (hasCalls(api, version)) return api;
    const parent = read(current, 'parent');
    if (!parent || parent === current || tries >= SEARCH_LIMIT[version]) return undefined;
    current = parent;
  }
}

/** The LMS's API object for `version`, or undefined when no frame around this one offers it. */
export function findApi(win: FrameLike, version: ScormVersion): unknown {
  const found = scan(win, version);
  if (found) return found;
  const opener = read(win, 'opener');
  return opener ? scan(opener, version) : undefined;
}

/** One conversation with the LMS, whatever its version. Every call is guarded: an LMS that throws is "false". */
export interface Lms {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): string;
}

const ok = (r: unknown) => r === true || r === 'true';

export function connect(api: unknown, version: ScormVersion): Lms {
  const guard = <T>(call: () => T, fallback: T): T => {
    try {
      return call();
    } catch {
      return fallback;
    }
  };
  if (version === '1.2') {
    const a = api as Api12;
    return {
      version,
      initialize: () => guard(() => ok(a.LMSInitialize('')), false),
      get: (e) => guard(() => String(a.LMSGetValue(e) ?? ''), ''),
      set: (e, v) => guard(() => ok(a.LMSSetValue(e, v)), false),
      commit: () => guard(() => ok(a.LMSCommit('')), false),
      finish: () => guard(() => ok(a.LMSFinish('')), false),
      lastError: () => guard(() => String(a.LMSGetLastError()), ''),
    };
  }
  const a = api as Api2004;
  return {
    version,
    initialize: () => guard(() => ok(a.Initialize('')), false),
    get: (e) => guard(() => String(a.GetValue(e) ?? ''), ''),
    set: (e, v) => guard(() => ok(a.SetValue(e, v)), false),
    commit: () => guard(() => ok(a.Commit('')), false),
    finish: () => guard(() => ok(a.Terminate('')), false),
    lastError: () => guard(() => String(a.GetLastError()), ''),
  };
}
