/**
 * Runs a model in the simulation Web Worker, so big networks and ensembles never freeze the page.
 * One worker serves the whole page; replies are matched to requests by id. Where workers are unavailable
 * the caller falls back to running on the main thread.
 */
import type { RunResponse, WorkerResponse } from '../models/worker-protocol';
import type { ModelId, ParamValues } from '../models/types';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: RunResponse) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../models/worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (reply.kind === 'error') waiting.reject(new Error(reply.message));
      else if (reply.kind === 'run') waiting.resolve(reply);
      else waiting.reject(new Error(`unexpected reply ${reply.kind}`));
    });
    worker.addEventListener('error', (event) => {
      for (const { reject } of pending.values())
        reject(new Error(event.message || 'the simulation worker failed'));
      pending.clear();
      worker = undefined;
    });
  }
  return worker;
}

export function runInWorker(model: ModelId, params: ParamValues, seed: number): Promise<RunResponse> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, kind: 'run', model, params, seed });
  });
}
