/**
 * From a candidate page's Pagefind fragment to a hit, and hits in the order the reader asked
 * for. Pure functions: the engine (engine.ts) loads the fragments and calls these.
 */
import {
  displayText,
  EXCERPT_RADIUS,
  excerptAt,
  markMatches,
  parsePagefindExcerpt,
  partsText,
  sectionAt,
  sectionsOf,
  wordIndexes,
  type ExcerptPart,
} from './excerpt.ts';
import { normalizeText, normalizeWithOrigins } from './normalize.ts';
import type { FilterCounts, PagefindFragment } from './pagefind-api.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/**
 * Most sub-results per hit: each is a line under the result, and past five the next result
 * falls below the fold on a phone; the notice page's own table of contents lists the rest.
 */
export const MAX_SUB_RESULTS = 5;
/**
 * Characters of context on each side of a match in a sub-result: one line of the result list
 * at the phone width (a sub-result is indented and shares its line with the heading's link).
 */
export const SUB_EXCERPT_RADIUS = 24;
/**
 * Characters a listing without a query (filters only) shows from the start of the page: as
 * much as a match excerpt, which has EXCERPT_RADIUS on either side.
 */
export const LISTING_EXCERPT_LENGTH = 2 * EXCERPT_RADIUS;

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

const SLUG = /\/notices\/([^/]+)\/?$/;

/** Where a normalized query occurs in a text, as ranges of the text as written. */
export function occurrencesIn(content: string, normalizedQuery: string): { start: number; end: number }[] {
  const { text, origins } = normalizeWithOrigins(content);
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(normalizedQuery); at >= 0; at = text.indexOf(normalizedQuery, at + 1)) {
    found.push({ start: origins[at]!, end: origins[at + normalizedQuery.length - 1]! + 1 });
  }
  return found;
}

/**
 * The hit a fragment makes for a normalized query, or undefined when its text does not contain
 * the query (Pagefind offered a page that only has the query's pieces). An empty query makes a
 * listing entry: the page's opening as excerpt.
 */
export function hitOf(data: PagefindFragment, normalized: string, maxSub = MAX_SUB_RESULTS): Hit | undefined {
  const meta = (key: string) => {
    const value = data.meta[key];
    return value ? displayText(value).trim() : undefined;
  };
  const base = {
    url: data.url,
    slug: SLUG.exec(data.url)?.[1] ?? data.url,
    title: meta('title') ?? data.url,
    docNumber: meta('docNumber'),
    date: meta('date'),
    filters: data.filters ?? {},
  };
  if (!normalized) {
    return {
      ...base,
      excerpt: excerptAt(data.content, 0, 0, LISTING_EXCERPT_LENGTH),
      subResults: [],
      occurrences: 0,
    };
  }
  const found = occurrencesIn(data.content, normalized);
  if (found.length === 0) return undefined;

  // Pagefind's excerpt (the densest stretch of matched words) when it shows the match, with
  // the match marked exactly; else a stretch around the first occurrence.
  const excerpt =
    markMatches(partsText(parsePagefindExcerpt(data.excerpt ?? '')), normalized) ??
    excerptAt(data.content, found[0]!.start, found[0]!.end);
  return { ...base, excerpt, subResults: subResultsOf(data, found, maxSub), occurrences: found.length };
}

/** The headings and attachments holding the occurrences, each once, in page order. */
function subResultsOf(data: PagefindFragment, found: readonly { start: number; end: number }[], max: number) {
  const subResults: SubHit[] = [];
  const sections = sectionsOf(data.anchors ?? []);
  if (sections.length === 0) return subResults;
  const wordOf = wordIndexes(data.content, data.raw_content ?? data.content);
  for (const occurrence of found) {
    const section = sectionAt(sections, wordOf[occurrence.start] ?? 0);
    if (!section || subResults.some((s) => s.id === section.id)) continue;
    if (subResults.length >= max) break;
    subResults.push({
      id: section.id,
      title: section.title,
      url: `${data.url.split('#')[0]}#${encodeURIComponent(section.id)}`,
      excerpt: excerptAt(data.content, occurrence.start, occurrence.end, SUB_EXCERPT_RADIUS),
    });
  }
  return subResults;
}

/**
 * Hits in the order asked for. By relevance: a notice whose own 发文字号 is the query first,
 * then those with the query in their title, each group in the order given (Pagefind's). By
 * date: stable, notices without a date last.
 */
export function orderHits(hits: readonly Hit[], normalized: string, sort: SortOrder): Hit[] {
  if (sort !== 'relevance') {
    const sign = sort === 'newest' ? -1 : 1;
    return [...hits].sort((a, b) =>
      a.date && b.date ? sign * a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0,
    );
  }
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

/** Hits per filter value. */
export function countFilters(hits: readonly Hit[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const hit of hits) {
    for (const [key, values] of Object.entries(hit.filters)) {
      const forKey = (counts[key] ??= {});
      for (const value of values) forKey[value] = (forKey[value] ?? 0) + 1;
    }
  }
  return counts;
}
