/**
 * What a reader typed, as the terms search looks for: every term must occur in a notice (AND).
 *
 *  - Terms are separated by whitespace, half- or full-width.
 *  - A term in quotes ("…", “…”, 「…」, 『…』) is one phrase, spaces and all, and is never split
 *    into words (engine.ts).
 *  - A 发文字号 is one term however it is typed: with spaces inside (`西政办发 〔2017〕 7 号`),
 *    any brackets (`[2017]`, `（2017）`, `【2017】`) or, as the whole query, none
 *    (`西政办发 2017 7号`).
 *
 * Each term is normalized as the text is (normalize.ts), its 发文字号 brackets as printed.
 */
import { YEAR_CLOSE, YEAR_OPEN } from '../pipeline/grammar/patterns.ts';
import { normalizeQuery } from './normalize.ts';

export interface QueryTerm {
  /** As the reader typed it (trimmed): for saying what was looked for. */
  typed: string;
  /** Normalized: what is looked for. */
  text: string;
  /** In quotes: a phrase the reader wants whole. */
  quoted: boolean;
}

/**
 * Most terms looked for. Each term costs index shards to load (index-reader.ts); twelve words
 * are more than a reader types to narrow a search down, and a pasted paragraph is better found
 * as the phrase it is.
 */
export const MAX_TERMS = 12;

/** A quoted phrase (one of four quote pairs) or a run of anything but whitespace and quotes. */
const TOKEN = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』|[^\s"“”「」『』]+/gu;
/** A 发文字号 with brackets, spaces allowed anywhere inside. */
const SPACED_DOC_NUMBER = new RegExp(
  `\\p{Script=Han}\\s*[${YEAR_OPEN}]\\s*(?:19|20)\\d{2}\\s*[${YEAR_CLOSE}]\\s*\\d{1,4}\\s*号`,
  'gu',
);
/** A whole query that is a 发文字号 without brackets, spaces allowed between its parts. */
const BARE_DOC_NUMBER = /^\s*\p{Script=Han}{2,12}?\s*(?:19|20)\d{2}\s+\d{1,4}\s*号\s*$/u;

/** The terms of a query, in the order typed, each once. */
export function parseQuery(query: string): QueryTerm[] {
  // NFKC first: full-width spaces, quotes and brackets as their ASCII forms.
  const input = query.normalize('NFKC');
  const joined = BARE_DOC_NUMBER.test(input)
    ? input.replace(/\s+/g, '')
    : input.replace(SPACED_DOC_NUMBER, (number) => number.replace(/\s+/g, ''));
  const terms: QueryTerm[] = [];
  for (const match of joined.matchAll(TOKEN)) {
    const inner = match.slice(1, 5).find((g) => g !== undefined);
    const typed = (inner ?? match[0]).trim();
    const text = normalizeQuery(typed);
    if (text && !terms.some((t) => t.text === text)) terms.push({ typed, text, quoted: inner !== undefined });
  }
  return terms.slice(0, MAX_TERMS);
}
