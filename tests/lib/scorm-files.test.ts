import { describe, expect, it } from 'vitest';
import type { ScormFiles } from '../../src/lib/scorm/files';
import { isScormFiles } from '../../src/lib/scorm/files-guard';

const list: ScormFiles = {
  version: 1,
  launch: { src: 'scorm/launch/index.html', files: ['_astro/a.js'] },
  exercises: { 'ubg-break-even': { src: 'scorm/exercises/ubg-break-even/index.html', files: [] } },
  copies: { 'favicon.svg': 'scorm/favicon.svg' },
};

describe('isScormFiles', () => {
  it('reads the list the build writes', () => {
    expect(isScormFiles(list)).toBe(true);
    expect(isScormFiles(JSON.parse(JSON.stringify(list)))).toBe(true);
  });

  it('refuses a list of another version or shape, so the builder says so instead of zipping a broken package', () => {
    expect(isScormFiles({ ...list, version: 2 })).toBe(false);
    expect(isScormFiles({ ...list, launch: { src: 'x' } })).toBe(false);
    expect(isScormFiles({ ...list, launch: { src: 'x', files: [1] } })).toBe(false);
    expect(isScormFiles({ ...list, exercises: { a: { files: [] } } })).toBe(false);
    expect(isScormFiles({ ...list, copies: { a: 1 } })).toBe(false);
    expect(isScormFiles({ ...list, copies: [] })).toBe(false);
    expect(isScormFiles(null)).toBe(false);
    expect(isScormFiles([])).toBe(false);
  });
});
