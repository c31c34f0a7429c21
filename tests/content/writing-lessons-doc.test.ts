import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metrics } from '../../src/lib/metrics';
import { modelIds, models } from '../../src/models/index';

/** docs/writing-lessons.md is what lesson writers copy from: its lists of presets and metrics must be the real ones. */
const doc = readFileSync('docs/writing-lessons.md', 'utf8');

describe('docs/writing-lessons.md', () => {
  it.each(modelIds)('lists every preset of %s, and no others', (id) => {
    const line = doc.split('\n').find((l) => l.startsWith(`- \`${id}\`: `));
    expect(line, `no line for ${id}`).toBeDefined();
    const listed = line!
      .slice(line!.indexOf(': ') + 2)
      .split(', ')
      .map((s) => s.trim());
    expect(listed.sort()).toEqual(Object.keys(models[id].presets).sort());
  });

  it('lists every metric, and no others', () => {
    const listed = [...doc.matchAll(/`([a-z-]+\.[a-zA-Z]+)`/g)]
      .map((m) => m[1])
      .filter((name) => modelIds.some((id) => name.startsWith(`${id}.`)));
    expect([...new Set(listed)].sort()).toEqual(Object.keys(metrics).sort());
  });
});
