/**
 * What a stored item holds besides what this version reads (unknown fields, fields of another type, keys inside
 * a field that it does not write), so My work can show all of it. Apart from ./work-record.ts because only My
 * work needs it. Pure.
 */
import { extraKeys, isRecord, isSavedAnswer, known, readable, type RawRecord } from './work-record';

/** A saved value this version does not read, shown as it is: where it sits in the item, and the value. */
export interface OtherField {
  path: string[];
  value: unknown;
}

/** Everything in a stored item that its typed view (readItem) leaves out, in the order it is stored. */
export function otherFields(value: unknown): OtherField[] {
  if (!isRecord(value)) return [];
  const other: OtherField[] = [];
  const extras = (path: string[], v: RawRecord, keys: readonly string[]) => {
    for (const k of extraKeys(v, keys)) other.push({ path: [...path, k], value: v[k] });
  };
  for (const [key, v] of Object.entries(value)) {
    if (!readable(key, v)) other.push({ path: [key], value: v });
    else if (key === 'prediction' || key === 'reflection') extras([key], v as RawRecord, known.text);
    else if (key === 'run') extras([key], v as RawRecord, known.run);
    else if (key === 'answers') {
      for (const [id, a] of Object.entries(v as RawRecord)) {
        if (!isSavedAnswer(a)) other.push({ path: ['answers', id], value: a });
        else extras(['answers', id], a, known.answer);
      }
    }
  }
  return other;
}
