/**
 * Saved work beside the record: the copies kept aside under their own keys, and the assignment codes the record
 * keeps. Apart from ./storage.ts because only My work, imports and downloads need them.
 */
import { QUARANTINE_PREFIX, type StorageLike, type Unreadable } from './storage';
import { isRecord, own, type RawRecord } from './work-record';

/** The assignment codes the record keeps, by id (only text values). */
export function assignmentCodes(record: RawRecord | null): Map<string, string> {
  const out = new Map<string, string>();
  const codes = own(record, 'assignments');
  if (isRecord(codes))
    for (const [id, code] of Object.entries(codes)) if (typeof code === 'string') out.set(id, code);
  return out;
}

/** Raw copies of unreadable data that were kept aside, newest first. */
export function quarantined(store: StorageLike): Unreadable[] {
  const out: Unreadable[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX)) out.push({ key, raw: store.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}
