import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  caseSchema,
  dataSchema,
  exerciseSchema,
  glossarySchema,
  guideSchema,
  topicSchema,
} from './content/schemas';

// Content lives in a top-level content/ folder (DESIGN.md), one collection per sub-folder.
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema,
});

const exercises = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/exercises' }),
  schema: exerciseSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content/guides' }),
  schema: guideSchema,
});

const data = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/data' }),
  schema: dataSchema,
});

// Words that are content but not lessons: glossary definitions and topic blurbs, one YAML file each.
const glossary = defineCollection({ loader: file('./content/glossary.yaml'), schema: glossarySchema });
const topics = defineCollection({ loader: file('./content/topics.yaml'), schema: topicSchema });

export const collections = { cases, exercises, guides, data, glossary, topics };
