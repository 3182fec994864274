/**
 * One normalization for the text a reader types and the text of a notice, used to build the
 * search index, to look terms up in it and to mark matches, so that these never disagree about
 * what "contains the query" means. The search-quality test's oracle normalizes with rules of its
 * own (tests/support/search-oracle.ts), so that a mistake here shows there.
 *
 * Pure functions, no DOM: they run in the browser (bundled into the search page) and in Node.
 */
import { YEAR_CLOSE, YEAR_OPEN } from '../pipeline/grammar/patterns.ts';

/**
 * Characters that carry no text: whitespace, control characters (so that the index's END never
 * occurs in a text), ZWSP (Pagefind puts one between CJK words), ZWNJ, ZWJ, WORD JOINER (the
 * index's block-end mark, see indexable-html.ts), BOM.
 */
const IGNORED = /[\s\p{Cc}\u200b-\u200d\u2060\ufeff]/u;
const IGNORED_ALL = new RegExp(IGNORED.source, 'gu');

/** Normalized form of each character seen, as the same few thousand characters recur. */
const cache = new Map<string, string>();

/**
 * One character as search compares it: Unicode NFKC (full-width letters, digits and punctuation
 * as ASCII, the ideographic space as a space, Ⅱ as II, ₂ as 2, compatibility ideographs and
 * Kangxi radicals as the ideographs a reader types), then lower case, without whitespace and
 * zero-width characters. Character by character, so that every normalized unit has one origin.
 */
function normalizeChar(c: string): string {
  let n = cache.get(c);
  if (n === undefined) {
    n = c.normalize('NFKC').replace(IGNORED_ALL, '').toLowerCase();
    cache.set(c, n);
  }
  return n;
}

/**
 * The text as search compares it (see normalizeChar): a wrapped line, a space the extractor put
 * before a number, `7 号` typed with a space, ＰＭ２．５ or SO₂ do not change what the text says.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const c of text) out += normalizeChar(c);
  return out;
}

/**
 * `normalizeText(text)` together with, for each of its UTF-16 units, the index in `text` of the
 * character it came from, so that a match found in the normalized text can be shown in the
 * original one.
 */
export function normalizeWithOrigins(text: string): { text: string; origins: number[] } {
  let out = '';
  const origins: number[] = [];
  let i = 0;
  for (const c of text) {
    const n = normalizeChar(c);
    for (let k = 0; k < n.length; k++) origins.push(i);
    out += n;
    i += c.length;
  }
  return { text: out, origins };
}

/** Brackets a reader may type around the year of a 发文字号: those the gazettes print (grammar/patterns.ts). */
const OPEN = `[${YEAR_OPEN}]`;
const CLOSE = `[${YEAR_CLOSE}]`;
/** 机关代字〔年份〕序号号 with any bracket pair, as printed: `西政办发[2017]7号` → `西政办发〔2017〕7号`. */
const BRACKETED_NUMBER = new RegExp(`(\\p{Script=Han})${OPEN}((?:19|20)\\d{2})${CLOSE}(\\d{1,4}号)`, 'gu');
/** A whole query that is a 发文字号 typed without brackets: `西政办发 2017 7号` → `西政办发〔2017〕7号`. */
const BARE_NUMBER = /^(\p{Script=Han}{2,12}?)((?:19|20)\d{2})(\d{1,4}号)$/u;

/**
 * The query as search looks it up: `normalizeText`, surrounding double quotes dropped (every
 * search here is a phrase search already), and a 发文字号 written with other brackets or with
 * none brought to the printed form with 〔〕.
 */
export function normalizeQuery(query: string): string {
  let q = normalizeText(query);
  const quoted = /^["“”]+(.*?)["“”]+$/u.exec(q);
  if (quoted?.[1]) q = quoted[1];
  q = q.replace(BRACKETED_NUMBER, '$1〔$2〕$3');
  const bare = BARE_NUMBER.exec(q);
  if (bare) q = `${bare[1]}〔${bare[2]}〕${bare[3]}`;
  return q;
}
