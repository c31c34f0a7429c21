/**
 * Frontmatter schemas for the four content collections (cases, exercises, guides, data).
 *
 * Kept apart from src/content.config.ts so tests and scripts can validate an entry without Astro's
 * runtime. A bad entry fails `astro check` and `astro build` with the file and the field named.
 */
import { z } from 'astro/zod';
import { modelIds } from '../models/registry';
import { modelText } from '../strings/models/common';

/**
 * A question's unit: one of the unit ids of src/strings/models/common.ts, or '' for a bare number. The id
 * decides how answers are read and shown (a share as a percentage), so a misspelt one is an error.
 */
export const unitIds = Object.keys(modelText.units);
const unitId = z.string().refine((u) => u === '' || unitIds.includes(u), {
  message: `use one of ${unitIds.join(', ')}, or leave it out`,
});

/**
 * An ISO date at the precision a source gives it: 2009, 2009-07 or 2009-07-08. YAML reads 2009-07-08 as a
 * Date and 2009 as a number, so both are turned back into the string the author wrote.
 */
export const partialDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z
    .string()
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    ),
);

/**
 * When a source appeared: a partial ISO date, or for a source that can only be dated to a span of years (the
 * fact sheet dates some repetitions only as a group), the span written "2009/2012" (ISO 8601's interval form).
 */
export const sourceDate = z.union([
  partialDate,
  z
    .string()
    .regex(/^\d{4}\/\d{4}$/, 'use an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) or a span of years, YYYY/YYYY'),
]);

/** A source's date as a reader sees it: a span of years with an en dash ("2009–2012"). */
export function sourceDateText(date: string): string {
  return date.replace('/', '–');
}

/** A key into the case's own source list, e.g. "A6" (the keys of shared/research/facts.md). */
export const sourceKey = z.string().regex(/^[A-Z]\d{1,3}[a-z]?$/, 'use a source key such as A6 or C12');

export const source = z.object({
  id: sourceKey,
  /** Who published it: "CBC News", "Harvard Business School". */
  publication: z.string().min(1),
  title: z.string().min(1).optional(),
  date: sourceDate,
  url: z.url().optional(),
  /** Why this source is weak or how it was read (e.g. "as quoted by Consumerist"). */
  note: z.string().optional(),
});

/** How far a figure can be trusted: sourced, reported differently by sources, or not verified. */
export const certainty = z.enum(['sourced', 'disputed', 'unverified']);

export const keyFigure = z.object({
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().default(''),
  /** How to show it when the bare number misleads, e.g. "about 1,200" or "4.6 million". */
  display: z.string().optional(),
  sources: z.array(sourceKey).min(1),
  certainty: certainty.default('sourced'),
  /** Required in words when certainty is not "sourced": what the dispute is. */
  note: z.string().optional(),
});

export const timelineEvent = z.object({
  date: partialDate,
  event: z.string().min(1),
  sources: z.array(sourceKey).min(1),
});

export const outcome = z.enum(['negative', 'positive', 'mixed']);
export const channel = z.enum(['video', 'blog', 'forum', 'social', 'audio', 'press', 'letter']);

export const caseSchema = z
  .object({
    title: z.string().min(1),
    /** One or two sentences for cards, meta descriptions and the RSS feed. */
    summary: z.string().min(20).max(320),
    company: z.string().min(1),
    year: z.number().int().min(1950).max(2100),
    industry: z.string().min(1),
    channels: z.array(channel).min(1),
    outcome,
    /** Days from the story going public to the company's first public answer. */
    response: z.object({
      delayDays: z.number().min(0),
      description: z.string().min(1),
      sources: z.array(sourceKey).min(1),
    }),
    /** The case's best measured reach, for views across cases; absent when no figure is sourced. */
    reach: z
      .object({
        value: z.number().positive(),
        unit: z.string().min(1),
        label: z.string().min(1),
        sources: z.array(sourceKey).min(1),
      })
      .optional(),
    /** The story's own media (the song, the video): linked out from the lesson's opening, never embedded. */
    watch: z.object({ label: z.string().min(1), url: z.url() }).optional(),
    keyFigures: z.array(keyFigure).default([]),
    timeline: z.array(timelineEvent).min(1),
    objectives: z.array(z.string().min(1)).min(1),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower-case-with-hyphens')).default([]),
    /** Minutes a student needs, simulations included. */
    minutes: z.number().int().positive(),
    flagship: z.boolean().default(false),
    sources: z.array(source).min(1),
  })
  .superRefine((data, ctx) => {
    const known = new Set(data.sources.map((s) => s.id));
    const check = (keys: string[], path: (string | number)[]) => {
      for (const key of keys) {
        if (!known.has(key)) {
          ctx.addIssue({ code: 'custom', path, message: `source "${key}" is not in this case's sources` });
        }
      }
    };
    check(data.response.sources, ['response', 'sources']);
    if (data.reach) check(data.reach.sources, ['reach', 'sources']);
    data.keyFigures.forEach((f, i) => {
      check(f.sources, ['keyFigures', i, 'sources']);
      if (f.certainty !== 'sourced' && !f.note) {
        ctx.addIssue({
          code: 'custom',
          path: ['keyFigures', i, 'note'],
          message: `a ${f.certainty} figure needs a note saying why`,
        });
      }
    });
    data.timeline.forEach((e, i) => check(e.sources, ['timeline', i, 'sources']));
    const ids = data.sources.map((s) => s.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `source "${duplicate}" is listed twice` });
  });

