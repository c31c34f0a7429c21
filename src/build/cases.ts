import { getCollection, type CollectionEntry } from 'astro:content';

/** All cases, flagship first, then newest first. */
export async function getCases(): Promise<CollectionEntry<'cases'>[]> {
  const cases = await getCollection('cases');
  return cases.sort(
    (a, b) =>
      Number(b.data.flagship) - Number(a.data.flagship) ||
      b.data.year - a.data.year ||
      a.id.localeCompare(b.id),
  );
}
