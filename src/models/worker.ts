/**
 * The simulation Web Worker: a thin wrapper that hands each message to handleRequest and posts the reply,
 * transferring its typed arrays. Load it with `new Worker(new URL('../models/worker.ts', import.meta.url),
 * { type: 'module' })`.
 *
 * Typed with a minimal local interface rather than the "webworker" lib, which clashes with the DOM lib the
 * rest of the project compiles against.
 */
import { handleRequest } from './worker-handler.ts';

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
}

/** The worker's global scope, seen through the interface above. */
declare const self: WorkerScope;
const scope = self;

scope.onmessage = (event) => {
  const { response, transfer } = handleRequest(event.data);
  scope.postMessage(response, transfer);
};
