import { describe, expect, it } from 'vitest';
import { unitIds } from '../../src/content/schemas';
import { metrics } from '../../src/lib/metrics';
import { formatAnswer, parseAnswer } from '../../src/lib/answers';
import { modelIds, models } from '../../src/models/index';
import type { ModelDefinition } from '../../src/models/types';
import { countWithUnit, labelSaysUnit, modelText, unitWord } from '../../src/strings/models/common';

/**
 * Units are ids in code and content and words only on screen (src/strings/models/common.ts), so a
 * translation of the words cannot change how a number is read or shown.
 */
const isUnit = (u: string) => u === '' || unitIds.includes(u);

describe('unit ids', () => {
  it.each(modelIds)('%s gives every parameter and series a unit id, not a word', (id) => {
    // The union of models makes run and toSeries uncallable together; each model's own pair is consistent.
    const model = models[id] as unknown as ModelDefinition;
    for (const p of model.spec) if (p.kind === 'number') expect(p.unit, p.id).toSatisfy(isUnit);
    const params = model.defaults();
    const view = model.toSeries(model.run(params, 1), params);
    expect(view.xUnit).toSatisfy(isUnit);
    for (const s of view.series) expect(s.unit, s.id).toSatisfy(isUnit);
  });

  it('gives every metric a unit id', () => {
    for (const [name, m] of Object.entries(metrics)) expect(m.unit, name).toSatisfy(isUnit);
  });

  it('shows an id as its word, and anything else as it is', () => {
    expect(unitWord('times')).toBe(modelText.units.times);
    expect(unitWord('perPeriod')).toBe('per period');
    expect(unitWord('views of the video')).toBe('views of the video');
    expect(unitWord('constructor')).toBe('constructor');
    expect(unitWord('')).toBe('');
  });

  it('writes a count with its unit, singular after one ("1 people" and "1 days" were shown)', () => {
    expect(countWithUnit('1', 'people')).toBe('1 person');
    expect(countWithUnit('1', 'days')).toBe('1 day');
    expect(countWithUnit('2', 'days')).toBe('2 days');
    expect(countWithUnit('1.5', 'days')).toBe('1.5 days');
    expect(countWithUnit('12,400', 'people')).toBe('12,400 people');
    expect(countWithUnit('1', 'perPeriod')).toBe('1 per period');
    expect(countWithUnit('7', '')).toBe('7');
    // Every singular belongs to a unit id.
    for (const id of Object.keys(modelText.unitsOfOne)) expect(Object.keys(modelText.units)).toContain(id);
  });

  it('knows when a label already says its unit, so it is not repeated in brackets', () => {
    expect(labelSaysUnit('People each happy teller tells', 'people')).toBe(true);
    expect(labelSaysUnit('Share of hearers who retell it', 'share')).toBe(true);
    expect(labelSaysUnit('Population', 'people')).toBe(false);
    expect(labelSaysUnit('Ratio', 'times')).toBe(false);
    // A singular says it too ("Day (days)" was shown), and so does a unit of the label's own in brackets
    // ("Adopted so far (views) (people)" was shown); a word that merely contains the singular does not.
    expect(labelSaysUnit('Day', 'days')).toBe(true);
    expect(labelSaysUnit('Day of the answer', 'days')).toBe(true);
    expect(labelSaysUnit('Adopted so far (views)', 'people')).toBe(true);
    expect(labelSaysUnit('Holiday budget', 'days')).toBe(false);
  });

  it('reads and shows shares, dollars and ratios by id', () => {
    expect(parseAnswer('40', 'share')).toBe(0.4);
    expect(formatAnswer(0.4, 'share')).toBe('40%');
    expect(formatAnswer(1200, 'USD')).toBe('$1,200');
    expect(formatAnswer(3, 'times')).toBe('3×');
    expect(formatAnswer(12_400, 'people')).toBe('12,400 people');
    expect(formatAnswer(2.5, 'perPeriod')).toBe('2.5 per period');
  });
});
