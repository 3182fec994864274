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
 *  - a run of Chinese characters → some of its character pairs (every pair of neighbouring
 *    characters is indexed): those Intl keeps whole as a word, spread over the run. Pagefind
 *    cuts any other pair into two characters, which cost an index chunk each and match many
 *    words; only when the run has no whole pair are its pairs at 0, 2, 4, … sent (the first
 *    character starts the indexed pair, the second starts the pair it forms with the next
 *    query character), and at the end of the run only the first character;
 *  - a single Chinese character between other scripts (`7号`) → nothing (see above);
 *  - Latin letters and digits → as they are (Pagefind indexes them as words; a word that starts
 *    inside a longer one is runs.ts's business).
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

/**
 * Most pieces sent. Each piece costs an index chunk (about 35 kB) to download, each page Pagefind
 * offers a fragment (about 12 kB) to check; over the quality test's queries 2, 3 and 4 pieces
 * cost the same on average (about 136 kB per first search beyond Pagefind's code), 1 more.
 */
export const MAX_TERMS = 2;

const HAN = /^\p{Script=Han}+$/u;
/** Runs of Chinese characters; Latin/number words (runs.ts). */
const PIECES = new RegExp(`\\p{Script=Han}+|${WORD_SOURCE}`, 'gu');

/** The query for `pagefind.search()`, or `null` when only reading every page can answer it. */
export function pagefindQuery(normalized: string, segment: Segmenter = zhSegmenter(), max = MAX_TERMS): string | null {
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
    const pairs = chars.slice(1).map((c, i) => chars[i]! + c);
    // Pairs Intl keeps whole reach Pagefind as one piece: one index chunk each, and selective.
    const words = pairs.filter(whole);
    if (words.length > 0) {
      terms.push(...spread(words, max));
      continue;
    }
    // Otherwise Pagefind gets single characters: every other pair, the last one's first only.
    for (let i = 0; i < pairs.length; i += 2) terms.push(i === pairs.length - 1 ? chars[i]! : pairs[i]!);
  }
  const unique = [...new Set(terms)];
  if (unique.length === 0) return null;
  return spread(unique, max).join(' ');
}

/** At most `max` of the items, spread evenly (the first and the last kept). */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  if (max <= 1) return items.slice(0, Math.max(0, max));
  const picked = new Set<number>();
  for (let k = 0; k < max; k++) picked.add(Math.round((k * (items.length - 1)) / (max - 1)));
  return items.filter((_, i) => picked.has(i));
}
