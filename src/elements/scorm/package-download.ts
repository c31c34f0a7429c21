/**
 * The builder's "Download SCORM package": fetches, from this site's own origin, the package copies of the
 * launch page and of the chosen exercise pages and the assets they need (listed in /scorm/files.json, written
 * at build time by src/integrations/scorm-files.ts), fills the assignment and the SCORM version into the
 * launch page, writes imsmanifest.xml and zips it all with fflate, in the browser. Loaded only on use.
 */
import { zipSync, strToU8 } from 'fflate';
import { downloadBlob } from '../download';
import { scorm } from '../../strings/scorm';
import { assignmentId, decodeAssignment } from '../../lib/assignment';
import type { ScormVersion } from '../../lib/scorm/api';
import { buildManifest, LAUNCH } from '../../lib/scorm/manifest';
import { FILES_JSON, NONE } from '../../lib/scorm/files';
import { isScormFiles } from '../../lib/scorm/files-guard';

export interface BuiltPackage {
  zip: Uint8Array;
  files: number;
  title: string;
}

/** Escapes text for an HTML attribute or element (the assignment title goes in <title>). */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function buildPackage(base: string, code: string, version: ScormVersion): Promise<BuiltPackage> {
  const decoded = decodeAssignment(code);
  if (!decoded.ok) throw new Error(decoded.reason);
  const { assignment } = decoded;
  const get = async (path: string) => {
    const response = await fetch(base + path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const list: unknown = JSON.parse(new TextDecoder().decode(await get(FILES_JSON)));
  if (!isScormFiles(list)) throw new Error(`${FILES_JSON}: not a file list this version reads`);

  const entries: Record<string, Uint8Array> = {};
  const assets = new Set(list.launch.files);
  const pages: [string, string][] = [];
  for (const item of assignment.items) {
    const page = Object.hasOwn(list.exercises, item.exercise) ? list.exercises[item.exercise] : undefined;
    if (!page) continue;
    pages.push([`exercises/${item.exercise}/index.html`, page.src]);
    for (const f of page.files) assets.add(f);
  }
  const fetched = await Promise.all([
    ...pages.map(async ([path, src]) => [path, await get(src)] as const),
    ...[...assets].map(async (path) => {
      const src = Object.hasOwn(list.copies, path) ? list.copies[path] : path;
      return [path, await get(src)] as const;
    }),
  ]);
  for (const [path, bytes] of fetched) entries[path] = bytes;

  // The launch page carries the assignment (base64url: safe in an attribute) and the version it speaks.
  const page = new TextDecoder().decode(await get(list.launch.src));
  const slots = [`data-assignment="${NONE}"`, `data-version="${NONE}"`];
  if (!slots.every((s) => page.includes(s)))
    throw new Error(`${list.launch.src}: no place for the assignment`);
  const launch = page
    .replace(slots[0], `data-assignment="${code}"`)
    .replace(slots[1], `data-version="${version}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(assignment.title)}</title>`);
  entries[LAUNCH] = strToU8(launch);

  const files = Object.keys(entries).sort();
  entries['imsmanifest.xml'] = strToU8(
    buildManifest(version, { identifier: `wom-${assignmentId(code)}`, title: assignment.title, files }),
  );
  // Sync on purpose: fflate's async zip starts workers from blob: URLs, which the site's CSP refuses.
  const zip = zipSync(entries, { level: 6, mtime: new Date() });
  return { zip, files: files.length + 1, title: assignment.title };
}

/** The builder's button: makes the package for the assignment in this page's address and saves it. */
export async function downloadPackage(base: string, version: ScormVersion, status: HTMLElement) {
  const code = new URLSearchParams(location.search).get('a');
  if (!code) {
    status.textContent = scorm.download.noAssignment;
    return;
  }
  status.textContent = scorm.download.working;
  try {
    const built = await buildPackage(base, code, version);
    downloadBlob(
      new Blob([built.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      scorm.download.fileName(built.title, version),
    );
    status.textContent = scorm.download.done(Math.round(built.zip.length / 1024), built.files);
  } catch (error) {
    status.textContent = scorm.download.failed(error instanceof Error ? error.message : String(error));
  }
}
