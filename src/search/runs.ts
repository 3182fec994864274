/**
 * Runs of Latin letters and digits, and 发文字号, in the indexed text, with the pages that hold
 * them (`gazette-runs.json`, written next to the Pagefind bundle by index-site.ts). A few kB for
 * the whole gazette.
 *
 * - Pagefind matches a query word against the *start* of indexed words, so `6119` never finds
 *   `96119` and `125` never finds `1125`; and a number printed across table cells reads as one
 *   once spaces are ignored, as search ignores them. Chinese has no such gap (every pair of
 *   characters is indexed, query.ts); Latin letters and digits do. So the pages whose text has a
 *   run containing the run a query starts with are looked up here.
 * - A 发文字号 is made of pieces every notice of that year and agency has (西政, 办, 2017, 7),
 *   so Pagefind would offer most notices to check; here it is looked up whole.
 *
 * Both are matched as the search compares text (normalize.ts): a page is a candidate when one
 * of its entries contains the query's.
 */
import { normalizeText } from './normalize.ts';

export const RUNS_FILE = 'gazette-runs.json';

export interface RunsFile {
  version: 1;
  /** Pagefind page hashes (the `id` of a search result; the fragment file name). */
  pages: string[];
  /** Each run of the normalized text → indexes into `pages`. */
  runs: Record<string, number[]>;
}

/** Inside a regex character class: digits, and letters of alphabetic scripts (not Han). */
export const ALNUM = '\\p{Nd}\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}';
/** A Latin/number word: with `.` `-` `/` `%` `_` inside (PM2.5, 98.5%, DB11/139-2015). */
export const WORD_SOURCE = `[${ALNUM}](?:[${ALNUM}._\\-/%]*[${ALNUM}%])?`;
const WORD = new RegExp(WORD_SOURCE, 'gu');
/** The 〔year〕serial号 of a 发文字号 in normalized text. */
const DOC_NUMBER_TAIL = /〔\d{4}〕\d{1,4}号/g;
/**
 * Most Han characters taken before a 〔year〕serial号: the longest 机关代字 the pipeline reads
 * (src/pipeline/structure/patterns.ts DOC_NUMBER), so that no agency's code is cut short.
 */
const AGENCY_CODE_MAX = 10;
const HAN = /\p{Script=Han}/u;

/**
 * The 发文字号 in a normalized text: each 〔year〕serial号 with the (up to AGENCY_CODE_MAX) Han characters
 * right before it — also when those belong to the previous number (`…7号京政发〔2016〕48号`), so
 * that a text and a query cut them the same way.
 */
export function docNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DOC_NUMBER_TAIL)) {
    let start = m.index;
    while (start > 0 && m.index - start < AGENCY_CODE_MAX && HAN.test(text[start - 1]!)) start--;
    if (start < m.index) out.push(text.slice(start, m.index + m[0].length));
  }
  return out;
}

/** The runs file for some pages: `text` is each page's indexed text (as Pagefind stored it). */
export function runsOf(pages: readonly { hash: string; text: string }[]): RunsFile {
  const runs = new Map<string, Set<number>>();
  pages.forEach((page, i) => {
    const text = normalizeText(page.text);
    for (const run of [...(text.match(WORD) ?? []), ...docNumbers(text)]) {
      let set = runs.get(run);
      if (!set) runs.set(run, (set = new Set()));
      set.add(i);
    }
  });
  const sorted = [...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version: 1,
    pages: pages.map((p) => p.hash),
    runs: Object.fromEntries(sorted.map(([run, set]) => [run, [...set].sort((a, b) => a - b)])),
  };
}

/** The Latin/number run a normalized query starts with, if it starts with one. */
export function leadingRun(normalizedQuery: string): string | undefined {
  WORD.lastIndex = 0;
  const match = WORD.exec(normalizedQuery);
  return match && match.index === 0 ? match[0] : undefined;
}

/**
 * What of a normalized query can be looked up here: the Latin/number run it starts with, and
 * every 发文字号 in it. A page can hold the query only if it has an entry containing each.
 */
export function lookupTokens(normalizedQuery: string): string[] {
  const tokens = docNumbers(normalizedQuery);
  const lead = leadingRun(normalizedQuery);
  if (lead) tokens.unshift(lead);
  return tokens;
}

/** Hashes of the pages with an entry that contains `run`. */
export function pagesWithRun(file: RunsFile, run: string): Set<string> {
  const pages = new Set<string>();
  for (const [text, indexes] of Object.entries(file.runs)) {
    if (!text.includes(run)) continue;
    for (const i of indexes) {
      const hash = file.pages[i];
      if (hash !== undefined) pages.add(hash);
    }
  }
  return pages;
}
