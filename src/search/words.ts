/**
 * The words of a term typed without spaces (`消防规划` → 消防, 规划), for when no notice contains
 * the term as typed (engine.ts).
 *
 * The segmenter is the browser's own Intl.Segmenter (ICU's dictionary for Chinese): it costs no
 * download, it is maintained with the browser, and it is the one Pagefind itself uses to cut
 * queries. Its dictionary does not know the gazette's vocabulary and leaves some words in single
 * characters (`区长分工` → 区/长/分工, `西城区` → 西/城区), so a single character is joined to the
 * word after it, else to the one before, when the gazette has the joined word (`区长`, `西城区`);
 * the gazette is the best dictionary of its own words. Function words (的, 和 …) are dropped first
 * when other words remain: every notice has them. A single character left alone is a word.
 */

/** Intl.Segmenter's view of a text. */
export type Segmenter = (text: string) => Iterable<{ segment: string; isWordLike?: boolean }>;

/** The segmenter for Chinese text (Intl.Segmenter with the zh-CN dictionary). */
export function zhSegmenter(): Segmenter {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (text) => segmenter.segment(text);
}

/** Single-character function words: they say nothing about which notice a reader wants. */
const FUNCTION_WORDS = new Set([...'的了和与及或之其在对为将把等']);

const isSingle = (word: string) => [...word].length === 1;

/**
 * The words of a normalized term, in order; `occurs` says whether the gazette has a string. Only
 * words made of letters, digits or ideographs (Intl's word-like segments) are kept.
 */
export async function wordsOf(
  term: string,
  segment: Segmenter,
  occurs: (text: string) => Promise<boolean>,
): Promise<string[]> {
  const words = [...segment(term)].filter((s) => s.isWordLike !== false).map((s) => s.segment);
  const isFunctionWord = (w: string | undefined) => w !== undefined && isSingle(w) && FUNCTION_WORDS.has(w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isSingle(word) || isFunctionWord(word)) {
      out.push(word);
      continue;
    }
    const next = words[i + 1];
    if (next !== undefined && !isFunctionWord(next) && (await occurs(word + next))) {
      out.push(word + next);
      i++;
      continue;
    }
    const previous = out[out.length - 1];
    if (previous !== undefined && !isFunctionWord(previous) && (await occurs(previous + word))) {
      out[out.length - 1] = previous + word;
      continue;
    }
    out.push(word);
  }
  const content = out.filter((w) => !isFunctionWord(w));
  return [...new Set(content.length > 0 ? content : out)];
}
