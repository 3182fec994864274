/**
 * The search page's behaviour (src/pages/search.astro): runs the search engine on the query in
 * the URL and keeps the URL, the box, the filters and the sort in step —
 *
 *  - `/search/?q=垃圾分类&org=…&type=…&year=…&issue=…&sort=newest` is a link that works;
 *  - typing searches as you go; a committed search (Enter, a filter, the sort) is a history
 *    entry of its own (pushState), what is typed in between updates one entry in place
 *    (replaceState); Back and Forward (popstate) restore the box, filters and results;
 *  - keyboard: ↓ from the box to the first result, ↑ ↓ between results, Home/End, Enter opens
 *    (a real link), Esc from a result back to the box, Esc in the box clears it;
 *  - the number of results is announced through the polite live region (role="status").
 *
 * Exposes the engine's search as `window.gazetteSearch` for the search-quality test, which
 * thereby measures the very function this page calls.
 */
import {
  createSearchEngine,
  FILTER_KEYS,
  type Hit,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
  type SortOrder,
  SORT_ORDERS,
  type ExcerptPart,
  type PagefindApi,
} from './engine.ts';
import { RUNS_FILE, type RunsFile } from './runs.ts';

declare global {
  interface Window {
    /** The search this page runs (for tests). */
    gazetteSearch?: (request: SearchRequest) => Promise<SearchResponse>;
    /** Resolves once a search for the URL's query has been shown (for tests). */
    gazetteSearchIdle?: () => Promise<void>;
  }
}

/** URL parameter of each filter key. */
const PARAMS: Record<(typeof FILTER_KEYS)[number], string> = { 机关: 'org', 文种: 'type', 年份: 'year', 公报: 'issue' };
/** Results shown at first and added by "显示更多". */
const PAGE_SIZE = 20;
/** Wait after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;
const PAGEFIND_DIR = '/pagefind/';

interface State {
  query: string;
  filters: Partial<Record<string, string>>;
  sort: SortOrder;
}

function stateFromUrl(url: URL): State {
  const filters: Partial<Record<string, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = url.searchParams.get(PARAMS[key]);
    if (value) filters[key] = value;
  }
  const sort = url.searchParams.get('sort') as SortOrder | null;
  return {
    query: url.searchParams.get('q') ?? '',
    filters,
    sort: sort && SORT_ORDERS.includes(sort) ? sort : 'relevance',
  };
}

function urlFromState(state: State): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(PARAMS[key], value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

function cnDate(iso: string | undefined): string | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : undefined;
}

/** Excerpt parts as text nodes and <mark> elements: nothing is parsed as HTML. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => {
    if (!part.mark) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

/** A same-site path from a Pagefind URL (never another origin or scheme). */
function safeHref(url: string): string {
  try {
    const parsed = new URL(url, location.origin);
    return parsed.origin === location.origin ? parsed.pathname + parsed.search + parsed.hash : '/';
  } catch {
    return '/';
  }
}

function renderHit(hit: Hit, index: number): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.dataset.slug = hit.slug;
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = safeHref(hit.url);
  link.textContent = hit.title;
  link.dataset.resultLink = String(index);
  heading.append(link);
  item.append(heading);

  const details = [hit.docNumber, cnDate(hit.date)].filter((x): x is string => Boolean(x));
  if (details.length > 0) {
    const meta = document.createElement('p');
    meta.className = 'search-hit-meta';
    details.forEach((text, i) => {
      const span = document.createElement('span');
      span.textContent = text;
      if (i === 0 && hit.docNumber) span.className = 'search-hit-docnumber';
      meta.append(span);
    });
    item.append(meta);
  }

  if (hit.excerpt.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-hit-excerpt';
    excerpt.append(...excerptNodes(hit.excerpt));
    item.append(excerpt);
  }

  if (hit.subResults.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-hit-subs';
    list.setAttribute('aria-label', `“${hit.title}”中的出处`);
    for (const sub of hit.subResults) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = safeHref(sub.url);
      a.textContent = sub.title;
      li.append(a);
      if (sub.excerpt.length > 0) {
        const text = document.createElement('span');
        text.className = 'search-hit-sub-excerpt';
        text.append(...excerptNodes(sub.excerpt));
        li.append(text);
      }
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

async function loadPagefind(): Promise<PagefindApi> {
  // Written after the Astro build by src/search/index-site.ts; a computed URL keeps Vite out of it.
  const url = new URL(`${PAGEFIND_DIR}pagefind.js`, location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ excerptLength: 36 });
  return pagefind;
}

