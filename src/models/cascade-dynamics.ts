/**
 * Two competing messages spreading on a network by independent cascades (Kempe, Kleinberg & Tardos 2003):
 * the complaint, and the company's answer. With no answer (respond false) it is a single cascade, which is also
 * how the model runs a good story that needs no answer.
 *
 * States of a node (Uint8Array `nodeState`):
 *   0 UNAWARE                 has heard nothing
 *   1 COMPLAINT               heard the complaint only
 *   2 ANSWER                  heard the company's answer first: never passes the complaint on, and the
 *                             complaint no longer converts them
 *   3 COMPLAINT_THEN_ANSWER   heard the complaint, then the answer: stops passing the complaint on
 *
 * Time: step t is day t. At day 0 the first posters publish the complaint: `posters` ordinary people (chosen
 * with the random source, see choosePosters; 1 by default) and the first `campaignHubs` broadcast hubs (an
 * organised campaign's own channels; none by default). In each step:
 *   1. Complaint: every node that heard the complaint the day before and is still in state COMPLAINT gets its
 *      one chance (independent cascade) to pass it to each neighbour, succeeding with probability βc;
 *      unaware neighbours move to COMPLAINT. From the first step after the answer, βc is scaled by
 *      (1 − apology): an apology makes the story less worth passing on.
 *   2. Answer: every node that heard the answer the day before gets its one chance to pass it to each
 *      neighbour with probability βr; unaware neighbours move to ANSWER, neighbours in COMPLAINT move to
 *      COMPLAINT_THEN_ANSWER (so a node reached by both on the same day hears the complaint first but never
 *      passes it on). Where the answer is published (answerVia) limits this, see below.
 *   3. Media pickup (pickupDay, off by default): until that day the hubs that did not start the complaint
 *      cannot hear it; on that day every one of them still unaware hears it, and passes it on from the next day
 *      like anyone else. A hub that has already heard the answer does not pick the complaint up (first heard
 *      wins, for the media too).
 *   4. On the response day tR the company answers. Where it is published (answerVia):
 *      'hubs'     at the first posters (a reply where the complaint was posted reaches the same audience) and
 *                 at every broadcast hub (the company's statement carried by media and its own accounts); it
 *                 then spreads to anyone. This was the only behaviour before answerVia existed.
 *      'reply'    at the first posters only, and only they pass it on: their own contacts are the whole
 *                 audience of a reply to the complainer.
 *      'hearers'  at the first posters, and at each other person who has heard the complaint by then with
 *                 probability βr; from then on it passes only to people who have heard the complaint (nobody
 *                 repeats a statement about a story they never heard), so it never reaches more people than
 *                 the complaint did.
 *      Seeds pass it on from the next day.
 * The first posters' posts always go out, on day 1, even if the answer reached them on day 0: the posts are
 * already out (so are the posts of hubs picked up on day 0). Everyone else who hears the answer before
 * their chance loses it.
 *
 * The run ends when neither message has anyone left to pass it on and neither the answer nor the pickup is
 * still to come, or at the last day. Counts include every node, hubs as well (there are few of them).
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
  /** Ordinary people who post the complaint on day 0, chosen with the random source [1]. */
  posters?: number;
  /** Broadcast hubs (the graph's first `campaignHubs` hubs) that post the complaint on day 0 [0]. */
  campaignHubs?: number;
  /** Day the other hubs pick the complaint up; until then they cannot hear it. Absent or null: no pickup. */
  pickupDay?: number | null;
  /** Where the answer is published (see the header) ['hubs']. */
  answerVia?: AnswerVia;
}

/** Where the company's answer is published; see the header. */
export type AnswerVia = 'hubs' | 'reply' | 'hearers';

export interface CascadeCounts {
  unaware: number;
  complaint: number;
  answer: number;
  complaintThenAnswer: number;
}

