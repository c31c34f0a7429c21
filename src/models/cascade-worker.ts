/**
 * A worker for the network cascade alone. The general worker (worker.ts) carries every model; a page that
 * only needs big networks computed off the main thread loads this one, which holds just the cascade
 * (about half the size). It speaks the same protocol: a `cascade` request, a `cascade` or `error` reply.
 */
import { workerText } from '../strings/models/common.ts';
import { cascadeCore } from './cascade.ts';
import { normalizeSeed } from './random.ts';
import { collectTransferables } from './transferables.ts';
import type { CascadeResponse, ErrorResponse } from './worker-protocol.ts';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

/** The worker's global scope, seen through the interface above. */
declare const self: WorkerScope;
const scope = self;

scope.onmessage = (event) => {
  const request = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<
    string,
    unknown
  >;
  const id = typeof request.id === 'number' ? request.id : -1;
  try {
    if (request.kind !== 'cascade') throw new Error(workerText.cascadeOnly(String(request.kind)));
    const seed = normalizeSeed(request.seed);
    const { params, notices } = cascadeCore.normalize(request.params);
    const result = cascadeCore.run(params, seed);
    const response: CascadeResponse = {
      id,
      kind: 'cascade',
      seed,
      params,
      notices,
      version: cascadeCore.version,
      result,
    };
    scope.postMessage(response, collectTransferables(result));
  } catch (error) {
    const response: ErrorResponse = {
      id,
      kind: 'error',
      message: error instanceof Error ? error.message : workerText.failed,
    };
    scope.postMessage(response, []);
  }
};
