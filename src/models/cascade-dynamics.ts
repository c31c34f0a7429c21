/**
 * Two competing messages spreading on a network by independent cascades (Kempe, Kleinberg & Tardos 2003):
 * the complaint, and the company's answer.
 *
 * States of a node (Uint8Array `nodeState`):
 *   0 UNAWARE                 has heard nothing
 *   1 COMPLAINT               heard the complaint only
 *   2 ANSWER                  heard the company's answer first: never passes the complaint on, and the
 *                             complaint no longer converts them
 *   3 COMPLAINT_THEN_ANSWER   heard the complaint, then the answer: stops passing the complaint on
 *
 * Time: step t is day t. At day 0 the original poster (the customer) publishes the complaint. In each step:
 *   1. Complaint: every node that heard the complaint the day before and is still in state COMPLAINT gets its
 *      one chance (independent cascade) to pass it to each neighbour, succeeding with probability βc;
 *      unaware neighbours move to COMPLAINT. From the first step after the answer, βc is scaled by
 *      (1 − apology): an apology makes the story less worth passing on.
 *   2. Answer: every node that heard the answer the day before gets its one chance to pass it to each
 *      neighbour with probability βr; unaware neighbours move to ANSWER, neighbours in COMPLAINT move to
 *      COMPLAINT_THEN_ANSWER (so a node reached by both on the same day hears the complaint first but never
 *      passes it on).
 *   3. On the response day tR the company answers: the answer is seeded at the original poster (a reply
 *      where the complaint was posted reaches the same audience) and at the broadcast hubs (the company's
 *      statement carried by media and its own accounts). Seeds pass it on from the next day.
 * The original poster's one chance to pass the complaint is never cancelled by an answer, even one given at
 * day 0: the post is already out. Everyone else who hears the answer before their chance loses it.
 *
 * The run ends when neither message has anyone left to pass it on and the answer, if any, has been given,
 * or at the last day. Counts include every node, hubs as well (there are few of them).
 */
import type { Graph } from './graph-csr.ts';
import type { Random } from './types.ts';

export const UNAWARE = 0;
export const COMPLAINT = 1;
export const ANSWER = 2;
export const COMPLAINT_THEN_ANSWER = 3;
export type NodeState = typeof UNAWARE | typeof COMPLAINT | typeof ANSWER | typeof COMPLAINT_THEN_ANSWER;

export interface CascadeDynamicsParams {
  /** Chance each new complaint hearer passes it to each neighbour (βc). */
  betaC: number;
  /** Chance each new answer hearer passes it to each neighbour (βr). */
  betaR: number;
  /** Whether the company answers at all. */
  respond: boolean;
  /** Day of the answer (tR). */
  responseDay: number;
  /** Share by which an apology cuts βc from the day after the answer, 0 … 1. */
  apology: number;
  /** Last day simulated. */
  maxDays: number;
}

export interface CascadeCounts {
  unaware: number;
  complaint: number;
  answer: number;
  complaintThenAnswer: number;
}

export interface CascadeOptions {
  /** The customer who posts the complaint; by default a node chosen with the random source (see choosePoster). */
  poster?: number;
  /** Where the answer starts besides the poster; by default the graph's hubs, if it has any. */
  answerSeeds?: Int32Array;
}

export interface Cascade {
  /** Advances one day; returns false once the run is over. */
  step(): boolean;
  readonly done: boolean;
  /** The current day (0 before the first step). */
  readonly t: number;
  readonly counts: Readonly<CascadeCounts>;
  readonly poster: number;
  /** State per node, see the header. */
  readonly nodeState: Uint8Array;
  /** Day each node last changed state, −1 if never. */
  readonly changedAt: Int32Array;
  /** Day each node heard the complaint, −1 if never. */
  readonly complaintAt: Int32Array;
  /** Day each node heard the answer, −1 if never. */
  readonly answerAt: Int32Array;
}

/** Counts per day, index = day. */
export interface CascadeHistory {
  unaware: number[];
  complaint: number[];
  answer: number[];
  complaintThenAnswer: number[];
  /** People who heard the complaint that day. */
  newComplaint: number[];
  /** People who heard the answer that day. */
  newAnswer: number[];
}

export interface CascadeRun {
  days: number;
  poster: number;
  counts: CascadeCounts;
  history: CascadeHistory;
  nodeState: Uint8Array;
  changedAt: Int32Array;
  complaintAt: Int32Array;
  answerAt: Int32Array;
}

/** The poster: a uniformly chosen node that has at least one link and is not a hub (node 0 if none has). */
export function choosePoster(graph: Graph, random: Random, hubs?: Int32Array): number {
  const { n, offsets } = graph;
  if (n === 0) return -1;
  const isHub = new Uint8Array(n);
  if (hubs) for (const h of hubs) if (h >= 0 && h < n) isHub[h] = 1;
  let candidates = 0;
  for (let v = 0; v < n; v++) if (!isHub[v] && offsets[v + 1] > offsets[v]) candidates++;
  if (candidates === 0) return 0;
  let pick = Math.floor(random() * candidates);
  for (let v = 0; v < n; v++) {
    if (!isHub[v] && offsets[v + 1] > offsets[v]) {
      if (pick === 0) return v;
      pick--;
    }
  }
  return 0;
}

