/**
 * The search index's files, shared by the build (index-build.ts, in Node) and the search page
 * (index-reader.ts, in the browser). Served from /search-index/, each file gzip-compressed by the
 * build (so that it costs the same on a host that does not compress) under an extension hosts
 * do not decompress on their own; the reader takes plain text too.
 *
 *  - `meta.gzd`: IndexMeta — every page's title, 发文字号, date, filters, headings and sections,
 *    where its text blocks start, and which shard holds which characters' pairs;
 *  - `shard/<n>.gzd`: Shard — for each pair of neighbouring characters of the normalized page
 *    texts (normalize.ts), every position it starts at, per page; a query term of two or more
 *    characters is found exactly from the pairs it is made of, a single character from the pairs
 *    it starts (every character starts one: each text ends with END);
 *  - `text/<page>/<block>.gzd`: the page text as shown, in blocks of `blockChars` characters,
 *    for excerpts.
 */

export const INDEX_DIR = 'search-index';
export const META_FILE = 'meta.gzd';
export const shardFile = (shard: number) => `shard/${shard}.gzd`;
export const blockFile = (page: number, block: number) => `text/${page}/${block}.gzd`;

/** Ends every page's normalized text, so that its last character starts a pair too. Never in a normalized text. */
export const END = '\u0000';

export const INDEX_VERSION = 1;

/** A heading (h), a section such as an attachment (s), or where a section ended (e), at a normalized offset. */
export type SectionEntry = [kind: 'h' | 's' | 'e', id: string, title: string, at: number];

export interface PageMeta {
  url: string;
  title: string;
  docNumber?: string;
  /** ISO date (成文日期, else 印发日期). */
  date?: string;
  filters: Record<string, string[]>;
  /** Length of the normalized text (without END). */
  length: number;
  /** Normalized offset where the body starts: after the 版头, 发文字号 and title that open the page. */
  bodyStart: number;
  /** Normalized offset at which each text block starts. */
  blocks: number[];
  /** In page order. */
  sections: SectionEntry[];
}

export interface IndexMeta {
  version: typeof INDEX_VERSION;
  /** Characters of page text per text block. */
  blockChars: number;
  /**
   * The characters (UTF-16 units) whose pairs each shard holds. A character listed in several
   * consecutive shards has its pairs spread over them by the pair's second unit (shardOf).
   */
  shards: string[];
  pages: PageMeta[];
}

/** Pair → its postings (encodePostings). */
export type Shard = Record<string, string>;

/** Page number → the sorted positions. */
export type Postings = Map<number, number[]>;

/**
 * Postings as text that gzip compresses well: `page:first,delta,delta;page:…`, numbers in base 36,
 * positions as differences from the previous one.
 */
export function encodePostings(postings: Postings): string {
  return [...postings]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([page, positions]) =>
        `${page.toString(36)}:${positions.map((p, i) => (i === 0 ? p : p - positions[i - 1]!).toString(36)).join(',')}`,
    )
    .join(';');
}

export function decodePostings(text: string): Postings {
  const postings: Postings = new Map();
  if (!text) return postings;
  for (const entry of text.split(';')) {
    const colon = entry.indexOf(':');
    let at = 0;
    const positions = entry
      .slice(colon + 1)
      .split(',')
      .map((d) => (at += parseInt(d, 36)));
    postings.set(parseInt(entry.slice(0, colon), 36), positions);
  }
  return postings;
}

/** For each UTF-16 unit, the shards that hold the pairs it starts (from IndexMeta.shards). */
export function shardMap(shards: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  shards.forEach((units, shard) => {
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      const list = map.get(unit) ?? [];
      if (list[list.length - 1] !== shard) list.push(shard);
      map.set(unit, list);
    }
  });
  return map;
}

/** The shard holding a pair (two UTF-16 units), or undefined when no page has its first unit. */
export function shardOf(map: ReadonlyMap<string, readonly number[]>, pair: string): number | undefined {
  const list = map.get(pair[0]!);
  if (!list) return undefined;
  return list.length === 1 ? list[0] : list[pair.charCodeAt(1) % list.length];
}
