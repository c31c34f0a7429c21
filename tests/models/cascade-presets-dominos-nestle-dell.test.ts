/**
 * The presets for the Domino's, Nestlé and Dell Hell cases (issue 12): each is the setting of its lesson's
 * simulation, its description tells the case and falls back to the plain description when a reader changes what
 * it rests on, and a few seeds show the story each lesson tells (the build checks the lessons' claims over 40).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetDescription } from '../../src/build/model-about';
import { tagsIn } from '../../src/build/mdx-props';
import { cascade } from '../../src/models/index';
import { heardBy, type CascadeParams } from '../../src/models/cascade';

const paramsOf = (preset: string, overrides: Partial<CascadeParams> = {}): CascadeParams => {
  const { params, notices } = cascade.normalize({
    ...cascade.defaults(),
    ...cascade.presets[preset]?.params,
    ...overrides,
  });
  expect(notices).toEqual([]);
  return params;
};

/** Final shares who heard the complaint and the answer, seed by seed. */
const shares = (params: CascadeParams, seeds: number) =>
  Array.from({ length: seeds }, (_, i) => {
    const result = cascade.run(params, i + 1);
    const heard = heardBy(result.run, result.run.days);
    return { complaint: heard.complaint / result.graph.n, answer: heard.answer / result.graph.n };
  });

/** The parameters of a lesson's <Simulation id="…">, normalised. */
const lessonParams = (slug: string, id: string): CascadeParams => {
  const tag = tagsIn(readFileSync(`content/cases/${slug}.mdx`, 'utf8'), 'Simulation').find(
    (t) => t.props.id === id,
  );
  if (!tag) throw new Error(`${slug} has no simulation ${id}`);
  return paramsOf(tag.props.preset as string, (tag.props.params ?? {}) as Partial<CascadeParams>);
};

describe('the case presets are their lessons’ settings', () => {
  it.each([
    ['dominos-2009', 'dominos-answer', 'dominos-2009'],
    ['nestle-greenpeace-2010', 'nestle-takedown', 'nestle-greenpeace-2010'],
    ['dell-hell-2005', 'dell-no-answer', 'dell-hell-2005'],
  ])('%s', (slug, id, preset) => {
    expect(lessonParams(slug, id)).toEqual(paramsOf(preset));
  });
});

describe('their descriptions', () => {
  const describe_ = (preset: string, overrides: Partial<CascadeParams> = {}) =>
    presetDescription('cascade', preset, paramsOf(preset, overrides)) ?? '';

  it('tell each case, with its dates', () => {
    expect(describe_('dominos-2009')).toMatch(
      /^5 people post the complaint on day 0 .*until day 1.*Consumerist.*answers on day 2/,
    );
    expect(describe_('nestle-greenpeace-2010')).toMatch(
      /^A campaigning organisation .* next day.*An organised campaign: 2 broadcast accounts of its own and one person/,
    );
    expect(describe_('dell-hell-2005')).toMatch(
      /^A blog with its own readers \(one broadcast account\) and 10 other customers .*until day 60.*never answers/,
    );
    expect(describe_('dell-hell-2005')).toMatch(/A small-world network .* of 10,000 people/);
  });

  it('fall back to the plain description when the timing they tell is changed', () => {
    expect(describe_('dominos-2009', { responseDay: 7 })).toMatch(
      /^The company waits a week before answering\. \(Domino’s answered two days after/,
    );
    expect(describe_('nestle-greenpeace-2010', { responseDay: 0 })).toMatch(
      /^The company answers on the day the complaint is posted\. \(Nestlé moved the day after/,
    );
    expect(describe_('dell-hell-2005', { respond: 'yes', responseDay: 7 })).toMatch(
      /^The company waits a week before answering\. \(Dell did not answer/,
    );
  });

  it('say where the answer goes when it is not broadcast', () => {
    expect(describe_('dominos-2009', { answerVia: 'hearers' })).toMatch(
      /The answer is published only where the complaint was/,
    );
  });
});

describe('a few seeds tell each lesson’s story', () => {
  it('Domino’s: after the pickup the complaint reaches more people than the answer; before it, fewer', () => {
    for (const s of shares(paramsOf('dominos-2009'), 8)) expect(s.complaint).toBeGreaterThan(s.answer);
    for (const s of shares(paramsOf('dominos-2009', { responseDay: 0 }), 8))
      expect(s.complaint).toBeLessThan(s.answer);
  });

  it('Nestlé: the campaign is not stopped by a real answer, and a takedown leaves it more', () => {
    const answered = shares(paramsOf('nestle-greenpeace-2010'), 8);
    const takedown = shares(paramsOf('nestle-greenpeace-2010', { betaR: 0.01, apology: 0 }), 8);
    answered.forEach((s, i) => {
      expect(s.complaint).toBeGreaterThan(0.2);
      expect(takedown[i].complaint).toBeGreaterThan(s.complaint);
    });
  });

  it('Dell: with no answer the complaint reaches most of the network; a first-week answer leaves it less', () => {
    const silent = shares(paramsOf('dell-hell-2005'), 8);
    const early = shares(paramsOf('dell-hell-2005', { respond: 'yes', responseDay: 7 }), 8);
    silent.forEach((s, i) => {
      expect(s.complaint).toBeGreaterThan(0.5);
      expect(early[i].complaint).toBeLessThan(s.complaint);
    });
  });
});
