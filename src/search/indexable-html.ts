/**
 * The copy of a built page that Pagefind indexes (the page served is not changed).
 *
 * Chinese needs no spaces, but the gazette's text has some where the printed line wrapped inside
 * a word or a table cell (`完\n成时限`, `防 止土壤`). Pagefind treats whitespace as a word break,
 * so it would index `完` and `成时限` and never find `完成时限` there, while the page (and a
 * reader) says 完成时限. This copy drops whitespace that stands between two CJK characters,
 * in text only (never inside tags, scripts or styles), across inline tags as well.
 * Whitespace next to Latin letters or digits (`PM2.5 浓度`, `7 号`) is left alone: Pagefind splits
 * the two scripts into separate words anyway.
 */

/**
 * Elements Pagefind ends with an added `.` when their text ends in a letter or digit (its
 * SENTENCE_SELECTORS); that `.` would show in excerpts and is not in the page.
 */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/**
 * WORD JOINER (U+2060): invisible, not whitespace, not a word character for Pagefind. Put at the
 * end of every block it stops Pagefind from adding its `.`, so the indexed text is the page's.
 */
export const BLOCK_END = '\u2060';

/** Han characters, CJK symbols and punctuation (。、〔〕《》…), full-width forms, curly quotes. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/u;
/** Marks where a tag stood in the text stream; never occurs in HTML text. */
const TAG = '\u0000';

/** The page as Pagefind should read it: `joinCjkSpacing`, then `markBlockEnds`. */
export function indexableHtml(html: string): string {
  return markBlockEnds(joinCjkSpacing(html));
}

/** Puts BLOCK_END before the closing tag of every block element (outside raw-text elements). */
export function markBlockEnds(html: string): string {
  let raw: string | null = null;
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (tag, close: string, name: string) => {
    const lower = name.toLowerCase();
    if (raw) {
      if (close && lower === raw) raw = null;
      return tag;
    }
    if (!close && ['script', 'style', 'textarea', 'pre'].includes(lower)) raw = lower;
    return close && BLOCKS.has(lower) ? BLOCK_END + tag : tag;
  });
}

export function joinCjkSpacing(html: string): string {
  // Tags at odd indices, text at even ones.
  const parts = html.split(/(<[^>]*>)/);
  const textIndexes: number[] = [];
  let raw: string | null = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      const open = /^<(script|style|textarea|pre)\b/i.exec(part);
      if (open) raw = open[1]!.toLowerCase();
      else if (raw && new RegExp(`^</${raw}\\s*>`, 'i').test(part)) raw = null;
      continue;
    }
    // Raw-text and preformatted content is kept as it is, and cuts the text stream like a tag.
    if (raw === null) textIndexes.push(i);
  }
  // One stream of all text, tags replaced by a marker, so whitespace can be judged by the
  // visible characters on both sides even when an inline tag stands in between.
  const stream = textIndexes.map((i) => parts[i]).join(TAG);
  const joined = stream.replace(/[\s\u0000]+/g, (run, offset: number, whole: string) => {
    if (!/\s/.test(run)) return run;
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    if (before !== undefined && after !== undefined && CJK.test(before) && CJK.test(after)) {
      return run.replace(/\s+/g, '');
    }
    return run;
  });
  const texts = joined.split(TAG);
  textIndexes.forEach((partIndex, k) => {
    parts[partIndex] = texts[k]!;
  });
  return parts.join('');
}
