/**
 * The search page's behaviour (src/pages/search.astro): runs the search engine on the query in
 * the URL and keeps the URL, the box, the filters and the sort in step —
 *
 *  - the URL is a link that reproduces the search (url-state.ts);
 *  - typing searches as you go; a committed search (Enter, a filter, the sort) is a history
 *    entry of its own, what is typed in between updates one entry in place (url-state.ts
 *    historyStep); Back and Forward (popstate) restore the box, filters and results;
 *  - the keyboard moves through the results (keyboard.ts);
 *  - the number of results is announced through the polite live region (role="status").
 *
 * Exposes the engine's search as `window.gazetteSearch` for the search-quality test, which
 * thereby measures the very function this page calls.
 */
import { createSearchEngine, type PagefindApi, type SearchEngine, type SearchRequest } from './engine.ts';
import type { SearchResponse } from './engine.ts';
import { fillFilters, findSearchForm, formState, setFormState } from './form.ts';
import { bindSearchKeys } from './keyboard.ts';
import { documentTitle, LOAD_FAILED_TEXT, moreText, searchingText, statusText } from './messages.ts';
import { renderHit } from './render.ts';
import { RUNS_FILE, type RunsFile } from './runs.ts';
import { historyStep, stateFromUrl, urlFromState, type SearchCause, type State } from './url-state.ts';

declare global {
  interface Window {
    /** The search this page runs (for tests). */
    gazetteSearch?: (request: SearchRequest) => Promise<SearchResponse>;
    /** Resolves once a search for the URL's query has been shown (for tests). */
    gazetteSearchIdle?: () => Promise<void>;
  }
}

/** Results shown at first and added by "显示更多": a screenful or two, and cheap to render. */
const PAGE_SIZE = 20;
/** Wait after the last keystroke before searching: a typing pause, so no search per IME keystroke. */
const TYPING_DELAY_MS = 250;
const PAGEFIND_DIR = '/pagefind/';
/**
 * Length of Pagefind's excerpt, in words: for Chinese (one or two characters a word) about two
 * lines of the result list, as long as the excerpt hits.ts makes when Pagefind's misses the match.
 */
const EXCERPT_WORDS = 36;

async function loadPagefind(): Promise<PagefindApi> {
  // Written after the Astro build by src/search/index-site.ts; a computed URL keeps Vite out of it.
  const url = new URL(`${PAGEFIND_DIR}pagefind.js`, location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ excerptLength: EXCERPT_WORDS });
  return pagefind;
}

async function loadRuns(): Promise<RunsFile> {
  const response = await fetch(`${PAGEFIND_DIR}${RUNS_FILE}`);
  if (!response.ok) throw new Error(`${response.status} fetching ${RUNS_FILE}`);
  return (await response.json()) as RunsFile;
}

/** The result list with its "show more" button, PAGE_SIZE results at a time. */
function resultList(list: HTMLOListElement, moreWrap: HTMLElement, more: HTMLButtonElement) {
  let current: SearchResponse | undefined;
  let shown = 0;
  const showMore = () => {
    if (!current) return;
    const next = current.hits.slice(shown, shown + PAGE_SIZE);
    list.append(...next.map((hit, i) => renderHit(hit, shown + i)));
    shown += next.length;
    moreWrap.hidden = shown >= current.hits.length;
    more.textContent = moreText(shown, current.hits.length, PAGE_SIZE);
  };
  more.addEventListener('click', () => {
    const first = shown;
    showMore();
    list.querySelector<HTMLAnchorElement>(`[data-result-link="${first}"]`)?.focus();
  });
  return {
    show(response: SearchResponse) {
      current = response;
      shown = 0;
      list.replaceChildren();
      showMore();
    },
  };
}

export function startSearchPage(): void {
  const f = findSearchForm(document);
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const results = resultList(
    list,
    document.querySelector<HTMLElement>('[data-search-more-wrap]')!,
    document.querySelector<HTMLButtonElement>('[data-search-more]')!,
  );

  let engine: Promise<SearchEngine> | undefined;
  const getEngine = () => (engine ??= loadPagefind().then((pagefind) => createSearchEngine(pagefind, { loadRuns })));
  window.gazetteSearch = async (request) => (await getEngine()).search(request);

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
      const search = await getEngine();
      [response, totals] = await Promise.all([search.search(state), search.filterTotals()]);
    } catch (error) {
      if (id !== runId) return;
      console.error(error);
      status.textContent = LOAD_FAILED_TEXT;
      return;
    }
    if (id !== runId) return;
    fillFilters(f, response.counts, totals, state.filters);
    results.show(response);
    status.textContent = statusText(response, state, PAGE_SIZE);
    // For bench/search.ts: when results were first on screen (ms since navigation start).
    performance.mark('gazette-search-results', { detail: { hits: response.hits.length, route: response.route } });
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
