/**
 * Topics link cases that teach the same thing. A topic is a tag used in case frontmatter; the tags in
 * content/topics.yaml have a title and a sentence saying why they matter, any other tag still gets a page
 * with its cases and a title made from the tag itself.
 */
import { getCollection } from 'astro:content';

export interface TopicText {
  title: string;
  description: string;
}

/** The written topics, by tag. */
export async function getTopicTexts(): Promise<ReadonlyMap<string, TopicText>> {
  const entries = await getCollection('topics');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

export function topicTitle(tag: string, texts: ReadonlyMap<string, TopicText>): string {
  return texts.get(tag)?.title ?? tag.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
