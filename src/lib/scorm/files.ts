/** /scorm/files.json: what the builder fetches to make a package (written by src/integrations/scorm-files.ts). */
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
