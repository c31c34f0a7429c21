// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataAttributes, part, readData, type DataHost } from '../../src/elements/page-contract';

const host = (html: string) => {
  const el = document.createElement('wom-test');
  el.innerHTML = html;
  return el;
};

describe('part', () => {
  it('returns the element the selector finds, checked against the class given', () => {
    const root = host('<p class="note">hi</p><input id="name">');
    expect(part(root, '.note').textContent).toBe('hi');
    const input = part(root, '#name', HTMLInputElement);
    expect(input).toBeInstanceOf(HTMLInputElement);
    expect(input.value).toBe('');
  });

  it('throws naming the selector and the element when the part is missing', () => {
    expect(() => part(host('<p></p>'), '.gone')).toThrow('<wom-test> needs HTMLElement .gone, found none');
    expect(() => part(document, '.gone')).toThrow('document needs HTMLElement .gone, found none');
  });

  it('throws when the part is of another type than the one asked for', () => {
    expect(() => part(host('<p id="x"></p>'), '#x', HTMLInputElement)).toThrow(
      '<wom-test> needs HTMLInputElement #x, found <p>',
    );
    const svg = host('<svg class="chart"></svg>');
    expect(() => part(svg, '.chart')).toThrow('needs HTMLElement .chart, found <svg>');
  });
});

interface TestData {
  questions: { id: string; n: number }[];
  band?: [number, number] | undefined;
}

/** A test element whose page hands it TestData. */
const dataHost = () => host('') as DataHost<TestData>;

describe('readData', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the JSON of a data attribute', () => {
    const el = dataHost();
    el.dataset.questions = JSON.stringify([{ id: 'a', n: 1 }]);
    expect(readData(el, 'questions')).toEqual([{ id: 'a', n: 1 }]);
    expect(readData(el, 'questions', [])).toEqual([{ id: 'a', n: 1 }]);
  });

  it('without a fallback, throws naming the attribute and the element', () => {
    const el = dataHost();
    expect(() => readData(el, 'questions')).toThrow('<wom-test> data-questions is missing');
    el.dataset.questions = '{oops';
    expect(() => readData(el, 'questions')).toThrow('<wom-test> data-questions is unparsable');
  });

  it('with a fallback, gives it for a missing attribute quietly and for one not JSON with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = dataHost();
    expect(readData(el, 'band', [1, 2])).toEqual([1, 2]);
    expect(readData(el, 'band', undefined)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    el.dataset.band = '[1, 2';
    expect(readData(el, 'band', undefined)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(new Error('<wom-test> data-band is unparsable'));
  });
});

describe('the keys of page data', () => {
  it('are one lower-case word, so a key is its attribute name after data-; the types refuse others', () => {
    const el = host('') as DataHost<{ questionIds: string[] }>;
    // @ts-expect-error: a camel-case key would be written data-questionIds, which HTML reads as data-questionids,
    const written = dataAttributes({ questionIds: ['a'] });
    expect(written).toEqual({ 'data-questionIds': '["a"]' });
    for (const [name, value] of Object.entries(written)) el.setAttribute(name, value);
    // @ts-expect-error: and read as the dataset's questionIds, data-question-ids: the two would never meet.
    expect(() => readData(el, 'questionIds')).toThrow('<wom-test> data-questionIds is missing');
  });
});

describe('dataAttributes', () => {
  it('writes each value as JSON under its attribute name, and nothing for an undefined one', () => {
    const attributes = dataAttributes<TestData>({ questions: [{ id: 'a', n: 1 }], band: undefined });
    expect(attributes).toEqual({ 'data-questions': '[{"id":"a","n":1}]' });
  });

  it('is read back by readData as the value it wrote', () => {
    const el = dataHost();
    const data: TestData = { questions: [{ id: 'q"1', n: 2 }], band: [0.5, 3] };
    for (const [name, value] of Object.entries(dataAttributes(data))) el.setAttribute(name, value);
    expect(readData(el, 'questions')).toEqual(data.questions);
    expect(readData(el, 'band', undefined)).toEqual([0.5, 3]);
  });
});
