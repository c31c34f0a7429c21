import { describe, expect, it } from 'vitest';
import { preloadsFor, staticClosure, type ChunkInfo } from '../../src/integrations/modulepreload.ts';

const chunk = (file: string, imports: string[], facade: string | null = null): ChunkInfo => ({
  file,
  facade,
  imports,
});
const chunks = new Map(
  [
    chunk(
      '_astro/Simulation.js',
      ['_astro/common.js', '_astro/format.js'],
      '/p/src/components/Simulation.astro?x',
    ),
    chunk('_astro/common.js', ['_astro/format.js', '_astro/locale.js']),
    chunk('_astro/format.js', []),
    chunk('_astro/locale.js', ['_astro/common.js']),
    chunk('_astro/cascade-model.js', ['_astro/random.js'], '/p/src/models/cascade.ts'),
    chunk('_astro/cascade-view.js', ['_astro/cascade-model.js', '_astro/svg.js'], '/p/src/views/cascade.ts'),
    chunk('_astro/bass-view.js', ['_astro/svg.js'], '/p/src/views/bass.ts'),
    { ...chunk('_astro/shared.js', []), modules: ['/p/src/models/bass.ts', '/p/src/lib/x.ts'] },
    chunk('_astro/random.js', []),
    chunk('_astro/svg.js', []),
  ].map((c) => [c.file, c]),
);

describe('modulepreload hints', () => {
  it('follow static imports to the end, through cycles, without the chunk itself', () => {
    expect(staticClosure('_astro/Simulation.js', chunks).sort()).toEqual([
      '_astro/common.js',
      '_astro/format.js',
      '_astro/locale.js',
    ]);
    expect(staticClosure('_astro/missing.js', chunks)).toEqual([]);
  });

  it("name a page's scripts, their imports and its first simulation's chunks, in that order, under the base path", () => {
    const html =
      '<head></head><body><wom-simulation id="a" data-model="cascade"></wom-simulation>' +
      '<wom-simulation id="b" data-model="bass"></wom-simulation>' +
      '<script type="module" src="/base/_astro/Simulation.js"></script></body>';
    expect(preloadsFor(html, chunks, '/base/')).toEqual([
      '_astro/Simulation.js',
      '_astro/common.js',
      '_astro/format.js',
      '_astro/locale.js',
      '_astro/cascade-model.js',
      '_astro/cascade-view.js',
      '_astro/random.js',
      '_astro/svg.js',
    ]);
  });

  it('find a model bundled into a chunk of its own name', () => {
    const html =
      '<wom-simulation data-model="bass"></wom-simulation><script type="module" src="/_astro/Simulation.js">';
    expect(preloadsFor(html, chunks, '/')).toContain('_astro/shared.js');
    expect(preloadsFor(html, chunks, '/')).toContain('_astro/bass-view.js');
  });

  it('add nothing to a page without module scripts, and ignore scripts from elsewhere', () => {
    expect(preloadsFor('<wom-simulation data-model="cascade">', chunks, '/')).toEqual([]);
    expect(
      preloadsFor('<script type="module" src="https://x.org/_astro/Simulation.js">', chunks, '/'),
    ).toEqual([]);
  });
});
