/**
 * The library's order: with a search and the default sort, the search's own ranking (the one the search page
 * shows); without a search, newest first; a chosen sort still sorts the hits.
 */
import { describe, expect, it } from 'vitest';
import {
  applyLibraryState,
  readLibraryState,
  writeLibraryState,
  type LibraryItem,
} from '../../src/lib/library-filter.ts';

const item = (slug: string, year: number, title = slug): LibraryItem => ({
  slug,
  title,
  outcome: 'negative',
  channels: ['video'],
  decade: `${Math.floor(year / 10) * 10}s`,
  industry: 'Airlines',
  speed: 'days',
  year,
  delayDays: year - 2000,
  reach: null,
});
const items = [item('a', 2004), item('b', 2009), item('c', 2017), item('d', 2011)];
const offered = { outcome: [], channel: [], decade: [], industry: [], speed: [] };

describe('applyLibraryState', () => {
  it('shows the hits in the order the search ranked them by default', () => {
    const { state } = readLibraryState('?q=guitar', offered);
    expect(state.sort).toBe('best');
    expect(applyLibraryState(items, state, ['b', 'd', 'a'])).toEqual(['b', 'd', 'a']);
    expect(applyLibraryState(items, state, ['a', 'c'])).toEqual(['a', 'c']);
  });

  it('is newest first without a search, and a chosen sort orders the hits', () => {
    const { state } = readLibraryState('', offered);
    expect(applyLibraryState(items, state)).toEqual(['c', 'd', 'b', 'a']);
    const oldest = readLibraryState('?sort=oldest&q=x', offered).state;
    expect(applyLibraryState(items, oldest, ['d', 'b', 'a'])).toEqual(['a', 'b', 'd']);
  });

  it('keeps the default sort out of the address and any other in it', () => {
    expect(writeLibraryState({ filters: {}, sort: 'best', q: 'guitar' })).toBe('?q=guitar');
    expect(writeLibraryState({ filters: {}, sort: 'newest', q: '' })).toBe('?sort=newest');
    expect(readLibraryState('?sort=newest', offered).state.sort).toBe('newest');
    expect(readLibraryState('?sort=sideways', offered).ignored).toEqual(['sort=sideways']);
  });
});
