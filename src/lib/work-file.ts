/**
 * The work file: everything saved in this browser as one JSON file, made by My work's download and by the
 * download a page offers when it cannot save. The saved record goes in exactly as it is stored (fields this
 * version does not read included), and everything kept aside goes in `unreadable`, so importing the file
 * elsewhere brings all of it back.
 */
import type { RawRecord } from './work-record';
import type { Unreadable } from './storage';

export const EXPORT_FORMAT = 'word-of-mouth-work';
export const EXPORT_VERSION = 1;

export interface WorkExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The saved record as it is stored (a readable one; an unreadable record is in `unreadable`). */
  work: RawRecord;
  unreadable: Unreadable[];
}

/** `work` is a saved-work record as stored (typed work is one too). */
export function buildExport(work: object, unreadable: Unreadable[], now: Date): WorkExport {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    work: work as RawRecord,
    unreadable: unreadable.map(({ key, raw }) => ({ key, raw })),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `my-work-2026-11-24.json`, by the student's own calendar. */
export function exportFileName(now: Date): string {
  return `my-work-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
