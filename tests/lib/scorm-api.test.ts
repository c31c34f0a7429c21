import { describe, expect, it } from 'vitest';
import { connect, findApi, SEARCH_LIMIT, type FrameLike } from '../../src/lib/scorm/api';

const api12 = () => ({
  LMSInitialize: () => 'true',
  LMSGetValue: (e: string) => (e === 'cmi.core.entry' ? 'resume' : ''),
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSFinish: () => 'true',
  LMSGetLastError: () => '0',
});
const api2004 = () => ({
  Initialize: () => 'true',
  GetValue: () => '',
  SetValue: () => 'false',
  Commit: () => 'true',
  Terminate: () => 'true',
  GetLastError: () => 406,
});

/** A frame `depth` levels below a top window holding `top`'s properties. */
function chain(depth: number, top: Partial<FrameLike>): FrameLike {
  const root: FrameLike = { ...top };
  root.parent = root;
  let win = root;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the LMS API', () => {
  it('finds API in a parent and API_1484_11 in a grandparent', () => {
    const a = api12();
    expect(findApi(chain(1, { API: a }), '1.2')).toBe(a);
    const b = api2004();
    expect(findApi(chain(2, { API_1484_11: b }), '2004')).toBe(b);
    // Each version looks only for its own object.
    expect(findApi(chain(1, { API: a }), '2004')).toBeUndefined();
  });

  it('gives up beyond the standard’s depth limit (7 for 1.2, 500 for 2004)', () => {
    const a = api12();
    expect(findApi(chain(SEARCH_LIMIT['1.2'], { API: a }), '1.2')).toBe(a);
    expect(findApi(chain(SEARCH_LIMIT['1.2'] + 1, { API: a }), '1.2')).toBeUndefined();
    const b = api2004();
    expect(findApi(chain(SEARCH_LIMIT['2004'], { API_1484_11: b }), '2004')).toBe(b);
    expect(findApi(chain(SEARCH_LIMIT['2004'] + 1, { API_1484_11: b }), '2004')).toBeUndefined();
  });

  it('then searches the opener and its parents (a package opened in a new window)', () => {
    const a = api12();
    const win: FrameLike = { opener: chain(2, { API: a }) };
    win.parent = win;
    expect(findApi(win, '1.2')).toBe(a);
  });

  it('stops at a parent from another origin (which throws) instead of failing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      },
    ) as FrameLike;
    const win: FrameLike = { parent: hostile };
    expect(findApi(win, '1.2')).toBeUndefined();
    expect(findApi({ parent: null, API: { LMSInitialize: 'not a function' } }, '1.2')).toBeUndefined();
  });
});

describe('talking to it', () => {
  it('maps the calls of each version and reads "true" and true as success', () => {
    const lms12 = connect(api12(), '1.2');
    expect(lms12.initialize()).toBe(true);
    expect(lms12.get('cmi.core.entry')).toBe('resume');
    const lms2004 = connect(api2004(), '2004');
    expect(lms2004.set('cmi.location', '1')).toBe(false);
    expect(lms2004.lastError()).toBe('406');
  });

  it('turns an LMS that throws into a failed call', () => {
    const lms = connect(
      {
        LMSInitialize: () => {
          throw new Error('boom');
        },
        LMSGetValue: () => {
          throw new Error('boom');
        },
      },
      '1.2',
    );
    expect(lms.initialize()).toBe(false);
    expect(lms.get('cmi.core.entry')).toBe('');
    expect(lms.finish()).toBe(false);
  });
});
