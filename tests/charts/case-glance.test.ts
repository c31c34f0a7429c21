// @vitest-environment jsdom
/**
 * The at-a-glance chart with the real cases' frontmatter: every label and every leader line belongs to the mark
 * of its own case, at a phone, a tablet and a desktop width. (Leader lines once pointed at other cases' marks.)
 */
import { describe, expect, it } from 'vitest';
import { renderCaseGlance, type GlancePoint } from '../../src/charts/case-glance.ts';
import { readCollection } from '../content/load.ts';

type CaseData = {
  title: string;
  outcome: GlancePoint['outcome'];
  response: { delayDays: number };
  reach?: { value: number };
};

const points: GlancePoint[] = readCollection('cases').flatMap(({ id, data }) => {
  const c = data as CaseData;
  if (!c.reach) return [];
  const point: GlancePoint = {
    href: `/cases/${id}/`,
    title: c.title,
    delayDays: c.response.delayDays,
    reach: c.reach.value,
    reachLabel: String(c.reach.value),
    outcome: c.outcome,
  };
  return [point];
});

/** Centre of a mark's bounding box, from the end points of its path's M, L and A commands. */
function centre(d: string): { x: number; y: number } {
  const ends: [number, number][] = [];
  for (const [, command, args] of d.matchAll(/([MLA])([^MLAZ]*)/g)) {
    const n = (args.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    if (command === 'A') ends.push([n[5], n[6]]);
    else for (let i = 0; i + 1 < n.length; i += 2) ends.push([n[i], n[i + 1]]);
  }
  const mid = (v: number[]) => (Math.min(...v) + Math.max(...v)) / 2;
  return { x: mid(ends.map((e) => e[0])), y: mid(ends.map((e) => e[1])) };
}

describe('cases at a glance', () => {
  it('draws a mark for every case with a measured reach', () => {
    expect(points.length).toBeGreaterThan(5);
  });

  for (const width of [320, 768, 1280]) {
    it(`ties every label and leader line to its own case's mark at ${width} px`, () => {
      const svg = renderCaseGlance(document, points, { width, height: 520, title: 't', description: 'd' });
      const links = [...svg.querySelectorAll('a.glance-point')];
      expect(links.map((a) => a.getAttribute('data-case')).sort()).toEqual(points.map((p) => p.href).sort());
      for (const link of links) {
        const point = points.find((p) => p.href === link.getAttribute('data-case'))!;
        const mark = centre(link.querySelector('.glance-mark')!.getAttribute('d')!);
        const label = link.querySelector('.glance-label');
        if (label) {
          expect(label.textContent).toBe(point.title);
          // The label starts (or ends) 10 px beside its mark, or below it at the end of its leader line.
          const lx = Number(label.getAttribute('x'));
          expect(Math.abs(Math.abs(lx - mark.x) - 10), point.title).toBeLessThan(0.5);
        }
        const line = link.querySelector('.glance-leader');
        if (line) {
          // The line starts just under its own mark, nearer to it than to any other case's mark.
          const start = { x: Number(line.getAttribute('x1')), y: Number(line.getAttribute('y1')) - 6 };
          const distance = (m: { x: number; y: number }) => Math.hypot(m.x - start.x, m.y - start.y);
          expect(distance(mark), point.title).toBeLessThan(5);
          for (const other of links.filter((l) => l !== link)) {
            const otherMark = centre(other.querySelector('.glance-mark')!.getAttribute('d')!);
            expect(distance(otherMark), point.title).toBeGreaterThan(distance(mark));
          }
          expect(Number(line.getAttribute('x2'))).toBe(Number(label!.getAttribute('x')));
          expect(Number(line.getAttribute('y2'))).toBe(Number(label!.getAttribute('y')) - 4);
        }
      }
      if (width >= 500) expect(svg.querySelectorAll('.glance-label').length).toBe(points.length);
    });
  }
});
