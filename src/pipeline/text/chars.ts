/**
 * Character classes and text predicates of Chinese official text, defined once (in the spirit
 * of micromark-util-character). Every stage that asks "is this Chinese", "how wide is this
 * printed", "does this hold a sentence" imports the answer from here.
 *
 * Classes are exported as regular-expression *sources* (for building larger patterns, always
 * with the `u` flag) and as ready predicates.
 */

/** Han ideographs (CJK Unified Ideographs and extensions, compatibility ideographs, 〇). */
export const HAN = '\\p{Script=Han}';

/**
 * Full-width punctuation and forms a Chinese line sets at full width: CJK symbols and
 * punctuation (U+3000–303F: 、。〈〉《》「」【】〔〕…), full-width forms (U+FF00–FFEF: ，：；（）！？),
 * and the quotes, dashes, ellipsis and middle dot that Chinese text shares with Western text.
 */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’—…·';

/** Han or full-width punctuation: a character that takes a full em in a Chinese line. */
export const CJK = `${HAN}${CJK_PUNCT}`;

/** What the extraction separates from Chinese with a space it inserted: digits, Latin letters, per-cent signs. */
export const ALNUM = 'A-Za-z0-9%‰';

const HAN_CHAR = new RegExp(`^${HAN}$`, 'u');
const FULL_WIDTH_CHAR = new RegExp(`^[${CJK}]$`, 'u');

export function isHan(ch: string): boolean {
  return HAN_CHAR.test(ch);
}

export function isFullWidth(ch: string): boolean {
  return FULL_WIDTH_CHAR.test(ch);
}

/** Display width in half-width units (a Chinese character or full-width mark is 2): how much of a printed line a text takes. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isFullWidth(ch) ? 2 : 1;
  return w;
}

/** Every kind of white space (ASCII, NBSP, en/em spaces, the ideographic space) — for comparing texts. */
const ANY_SPACE = /[\s\u00a0\u2002\u2003\u3000]+/gu;

/** The text with all white space removed: two texts that differ only in spacing compare equal. */
export function withoutSpaces(s: string): string {
  return s.replace(ANY_SPACE, '');
}

/** Number of visible (non-space) characters. */
export function visibleLength(s: string): number {
  return [...withoutSpaces(s)].length;
}

/**
 * Punctuation that only prose has, at full width: a line holding one is a sentence (or a long
 * cell), not a label, a name or a title. Commas count: a label has none.
 */
export const PROSE_PUNCT = /[。，；！？]/u;

/** PROSE_PUNCT, or its half-width forms (some extractions and typists use `,` `;` in Chinese). */
export const PROSE_PUNCT_ANY_WIDTH = /[。，；！？;,!?]/u;

/**
 * Punctuation that ends or splits a sentence, but not the comma: lists of names and agencies
 * are separated by commas (`区发展改革委，区财政局`) and must not count as prose.
 */
export const SENTENCE_PUNCT = /[。；！？;!?]/u;

/** Closing punctuation a paragraph can end with (a colon ends a lead-in such as the 主送). */
export const ENDS_SENTENCE = /[。！？；：…”’」』）)】:;!?]$/u;

const BRACKETS: readonly (readonly [string, string])[] = [
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['〔', '〕'],
  ['【', '】'],
];

/** A bracket opened on the line is still open at its end. */
export function endsInsideBrackets(text: string): boolean {
  return BRACKETS.some(([open, close]) => {
    let depth = 0;
    for (const ch of text) {
      if (ch === open) depth++;
      else if (ch === close && depth > 0) depth--;
    }
    return depth > 0;
  });
}
