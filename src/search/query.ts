/**
 * What the search page asks Pagefind for a normalized query (normalize.ts).
 *
 * Pagefind 1.6 indexes a Chinese page as jieba words *and* every pair of neighbouring
 * characters; at query time it cuts the query with Intl.Segmenter, matches each piece against the
 * start of indexed words and requires all pieces (AND). A piece of three or more characters
 * that jieba cut differently on some page (`自来水` indexed as `自来`+`水`) would lose that
 * page, and a single character at the end of the query needs an indexed word that *starts* with
 * it, which a character before punctuation (`废水、`) does not have. So what is sent is chosen to
 * be prefixes of words that every occurrence of the query has in the index, whatever jieba did:
 *
 *  - a run of Chinese characters → its character pairs at positions 0, 2, 4, … (and the last
 *    pair when the run has odd length): every pair of neighbouring characters is indexed.
 *    Pagefind cuts a pair Intl does not know as a word into two characters; the first starts
 *    the indexed pair, the second starts the pair it forms with the next query character —
 *    except at the end of the run, where only the first character is sent;
 *  - a single Chinese character between other scripts (`7号`) → nothing (see above);
 *  - Latin letters and digits → as they are (Pagefind indexes them as words; a word that starts
 *    inside a longer one is words.ts's business).
 *
 * At most MAX_TERMS pieces are sent. The pages found are candidates: the search page keeps
 * those whose text contains the query. A query with nothing to send (one character, or
 * punctuation only) is answered by reading every page: `null`.
 */

import { WORD_SOURCE } from './runs.ts';

/** Intl.Segmenter's view of a text. */
export type Segmenter = (text: string) => Iterable<{ segment: string }>;

/** The segmenter Pagefind uses on a `zh-CN` page. */
export function zhSegmenter(): Segmenter {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => segmenter.segment(text);
}

/** Most pieces sent: each may cost an index chunk to download, and a few single out a phrase. */
export const MAX_TERMS = 4;

const HAN = /^\p{Script=Han}+$/u;
/** Runs of Chinese characters; Latin/number words (words.ts). */
const PIECES = new RegExp(`\\p{Script=Han}+|${WORD_SOURCE}`, 'gu');

/** The query for `pagefind.search()`, or `null` when only reading every page can answer it. */
export function pagefindQuery(normalized: string, segment: Segmenter = zhSegmenter()): string | null {
  if ([...normalized].length <= 1) return null;
  const whole = (pair: string) => [...segment(pair)].length === 1;
  const terms: string[] = [];
  for (const piece of normalized.match(PIECES) ?? []) {
    if (!HAN.test(piece)) {
      terms.push(piece);
      continue;
    }
    const chars = [...piece];
    if (chars.length < 2) continue;
    const starts: number[] = [];
    for (let i = 0; i + 2 <= chars.length; i += 2) starts.push(i);
    if (chars.length % 2 === 1) starts.push(chars.length - 2);
    for (const i of starts) {
      const pair = chars[i]! + chars[i + 1]!;
      const atEnd = i + 2 === chars.length;
      terms.push(atEnd && !whole(pair) ? chars[i]! : pair);
    }
  }
  const unique = [...new Set(terms)];
  if (unique.length === 0) return null;
  return spread(unique, MAX_TERMS).join(' ');
}

/** At most `max` of the items, spread evenly (the first and the last kept). */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 1) return items.slice(0, Math.max(0, max));
  const picked = new Set<number>();
  for (let k = 0; k < max; k++) picked.add(Math.round((k * (items.length - 1)) / (max - 1)));
  return items.filter((_, i) => picked.has(i));
}
