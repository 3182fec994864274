import { describe, expect, it } from 'vitest';
import { historyStep, sortOrder, stateFromUrl, urlFromState } from './url-state.ts';

describe('stateFromUrl and urlFromState', () => {
  it('should read the query, the filters by their short names and the sort from a link', () => {
    const url = new URL('https://x.test/search/?q=垃圾分类&org=区政府&year=2017&sort=newest&other=1');
    expect(stateFromUrl(url)).toEqual({ query: '垃圾分类', filters: { 机关: '区政府', 年份: '2017' }, sort: 'newest' });
  });

  it('should read an unknown sort as relevance and a missing query as empty', () => {
    expect(stateFromUrl(new URL('https://x.test/search/?sort=best'))).toEqual({
      query: '',
      filters: {},
      sort: 'relevance',
    });
  });

  it('should write the trimmed query, set filters in a fixed order and no default sort', () => {
    const state = {
      query: ' 垃圾 分类 ',
      filters: { 公报: '2017年第1期', 机关: '区政府', 文种: '' },
      sort: 'relevance' as const,
    };
    const url = urlFromState(state, '/search/');
    expect(url).toBe(
      `/search/?q=${encodeURIComponent('垃圾 分类').replace(/%20/g, '+')}&org=${encodeURIComponent('区政府')}&issue=${encodeURIComponent('2017年第1期')}`,
    );
    expect(stateFromUrl(new URL(url, 'https://x.test'))).toEqual({
      query: '垃圾 分类',
      filters: { 机关: '区政府', 公报: '2017年第1期' },
      sort: 'relevance',
    });
    expect(urlFromState({ query: '  ', filters: {}, sort: 'oldest' }, '/search/')).toBe('/search/?sort=oldest');
    expect(urlFromState({ query: '', filters: {}, sort: 'relevance' }, '/search/')).toBe('/search/');
  });

  it('should accept only the three sort orders', () => {
    expect(['relevance', 'newest', 'oldest', 'NEWEST', '', null].map(sortOrder)).toEqual([
      'relevance',
      'newest',
      'oldest',
      'relevance',
      'relevance',
      'relevance',
    ]);
  });
});

describe('historyStep', () => {
  it('should push a committed search and leave the history alone when the URL stays', () => {
    expect(historyStep('commit', false, true, true)).toBe('push');
    expect(historyStep('commit', false, false, true)).toBe('push');
    expect(historyStep('commit', false, true, false)).toBe('none');
    expect(historyStep('typing', true, true, false)).toBe('none');
  });

  it('should push once when typing starts after a search, then replace while typing goes on', () => {
    expect(historyStep('typing', false, true, true)).toBe('push');
    expect(historyStep('typing', true, true, true)).toBe('replace');
    // Enter after typing takes over the entry the typing made.
    expect(historyStep('commit', true, true, true)).toBe('replace');
  });

  it('should take over the entry of an empty search page when typing starts there, and replace on clearing', () => {
    expect(historyStep('typing', false, false, true)).toBe('replace');
    expect(historyStep('clear', false, true, true)).toBe('replace');
  });
});