export interface CascadeOptions {
  /** The one customer who posts the complaint; by default `posters` nodes chosen with the random source (see choosePosters). */
  poster?: number;
  /** The people who post the complaint on day 0, instead of `poster` or a random choice. */
  posters?: Int32Array;
  /** With answerVia 'hubs', where the answer starts besides the first posters; by default the graph's hubs, if any. */
  answerSeeds?: Int32Array;
}

export interface Cascade {
  /** Advances one day; returns false once the run is over. */
  step(): boolean;
  readonly done: boolean;
  /** The current day (0 before the first step). */
  readonly t: number;
  readonly counts: Readonly<CascadeCounts>;
  /** The first of the first posters (a person if any posted, else a campaign hub); −1 if nobody did. */
  readonly poster: number;
  /** Everyone who posted the complaint on day 0: the people, then the campaign hubs. */
  readonly posters: Int32Array;
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
  posters: Int32Array;
  counts: CascadeCounts;
  history: CascadeHistory;
  nodeState: Uint8Array;
  changedAt: Int32Array;
  complaintAt: Int32Array;
  answerAt: Int32Array;
}

/** The poster: a uniformly chosen node that has at least one link and is not a hub (node 0 if none has). */
export function choosePoster(graph: Graph, random: Random, hubs?: Int32Array): number {
  return choosePosters(graph, random, 1, hubs)[0] ?? -1;
}

/**
 * `count` distinct posters, drawn uniformly from the nodes that have at least one link and are not hubs (a partial
 * Fisher–Yates shuffle of them, in node order, so the first draw is the same as choosePoster's). Fewer when
 * fewer such nodes exist; node 0 alone if there are none (and n > 0).
 */
export function choosePosters(graph: Graph, random: Random, count: number, hubs?: Int32Array): Int32Array {
  const { n, offsets } = graph;
  const wanted = Math.max(0, Math.floor(count));
  if (n === 0 || wanted === 0) return new Int32Array(0);
  const isHub = new Uint8Array(n);
  if (hubs) for (const h of hubs) if (h >= 0 && h < n) isHub[h] = 1;
  const candidates = new Int32Array(n);
  let m = 0;
  for (let v = 0; v < n; v++) if (!isHub[v] && offsets[v + 1] > offsets[v]) candidates[m++] = v;
  if (m === 0) return Int32Array.of(0);
  const k = Math.min(wanted, m);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (m - i));
    const picked = candidates[j];
    candidates[j] = candidates[i];
    candidates[i] = picked;
  }
  return candidates.slice(0, k);
}

