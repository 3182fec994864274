/**
 * Runs of Latin letters and digits in the indexed text, with the pages that hold them
 * (`gazette-runs.json`, written next to the Pagefind bundle by index-site.ts).
 *
 * Pagefind matches a query word against the *start* of indexed words, so `6119` never finds
 * `96119` and `125` never finds `1125`; and a number the page prints as table cells
 * (`50</p><p>40`) reads `5040` once spaces are ignored, as search ignores them. Chinese has no
 * such gap (every pair of characters is indexed, query.ts); Latin letters and digits do. So for a
 * query that starts with a letter or digit, the pages whose text has a run containing that
 * start are looked up here, exactly as the search compares text (normalize.ts); Pagefind then
 * narrows them down by the rest of the query. A few kB for the whole gazette.
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

/** The runs file for some pages: `text` is each page's indexed text (as Pagefind stored it). */
export function runsOf(pages: readonly { hash: string; text: string }[]): RunsFile {
  const runs = new Map<string, Set<number>>();
  pages.forEach((page, i) => {
    for (const run of normalizeText(page.text).match(WORD) ?? []) {
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

/** Hashes of the pages with a run that contains `run`. */
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
