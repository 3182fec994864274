/**
 * The search of the search page: the one function that turns what a reader typed (plus filters
 * and a sort order) into the notices that contain it. The search page's UI calls it, and so does
 * the search-quality test (through `window.gazetteSearch`), so what is measured is what readers
 * get.
 *
 *  1. The query is normalized (normalize.ts): width, case, spaces, 发文字号 brackets.
 *  2. Candidate pages: Pagefind finds them (query.ts chooses what to send). A query that starts
 *     with a letter or digit, or holds a 发文字号, takes the pages that have them from runs.ts
 *     (Pagefind only knows word starts, and a 发文字号's pieces are on every notice), narrowed by
 *     Pagefind for the rest of the query when there are many. A query none of this can narrow
 *     down (a single character) reads every page.
 *  3. Each candidate's text (its Pagefind fragment) is checked to contain the query; only those
 *     that do are hits. The text Pagefind indexed is the page text (indexable-html.ts), so this
 *     is a substring test on what the page says, as the quality test's oracle makes (with its
 *     own normalization).
 *  4. Hits keep Pagefind's order (relevance), a notice whose own 发文字号 is the query first, then
 *     those with the query in their title; or are sorted by date (undated ones last). Each hit
 *     gets an excerpt with the match marked, and links to the headings and attachments where
 *     the query occurs.
 *  5. Filters are Pagefind's (data-pagefind-filter); the counts shown per value are counted over
 *     the hits of the query without filters (from each hit's `filters`).
 *
 * No DOM here; the Pagefind module and the runs file are passed in (pagefind-api.ts), so the
 * engine runs in Node against a fake Pagefind too (engine.test.ts). Steps 2 and 3–5 live in
 * plan.ts and hits.ts.
 */
import { countFilters, hitOf, orderHits, type Hit, type SortOrder } from './hits.ts';
import { normalizeQuery } from './normalize.ts';
import type { FilterCounts, PagefindApi, PagefindSearchOptions } from './pagefind-api.ts';
import { candidatesOf, planQuery, type Plan } from './plan.ts';
import { zhSegmenter, type Segmenter } from './query.ts';
import type { RunsFile } from './runs.ts';

export type { ExcerptPart } from './excerpt.ts';
export type { Hit, SortOrder, SubHit } from './hits.ts';
export { SORT_ORDERS } from './hits.ts';
export type { FilterCounts, PagefindApi, PagefindFragment, PagefindResult } from './pagefind-api.ts';

/** The filters the notice pages declare (data-pagefind-filter), in the order the page shows them. */
export const FILTER_KEYS = ['机关', '文种', '年份', '公报'] as const;

export interface SearchRequest {
  query: string;
  /** One value per filter key; empty values are ignored. */
  filters?: Partial<Record<string, string>>;
  sort?: SortOrder;
}

export interface SearchResponse {
  query: string;
  normalized: string;
  /**
   * empty: nothing asked; browse: filters only; index: Pagefind's candidates; runs: pages with
   * the query's leading Latin/number run or 发文字号 (runs.ts), narrowed by Pagefind when many;
   * scan: every page read.
   */
  route: 'empty' | 'browse' | 'index' | 'runs' | 'scan';
  hits: Hit[];
  /** Hits per filter value: of the query without filters (of all notices when there is no query). */
  counts: FilterCounts;
  /** The pages read to check (fragments loaded). */
  candidates: number;
  /** What was sent to pagefind.search() (null: every page listed); absent when nothing was. */
  sent?: string | null;
}

export interface EngineOptions {
  /** The Latin/number runs of the indexed pages (gazette-runs.json), loaded when first needed. */
  loadRuns: () => Promise<RunsFile>;
  segmenter?: Segmenter;
  /** Most sub-results per hit (hits.ts MAX_SUB_RESULTS). */
  maxSubResults?: number;
  /** Up to this many pages from runs.ts are read without asking Pagefind to narrow them (plan.ts DIRECT_MAX). */
  directMax?: number;
}

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions) {
  const segmenter = options.segmenter ?? zhSegmenter();
  let runs: Promise<RunsFile> | undefined;
  let totals: Promise<FilterCounts> | undefined;
  const loadRunsOnce = () => (runs ??= options.loadRuns());
  const filterTotals = () => (totals ??= pagefind.filters());

  /** Verified hits of a plan, in Pagefind's order, and how many pages were read to find them. */
  async function hitsFor(normalized: string, plan: Plan, searchOptions: PagefindSearchOptions) {
    const found = await candidatesOf(pagefind, plan, searchOptions);
    const datas = await Promise.all(found.map((r) => r.data()));
    const hits = datas.map((d) => hitOf(d, normalized, options.maxSubResults)).filter((h): h is Hit => h !== undefined);
    return { hits, read: found.length };
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const normalized = normalizeQuery(request.query ?? '');
    const sort = request.sort ?? 'relevance';
    const filters: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(request.filters ?? {})) if (value) filters[key] = [value];
    const hasFilters = Object.keys(filters).length > 0;
    // Sorting by date is done here, not by Pagefind: Pagefind's sort leaves out every page
    // without the sort key (the 大事记 has no date), and all candidates are read anyway.
    const base = { query: request.query, normalized };

    if (!normalized) {
      if (!hasFilters) return { ...base, route: 'empty', hits: [], counts: await filterTotals(), candidates: 0 };
      const { hits, read } = await hitsFor('', { route: 'scan', sent: null }, { filters });
      return {
        ...base,
        route: 'browse',
        hits: orderHits(hits, '', sort),
        counts: await filterTotals(),
        candidates: read,
        sent: null,
      };
    }

    const plan = await planQuery(normalized, { runs: loadRunsOnce, segmenter, directMax: options.directMax });
    const shown = await hitsFor(normalized, plan, { filters });
    // The counts beside the filter values are of the query without filters.
    const all = hasFilters ? await hitsFor(normalized, plan, {}) : shown;
    return {
      ...base,
      route: plan.route,
      hits: orderHits(shown.hits, normalized, sort),
      counts: countFilters(all.hits),
      candidates: Math.max(shown.read, all.read),
      sent: plan.sent,
    };
  }

  return { search, filterTotals };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
