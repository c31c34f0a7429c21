import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

export interface ContentFile {
  id: string;
  file: string;
  data: unknown;
  body: string;
}

/**
 * Reads a content folder straight from disk (getCollection() returns nothing inside vitest on a fresh
 * clone, see shared notes/toolchain.md), so content tests see exactly what the build will load.
 */
export function readCollection(folder: string): ContentFile[] {
  const dir = join('content', folder);
  return readdirSync(dir)
    .filter((name) => /\.(mdx?|json)$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const text = readFileSync(file, 'utf8');
      const id = name.replace(/\.(mdx?|json)$/, '');
      if (name.endsWith('.json')) return { id, file, data: JSON.parse(text) as unknown, body: '' };
      const { frontmatter, content } = parseFrontmatter(text);
      return { id, file, data: frontmatter, body: content };
    });
}
