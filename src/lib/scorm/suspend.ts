/**
 * A student's work on an assignment, packed into cmi.suspend_data so the LMS keeps it across devices and
 * sessions. The LMS allows 4,096 characters in SCORM 1.2 and 64,000 in 2004: the work is written as compact
 * JSON (no dates, short keys) when that fits in plain ASCII, else deflated and base64-encoded, and if even
 * that is too long the longest texts are shortened until it fits (the caller tells the student). Reading
 * never throws: anything unreadable is "no saved work".
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ScormVersion } from './api';
import type { SavedAnswer, WorkItem } from '../storage';
import { isParamEntry, isRecord } from '../json-guards';

export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** One step's work, compactly: prediction, reflection, answers [value, right?] and the run. */
interface Packed {
  p?: string;
  r?: string;
  a?: Record<string, [string, 0 | 1 | null]>;
  u?: { m: string; x: Record<string, number | string>; s: number };
}
interface Envelope {
  v: 1;
  s: Record<string, Packed>;
}

const JSON_MARK = 'j';
const ZIP_MARK = 'z';

function pack(item: WorkItem): Packed {
  const out: Packed = {};
  if (item.prediction?.text) out.p = item.prediction.text;
  if (item.reflection?.text) out.r = item.reflection.text;
  const answers = Object.entries(item.answers ?? {});
  if (answers.length) {
    out.a = Object.fromEntries(
      answers.map(([q, a]) => [q, [a.value, a.correct === null ? null : a.correct ? 1 : 0]]),
    );
  }
  if (item.run) out.u = { m: item.run.model, x: item.run.params, s: item.run.seed };
  return out;
}

function unpack(p: unknown, savedAt: string): WorkItem | undefined {
  if (!isRecord(p)) return undefined;
  const r = p;
  const item: WorkItem = {};
  if (typeof r.p === 'string') item.prediction = { text: r.p, savedAt };
  if (typeof r.r === 'string') item.reflection = { text: r.r, savedAt };
  if (isRecord(r.a)) {
    const answers: Record<string, SavedAnswer> = {};
    for (const [q, v] of Object.entries(r.a)) {
      if (!Array.isArray(v) || typeof v[0] !== 'string') continue;
      answers[q] = { value: v[0], correct: v[1] === 1 ? true : v[1] === 0 ? false : null, savedAt };
    }
    Object.defineProperty(item, 'answers', { value: answers, enumerable: true, writable: true });
  }
  const u = r.u as Record<string, unknown> | undefined;
  if (u && typeof u.m === 'string' && typeof u.s === 'number' && typeof u.x === 'object' && u.x) {
    const params = Object.fromEntries(
      // Parsed JSON holds only finite numbers, so this keeps every number and string.
      Object.entries(u.x as Record<string, unknown>).filter(isParamEntry),
    );
    item.run = { model: u.m, params, seed: u.s, savedAt };
  }
  return item;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function serialise(env: Envelope): string {
  const json = JSON.stringify(env);
  const plain = JSON_MARK + json;
  if (isAscii(json)) {
    // Short plain JSON is easier to read in an LMS's reports; deflate only when it saves room.
    const zipped = ZIP_MARK + toBase64(deflateSync(strToU8(json), { level: 9 }));
    return zipped.length < plain.length && plain.length > 1000 ? zipped : plain;
  }
  return ZIP_MARK + toBase64(deflateSync(strToU8(json), { level: 9 }));
}

export interface Encoded {
  data: string;
  /** Some text had to be shortened to fit the LMS's limit. */
  truncated: boolean;
}

/** Packs each step's work (by exercise id) into at most `limit` characters. */
export function encodeSuspend(work: Record<string, WorkItem>, limit: number): Encoded {
  const env: Envelope = { v: 1, s: {} };
  for (const [exercise, item] of Object.entries(work)) {
    Object.defineProperty(env.s, exercise, { value: pack(item), enumerable: true, writable: true });
  }
  let data = serialise(env);
  let truncated = false;
  // Shorten the longest text by a quarter at a time: reflections and predictions are all that can grow.
  for (let round = 0; data.length > limit && round < 200; round++) {
    let longest: { packed: Packed; key: 'p' | 'r' } | undefined;
    for (const packed of Object.values(env.s)) {
      for (const key of ['p', 'r'] as const) {
        if ((packed[key]?.length ?? 0) > (longest ? longest.packed[longest.key]!.length : 0))
          longest = { packed, key };
      }
    }
    if (!longest) break;
    const text = longest.packed[longest.key]!;
    longest.packed[longest.key] = text.length > 8 ? text.slice(0, Math.floor(text.length * 0.75)) + '…' : '';
    truncated = true;
    data = serialise(env);
  }
  // Answers and runs alone never reach the limit (a handful per step); if they did, keep nothing rather
  // than a value the LMS would refuse.
  if (data.length > limit) return { data: '', truncated: true };
  return { data, truncated };
}

/** Reads suspend data back into work items by exercise id; empty when there is none or it is unreadable. */
export function decodeSuspend(data: string, savedAt: string): Record<string, WorkItem> {
  let json: string;
  try {
    if (data.startsWith(JSON_MARK)) json = data.slice(1);
    else if (data.startsWith(ZIP_MARK)) {
      const binary = atob(data.slice(1));
      json = strFromU8(inflateSync(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    } else return {};
    const env: unknown = JSON.parse(json);
    if (!isRecord(env) || env.v !== 1) return {};
    const steps = env.s;
    if (typeof steps !== 'object' || steps === null) return {};
    const out: Record<string, WorkItem> = {};
    for (const [exercise, packed] of Object.entries(steps)) {
      const item = unpack(packed, savedAt);
      if (item) Object.defineProperty(out, exercise, { value: item, enumerable: true, writable: true });
    }
    return out;
  } catch {
    return {};
  }
}
