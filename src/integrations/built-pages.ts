/** The built site's pages, for the steps that rewrite them after the build: where they are and their base path. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The site's base path (`config.base`) with its trailing slash, ready to put a file name after. */
export const baseWithSlash = (base: string): string => (base.endsWith('/') ? base : `${base}/`);

/** Every .html file under the output folder. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}
