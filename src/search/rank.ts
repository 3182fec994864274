/**
 * The order of hits by relevance, the way a reader ranks notices for what they typed:
 *
 *  0. a notice whose own 发文字号 is the query;
 *  1. notices whose title contains every term, the fewer other characters in the title the
 *     higher (`冰雪运动规划` ranks 西城区冰雪运动发展规划 above a long title that merely lists it);
 *  2. notices whose 发文字号 or an attachment's title contains every term;
 *  3. notices with a heading that contains every term;
 *  4. the rest;
 *
 * and within each group by the body: how often the terms occur (BM25, so that a long notice does
 * not win by length alone and a rare term counts more than a common one) and how close together
 * they occur (the shortest stretch of text holding every term). Ties keep the index's page order.
 */
import type { PageMeta } from './index-format.ts';
import { normalizeText } from './normalize.ts';

/** BM25's saturation (k1) and length normalization (b): the values of Robertson's papers, used by most engines. */
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/**
 * Characters between the terms at which closeness counts half: about a short clause, so terms in
 * one phrase of a sentence count nearly as a phrase, terms paragraphs apart hardly at all.
 */
const PROXIMITY_CHARS = 12;

export interface Candidate {
  /** Page number in the index. */
  page: number;
  meta: PageMeta;
  /** Per term, the sorted normalized offsets where it occurs in the page. */
  positions: number[][];
}

export interface RankContext {
  /** Normalized terms, all of which each candidate holds. */
  terms: string[];
  /** Pages in the index. */
  pageCount: number;
  /** Per term, the number of pages holding it. */
  documentFrequency: number[];
  averageLength: number;
}

/** Characters of `text` inside some occurrence of a term. */
function coveredBy(text: string, terms: readonly string[]): number {
  const covered = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) covered.fill(1, at, at + term.length);
  }
  return covered.reduce((n, c) => n + c, 0);
}

const holdsAll = (text: string | undefined, terms: readonly string[]) =>
  text !== undefined && terms.every((t) => text.includes(t));

/** The group (0–4 above) and, in group 1, how many characters of the title are not the terms. */
export function fieldRank(meta: PageMeta, terms: readonly string[]): { group: number; titleRest: number } {
  const docNumber = meta.docNumber ? normalizeText(meta.docNumber) : undefined;
  if (terms.length === 1 && docNumber === terms[0]) return { group: 0, titleRest: 0 };
  const title = normalizeText(meta.title);
  if (holdsAll(title, terms)) return { group: 1, titleRest: title.length - coveredBy(title, terms) };
  const titles = (kind: 's' | 'h') => meta.sections.filter((s) => s[0] === kind).map((s) => normalizeText(s[2]));
  if (holdsAll(docNumber, terms) || titles('s').some((t) => holdsAll(t, terms))) return { group: 2, titleRest: 0 };
  if (titles('h').some((t) => holdsAll(t, terms))) return { group: 3, titleRest: 0 };
  return { group: 4, titleRest: 0 };
}

/**
 * The shortest stretch holding one occurrence of every term: [start, end) in normalized offsets.
 * Undefined when a term has no occurrence.
 */
export function tightestWindow(occurrences: readonly number[][], terms: readonly string[]) {
  if (occurrences.some((o) => o.length === 0)) return undefined;
  const events = occurrences
    .flatMap((list, t) => list.map((at) => ({ at, t, end: at + terms[t]!.length })))
    .sort((a, b) => a.at - b.at || a.t - b.t);
  const last = new Map<number, { at: number; end: number }>();
  let best: { start: number; end: number } | undefined;
  for (const e of events) {
    last.set(e.t, e);
    if (last.size < terms.length) continue;
    const held = [...last.values()];
    const start = Math.min(...held.map((x) => x.at));
    const end = Math.max(...held.map((x) => x.end));
    if (!best || end - start < best.end - best.start) best = { start, end };
  }
  return best;
}

/** How well the body matches: BM25 over the terms plus how close together they occur. */
export function bodyScore(candidate: Candidate, context: RankContext): number {
  const { terms, pageCount, documentFrequency, averageLength } = context;
  const length = candidate.meta.length / Math.max(1, averageLength);
  let score = 0;
  let idfSum = 0;
  terms.forEach((_, t) => {
    const df = documentFrequency[t] ?? 0;
    const idf = Math.log(1 + (pageCount - df + 0.5) / (df + 0.5));
    const tf = candidate.positions[t]?.length ?? 0;
    score += (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length));
    idfSum += idf;
  });
  if (terms.length > 1) {
    const window = tightestWindow(candidate.positions, terms);
    if (window) {
      const gap = window.end - window.start - terms.reduce((n, t) => n + t.length, 0);
      score += idfSum / (1 + Math.max(0, gap) / PROXIMITY_CHARS);
    }
  }
  return score;
}

/** Candidates in relevance order (see above). */
export function rankByRelevance<T extends Candidate>(candidates: readonly T[], context: RankContext): T[] {
  return candidates
    .map((c) => ({ c, field: fieldRank(c.meta, context.terms), score: bodyScore(c, context) }))
    .sort(
      (a, b) =>
        a.field.group - b.field.group ||
        a.field.titleRest - b.field.titleRest ||
        b.score - a.score ||
        a.c.page - b.c.page,
    )
    .map((x) => x.c);
}