async function loadRuns(): Promise<RunsFile> {
  const response = await fetch(`${PAGEFIND_DIR}${RUNS_FILE}`);
  if (!response.ok) throw new Error(`${response.status} fetching ${RUNS_FILE}`);
  return (await response.json()) as RunsFile;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const moreWrap = document.querySelector<HTMLElement>('[data-search-more-wrap]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const sortSelect = document.querySelector<HTMLSelectElement>('[data-sort]')!;
  const filterSelects = new Map(
    [...document.querySelectorAll<HTMLSelectElement>('select[data-filter]')].map((s) => [s.dataset.filter!, s]),
  );

  let engine: Promise<SearchEngine> | undefined;
  const getEngine = () => (engine ??= loadPagefind().then((pagefind) => createSearchEngine(pagefind, { loadRuns })));
  window.gazetteSearch = async (request) => (await getEngine()).search(request);

  let current: SearchResponse | undefined;
  let shown = 0;
  let runId = 0;
  let idle: Promise<void> = Promise.resolve();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  window.gazetteSearchIdle = () => idle;

  function formState(): State {
    const filters: Partial<Record<string, string>> = {};
    for (const [key, select] of filterSelects) if (select.value) filters[key] = select.value;
    const sort = sortSelect.value as SortOrder;
    return { query: input.value, filters, sort: SORT_ORDERS.includes(sort) ? sort : 'relevance' };
  }

  /** Fills a filter's options: every value of the index, with the count for the current query. */
  function fillFilters(counts: SearchResponse['counts'], totals: SearchResponse['counts'], selected: State['filters']) {
    for (const [key, select] of filterSelects) {
      const values = Object.keys(totals[key] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      const want = selected[key] ?? '';
      if (want && !values.includes(want)) values.push(want);
      select.replaceChildren(new Option('全部', ''));
      for (const value of values) {
        const n = counts[key]?.[value] ?? 0;
        const option = new Option(`${value}（${n}）`, value);
        option.dataset.count = String(n);
        select.append(option);
      }
      select.value = want;
    }
  }

  function setForm(state: State) {
    input.value = state.query;
    sortSelect.value = state.sort;
    for (const [key, select] of filterSelects) {
      const want = state.filters[key] ?? '';
      if (want && ![...select.options].some((o) => o.value === want)) select.append(new Option(want, want));
      select.value = want;
    }
  }

  function showMore() {
    if (!current) return;
    const next = current.hits.slice(shown, shown + PAGE_SIZE);
    list.append(...next.map((hit, i) => renderHit(hit, shown + i)));
    shown += next.length;
    moreWrap.hidden = shown >= current.hits.length;
    more.textContent = `再显示 ${Math.min(PAGE_SIZE, current.hits.length - shown)} 篇（共 ${current.hits.length} 篇）`;
  }

  function describe(response: SearchResponse, state: State): string {
    const total = response.hits.length;
    const filtered = Object.values(state.filters).some(Boolean);
    const scope = filtered ? '（已筛选）' : '';
    if (!response.normalized) {
      return filtered ? `按筛选条件共 ${total} 篇公文。` : '输入关键词搜索全部公文。';
    }
    const q = state.query.trim();
    if (total === 0) return `未找到含“${q}”的公文${scope}。`;
    const shownNote = total > PAGE_SIZE ? `，先显示 ${PAGE_SIZE} 篇` : '';
    return `找到 ${total} 篇含“${q}”的公文${scope}${shownNote}。`;
  }

  async function run(state: State): Promise<void> {
    const id = ++runId;
    const q = state.query.trim();
    if (q) status.textContent = `正在搜索“${q}”……`;
    let response: SearchResponse;
    let totals: SearchResponse['counts'];
    try {
      const search = await getEngine();
      [response, totals] = await Promise.all([search.search(state), search.filterTotals()]);
    } catch (error) {
      if (id !== runId) return;
      console.error(error);
      status.textContent = '搜索索引未能加载，请稍后再试，或从公文目录浏览。';
      return;
    }
    if (id !== runId) return;
    current = response;
    shown = 0;
    list.replaceChildren();
    fillFilters(response.counts, totals, state.filters);
    showMore();
    status.textContent = describe(response, state);
    // For bench/search.ts: when results were first on screen (ms since navigation start).
    performance.mark('gazette-search-results', { detail: { hits: response.hits.length, route: response.route } });
    document.title = q ? `“${q}”的搜索结果 - 北京市西城区人民政府公报` : '搜索 - 北京市西城区人民政府公报';
  }

  /**
   * History: a search the reader commits (Enter, a filter, the sort) is an entry of its own; what
   * they type in between updates one entry in place, made when typing starts after a committed
   * search (or taking over the entry of an empty search page).
   */
  let typing = false;
  function go(state: State, how: 'commit' | 'typing' | 'clear') {
    const url = urlFromState(state);
    const here = location.pathname + location.search;
    if (url !== here) {
      const empty = !location.search;
      const replace = how === 'clear' || typing || (how === 'typing' && empty);
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    typing = how === 'typing';
    idle = run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    go(formState(), 'commit');
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(formState(), 'typing'), TYPING_DELAY_MS);
  });
  for (const select of [...filterSelects.values(), sortSelect]) {
    select.addEventListener('change', () => {
      clearTimeout(typingTimer);
      typing = false;
      go(formState(), 'commit');
    });
  }
  more.addEventListener('click', () => {
    const first = shown;
    showMore();
    list.querySelector<HTMLAnchorElement>(`[data-result-link="${first}"]`)?.focus();
  });
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typing = false;
    const state = stateFromUrl(new URL(location.href));
    setForm(state);
    idle = run(state);
  });

  // Keyboard: the box and the result links.
  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape') {
      // The browser clears a type=search box on Esc too; do it here for all browsers, with the URL.
      event.preventDefault();
      clearTimeout(typingTimer);
      if (input.value) {
        input.value = '';
        go(formState(), 'clear');
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inList = list.contains(document.activeElement);
    if (event.key === 'Escape' && inList) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (at < 0 && !inList) return;
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') {
      // From a sub-result link, to the next result.
      const from = at >= 0 ? at : links.findIndex((l) => l.closest('li.search-hit')?.contains(document.activeElement));
      target = links[from + 1];
    } else if (event.key === 'ArrowUp') {
      const from =
        at >= 0 ? at : links.findIndex((l) => l.closest('li.search-hit')?.contains(document.activeElement)) + 1;
      target = from <= 0 ? input : links[from - 1];
    } else if (event.key === 'Home') {
      target = links[0];
    } else if (event.key === 'End') {
      target = links[links.length - 1];
    }
    if (target) {
      event.preventDefault();
      target.focus();
      if (target === input) input.select();
    }
  });
  // "/" focuses the box from anywhere on the page but a form field.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && /^(input|select|textarea)$/i.test(target.tagName)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  const initial = stateFromUrl(new URL(location.href));
  setForm(initial);
  idle = run(initial);
  if (!initial.query) input.focus();
}
