// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutTree, renderBranchingTree, TREE_NODE_LIMIT } from '../../src/charts/branching-tree.ts';
import { expectAccessibleSvg } from './a11y.ts';
import { treeParents } from './fixtures.ts';
import { expectSnapshot } from './snapshot.ts';

const options = { width: 420, height: 260, title: 'Who told whom', description: 'A tree.', idPrefix: 'tree' };

describe('renderBranchingTree', () => {
  it('draws a small run as a tree, one row per generation (snapshot)', () => {
    expectSnapshot('branching-tree', renderBranchingTree(document, { parents: treeParents }, options).node);
  });

  it('draws one mark per person and one link per teller, and is named', () => {
    const { node } = renderBranchingTree(document, { parents: Int32Array.from(treeParents) }, options);
    expectAccessibleSvg(node, 'tree');
    expect(node.querySelectorAll('.node')).toHaveLength(treeParents.length);
    expect((node.querySelector('.links')?.getAttribute('d') ?? '').split('M').length - 1).toBe(
      treeParents.length - 1,
    );
    expect([...node.querySelectorAll('.generation-labels text')].map((t) => t.textContent)).toEqual([
      'Gen 0',
      'Gen 1',
      'Gen 2',
      'Gen 3',
    ]);
  });

  it('shows generations ≤ upTo only, and more as upTo grows', () => {
    const chart = renderBranchingTree(document, { parents: treeParents, upTo: 1 }, options);
    expect(chart.node.querySelectorAll('.node')).toHaveLength(4);
    chart.update({ parents: treeParents, upTo: 2 });
    expect(chart.node.querySelectorAll('.node')).toHaveLength(10);
  });

  it('tells tellers from people who told no one by shape and fill, not colour alone', () => {
    const { node } = renderBranchingTree(document, { parents: treeParents }, options);
    const items = [...node.querySelectorAll('.legend-item')];
    expect(items.map((i) => i.textContent)).toEqual(['First teller', 'Passed it on', 'Told no one']);
    expect(items[2]?.querySelector('path')?.getAttribute('style')).toContain('fill: var(--bg)');
    const nodes = [...node.querySelectorAll('.node')];
    // Node 5 told no one: hollow. Node 1 told two people: filled.
    expect(nodes[5]?.getAttribute('style')).toContain('fill: var(--bg)');
    expect(nodes[1]?.getAttribute('style')).toContain('fill: var(--c-complaint)');
  });

  it(`draws the first ${TREE_NODE_LIMIT} people of a bigger run and says so`, () => {
    const parents = Array.from({ length: 1234 }, (_v, i) => (i === 0 ? -1 : Math.floor((i - 1) / 3)));
    const { node } = renderBranchingTree(document, { parents }, options);
    expect(node.querySelectorAll('.node')).toHaveLength(TREE_NODE_LIMIT);
    expect(node.querySelector('.footnote')?.textContent).toBe('Showing the first 500 of 1,234 people.');
  });

  it('hangs several first tellers under an invisible common root', () => {
    const layout = layoutTree([-1, -1, 0, 1, 1], undefined);
    expect(Array.from(layout.nodes)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(layout.generation)).toEqual([0, 0, 1, 1, 1]);
  });

  it('drops people whose teller is missing or in a cycle rather than failing', () => {
    const layout = layoutTree([-1, 0, 3, 2, 99], undefined);
    expect(Array.from(layout.nodes)).toEqual([0, 1]);
  });

  it('finds the first teller even when a parent is listed after its child', () => {
    const layout = layoutTree([2, 2, -1, 0], undefined);
    expect(Array.from(layout.nodes)).toEqual([0, 1, 2, 3]);
    expect(Array.from(layout.generation)).toEqual([1, 1, 0, 2]);
    expect(layout.x[2]).toBeCloseTo((layout.x[0] + layout.x[1]) / 2, 9);
  });

  it('uses the generation given, else the depth', () => {
    const given = layoutTree(
      treeParents,
      treeParents.map(() => 0),
    );
    expect(given.maxGeneration).toBe(0);
    expect(layoutTree(treeParents, undefined).maxGeneration).toBe(3);
  });
});
