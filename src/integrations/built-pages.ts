/** The built site's pages: every .html file under the output folder, for the steps that rewrite them. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}
