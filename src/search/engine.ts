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
 *     check is the same substring test the quality test's oracle makes.
 *  4. Hits keep Pagefind's order (relevance), a notice whose own 发文字号 is the query first, then
 *     those with the query in their title; or are sorted by date (undated ones last). Each hit
 *     gets an excerpt with the match marked, and links to the headings and attachments where
 *     the query occurs.
 *  5. Filters are Pagefind's (data-pagefind-filter); the counts shown per value are counted over
 *     the hits of the query without filters (from each hit's `filters`).
 *
 * No DOM here; the Pagefind module and the runs file are passed in.
 */
import {
  displayText,
  excerptAt,
  markMatches,
  parsePagefindExcerpt,
  partsText,
  sectionAt,
  sectionsOf,
  wordIndexes,
} from './excerpt.ts';
import type { Anchor, ExcerptPart } from './excerpt.ts';
import { normalizeQuery, normalizeText, normalizeWithOrigins } from './normalize.ts';
import { pagefindQuery, zhSegmenter, type Segmenter } from './query.ts';
import { leadingRun, lookupTokens, pagesWithRun, type RunsFile } from './runs.ts';

export type { ExcerptPart } from './excerpt.ts';

/** The parts of pagefind.js 1.6's API used here. */
export interface PagefindFragment {
  url: string;
  /** The page text (ZWSPs removed by pagefind.js). */
  content: string;
  /** The page text with a ZWSP after each word and `<` `>` escaped. */
  raw_content?: string;
  /** HTML: the text with `<` `>` escaped and matched words in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
export interface PagefindResponse {
  results: PagefindResult[];
}
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];
/** The filters the notice pages declare (data-pagefind-filter), in the order the page shows them. */
export const FILTER_KEYS = ['机关', '文种', '年份', '公报'] as const;

export interface SearchRequest {
  query: string;
  /** One value per filter key; empty values are ignored. */
  filters?: Partial<Record<string, string>>;
  sort?: SortOrder;
}

export interface SubHit {
  /** The heading's or section's id: the link is `url#id`. */
  id: string;
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface Hit {
  url: string;
  /** From `/notices/<slug>/`. */
  slug: string;
  title: string;
  docNumber?: string;
  /** ISO date (成文日期, else 印发日期). */
  date?: string;
  excerpt: ExcerptPart[];
  /** Headings and attachments where the query occurs, in page order. */
  subResults: SubHit[];
  filters: Record<string, string[]>;
  /** How often the query occurs in the page (0 for a query-less listing). */
  occurrences: number;
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
  /** Most sub-results per hit. */
  maxSubResults?: number;
  /** Up to this many pages from runs.ts are read without asking Pagefind to narrow them. */
  directMax?: number;
}

const SLUG = /\/notices\/([^/]+)\/?$/;

export function createSearchEngine(pagefind: PagefindApi, options: EngineOptions) {
  const segmenter = options.segmenter ?? zhSegmenter();
  const maxSub = options.maxSubResults ?? 5;
  const directMax = options.directMax ?? 8;
  let runs: Promise<RunsFile> | undefined;
  let totals: Promise<FilterCounts> | undefined;

  const filterTotals = () => (totals ??= pagefind.filters());

  interface Plan {
    route: 'index' | 'runs' | 'scan';
    /** What to send to pagefind.search(); null lists every page (without reading any). */
    sent: string | null;
    /** Only these pages (hashes) can hold the query. */
    only?: Set<string>;
  }

  async function plan(normalized: string): Promise<Plan> {
    const tokens = lookupTokens(normalized);
    if (tokens.length > 0) {
      const file = await (runs ??= options.loadRuns());
      let only = pagesWithRun(file, tokens[0]!);
      for (const token of tokens.slice(1)) {
        const more = pagesWithRun(file, token);
        only = new Set([...only].filter((hash) => more.has(hash)));
      }
      // What Pagefind can check is what follows a leading run (a 发文字号 is indexed as words).
      const lead = leadingRun(normalized);
      const rest = lead ? normalized.slice(lead.length) : normalized;
      const sent = only.size <= directMax || !rest ? null : pagefindQuery(rest, segmenter);
      return { route: 'runs', sent, only };
    }
    const sent = pagefindQuery(normalized, segmenter);
    return sent === null ? { route: 'scan', sent: null } : { route: 'index', sent };
  }

  /** Candidates of a plan, in Pagefind's order. */
  async function candidates(p: Plan, searchOptions: PagefindSearchOptions): Promise<PagefindResult[]> {
    if (p.only && p.only.size === 0) return [];
    const response = await pagefind.search(p.sent, searchOptions);
    const results = response?.results ?? [];
    return p.only ? results.filter((r) => p.only!.has(r.id)) : results;
  }

  function toHit(data: PagefindFragment, normalized: string): Hit | undefined {
    const slug = SLUG.exec(data.url)?.[1] ?? data.url;
    const meta = (key: string) => {
      const value = data.meta[key];
      return value ? displayText(value).trim() : undefined;
    };
    const base = {
      url: data.url,
      slug,
      title: meta('title') ?? data.url,
      docNumber: meta('docNumber'),
      date: meta('date'),
      filters: data.filters ?? {},
    };
    if (!normalized) {
      return { ...base, excerpt: excerptAt(data.content, 0, 0, 72), subResults: [], occurrences: 0 };
    }
    const { text, origins } = normalizeWithOrigins(data.content);
    const found: { start: number; end: number }[] = [];
    for (let at = text.indexOf(normalized); at >= 0; at = text.indexOf(normalized, at + 1)) {
      found.push({ start: origins[at]!, end: origins[at + normalized.length - 1]! + 1 });
    }
    if (found.length === 0) return undefined;

    // Pagefind's excerpt (the densest stretch of matched words) when it shows the match, with
    // the match marked exactly; else a stretch around the first occurrence.
    const excerpt =
      markMatches(partsText(parsePagefindExcerpt(data.excerpt ?? '')), normalized) ??
      excerptAt(data.content, found[0]!.start, found[0]!.end);

    const subResults: SubHit[] = [];
    const sections = sectionsOf(data.anchors ?? []);
    if (sections.length > 0) {
      const wordOf = wordIndexes(data.content, data.raw_content ?? data.content);
      for (const occurrence of found) {
        const section = sectionAt(sections, wordOf[occurrence.start] ?? 0);
        if (!section || subResults.some((s) => s.id === section.id)) continue;
        if (subResults.length >= maxSub) break;
        subResults.push({
          id: section.id,
          title: section.title,
          url: `${data.url.split('#')[0]}#${encodeURIComponent(section.id)}`,
          excerpt: excerptAt(data.content, occurrence.start, occurrence.end, 24),
        });
      }
    }
    return { ...base, excerpt, subResults, occurrences: found.length };
  }

  /** Verified hits of a plan, in Pagefind's order. */
  async function hitsFor(normalized: string, p: Plan, searchOptions: PagefindSearchOptions) {
    const found = await candidates(p, searchOptions);
    const datas = await Promise.all(found.map((r) => r.data()));
    const hits = datas.map((d) => toHit(d, normalized)).filter((h): h is Hit => h !== undefined);
    return { hits, read: found.length };
  }

  function order(hits: Hit[], normalized: string, sort: SortOrder): Hit[] {
    if (sort !== 'relevance') {
      const sign = sort === 'newest' ? -1 : 1;
      // Stable; notices without a date last.
      return [...hits].sort((a, b) =>
        a.date && b.date ? sign * a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0,
      );
    }
    // A notice whose own 发文字号 is the query comes first, then its title matches.
    const rank = (hit: Hit) =>
      hit.docNumber && normalizeText(hit.docNumber) === normalized
        ? 0
        : normalizeText(hit.title).includes(normalized)
          ? 1
          : 2;
    return hits
      .map((hit, i) => ({ hit, i, r: rank(hit) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.hit);
  }

  function count(hits: readonly Hit[]): FilterCounts {
    const counts: FilterCounts = {};
    for (const hit of hits) {
      for (const [key, values] of Object.entries(hit.filters)) {
        const forKey = (counts[key] ??= {});
        for (const value of values) forKey[value] = (forKey[value] ?? 0) + 1;
      }
    }
    return counts;
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const normalized = normalizeQuery(request.query ?? '');
    const sortOrder = request.sort ?? 'relevance';
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
        hits: order(hits, '', sortOrder),
        counts: await filterTotals(),
        candidates: read,
        sent: null,
      };
    }

    const p = await plan(normalized);
    const shown = await hitsFor(normalized, p, { filters });
    const all = hasFilters ? await hitsFor(normalized, p, {}) : shown;
    return {
      ...base,
      route: p.route,
      hits: order(shown.hits, normalized, sortOrder),
      counts: count(all.hits),
      candidates: Math.max(shown.read, all.read),
      sent: p.sent,
    };
  }

  return { search, filterTotals };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
