/**
 * The search page's behaviour (src/pages/search.astro): runs the search engine on the query in
 * the URL and keeps the URL, the box, the filters and the sort in step —
 *
 *  - the URL is a link that reproduces the search (url-state.ts);
 *  - typing searches as you go; a committed search (Enter, a filter, the sort) is a history
 *    entry of its own, what is typed in between updates one entry in place (url-state.ts
 *    historyStep); Back and Forward (popstate) restore the box, filters and results;
 *  - the keyboard moves through the results (keyboard.ts);
 *  - a line above the results says when the query was read as words, or offers a wider search
 *    (messages.ts noticeOf);
 *  - the number of results is announced through the polite live region (role="status").
 *
 * Exposes the engine's search as `window.gazetteSearch` for the search-quality test, which
 * thereby measures the very function this page calls.
 */
import { createSearchEngine, type Hit, type SearchEngine, type SearchRequest } from './engine.ts';
import type { SearchResponse } from './engine.ts';
import { fillFilters, findSearchForm, formState, setFormState } from './form.ts';
import { INDEX_DIR } from './index-format.ts';
import { textOf } from './index-reader.ts';
import { bindSearchKeys } from './keyboard.ts';
import { documentTitle, LOAD_FAILED_TEXT, moreText, noticeOf, searchingText, statusText } from './messages.ts';
import { renderHit } from './render.ts';
import { sitePath } from '../utils/url.ts';
import { historyStep, stateFromUrl, urlFromState, type SearchCause, type State } from './url-state.ts';

declare global {
  interface Window {
    /** The search this page runs (for tests). */
    gazetteSearch?: (request: SearchRequest) => Promise<SearchResponse>;
    /** Resolves once a search for the URL's query has been shown (for tests). */
    gazetteSearchIdle?: () => Promise<void>;
  }
}

/**
 * Results shown at first and added by "显示更多": two screens on a desktop; each costs its
 * excerpt's text blocks (about 1 kB each, hits.ts), so the first search stays small.
 */
const PAGE_SIZE = 20;
/** Wait after the last keystroke before searching: a typing pause, so no search per IME keystroke. */
const TYPING_DELAY_MS = 250;

async function loadIndexFile(path: string): Promise<string> {
  // The index sits under the site's base path like every page (src/utils/url.ts).
  const url = sitePath(`/${INDEX_DIR}/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  return textOf(new Uint8Array(await response.arrayBuffer()));
}

function newEngine(): SearchEngine {
  return createSearchEngine({
    load: loadIndexFile,
    // A separate chunk, loaded only for a query with characters no notice has (traditional ones).
    loadConverter: () => import('./variants.ts').then((m) => m.toSimplified),
  });
}

/** The result list with its "show more" button, PAGE_SIZE results at a time, excerpts loaded for those. */
function resultList(engine: SearchEngine, list: HTMLOListElement, moreWrap: HTMLElement, more: HTMLButtonElement) {
  let current: SearchResponse | undefined;
  let shown = 0;
  const showMore = async () => {
    const response = current;
    if (!response) return;
    const next: Hit[] = response.hits.slice(shown, shown + PAGE_SIZE);
    const details = await engine.details(response, next);
    if (response !== current) return;
    list.append(...next.map((hit, i) => renderHit(hit, details[i]!, shown + i)));
    shown += next.length;
    moreWrap.hidden = shown >= response.hits.length;
    more.textContent = moreText(shown, response.hits.length, PAGE_SIZE);
  };
  // One page of results at a time: a second click while the first page loads adds nothing.
  let loading: Promise<void> | undefined;
  more.addEventListener('click', async () => {
    if (loading) return;
    const first = shown;
    loading = showMore().finally(() => (loading = undefined));
    await loading;
    list.querySelector<HTMLAnchorElement>(`[data-result-link="${first}"]`)?.focus();
  });
  return {
    async show(response: SearchResponse) {
      current = response;
      shown = 0;
      list.replaceChildren();
      await showMore();
    },
  };
}

/** The notice above the results (messages.ts noticeOf), its link a search of its own. */
function showNotice(element: HTMLElement, response: SearchResponse, state: State): void {
  const notice = noticeOf(response);
  element.hidden = !notice;
  element.replaceChildren();
  if (!notice) return;
  element.append(notice.text);
  if (notice.link) {
    const a = document.createElement('a');
    a.href = urlFromState({ ...state, query: notice.link.query }, location.pathname);
    a.textContent = notice.link.text;
    a.dataset.searchNoticeLink = '';
    element.append(' ', a);
  }
}

export function startSearchPage(): void {
  const f = findSearchForm(document);
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const engine = newEngine();
  const results = resultList(
    engine,
    list,
    document.querySelector<HTMLElement>('[data-search-more-wrap]')!,
    document.querySelector<HTMLButtonElement>('[data-search-more]')!,
  );
  window.gazetteSearch = (request) => engine.search(request);

  let runId = 0;
  let idle: Promise<void> = Promise.resolve();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typing = false;
  window.gazetteSearchIdle = () => idle;

  /** Searches and shows the results, unless a newer search started meanwhile. */
  async function run(state: State): Promise<void> {
    const id = ++runId;
    if (state.query.trim()) status.textContent = searchingText(state.query);
    let response: SearchResponse;
    let totals: SearchResponse['counts'];
    try {
      [response, totals] = await Promise.all([engine.search(state), engine.filterTotals()]);
      if (id !== runId) return;
      fillFilters(f, response.counts, totals, state.filters);
      await results.show(response);
    } catch (error) {
      if (id !== runId) return;
      console.error(error);
      status.textContent = LOAD_FAILED_TEXT;
      return;
    }
    if (id !== runId) return;
    showNotice(notice, response, state);
    status.textContent = statusText(response, state, PAGE_SIZE);
    // For bench/search.ts: when results were first on screen (ms since navigation start).
    performance.mark('gazette-search-results', { detail: { hits: response.hits.length, mode: response.mode } });
    document.title = documentTitle(state.query);
  }

  function go(cause: SearchCause) {
    clearTimeout(typingTimer);
    const state = formState(f);
    const url = urlFromState(state, location.pathname);
    const step = historyStep(cause, typing, Boolean(location.search), url !== location.pathname + location.search);
    if (step === 'replace') window.history.replaceState(null, '', url);
    else if (step === 'push') window.history.pushState(null, '', url);
    typing = cause === 'typing';
    idle = run(state);
  }

  f.form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('commit');
  });
  f.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go('typing'), TYPING_DELAY_MS);
  });
  for (const select of [...f.filters.values(), f.sort]) {
    select.addEventListener('change', () => {
      typing = false;
      go('commit');
    });
  }
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typing = false;
    const state = stateFromUrl(new URL(location.href));
    setFormState(f, state);
    idle = run(state);
  });
  bindSearchKeys(f.input, list, () => {
    clearTimeout(typingTimer);
    if (!f.input.value) return;
    f.input.value = '';
    go('clear');
  });

  const initial = stateFromUrl(new URL(location.href));
  setFormState(f, initial);
  idle = run(initial);
  if (!initial.query) f.input.focus();
}
