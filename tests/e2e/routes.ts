import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of the built site, as a URL path ("/cases/united-breaks-guitars/"). */
export function builtRoutes(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        out.push('/' + rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(dist);
  return out.sort();
}
