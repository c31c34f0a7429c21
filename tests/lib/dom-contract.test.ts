// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listOf, mapOf, part, readData, withStrings } from '../../src/elements/dom-contract';

const isString = (v: unknown): v is string => typeof v === 'string';

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

describe('readData', () => {
  afterEach(() => vi.restoreAllMocks());
  const items = listOf(withStrings<{ id: string; n: number }>('id'));

  it('reads the JSON of a data attribute that passes the guard', () => {
    const el = host('');
    el.dataset.questionIds = JSON.stringify([{ id: 'a', n: 1 }]);
    expect(readData(el, 'questionIds', items)).toEqual([{ id: 'a', n: 1 }]);
    expect(readData(el, 'questionIds', items, [])).toEqual([{ id: 'a', n: 1 }]);
  });

  it('without a fallback, throws naming the attribute and the element', () => {
    const el = host('');
    expect(() => readData(el, 'questionIds', items)).toThrow('<wom-test> data-question-ids is missing');
    el.dataset.questionIds = '{oops';
    expect(() => readData(el, 'questionIds', items)).toThrow('data-question-ids is unparsable');
    el.dataset.questionIds = JSON.stringify([{ n: 1 }]);
    expect(() => readData(el, 'questionIds', items)).toThrow('data-question-ids is misshapen');
  });

  it('with a fallback, gives it for a missing attribute quietly and for a bad one with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = host('');
    expect(readData(el, 'counts', listOf(isString), ['x'])).toEqual(['x']);
    expect(warn).not.toHaveBeenCalled();
    el.dataset.counts = JSON.stringify([1, 2]);
    expect(readData(el, 'counts', listOf(isString), [])).toEqual([]);
    expect(warn).toHaveBeenCalledWith(new Error('<wom-test> data-counts is misshapen'));
  });

  it('checks every value of a map', () => {
    const el = host('');
    const specs = mapOf(listOf(withStrings<{ id: string }>('id')));
    el.dataset.specs = JSON.stringify({ cascade: [{ id: 'a' }], bass: [] });
    expect(readData(el, 'specs', specs)).toEqual({ cascade: [{ id: 'a' }], bass: [] });
    el.dataset.specs = JSON.stringify({ cascade: [{ id: 3 }] });
    expect(() => readData(el, 'specs', specs)).toThrow('misshapen');
    el.dataset.specs = '[]';
    expect(() => readData(el, 'specs', specs)).toThrow('misshapen');
  });
});