export function createCascade(
  graph: Graph & { hubs?: Int32Array },
  params: CascadeDynamicsParams,
  random: Random,
  options: CascadeOptions = {},
): Cascade {
  const { n } = graph;
  const seeds = options.answerSeeds ?? graph.hubs ?? new Int32Array(0);
  const poster = options.poster ?? choosePoster(graph, random, graph.hubs);
  const nodeState = new Uint8Array(n);
  const changedAt = new Int32Array(n).fill(-1);
  const complaintAt = new Int32Array(n).fill(-1);
  const answerAt = new Int32Array(n).fill(-1);
  // Frontiers: who got the message on the previous day (current) and today (next).
  let complaintNow = new Int32Array(n);
  let complaintNext = new Int32Array(n);
  let answerNow = new Int32Array(n);
  let answerNext = new Int32Array(n);
  let complaintNowLength = 0;
  let complaintNextLength = 0;
  let answerNowLength = 0;
  let answerNextLength = 0;
  const counts: CascadeCounts = { unaware: n, complaint: 0, answer: 0, complaintThenAnswer: 0 };
  const betaC = clampShare(params.betaC);
  const betaR = clampShare(params.betaR);
  const calmedBetaC = betaC * (1 - clampShare(params.apology));
  const responseDay = Math.max(0, Math.floor(params.responseDay));
  const maxDays = Math.max(0, Math.floor(params.maxDays));
  let t = 0;
  let done = false;

  function hearComplaint(v: number): void {
    nodeState[v] = COMPLAINT;
    complaintAt[v] = t;
    changedAt[v] = t;
    counts.unaware--;
    counts.complaint++;
    complaintNext[complaintNextLength++] = v;
  }

  /** v hears the answer now, unless it already had (used for the seeds; the daily pass is passAnswer). */
  function hearAnswer(v: number): void {
    const state = nodeState[v];
    if (state === ANSWER || state === COMPLAINT_THEN_ANSWER) return;
    if (state === UNAWARE) {
      nodeState[v] = ANSWER;
      counts.unaware--;
      counts.answer++;
    } else {
      nodeState[v] = COMPLAINT_THEN_ANSWER;
      counts.complaint--;
      counts.complaintThenAnswer++;
    }
    answerAt[v] = t;
    changedAt[v] = t;
    answerNext[answerNextLength++] = v;
  }

  function seedAnswer(): void {
    if (poster >= 0) hearAnswer(poster);
    for (const s of seeds) if (s >= 0 && s < n) hearAnswer(s);
  }

  function swapFrontiers(): void {
    [complaintNow, complaintNext] = [complaintNext, complaintNow];
    complaintNowLength = complaintNextLength;
    complaintNextLength = 0;
    [answerNow, answerNext] = [answerNext, answerNow];
    answerNowLength = answerNextLength;
    answerNextLength = 0;
  }

  function finished(): boolean {
    const answerPending = params.respond && t < responseDay;
    return t >= maxDays || (complaintNowLength === 0 && answerNowLength === 0 && !answerPending);
  }

  // Day 0: the complaint is posted (and, with an immediate answer, answered).
  if (poster >= 0 && poster < n) hearComplaint(poster);
  if (params.respond && responseDay === 0) seedAnswer();
  swapFrontiers();
  done = finished();

  function step(): boolean {
    if (done) return false;
    t++;
    const complaintChance = params.respond && t > responseDay ? calmedBetaC : betaC;
    // The poster's original post always goes out, even if the answer reached them on day 0.
    const exempt = t === 1 ? poster : -1;
    const before = complaintNextLength;
    complaintNextLength = passComplaint(
      graph,
      complaintNow,
      complaintNowLength,
      complaintChance,
      random,
      nodeState,
      complaintAt,
      changedAt,
      complaintNext,
      complaintNextLength,
      t,
      exempt,
    );
    counts.unaware -= complaintNextLength - before;
    counts.complaint += complaintNextLength - before;
    const answered = passAnswer(
      graph,
      answerNow,
      answerNowLength,
      betaR,
      random,
      nodeState,
      answerAt,
      changedAt,
      answerNext,
      answerNextLength,
      t,
    );
    for (let f = answerNextLength; f < answered; f++) {
      // passAnswer only writes states; tally what it did from the states it left.
      if (nodeState[answerNext[f]] === ANSWER) {
        counts.unaware--;
        counts.answer++;
      } else {
        counts.complaint--;
        counts.complaintThenAnswer++;
      }
    }
    answerNextLength = answered;
    if (params.respond && t === responseDay) seedAnswer();
    swapFrontiers();
    done = finished();
    return !done;
  }

  return {
    step,
    get done() {
      return done;
    },
    get t() {
      return t;
    },
    counts,
    poster,
    nodeState,
    changedAt,
    complaintAt,
    answerAt,
  };
}

