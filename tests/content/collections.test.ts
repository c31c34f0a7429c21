import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { caseSchema, dataSchema, exerciseSchema, guideSchema, topicSchema } from '../../src/content/schemas';
import { readCollection } from './load';

const cases = readCollection('cases');
const exercises = readCollection('exercises');
const guides = readCollection('guides');
const data = readCollection('data');

/** Zod's issues as "file: path.to.field: message" lines, so a failure points at the fix. */
function problems(
  file: string,
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
) {
  return result.success
    ? []
    : (result.error?.issues ?? []).map((i) => `${file}: ${i.path.join('.')}: ${i.message}`);
}

describe('every content entry matches its schema', () => {
  it.each([
    ['cases', cases, caseSchema],
    ['exercises', exercises, exerciseSchema],
    ['guides', guides, guideSchema],
    ['data', data, dataSchema],
  ] as const)('%s', (_name, entries, schema) => {
    expect(entries.length).toBeGreaterThan(0);
    const found = entries.flatMap((e) => problems(e.file, schema.safeParse(e.data)));
    expect(found).toEqual([]);
  });
});

describe('references between entries resolve', () => {
  const caseIds = new Set(cases.map((c) => c.id));
  const sourcesOf = new Map(
    cases.map((c) => [c.id, new Set(caseSchema.parse(c.data).sources.map((s) => s.id))]),
  );

  it('every <Cite> in a lesson names a source in its own frontmatter', () => {
    const missing: string[] = [];
    let count = 0;
    for (const c of cases) {
      for (const match of c.body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)) {
        for (const key of match[1].split(/[\s,]+/).filter(Boolean)) {
          count++;
          if (!sourcesOf.get(c.id)!.has(key)) missing.push(`${c.file}: <Cite id="${key}">`);
        }
      }
    }
    expect(count).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('every exercise, guide and data series belongs to an existing case', () => {
    const orphans = [...exercises, ...guides, ...data]
      .map((e) => ({ file: e.file, case: (e.data as { case: string }).case }))
      .filter((e) => !caseIds.has(e.case))
      .map((e) => `${e.file}: case "${e.case}"`);
    expect(orphans).toEqual([]);
  });

  it("every observed data point's source is listed by its case", () => {
    const missing = data.flatMap((d) => {
      const series = dataSchema.parse(d.data);
      const known = sourcesOf.get(series.case) ?? new Set<string>();
      return series.points
        .filter((p) => !known.has(p.source))
        .map((p) => `${d.file}: ${p.date} source ${p.source}`);
    });
    expect(missing).toEqual([]);
  });

  it('every tag a case carries has a topic title and description in content/topics.yaml', () => {
    const topics = parse(readFileSync('content/topics.yaml', 'utf8')) as { id: string }[];
    const written = new Map(topics.map((t) => [t.id, topicSchema.parse(t)]));
    const untitled = cases.flatMap((c) =>
      caseSchema
        .parse(c.data)
        .tags.filter((tag) => !written.has(tag))
        .map((tag) => `${c.file}: tag "${tag}"`),
    );
    expect(untitled).toEqual([]);
  });

  it('every exercise a guide recommends exists', () => {
    const exerciseIds = new Set(exercises.map((e) => e.id));
    const missing = guides.flatMap((g) =>
      guideSchema
        .parse(g.data)
        .exercises.filter((id) => !exerciseIds.has(id))
        .map((id) => `${g.file}: exercise "${id}"`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the schemas reject what a careless edit would introduce', () => {
  // The flagship: its source list is known to include A1.
  const good = cases.find((c) => c.id === 'united-breaks-guitars')!.data as Record<string, unknown>;

  it('a figure marked disputed without a note', () => {
    const figures = [
      { label: 'x', value: 1, sources: [(good.sources as { id: string }[])[0].id], certainty: 'disputed' },
    ];
    expect(problems('f', caseSchema.safeParse({ ...good, keyFigures: figures }))).toEqual([
      'f: keyFigures.0.note: a disputed figure needs a note saying why',
    ]);
  });

  it('a timeline event citing a source the case does not list', () => {
    const timeline = [{ date: '2009-07-06', event: 'x', sources: ['Z9'] }];
    expect(problems('f', caseSchema.safeParse({ ...good, timeline }))).toEqual([
      'f: timeline.0.sources: source "Z9" is not in this case\'s sources',
    ]);
  });

  it('a date that is not ISO', () => {
    expect(
      problems(
        'f',
        caseSchema.safeParse({ ...good, timeline: [{ date: '6 July 2009', event: 'x', sources: ['A1'] }] }),
      ),
    ).toEqual(['f: timeline.0.date: use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  it('an exercise question whose unit is not a unit id (the id decides how answers are read)', () => {
    const exercise = exercises.find((e) => e.id === 'ubg-response-time')!.data as { questions: object[] };
    const questions = [{ ...exercise.questions[0], unit: 'percent' }];
    const found = problems('f', exerciseSchema.safeParse({ ...exercise, questions }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^f: questions\.0\.unit: use one of people, .*share, USD, times.*, or leave it out$/,
    );
  });
});
