/**
 * The search page's state as a URL and back: `/search/?q=垃圾分类&org=…&type=…&year=…&issue=…&sort=newest`
 * is a link that reproduces the search, and the page keeps its URL in step (page.ts). Pure: works on
 * URL objects, no `location`.
 */
import { FILTER_KEYS, SORT_ORDERS, type SortOrder } from './engine.ts';

export interface State {
  query: string;
  filters: Partial<Record<string, string>>;
  sort: SortOrder;
}

/** URL parameter of each filter key: short ASCII names, so that a shared link stays readable. */
export const PARAMS: Record<(typeof FILTER_KEYS)[number], string> = {
  机关: 'org',
  文种: 'type',
  年份: 'year',
  公报: 'issue',
  有效性: 'status',
};

/** A sort order from a URL or a form, relevance for anything unknown. */
export function sortOrder(value: string | null | undefined): SortOrder {
  return SORT_ORDERS.find((order) => order === value) ?? 'relevance';
}

export function stateFromUrl(url: URL): State {
  const filters: Partial<Record<string, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = url.searchParams.get(PARAMS[key]);
    if (value) filters[key] = value;
  }
  return { query: url.searchParams.get('q') ?? '', filters, sort: sortOrder(url.searchParams.get('sort')) };
}

/** The path and query string of a state on the page at `pathname`; defaults are left out. */
export function urlFromState(state: State, pathname: string): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(PARAMS[key], value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

/** How a search reaches the page's history: see historyStep. */
export type SearchCause = 'commit' | 'typing' | 'clear';

/**
 * What a search does to the history, so that Back goes to the previous search the reader meant:
 * a committed search (Enter, a filter, the sort) is an entry of its own; what is typed in between
 * updates one entry in place, made when typing starts after a committed search (or taking over
 * the entry of an empty search page); clearing the box replaces the entry.
 */
export function historyStep(
  cause: SearchCause,
  wasTyping: boolean,
  pageHadSearch: boolean,
  urlChanged: boolean,
): 'push' | 'replace' | 'none' {
  if (!urlChanged) return 'none';
  const replace = cause === 'clear' || wasTyping || (cause === 'typing' && !pageHadSearch);
  return replace ? 'replace' : 'push';
}
