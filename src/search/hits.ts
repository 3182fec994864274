/**
 * What the result list shows of a hit: its excerpt (the stretch where the terms come closest,
 * every term marked) and the headings and attachments that hold the terms, each linked with an
 * excerpt of its own. Loaded from the index's text blocks for the hits on screen only.
 */
import { EXCERPT_RADIUS, excerptOf, sectionAt, type ExcerptPart, type Section } from './excerpt.ts';
import type { PageMeta, SectionEntry } from './index-format.ts';
import type { SearchIndex } from './index-reader.ts';
import { normalizeWithOrigins } from './normalize.ts';
import { tightestWindow } from './rank.ts';

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
  filters: Record<string, string[]>;
  /** How often the terms occur in the page, all together (0 for a listing without a query). */
  occurrences: number;
  /** Page number in the index. */
  page: number;
  /** Per term, the sorted normalized offsets where it occurs. */
  positions: number[][];
}

export interface HitDetail {
  excerpt: ExcerptPart[];
  /** Headings and attachments where the terms occur, in page order. */
  subResults: SubHit[];
}

const SLUG = /\/notices\/([^/]+)\/?$/;

export function hitOf(page: number, meta: PageMeta, positions: number[][]): Hit {
  return {
    url: meta.url,
    slug: SLUG.exec(meta.url)?.[1] ?? meta.url,
    title: meta.title,
    ...(meta.docNumber ? { docNumber: meta.docNumber } : {}),
    ...(meta.date ? { date: meta.date } : {}),
    filters: meta.filters,
    occurrences: positions.reduce((n, p) => n + p.length, 0),
    page,
    positions,
  };
}

/** Hits by date, stably; notices without a date last. */
export function byDate(hits: readonly Hit[], sort: 'newest' | 'oldest'): Hit[] {
  const sign = sort === 'newest' ? -1 : 1;
  return [...hits].sort((a, b) =>
    a.date && b.date ? sign * a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0,
  );
}

function sectionsOfMeta(entries: readonly SectionEntry[]): Section[] {
  const kinds = { h: 'heading', s: 'section', e: 'end' } as const;
  return entries.map(([kind, id, title, at]) => ({ kind: kinds[kind], id, title, location: at }));
}

/**
 * The excerpt of page text around normalized `[start, end)`, every term marked, kept within the
 * part of the page `[partStart, partEnd)` (normalized offsets; the whole page by default).
 */
async function excerptAround(
  index: SearchIndex,
  page: number,
  [start, end]: [number, number],
  terms: readonly string[],
  radius: number,
  [partStart, partEnd]: [number, number] = [0, Infinity],
): Promise<ExcerptPart[]> {
  const around = await index.textAround(page, Math.max(partStart, start - radius), Math.min(partEnd, end + radius));
  const { origins } = normalizeWithOrigins(around.text);
  const textEnd = around.start + origins.length;
  // Display index of a normalized offset within the text loaded.
  const at = (offset: number) =>
    offset <= around.start ? 0 : offset >= textEnd ? around.text.length : origins[offset - around.start]!;
  const from = at(start);
  const to = end > start ? at(end - 1) + 1 : from;
  const partOpensHere = partStart >= around.start;
  const partEndsHere = partEnd <= textEnd;
  return excerptOf(around.text, from, to, terms, {
    radius,
    lo: partOpensHere ? at(partStart) : 0,
    hi: partEndsHere ? at(partEnd) : around.text.length,
    closedStart: partOpensHere || around.pageStart,
    closedEnd: partEndsHere || around.pageEnd,
  });
}

/**
 * Where the excerpt of a hit is: the shortest stretch holding every term, in the body when it
 * has one (the title is shown already); else the first occurrence.
 */
function focusOf(hit: Hit, terms: readonly string[], bodyStart: number): { start: number; end: number } {
  const inBody = hit.positions.map((list) => list.filter((at) => at >= bodyStart));
  const window = tightestWindow(inBody, terms) ?? tightestWindow(hit.positions, terms);
  if (window) return window;
  const first = hit.positions.flatMap((list, t) => list.map((at) => ({ at, end: at + terms[t]!.length })));
  first.sort((a, b) => a.at - b.at);
  return first[0] ? { start: first[0].at, end: first[0].end } : { start: 0, end: 0 };
}

/** The excerpt and sub-results of a hit for the terms (none: a listing, the page's opening). */
export async function detailOf(
  index: SearchIndex,
  hit: Hit,
  terms: readonly string[],
  maxSub = MAX_SUB_RESULTS,
): Promise<HitDetail> {
  const meta = (await index.meta()).pages[hit.page]!;
  if (terms.length === 0) {
    return { excerpt: await excerptAround(index, hit.page, [0, 0], [], LISTING_EXCERPT_LENGTH), subResults: [] };
  }
  const focus = focusOf(hit, terms, meta.bodyStart);
  const sections = sectionsOfMeta(meta.sections);
  // Per part of the page: the terms it holds and its first occurrence.
  const parts = new Map<string, { section: Section; terms: Set<number>; first: number; end: number }>();
  const partEnd = (section: Section) => sections.find((s) => s.location > section.location)?.location ?? meta.length;
  hit.positions.forEach((list, t) => {
    for (const at of list) {
      const section = sectionAt(sections, at);
      if (!section) continue;
      const part = parts.get(section.id) ?? { section, terms: new Set(), first: at, end: at + terms[t]!.length };
      part.terms.add(t);
      if (at < part.first) Object.assign(part, { first: at, end: at + terms[t]!.length });
      parts.set(section.id, part);
    }
  });
  const chosen = [...parts.values()]
    .sort((a, b) => b.terms.size - a.terms.size || a.first - b.first)
    .slice(0, maxSub)
    .sort((a, b) => a.first - b.first);
  const [excerpt, ...subExcerpts] = await Promise.all([
    excerptAround(index, hit.page, [focus.start, focus.end], terms, EXCERPT_RADIUS),
    ...chosen.map((part) =>
      excerptAround(index, hit.page, [part.first, part.end], terms, SUB_EXCERPT_RADIUS, [
        part.section.location,
        partEnd(part.section),
      ]),
    ),
  ]);
  return {
    excerpt: excerpt!,
    subResults: chosen.map((part, i) => ({
      id: part.section.id,
      title: part.section.title,
      url: `${hit.url.split('#')[0]}#${encodeURIComponent(part.section.id)}`,
      excerpt: subExcerpts[i]!,
    })),
  };
}
