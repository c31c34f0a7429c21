import { describe, expect, it } from 'vitest';
import { computeMetric, metrics } from '../../src/lib/metrics';
import { models } from '../../src/models/index';

describe('metrics computed by the models', () => {
  it('every metric belongs to a model and gives a finite number with the defaults', () => {
    for (const [name, metric] of Object.entries(metrics)) {
      expect(name.startsWith(`${metric.model}.`)).toBe(true);
      const model = models[metric.model];
      const preset = name === 'cost-of-silence.breakEvenReach' ? Object.keys(model.presets)[0] : undefined;
      expect(Number.isFinite(computeMetric(name, metric.model, preset).value), name).toBe(true);
    }
  });

  it('the Bass half-adoption time is where F(t) = 1/2', () => {
    const { value, params } = computeMetric('bass.halfDay', 'bass', 'meta-analysis');
    const p = Number(params.p);
    const q = Number(params.q);
    const F = (t: number) => (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));
    expect(F(value)).toBeCloseTo(0.5, 10);
  });

  it('the Bass peak agrees with ln(q/p)/(p+q) (p = 0.03, q = 0.38 → 6.19)', () => {
    expect(computeMetric('bass.peakDay', 'bass', 'meta-analysis').value).toBeCloseTo(
      Math.log(0.38 / 0.03) / 0.41,
      6,
    );
  });

  it('break-even reach is the fix cost over the loss per hearer', () => {
    const { value, params } = computeMetric('cost-of-silence.breakEvenReach', 'cost-of-silence', undefined, {
      fixCost: 1200,
      customerShare: 0.2,
      leaveShare: 0.1,
      clv: 600,
    });
    expect(params.fixCost).toBe(1200);
    expect(value).toBeCloseTo(1200 / (0.2 * 0.1 * 600), 6);
  });

  it('cascade reaches in people agree with the shares and with each other', () => {
    const share = computeMetric('cascade.finalComplaintShare', 'cascade', 'ubg-2009').value;
    const people = computeMetric('cascade.complaintReach', 'cascade', 'ubg-2009');
    expect(people.value / (Number(people.params.n) + Number(people.params.hubs))).toBeCloseTo(share, 12);
    const answer = computeMetric('cascade.answerReach', 'cascade', 'ubg-2009').value;
    const first = computeMetric('cascade.answerFirst', 'cascade', 'ubg-2009').value;
    expect(first).toBeLessThanOrEqual(answer);
    // Published only where the complaint was, nobody hears the answer first.
    expect(computeMetric('cascade.answerFirst', 'cascade', 'answer-where-heard').value).toBe(0);
    expect(computeMetric('cascade.storyReach', 'cascade', 'good-story').value).toBe(
      computeMetric('cascade.complaintReach', 'cascade', 'good-story').value,
    );
  });

  it('the bad story outruns the good one in the TARP preset', () => {
    expect(computeMetric('tell-a-friend.ratio', 'tell-a-friend', 'tarp-1981').value).toBeGreaterThan(1);
  });

  it('refuses mistakes a lesson could make, naming them', () => {
    expect(() => computeMetric('cascade.nope', 'cascade', undefined)).toThrow(
      /unknown metric "cascade.nope"/,
    );
    expect(() => computeMetric('bass.peakDay', 'cascade', undefined)).toThrow(/belongs to model bass/);
    expect(() => computeMetric('bass.peakDay', 'bass', 'no-such')).toThrow(/no preset "no-such"/);
    expect(() => computeMetric('bass.peakDay', 'bass', undefined, { p: -3 })).toThrow(/out of range/);
  });
});
