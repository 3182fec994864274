/**
 * The search of the search page: the one function that turns what a reader typed (plus filters
 * and a sort order) into the notices that contain it. The search page's UI calls it, and so does
 * the search-quality test (through `window.gazetteSearch`), so what is measured is what readers
 * get.
 *
 *  1. The query becomes terms (terms.ts): words separated by spaces, quoted phrases, 发文字号
 *     typed any way; each normalized (normalize.ts). A term with a character no notice has is
 *     read as traditional Chinese and converted (variants.ts).
 *  2. Every notice holding every term, exactly, is a hit: the index (index-reader.ts) knows where
 *     each pair of neighbouring characters occurs, so a term's places are found without reading
 *     any page, and the count is exact.
 *  3. When no notice holds a term that was typed without spaces and without quotes, the term is
 *     read as words (words.ts) and the notices holding all of them are the hits, the page says
 *     so. When an unspaced term does match, the notices holding its words anywhere are counted,
 *     and the page offers them as a wider search.
 *  4. Hits are ranked (rank.ts) or sorted by date (undated last). Excerpts and sub-results
 *     (hits.ts) are loaded for the hits on screen only (`details`).
 *  5. Filters are the notice pages' data-pagefind-filter values; the count beside each value is
 *     over the hits of the query without filters.
 *
 * No DOM here; the index's files come through a loader, so the engine runs in Node too
 * (engine.test.ts builds a small index in memory).
 */
import { byDate, detailOf, hitOf, type Hit, type HitDetail, type SortOrder } from './hits.ts';
import type { IndexMeta } from './index-format.ts';
import { SearchIndex, type Loader, type Occurrences } from './index-reader.ts';
import { normalizeQuery } from './normalize.ts';
import { rankByRelevance } from './rank.ts';
import { parseQuery, type QueryTerm } from './terms.ts';
import { wordsOf, zhSegmenter, type Segmenter } from './words.ts';

export type { ExcerptPart } from './excerpt.ts';
export type { Hit, HitDetail, SortOrder, SubHit } from './hits.ts';
export { SORT_ORDERS } from './hits.ts';
export type { Loader } from './index-reader.ts';

/** The filters the notice pages declare (data-pagefind-filter), in the order the page shows them. */
export const FILTER_KEYS = ['机关', '文种', '年份', '公报', '有效性'] as const;

/** Filter key → value → number of notices. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchRequest {
  query: string;
  /** One value per filter key; empty values are ignored. */
  filters?: Partial<Record<string, string>>;
  sort?: SortOrder;
}

export interface SearchTerm {
  /** Normalized: what was looked for. */
  text: string;
  /** As the page shows it: as typed, or as converted from traditional characters. */
  shown: string;
  /** As typed, when it was converted from traditional characters. */
  convertedFrom?: string;
}

export interface SearchResponse {
  query: string;
  /** The terms looked for, normalized, separated by a space; '' when none. */
  normalized: string;
  /** empty: nothing asked; browse: filters only; all: every term as typed; words: see `split`. */
  mode: 'empty' | 'browse' | 'all' | 'words';
  terms: SearchTerm[];
  /** mode words: the terms no notice holds as typed, and the words each was read as. */
  split?: { typed: string; words: string[] }[];
  /** An unspaced term that matched: its words, and how many notices hold them all (more than the hits). */
  wider?: { words: string[]; count: number };
  hits: Hit[];
  /** Hits per filter value: of the query without filters (of all notices when there is no query). */
  counts: FilterCounts;
  /** Index files loaded by the engine so far. */
  loaded: number;
}

export interface EngineOptions {
  /** The index's files (index-format.ts) by path. */
  load: Loader;
  segmenter?: Segmenter;
  /** Traditional → simplified Chinese, loaded when a term has a character no notice has. */
  loadConverter?: () => Promise<(text: string) => string>;
}

/**
 * Most words an unspaced term is offered as a wider search for: a reader who typed a phrase of
 * more words (a sentence copied from a notice) wants that sentence, not its words anywhere.
 */
const MAX_WIDER_WORDS = 4;
/** A term that is only letters, digits and ideographs: what a reader types as words, not copied prose. */
const WORDS_ONLY = /^[\p{L}\p{N}]+$/u;

function intersect(lists: readonly Occurrences[]): number[] {
  if (lists.length === 0) return [];
  return [...lists[0]!.keys()].filter((page) => lists.every((l) => l.has(page))).sort((a, b) => a - b);
}

export function countFilters(hits: readonly { filters: Record<string, string[]> }[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const hit of hits) {
    for (const [key, values] of Object.entries(hit.filters)) {
      const forKey = (counts[key] ??= {});
      for (const value of values) forKey[value] = (forKey[value] ?? 0) + 1;
    }
  }
  return counts;
}