export function createCascade(
  graph: Graph & { hubs?: Int32Array },
  params: CascadeDynamicsParams,
  random: Random,
  options: CascadeOptions = {},
): Cascade {
  const { n } = graph;
  const hubs = graph.hubs ?? new Int32Array(0);
  const seeds = options.answerSeeds ?? hubs;
  const campaign = hubs.subarray(0, Math.min(hubs.length, wholeOr(params.campaignHubs, 0)));
  const people =
    options.posters ??
    (options.poster !== undefined
      ? Int32Array.of(options.poster)
      : choosePosters(graph, random, wholeOr(params.posters, 1), graph.hubs));
  const posters = startersOf(people, campaign, n);
  const poster = posters[0] ?? -1;
  const via: AnswerVia = params.answerVia ?? 'hubs';
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
  // The hubs the media pickup concerns: every hub that did not start the complaint.
  const pickupHubs = hubs.subarray(campaign.length);
  const pickupDay =
    params.pickupDay === null ||
    params.pickupDay === undefined ||
    !(params.pickupDay >= 0) ||
    pickupHubs.length === 0
      ? -1
      : Math.floor(params.pickupDay);
  // Until the pickup, those hubs cannot hear the complaint.
  let held: Uint8Array | null = null;
  if (pickupDay > 0) {
    held = new Uint8Array(n);
    for (const h of pickupHubs) if (h >= 0 && h < n) held[h] = 1;
  }
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
    for (const p of posters) hearAnswer(p);
    if (via === 'hubs') {
      for (const s of seeds) if (s >= 0 && s < n) hearAnswer(s);
    } else if (via === 'hearers') {
      // Published where the complaint was seen: each other person who has heard it sees the answer with chance βr.
      for (let v = 0; v < n; v++) if (nodeState[v] === COMPLAINT && random() < betaR) hearAnswer(v);
    }
  }

  /** The media pickup: every pickup hub that has heard nothing hears the complaint now. */
  function pickUp(): void {
    held = null;
    for (const h of pickupHubs) if (h >= 0 && h < n && nodeState[h] === UNAWARE) hearComplaint(h);
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
    const pickupPending = t < pickupDay;
    return (
      t >= maxDays || (complaintNowLength === 0 && answerNowLength === 0 && !answerPending && !pickupPending)
    );
  }

  // Day 0: the complaint is posted (and, with an immediate answer, answered).
  for (const p of posters) if (nodeState[p] === UNAWARE) hearComplaint(p);
  if (pickupDay === 0) pickUp();
  if (params.respond && responseDay === 0) seedAnswer();
  swapFrontiers();
  done = finished();

  function step(): boolean {
    if (done) return false;
    t++;
    const complaintChance = params.respond && t > responseDay ? calmedBetaC : betaC;
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
      // Day 1's frontier is the day-0 posts, which always go out, even if the answer reached them on day 0.
      t === 1,
      held,
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
      via !== 'hearers',
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
    // A reply's readers do not pass it on: only the seeds, its authors' posts, do.
    if (via !== 'reply') answerNextLength = answered;
    if (t === pickupDay) pickUp();
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
    posters,
    nodeState,
    changedAt,
    complaintAt,
    answerAt,
  };
}

/** A whole number ≥ 0 from an optional parameter. */
function wholeOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}

/** The day-0 posters: the people, then the campaign hubs, each once and each a node of the graph. */
function startersOf(people: Int32Array, campaign: Int32Array, n: number): Int32Array {
  const starters = new Int32Array(people.length + campaign.length);
  let count = 0;
  for (const list of [people, campaign]) {
    for (const v of list) {
      if (v < 0 || v >= n) continue;
      let seen = false;
      for (let i = 0; i < count; i++) if (starters[i] === v) seen = true;
      if (!seen) starters[count++] = v;
    }
  }
  return starters.slice(0, count);
}

/**
 * One day of the complaint: every node in the frontier still in state COMPLAINT (every node, on the first day)
 * tries each neighbour with probability `chance`; unaware neighbours hear it, unless `held` marks them (hubs
 * waiting for the media pickup). Returns the new length of `next`.
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
  firstDay: boolean,
  held: Uint8Array | null,
): number {
  if (!(chance > 0)) return nextLength;
  const { offsets, neighbors } = graph;
  const certain = chance >= 1;
  const perLog = certain ? 0 : 1 / Math.log(1 - chance);
  let count = nextLength;
  for (let f = 0; f < length; f++) {
    const u = frontier[f];
    if (state[u] !== COMPLAINT && !firstDay) continue;
    const end = offsets[u + 1];
    let i = offsets[u] + (certain ? 0 : Math.floor(Math.log(1 - random()) * perLog));
    while (i < end) {
      const v = neighbors[i];
      if (state[v] === UNAWARE && (held === null || held[v] === 0)) {
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
 * neighbours move to ANSWER (only when `toUnaware`), complaint-only neighbours to COMPLAINT_THEN_ANSWER. Returns
 * the new length of `next`.
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
  toUnaware: boolean,
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
      if (s === COMPLAINT || (s === UNAWARE && toUnaware)) {
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
    posters: cascade.posters,
    counts: { ...cascade.counts },
    history,
    nodeState: cascade.nodeState,
    changedAt: cascade.changedAt,
    complaintAt: cascade.complaintAt,
    answerAt: cascade.answerAt,
  };
}
