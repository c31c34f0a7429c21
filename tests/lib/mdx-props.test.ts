import { describe, expect, it } from 'vitest';
import { readLiteral, tagsIn } from '../../src/build/mdx-props';

describe('reading literal props', () => {
  it.each([
    ['0.25', 0.25],
    ['-3', -3],
    ['10_000', 10000],
    ['1e-3', 0.001],
    ['"share"', 'share'],
    ["'it\\'s'", "it's"],
    ['true', true],
    ['null', null],
    ['[0.2, 0.4]', [0.2, 0.4]],
    ['["n", "betaC",]', ['n', 'betaC']],
    [
      '{ n: 10000, network: "small-world", "hub-reach": 0.1 }',
      { n: 10000, network: 'small-world', 'hub-reach': 0.1 },
    ],
    [
      '{ params: { responseDay: 7 }, metric: "cascade.peakDay" }',
      { params: { responseDay: 7 }, metric: 'cascade.peakDay' },
    ],
    ['{ a: 1, /* note */ b: 2 }', { a: 1, b: 2 }],
  ])('%s', (text, value) => {
    expect(readLiteral(text)).toEqual(value);
  });

  it.each(['settings', 'n * 2', '{ n: size }', '[1, 2', '() => 1', '{ ...base }'])(
    '%s is not a literal',
    (text) => {
      expect(() => readLiteral(text)).toThrow(/not a literal/);
    },
  );
});

describe('finding tags in MDX', () => {
  const source = [
    'Text with `<Claim id="in-code-span">` in it.',
    '<Claim id="one" below={0.05} between={[0, 1]} statistic="share">words {"and"} more</Claim>',
    '~~~',
    '<Claim id="fenced" />',
    '~~~',
    '<Claim',
    '  id="two"',
    "  params={{ apology: 0.5, respond: 'no' }}",
    '  above={{ metric: "cascade.finalAnswerShare" }}',
    '  computed={values.x}',
    '  open',
    '/>',
    '<Claims id="other-component" />',
  ].join('\n');

  it('reads each tag with its literal props and its line, skipping code', () => {
    const tags = tagsIn(source, 'Claim');
    expect(tags.map((t) => t.props.id)).toEqual(['one', 'two']);
    expect(tags[0]).toEqual({
      props: { id: 'one', below: 0.05, between: [0, 1], statistic: 'share' },
      unread: [],
      line: 2,
    });
    expect(tags[1].props).toEqual({
      id: 'two',
      params: { apology: 0.5, respond: 'no' },
      above: { metric: 'cascade.finalAnswerShare' },
      open: true,
    });
    expect(tags[1].unread).toEqual(['computed']);
    expect(tags[1].line).toBe(6);
  });
});
