import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWork } from '../../src/lib/storage';
import { peekWork } from '../../src/lib/work-peek';

describe('the quick read a lesson makes before the full reader loads', () => {
  it('reads texts and answers exactly as the full reader does, and says when it needs the full reader', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          page: fc.oneof(fc.string(), fc.integer()),
          title: fc.string(),
          prediction: fc.oneof(
            fc.record({ text: fc.string(), savedAt: fc.string() }),
            fc.string(),
            fc.record({ text: fc.integer() }),
          ),
          reflection: fc.oneof(fc.record({ text: fc.string() }, { requiredKeys: [] }), fc.constant(null)),
          answers: fc.oneof(
            fc.dictionary(
              fc.constantFrom('answer', 'q1', '__proto__', 'toString'),
              fc.oneof(
                fc.record(
                  {
                    value: fc.oneof(fc.string(), fc.integer()),
                    correct: fc.constantFrom(true, false, null, 'yes', undefined),
                    savedAt: fc.string(),
                  },
                  { requiredKeys: ['value'] },
                ),
                fc.jsonValue(),
              ),
            ),
            fc.string(),
          ),
          run: fc.jsonValue(),
          other: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    const record = fc.oneof(
      fc
        .record({
          version: fc.constantFrom(1, 1, 1, 2, '1'),
          items: fc.dictionary(fc.constantFrom('exercise:a', '/cases/c/#p', '__proto__'), value),
        })
        .map((r) => JSON.stringify(r)),
      fc.string(),
    );
    fc.assert(
      fc.property(record, (raw) => {
        const peek = peekWork(raw);
        const full = parseWork(raw);
        expect(peek.odd).toBe(!full.ok || full.unreadableItems.length > 0);
        const expected = full.ok
          ? Object.fromEntries(
              Object.entries(full.work.items).map(([scope, { run: _run, page: _page, ...rest }]) => [
                scope,
                rest,
              ]),
            )
          : {};
        expect(peek.items).toEqual(expected);
      }),
      { numRuns: 300 },
    );
    expect(peekWork(null)).toEqual({ items: {}, odd: false });
  });
});
