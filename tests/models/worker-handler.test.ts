import { describe, expect, it } from 'vitest';
import { branching, cascade } from '../../src/models/index.ts';
import { runEnsemble } from '../../src/models/branching.ts';
import { collectTransferables, handleRequest } from '../../src/models/worker-handler.ts';

describe('handleRequest', () => {
  it('runs any model with normalised parameters and echoes the id, seed and notices', () => {
    const { response, transfer } = handleRequest({
      id: 7,
      kind: 'run',
      model: 'bass',
      params: { p: '0.05', q: 9 },
      seed: 3,
    });
    expect(response.kind).toBe('run');
    if (response.kind !== 'run') return;
    expect(response.id).toBe(7);
    expect(response.model).toBe('bass');
    expect(response.params).toMatchObject({ p: 0.05, q: 2 });
    expect(response.notices.map((n) => n.param)).toEqual(['q']);
    expect(response.version).toBe('1.0.0');
    expect(transfer).toEqual([]);
  });

  it('runs a branching ensemble identical to calling runEnsemble directly', () => {
    const params = { ...branching.defaults(), r: 1.1, kappa: 0.15 };
    const { response } = handleRequest({ id: 1, kind: 'branching-ensemble', params, seed: 9, runs: 500 });
    expect(response.kind).toBe('branching-ensemble');
    if (response.kind !== 'branching-ensemble') return;
    expect(response.ensemble).toEqual(runEnsemble(params, 9, 500));
    expect(response.ensemble.runs).toBe(500);
    // The same seed gives the same ensemble as the full run the page renders without JavaScript.
    expect(response.ensemble).toEqual(branching.run({ ...params, runs: 500 }, 9).ensemble);
  });

  it('clamps the ensemble size to the spec and says so', () => {
    const { response } = handleRequest({ id: 2, kind: 'branching-ensemble', params: {}, seed: 1, runs: 5 });
    if (response.kind !== 'branching-ensemble') throw new Error(response.kind);
    expect(response.ensemble.runs).toBe(10);
    expect(response.notices.map((n) => n.param)).toEqual(['runs']);
  });

  it('builds a network and runs a cascade, listing every typed array buffer for transfer', () => {
    const { response, transfer } = handleRequest({ id: 3, kind: 'cascade', params: { n: 500 }, seed: 4 });
    if (response.kind !== 'cascade') throw new Error(response.kind);
    const direct = cascade.run({ ...cascade.defaults(), n: 500 }, 4);
    expect(response.result.run.nodeState).toEqual(direct.run.nodeState);
    const { graph, run } = response.result;
    for (const array of [
      graph.offsets,
      graph.neighbors,
      graph.hubs,
      run.nodeState,
      run.changedAt,
      run.complaintAt,
      run.answerAt,
    ]) {
      expect(transfer).toContain(array.buffer);
    }
    expect(new Set(transfer).size).toBe(transfer.length);
  });

  it('answers malformed requests with an error reply instead of throwing', () => {
    expect(handleRequest(null).response).toEqual({
      id: -1,
      kind: 'error',
      message: expect.any(String) as string,
    });
    expect(handleRequest('run').response.kind).toBe('error');
    expect(handleRequest({ id: 5, kind: 'fly' }).response).toMatchObject({ id: 5, kind: 'error' });
    expect(handleRequest({ id: 6, kind: 'run', model: 'nope' }).response).toMatchObject({
      id: 6,
      kind: 'error',
    });
    const garbage = handleRequest({
      id: 8,
      kind: 'run',
      model: 'tell-a-friend',
      params: [1, 2],
      seed: 'x',
    }).response;
    expect(garbage.kind).toBe('run');
  });
});

describe('collectTransferables', () => {
  it('finds each buffer once, through nesting and cycles', () => {
    const shared = new Int32Array(4);
    const cyclic: Record<string, unknown> = { a: shared, b: [shared, new Float64Array(2)] };
    cyclic.self = cyclic;
    expect(collectTransferables(cyclic)).toHaveLength(2);
    expect(collectTransferables({ x: 1, y: 'no' })).toEqual([]);
  });
});
