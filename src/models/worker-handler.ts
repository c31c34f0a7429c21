/**
 * The worker's logic as a pure function: a request in, a reply and the buffers to transfer out. Kept apart
 * from worker.ts (the thin `onmessage` wrapper) so it can be tested in Node. Never throws: a malformed
 * request or a failure inside a model becomes an error reply.
 */
import { workerText } from '../strings/models/common.ts';
import { runEnsemble } from './branching.ts';
import { cores, getCore } from './cores.ts';
import { normalizeSeed } from './random.ts';
import type { Notice } from './types.ts';
import { collectTransferables } from './transferables.ts';
import type { ErrorResponse, WorkerResponse } from './worker-protocol.ts';

export interface HandledRequest {
  response: WorkerResponse;
  /** Buffers of the typed arrays in the response, each once, for postMessage's transfer list. */
  transfer: ArrayBuffer[];
}

export { collectTransferables } from './transferables.ts';

function fail(id: number, message: string): HandledRequest {
  const response: ErrorResponse = { id, kind: 'error', message };
  return { response, transfer: [] };
}

function field(request: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(request, key)
    ? (request as Record<string, unknown>)[key]
    : undefined;
}

function handle(request: object, id: number): HandledRequest {
  const kind = field(request, 'kind');
  const seed = normalizeSeed(field(request, 'seed'));
  const rawParams = field(request, 'params');
  // `cascade` is `run` with the model implied: the form the cascade-only worker (cascade-worker.ts) speaks.
  if (kind === 'run' || kind === 'cascade') {
    const modelId = kind === 'cascade' ? 'cascade' : field(request, 'model');
    const model = typeof modelId === 'string' ? getCore(modelId) : undefined;
    if (!model) return fail(id, workerText.noModel(String(modelId)));
    const { params, notices } = model.normalize(rawParams);
    const result = model.run(params, seed);
    const reply = { id, seed, params, notices, version: model.version, result };
    const response = (
      kind === 'run' ? { ...reply, kind, model: model.id } : { ...reply, kind }
    ) as WorkerResponse;
    return { response, transfer: collectTransferables(result) };
  }
  if (kind === 'branching-ensemble') {
    const model = cores.branching;
    const { params, notices } = model.normalize(rawParams);
    const runs = normalizeRuns(field(request, 'runs'), params.runs, notices);
    const ensemble = runEnsemble(params, seed, runs);
    return { response: { id, kind, seed, params, notices, version: model.version, ensemble }, transfer: [] };
  }
  return fail(id, workerText.unknownKind(String(kind)));
}

/** The ensemble size from the request, normalised like the `runs` parameter; the params' value when absent. */
function normalizeRuns(raw: unknown, fallback: number, notices: Notice[]): number {
  if (raw === undefined) return fallback;
  const normalized = cores.branching.normalize({ runs: raw });
  notices.push(...normalized.notices);
  return normalized.params.runs;
}

export function handleRequest(request: unknown): HandledRequest {
  if (typeof request !== 'object' || request === null) return fail(-1, workerText.badRequest);
  const rawId = field(request, 'id');
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? rawId : -1;
  try {
    return handle(request, id);
  } catch (error) {
    return fail(id, error instanceof Error ? error.message : workerText.failed);
  }
}