/** A model id in frontmatter: one of the given ids (the registry's, for the site: `modelId` below). */
export const modelIdOf = <const I extends readonly [string, ...string[]]>(ids: I) => z.enum(ids);

export const modelId = modelIdOf(modelIds);

export const exerciseQuestion = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: z.string().min(1),
  /**
   * The answer is never typed in: `metric` names a quantity the model computes
   * (see src/lib/metrics.ts); the student's answer is checked against it within `tolerance`.
   */
  metric: z.string().min(1),
  /** Relative tolerance, e.g. 0.1 accepts answers within 10 % of the computed value. */
  tolerance: z.number().min(0).max(1).default(0.1),
  unit: unitId.default(''),
  /** Why the answer is what it is, shown after a check. */
  explanation: z.string().min(1),
});

/** An exercise's frontmatter, for a registry of these model ids (the site's own: exerciseSchema below). */
export const exerciseSchemaOf = <const I extends readonly [string, ...string[]]>(ids: I) =>
  z.object({
    title: z.string().min(1),
    case: z.string().regex(/^[a-z0-9-]+$/),
    model: modelIdOf(ids),
    preset: z.string().min(1),
    /** Parameters fixed for the student; the rest stay movable. */
    lock: z.array(z.string()).default([]),
    difficulty: z.enum(['introductory', 'intermediate', 'advanced']),
    minutes: z.number().int().positive(),
    skills: z.array(z.string().min(1)).min(1),
    prompt: z.string().min(1),
    predict: z.string().min(1),
    questions: z.array(exerciseQuestion).default([]),
    hints: z.array(z.string().min(1)).default([]),
    instructorNotes: z.string().default(''),
  });

export const exerciseSchema = exerciseSchemaOf(modelIds);

export const guideSchema = z.object({
  title: z.string().min(1),
  case: z.string().regex(/^[a-z0-9-]+$/),
  objectives: z.array(z.string().min(1)).min(1),
  plans: z
    .array(
      z.object({
        minutes: z.number().int().positive(),
        steps: z
          .array(z.object({ minutes: z.number().int().positive(), activity: z.string().min(1) }))
          .min(1),
      }),
    )
    .min(1),
  questions: z.array(z.object({ question: z.string().min(1), modelAnswer: z.string().min(1) })).default([]),
  misconceptions: z.array(z.object({ claim: z.string().min(1), correction: z.string().min(1) })).default([]),
  exercises: z.array(z.string()).default([]),
});

export const dataPoint = z.object({
  date: partialDate,
  /** Days since the series' origin (e.g. the upload), when the source gives a time of day or an interval. */
  day: z.number().min(0),
  value: z.number().min(0),
  source: sourceKey,
  /** "first day", "since Monday": how the source put it. */
  note: z.string().optional(),
  certainty: certainty.default('sourced'),
});

export const dataSchema = z.object({
  title: z.string().min(1),
  case: z.string().regex(/^[a-z0-9-]+$/),
  unit: z.string().min(1),
  /** What day 0 is, e.g. "upload, 6 July 2009, 11:30 pm". */
  origin: z.string().min(1),
  points: z.array(dataPoint).min(1),
});

export type CaseData = z.infer<typeof caseSchema>;
export type ExerciseData = z.infer<typeof exerciseSchema>;
export type GuideData = z.infer<typeof guideSchema>;
export type SeriesData = z.infer<typeof dataSchema>;

/** content/glossary.yaml: one entry per term; the id is the anchor lessons link to (/glossary/#id). */
export const glossarySchema = z.object({
  term: z.string().min(1),
  definition: z.string().min(1),
  /** Where the definition comes from, spelled out (keys of shared/research/facts.md). */
  source: z.string().min(1).optional(),
});

/** content/topics.yaml: a title and a sentence for the case tags that have one; other tags get a plain title. */
export const topicSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
});