/**
 * One day of the complaint: every node in the frontier still in state COMPLAINT (or the exempt poster) tries
 * each neighbour with probability `chance`; unaware neighbours hear it. Returns the new length of `next`.
 *
 * Written as a plain function over typed arrays, with the geometric skip inlined, because this loop is the
 * cascade's whole cost: instead of a coin per neighbour it jumps to the next success, gap = ⌊ln(1 − u)/ln(1 − p)⌋
 * (Batagelj & Brandes 2005), so a node with d neighbours costs about d·p + 1 draws.
 */
function passComplaint(
  graph: Graph,
  frontier: Int32Array,
  length: number,
  chance: number,
  random: Random,
  state: Uint8Array,
  heardAt: Int32Array,
  changedAt: Int32Array,
  next: Int32Array,
  nextLength: number,
  t: number,
  exempt: number,
): number {
  if (!(chance > 0)) return nextLength;
  const { offsets, neighbors } = graph;
  const certain = chance >= 1;
  const perLog = certain ? 0 : 1 / Math.log(1 - chance);
  let count = nextLength;
  for (let f = 0; f < length; f++) {
    const u = frontier[f];
    if (state[u] !== COMPLAINT && u !== exempt) continue;
    const end = offsets[u + 1];
    let i = offsets[u] + (certain ? 0 : Math.floor(Math.log(1 - random()) * perLog));
    while (i < end) {
      const v = neighbors[i];
      if (state[v] === UNAWARE) {
        state[v] = COMPLAINT;
        heardAt[v] = t;
        changedAt[v] = t;
        next[count++] = v;
      }
      i += certain ? 1 : 1 + Math.floor(Math.log(1 - random()) * perLog);
    }
  }
  return count;
}

/**
 * One day of the answer: every node in the frontier tries each neighbour with probability `chance`; unaware
 * neighbours move to ANSWER, complaint-only neighbours to COMPLAINT_THEN_ANSWER. Returns the new length of `next`.
 */
function passAnswer(
  graph: Graph,
  frontier: Int32Array,
  length: number,
  chance: number,
  random: Random,
  state: Uint8Array,
  heardAt: Int32Array,
  changedAt: Int32Array,
  next: Int32Array,
  nextLength: number,
  t: number,
): number {
  if (!(chance > 0)) return nextLength;
  const { offsets, neighbors } = graph;
  const certain = chance >= 1;
  const perLog = certain ? 0 : 1 / Math.log(1 - chance);
  let count = nextLength;
  for (let f = 0; f < length; f++) {
    const u = frontier[f];
    const end = offsets[u + 1];
    let i = offsets[u] + (certain ? 0 : Math.floor(Math.log(1 - random()) * perLog));
    while (i < end) {
      const v = neighbors[i];
      const s = state[v];
      if (s === UNAWARE || s === COMPLAINT) {
        state[v] = s === UNAWARE ? ANSWER : COMPLAINT_THEN_ANSWER;
        heardAt[v] = t;
        changedAt[v] = t;
        next[count++] = v;
      }
      i += certain ? 1 : 1 + Math.floor(Math.log(1 - random()) * perLog);
    }
  }
  return count;
}

function clampShare(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Runs a cascade to the end, recording the counts of every day. */
export function runCascade(
  graph: Graph & { hubs?: Int32Array },
  params: CascadeDynamicsParams,
  random: Random,
  options: CascadeOptions = {},
): CascadeRun {
  const cascade = createCascade(graph, params, random, options);
  const history: CascadeHistory = {
    unaware: [],
    complaint: [],
    answer: [],
    complaintThenAnswer: [],
    newComplaint: [],
    newAnswer: [],
  };
  let heardComplaint = 0;
  let heardAnswer = 0;
  const record = () => {
    const { unaware, complaint, answer, complaintThenAnswer } = cascade.counts;
    const complaintTotal = complaint + complaintThenAnswer;
    const answerTotal = answer + complaintThenAnswer;
    history.unaware.push(unaware);
    history.complaint.push(complaint);
    history.answer.push(answer);
    history.complaintThenAnswer.push(complaintThenAnswer);
    history.newComplaint.push(complaintTotal - heardComplaint);
    history.newAnswer.push(answerTotal - heardAnswer);
    heardComplaint = complaintTotal;
    heardAnswer = answerTotal;
  };
  record();
  while (cascade.step()) record();
  if (history.unaware.length <= cascade.t) record();
  return {
    days: cascade.t,
    poster: cascade.poster,
    counts: { ...cascade.counts },
    history,
    nodeState: cascade.nodeState,
    changedAt: cascade.changedAt,
    complaintAt: cascade.complaintAt,
    answerAt: cascade.answerAt,
  };
}
