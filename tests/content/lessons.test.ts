import { describe, expect, it } from 'vitest';
import { caseSchema, exerciseSchema } from '../../src/content/schemas';
import { computeMetric } from '../../src/lib/metrics';
import { models } from '../../src/models/index';
import { readCollection } from './load';

const cases = readCollection('cases');
const exercises = readCollection('exercises');

/** Paragraphs of a lesson body, with <Disputed> blocks kept whole (a disputed claim inside one is shown as disputed). */
function paragraphs(body: string): string[] {
  const blocks: string[] = [];
  const withoutDisputed = body.replace(/<Disputed[\s\S]*?<\/Disputed>/g, (block) => {
    blocks.push(`${block} disputed`);
    return '';
  });
  // Headings name a topic; they state nothing, so they are not checked.
  return [...blocks, ...withoutDisputed.split(/\n\s*\n/).filter((p) => !/^\s*#/.test(p))];
}

/**
 * Figures the fact sheet marks disputed (⚠) or unverified (✖), and the words that must stand beside them
 * in the same paragraph so a reader never takes them as settled.
 */
const guarded: { figure: RegExp; context: RegExp; why: string }[] = [
  {
    figure: /\$180 ?million/i,
    context: /disput|claim|evidence|unverified|not (been )?(checked|verified)|no .*series|rebut|leap/i,
    why: 'the $180 million claim is disputed (A17, A34)',
  },
  {
    figure: /73 ?million/i,
    context: /unverified|no source|not .*(verified|supported)|drift|decimal/i,
    why: '"73 million views" is unverified',
  },
  {
    figure: /\$10 ?M\b|\$10 million/i,
    context: /unverified|not (be )?verified|no source/i,
    why: 'the Kryptonite "$10M cost" is unverified',
  },
  {
    figure: /\$1,200 in (flight )?vouchers/i,
    context: /unverified|not verified|HBS|Harvard|offer|blog/i,
    why: 'the vouchers story is not verified from a primary source',
  },
  {
    figure: /\b(41,000|25,000) (ratings|comments)|70,000 articles/i,
    context: /unverified|not .*verified|no source/i,
    why: 'the seed essay counts are unverified',
  },
];

describe('lessons never state a disputed or unverified figure as fact', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const problems: string[] = [];
    for (const p of paragraphs(c.body)) {
      for (const g of guarded) {
        if (g.figure.test(p) && !g.context.test(p))
          problems.push(`${c.file}: “${p.trim().slice(0, 120)}…” — ${g.why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the guard is not vacuous: the flagship discusses the $180 million claim', () => {
    const flagship = cases.find((c) => c.id === 'united-breaks-guitars')!;
    expect(guarded[0].figure.test(flagship.body)).toBe(true);
  });
});

describe('every source a case lists has a publication and a date', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const data = caseSchema.parse(c.data);
    for (const s of data.sources) {
      expect(s.publication.length, `${c.file}: ${s.id}`).toBeGreaterThan(0);
      expect(s.date, `${c.file}: ${s.id}`).toMatch(/^\d{4}/);
    }
  });
});

describe('every exercise works with its model', () => {
  it.each(exercises.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const d = exerciseSchema.parse(e.data);
    const model = models[d.model];
    expect(Object.keys(model.presets), `${e.file}: preset`).toContain(d.preset);
    const ids = model.spec.map((p) => p.id);
    for (const l of d.lock) expect(ids, `${e.file}: lock ${l}`).toContain(l);
    expect(d.questions.length, `${e.file}: questions`).toBeGreaterThan(0);
    for (const q of d.questions) {
      const answer = computeMetric(q.metric, d.model, d.preset);
      expect(Number.isFinite(answer.value), `${e.file}: ${q.id}`).toBe(true);
    }
  });

  it('every case has at least two exercises and a guide', () => {
    const guides = new Set(readCollection('guides').map((g) => g.id));
    for (const c of cases) {
      expect(
        exercises.filter((e) => (e.data as { case: string }).case === c.id).length,
        c.id,
      ).toBeGreaterThanOrEqual(2);
      expect(guides.has(c.id), `${c.id} guide`).toBe(true);
    }
  });
});

describe('every simulation a lesson embeds is valid', () => {
  it('names a model, a preset of that model and parameters within range', () => {
    const problems: string[] = [];
    let count = 0;
    for (const c of cases) {
      for (const m of c.body.matchAll(/<Simulation\s+model="([^"]+)"[^>]*?preset="([^"]+)"/g)) {
        count++;
        const model = models[m[1] as keyof typeof models];
        if (!model) problems.push(`${c.file}: model ${m[1]}`);
        else if (!model.presets[m[2]]) problems.push(`${c.file}: ${m[1]} preset ${m[2]}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(cases.length);
    expect(problems).toEqual([]);
  });
});
