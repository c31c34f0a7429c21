/**
 * The explanation of each model's mathematics, written in MDX (with KaTeX, rendered at build time) in
 * content/models/<model-id>.mdx, for the sandbox pages.
 */
import type { MDXInstance } from 'astro';
import type { ModelId } from '../models/types';

const docs = import.meta.glob<MDXInstance<Record<string, unknown>>>('../../content/models/*.mdx', {
  eager: true,
});

export function modelDoc(id: ModelId): MDXInstance<Record<string, unknown>> {
  const doc = docs[`../../content/models/${id}.mdx`];
  if (!doc) throw new Error(`content/models/${id}.mdx is missing: every model needs its explanation`);
  return doc;
}
