/**
 * Runs a model in a Web Worker, so big networks and ensembles never freeze the page. Cascades go to a
 * worker that holds only the cascade; anything else to the general worker. Each worker is started once
 * per page and replies are matched to requests by id. Where workers are unavailable the caller falls back
 * to running on the main thread.
 */
import type { ModelId, ParamValues } from '../models/types';
import type { WorkerResponse } from '../models/worker-protocol';

type Reply = Exclude<WorkerResponse, { kind: 'error' }>;

interface Channel {
  worker: Worker;
  pending: Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>;
}

const channels = new Map<string, Channel>();
let nextId = 1;

function open(name: 'cascade' | 'general'): Channel {
  let channel = channels.get(name);
  if (channel) return channel;
  // The URLs are written out in full so the bundler sees and builds each worker.
  const worker =
    name === 'cascade'
      ? new Worker(new URL('../models/cascade-worker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('../models/worker.ts', import.meta.url), { type: 'module' });
  const pending: Channel['pending'] = new Map();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.kind === 'error') waiting.reject(new Error(reply.message));
    else waiting.resolve(reply);
  });
  worker.addEventListener('error', (event) => {
    for (const { reject } of pending.values())
      reject(new Error(event.message || 'the simulation worker failed'));
    pending.clear();
    channels.delete(name);
  });
  channel = { worker, pending };
  channels.set(name, channel);
  return channel;
}

/** The model's result for these parameters and seed, computed in a worker. */
export async function runInWorker(model: ModelId, params: ParamValues, seed: number): Promise<unknown> {
  const channel = open(model === 'cascade' ? 'cascade' : 'general');
  const id = nextId++;
  const reply = await new Promise<Reply>((resolve, reject) => {
    channel.pending.set(id, { resolve, reject });
    const request =
      model === 'cascade' ? { id, kind: 'cascade', params, seed } : { id, kind: 'run', model, params, seed };
    channel.worker.postMessage(request);
  });
  if (reply.kind === 'branching-ensemble') throw new Error('unexpected ensemble reply');
  return reply.result;
}
