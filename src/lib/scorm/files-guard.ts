/**
 * The check of /scorm/files.json (./files.ts) that the builder's download runs: apart from files.ts so that only
 * the download's chunk carries it, not the package's launch page, which reads files.ts's constants.
 */
import { isRecord } from '../../models/record';
import type { ScormFiles } from './files';

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
