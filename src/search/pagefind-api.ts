/**
 * The parts of pagefind.js 1.6's browser API the search uses. The engine takes an object of
 * this shape instead of importing pagefind.js, so that Node tests can hand it a fake
 * (tests/support/search-fake-pagefind.ts) and the browser the real bundle in dist/pagefind/.
 */
import type { Anchor } from './excerpt.ts';

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
  /** The page's hash: also its fragment's file name and its key in the runs file (runs.ts). */
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

/** Filter key → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** `null` lists every page (with the filters) without loading any index chunk. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}