export function createSearchEngine(options: EngineOptions) {
  const index = new SearchIndex(options.load);
  const segmenter = options.segmenter ?? zhSegmenter();
  let converter: Promise<(text: string) => string> | undefined;
  const occurs = async (text: string) => (await index.occurrences(text)).size > 0;

  async function filterTotals(): Promise<FilterCounts> {
    return countFilters((await index.meta()).pages);
  }

  /** The term as looked for: converted to simplified characters when it has one no notice has. */
  async function lookedFor(term: QueryTerm): Promise<SearchTerm> {
    const shown = term.typed;
    const han = [...term.text].filter((c) => /\p{Script=Han}/u.test(c));
    const known = await Promise.all(han.map((c) => index.hasUnit(c[0]!)));
    if (!options.loadConverter || known.every(Boolean)) return { text: term.text, shown };
    const convert = await (converter ??= options.loadConverter());
    const text = normalizeQuery(convert(term.text));
    return text === term.text ? { text, shown } : { text, shown: convert(shown), convertedFrom: shown };
  }

  interface Match {
    mode: 'all' | 'words';
    terms: SearchTerm[];
    /** Per term, where it occurs. */
    found: Occurrences[];
    /** The pages holding every term. */
    pages: number[];
    split?: SearchResponse['split'];
    wider?: SearchResponse['wider'];
  }

  /** The terms' places and the pages holding all of them: steps 1–3 above. */
  async function match(typed: QueryTerm[]): Promise<Match> {
    const terms = await Promise.all(typed.map(lookedFor));
    const found = await Promise.all(terms.map((t) => index.occurrences(t.text)));
    const pages = intersect(found);
    if (pages.length === 0) {
      // Terms no notice holds as typed, read as words.
      const splits = await Promise.all(
        terms.map((term, i) =>
          typed[i]!.quoted || found[i]!.size > 0 ? undefined : wordsOf(term.text, segmenter, occurs),
        ),
      );
      if (!splits.some((words) => words && words.length > 1)) return { mode: 'all', terms, found, pages };
      const split: { typed: string; words: string[] }[] = [];
      const expanded = terms.flatMap((term, i) => {
        const words = splits[i];
        if (!words || words.length < 2) return [term];
        split.push({ typed: term.shown, words });
        return words.map((w) => ({ text: w, shown: w }));
      });
      const unique = expanded.filter((t, i) => expanded.findIndex((u) => u.text === t.text) === i);
      const wordsFound = await Promise.all(unique.map((t) => index.occurrences(t.text)));
      return { mode: 'words', terms: unique, found: wordsFound, pages: intersect(wordsFound), split };
    }
    if (terms.length === 1 && !typed[0]!.quoted && WORDS_ONLY.test(terms[0]!.text)) {
      const words = await wordsOf(terms[0]!.text, segmenter, occurs);
      if (words.length > 1 && words.length <= MAX_WIDER_WORDS) {
        const count = intersect(await Promise.all(words.map((w) => index.occurrences(w)))).length;
        if (count > pages.length) return { mode: 'all', terms, found, pages, wider: { words, count } };
      }
    }
    return { mode: 'all', terms, found, pages };
  }

  const passes = (filters: Record<string, string[]>, selected: Record<string, string>) =>
    Object.entries(selected).every(([key, value]) => (filters[key] ?? []).includes(value));

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const meta: IndexMeta = await index.meta();
    const sort = request.sort ?? 'relevance';
    const selected: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.filters ?? {})) if (value) selected[key] = value;
    const respond = (response: Omit<SearchResponse, 'query' | 'loaded'>): SearchResponse => ({
      query: request.query,
      ...response,
      loaded: index.stats.loaded.length,
    });

    const typed = parseQuery(request.query ?? '');
    if (typed.length === 0) {
      const all = meta.pages.map((page, i) => hitOf(i, page, []));
      const browse = Object.keys(selected).length > 0;
      // Without a query nothing is more relevant than anything else: newest first, unless asked otherwise.
      const listed = byDate(
        all.filter((hit) => passes(hit.filters, selected)),
        sort === 'oldest' ? 'oldest' : 'newest',
      );
      const mode = browse ? 'browse' : 'empty';
      return respond({ normalized: '', mode, terms: [], hits: browse ? listed : [], counts: countFilters(all) });
    }

    const { mode, terms, found, pages, split, wider } = await match(typed);
    const all = pages.map((page) =>
      hitOf(
        page,
        meta.pages[page]!,
        found.map((f) => f.get(page) ?? []),
      ),
    );
    const shown = all.filter((hit) => passes(hit.filters, selected));
    const texts = terms.map((t) => t.text);
    const ranked = () =>
      rankByRelevance(
        shown.map((hit) => ({ hit, page: hit.page, meta: meta.pages[hit.page]!, positions: hit.positions })),
        {
          terms: texts,
          pageCount: meta.pages.length,
          documentFrequency: found.map((f) => f.size),
          averageLength: meta.pages.reduce((n, p) => n + p.length, 0) / Math.max(1, meta.pages.length),
        },
      ).map((c) => c.hit);
    return respond({
      normalized: texts.join(' '),
      mode,
      terms,
      ...(split ? { split } : {}),
      ...(wider ? { wider } : {}),
      hits: sort === 'relevance' ? ranked() : byDate(shown, sort),
      counts: countFilters(all),
    });
  }

  /** Excerpts and sub-results of some hits of a response (those about to be shown). */
  async function details(response: SearchResponse, hits: readonly Hit[]): Promise<HitDetail[]> {
    const texts = response.terms.map((t) => t.text);
    return Promise.all(hits.map((hit) => detailOf(index, hit, texts)));
  }

  return { search, details, filterTotals, stats: index.stats };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
