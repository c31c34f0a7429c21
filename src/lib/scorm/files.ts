/** /scorm/files.json: what the builder fetches to make a package (written by src/integrations/scorm-files.ts). */
import { isRecord } from '../../models/record';

export interface ScormFiles {
  version: 1;
  /** The launch page: its package copy (a path under the site's base) and the assets it needs. */
  launch: { src: string; files: string[] };
  /** Each exercise page, by exercise id. */
  exercises: Record<string, { src: string; files: string[] }>;
  /** Assets whose package copy differs from the site's file: package path → copy's path under the base. */
  copies: Record<string, string>;
}

export const FILES_JSON = 'scorm/files.json';

/** The launch page's placeholder for the assignment and the version, which the builder replaces. */
export const NONE = 'none';

/** A page's package copy and the assets it needs. */
const isPage = (v: unknown): v is { src: string; files: string[] } =>
  isRecord(v) &&
  typeof v.src === 'string' &&
  Array.isArray(v.files) &&
  v.files.every((f) => typeof f === 'string');

/**
 * Whether `v` is a file list this version reads. It comes from the same deploy as the builder, but a cached
 * builder page can outlive a deploy: a list of another shape is then said by name instead of making a broken zip.
 */
export function isScormFiles(v: unknown): v is ScormFiles {
  return (
    isRecord(v) &&
    v.version === 1 &&
    isPage(v.launch) &&
    isRecord(v.exercises) &&
    Object.values(v.exercises).every(isPage) &&
    isRecord(v.copies) &&
    Object.values(v.copies).every((c) => typeof c === 'string')
  );
}
