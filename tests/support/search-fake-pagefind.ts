/**
 * A stand-in for pagefind.js 1.6 in Node, for unit tests of the search engine
 * (src/search/engine.ts) without a build or a browser. It keeps what the engine relies on and
 * what makes its checks necessary:
 *
 *  - `search(term)` offers every page holding each space-separated piece of the term somewhere
 *    (AND, not as a phrase: a page with 垃圾 and 分类 apart is offered for `垃圾 分类`, as
 *    Pagefind does), in the order the pages were given; `search(null)` lists every page;
 *  - filters select pages by `filters` values, `filters()` counts all pages per value;
 *  - a fragment has `content` (the words joined), `raw_content` (a ZWSP after each word, as
 *    Pagefind writes it for a segmented page), `anchors` located by word number, and an
 *    `excerpt` with the sent pieces in <mark>.
 *
 * It records what was sent and which fragments were read, so a test can say what a search cost.
 */
import type {
  FilterCounts,
  PagefindApi,
  PagefindFragment,
  PagefindResult,
  PagefindSearchOptions,
} from '../../src/search/pagefind-api.ts';
import type { Anchor } from '../../src/search/excerpt.ts';
import type { Segmenter } from '../../src/search/query.ts';
import { runsOf, type RunsFile } from '../../src/search/runs.ts';

export interface FakePage {
  /** The page's hash, Pagefind's result id. */
  hash: string;
  /** The notice's slug: the page is `/notices/<slug>/`. */
  slug: string;
  /** The page's text, cut into Pagefind's words. */
  words: string[];
  title: string;
  docNumber?: string;
  date?: string;
  filters?: Record<string, string[]>;
  /** Elements with an id, `location` being the number of the word they start at. */
  anchors?: Anchor[];
}

export interface FakePagefind extends PagefindApi {
  /** Every term passed to search(), in order. */
  sent: (string | null)[];
  /** Hashes of the pages whose fragment was read, in order. */
  reads: string[];
}

const escape = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fragmentOf(page: FakePage, pieces: readonly string[]): PagefindFragment {
  const marked = page.words.map((w) =>
    pieces.some((p) => p && w.startsWith(p)) ? `<mark>${escape(w)}</mark>` : escape(w),
  );
  return {
    url: `/notices/${page.slug}/`,
    content: page.words.join(''),
    raw_content: page.words.map((w) => `${escape(w)}\u200b`).join(''),
    excerpt: marked.join(''),
    meta: { title: page.title, docNumber: page.docNumber, date: page.date },
    filters: page.filters ?? {},
    anchors: page.anchors ?? [],
  };
}

function passes(page: FakePage, filters: PagefindSearchOptions['filters']): boolean {
  return Object.entries(filters ?? {}).every(([key, values]) =>
    values.some((value) => (page.filters?.[key] ?? []).includes(value)),
  );
}

export function fakePagefind(pages: readonly FakePage[]): FakePagefind {
  const api: FakePagefind = {
    sent: [],
    reads: [],
    async options() {},
    async search(term, options = {}) {
      api.sent.push(term);
      const pieces = term === null ? [] : term.split(' ').filter(Boolean);
      const results: PagefindResult[] = pages
        .filter((page) => passes(page, options.filters))
        .filter((page) => pieces.every((piece) => page.words.join('').includes(piece)))
        .map((page) => ({
          id: page.hash,
          score: 1,
          data: async () => {
            api.reads.push(page.hash);
            return fragmentOf(page, pieces);
          },
        }));
      return { results };
    },
    async filters() {
      const counts: FilterCounts = {};
      for (const page of pages) {
        for (const [key, values] of Object.entries(page.filters ?? {})) {
          for (const value of values) (counts[key] ??= {})[value] = (counts[key]?.[value] ?? 0) + 1;
        }
      }
      return counts;
    },
  };
  return api;
}

/** The runs file index-site.ts would write for these pages. */
export function fakeRuns(pages: readonly FakePage[]): RunsFile {
  return runsOf(pages.map((page) => ({ hash: page.hash, text: page.words.join('') })));
}

/** A segmenter that knows a fixed list of words (and otherwise cuts single characters). */
export function segmenterKnowing(words: readonly string[]): Segmenter {
  return (text) => {
    const out: { segment: string }[] = [];
    let i = 0;
    while (i < text.length) {
      const word = words.find((w) => text.startsWith(w, i));
      const piece = word ?? text[i]!;
      out.push({ segment: piece });
      i += piece.length;
    }
    return out;
  };
}
