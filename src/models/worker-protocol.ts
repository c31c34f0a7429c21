/**
 * Messages between the page and the simulation worker. Every request carries an `id` that its reply repeats,
 * so the page can match replies to requests and drop stale ones. Parameters travel as `unknown` and are
 * normalised in the worker (input is validated where it enters); replies carry the normalised parameters
 * and the notices. Typed arrays in replies (the network, the per-node states) are listed for transfer, so
 * they move to the page without being copied.
 */
import type { BranchingEnsemble } from './branching.ts';
import type { ModelResults } from './index.ts';
import type { ModelId, Notice, ParamValues } from './types.ts';

export type { ModelResults } from './index.ts';

/** Run any model in full, as `model.run(normalize(params), seed)`. */
export interface RunRequest {
  id: number;
  kind: 'run';
  model: ModelId;
  params: unknown;
  seed: number;
}

/**
 * Many branching runs (the ensemble alone, without a single run). `runs` defaults to the params' `runs`. No page
 * sends it today (a branching `run` carries its ensemble); it is kept, and tested, for a page that wants a bigger
 * ensemble than the one it shows.
 */
export interface EnsembleRequest {
  id: number;
  kind: 'branching-ensemble';
  params: unknown;
  seed: number;
  runs?: number;
}

/**
 * `run` with the model implied: build the network the cascade parameters describe and run the cascade on it. The
 * cascade-only worker (cascade-worker.ts) speaks only this; the general worker answers it too.
 */
export interface CascadeRequest {
  id: number;
  kind: 'cascade';
  params: unknown;
  seed: number;
}

export type WorkerRequest = RunRequest | EnsembleRequest | CascadeRequest;

interface ReplyBase {
  id: number;
  /** The seed actually used (normalised to a whole number in [0, 2^32)). */
  seed: number;
  params: ParamValues;
  notices: Notice[];
  /** The model's version, written into exported runs. */
  version: string;
}

export interface RunResponse<M extends ModelId = ModelId> extends ReplyBase {
  kind: 'run';
  model: M;
  result: ModelResults[M];
}

export interface EnsembleResponse extends ReplyBase {
  kind: 'branching-ensemble';
  ensemble: BranchingEnsemble;
}

export interface CascadeResponse extends ReplyBase {
  kind: 'cascade';
  result: ModelResults['cascade'];
}

export interface ErrorResponse {
  /** The request's id, or −1 when the request was too malformed to have one. */
  id: number;
  kind: 'error';
  message: string;
}

export type WorkerResponse = RunResponse | EnsembleResponse | CascadeResponse | ErrorResponse;
