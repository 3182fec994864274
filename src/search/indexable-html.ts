/**
 * The copy of a built page that Pagefind indexes (the page served is not changed). It makes
 * Pagefind index the text as the page reads it, which is what search compares (normalize.ts):
 *
 *  1. Whitespace between two CJK characters is dropped (in text only, never inside tags,
 *     scripts or styles, also across inline tags). Chinese needs no spaces, but the gazette has
 *     some where a printed line wrapped inside a word (`完\n成时限`, `防 止土壤`); Pagefind
 *     breaks words at whitespace and would never find 完成时限 there. Whitespace next to Latin
 *     letters or digits (`PM2.5 浓度`) stays: Pagefind splits scripts anyway.
 *  2. Paragraph-level blocks (p, div, li, ul) become spans. Pagefind breaks words at every block
 *     and the gazette keeps printed lines as paragraphs where it must (the 抄送 line of the
 *     版记 wraps as `区人民检察</p><p>院。`), so 区人民检察院 would not be found there. Headings,
 *     table cells, sections and the article stay blocks: they are separate texts (and headings
 *     are Pagefind's anchors for sub-results).
 *  3. Every remaining block ends with a WORD JOINER (BLOCK_END): Pagefind ends a block whose text
 *     ends in a letter or digit with an added `.`, which is not in the page.
 *  4. After each outermost <section> (the issued plan, an attachment) comes an empty element with
 *     an id starting SECTION_END: Pagefind records where each id'd element starts, not where it
 *     ends, and without it text after an attachment (the 版记) would seem to belong to the
 *     attachment's last heading (excerpt.ts sectionsOf).
 */
import { isFullWidth } from '../pipeline/text/chars.ts';

/** Blocks Pagefind breaks words at (its SENTENCE_SELECTORS) that are read as running text here. */
const FLOW = new Set(['p', 'div', 'li', 'ul']);
/** Blocks that stay blocks, and get BLOCK_END. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'article', 'section']);
/**
 * WORD JOINER (U+2060): invisible, not whitespace, not a word character for Pagefind. At the end
 * of a block it stops Pagefind from adding its `.`.
 */
export const BLOCK_END = '\u2060';
/** Id prefix of the marks after sections (never on the page served, never linked to). */
export const SECTION_END = 'pf-section-end-';

/** Marks where a tag stood in the text stream; never occurs in HTML text. */
const TAG = '\u0000';

/** The page as Pagefind should read it (see above). */
export function indexableHtml(html: string): string {
  return reshapeBlocks(joinCjkSpacing(html));
}

/** Steps 2–4: FLOW elements become spans, BLOCKS end with BLOCK_END, sections are closed by a mark. */
export function reshapeBlocks(html: string): string {
  let raw: string | null = null;
  let sections = 0;
  let ends = 0;
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g, (tag, close: string, name: string, rest: string) => {
    const lower = name.toLowerCase();
    if (raw) {
      if (close && lower === raw) raw = null;
      return tag;
    }
    if (!close && ['script', 'style', 'textarea', 'pre'].includes(lower)) raw = lower;
    if (FLOW.has(lower)) return `<${close}span${rest}>`;
    if (lower === 'section' && !rest.trimEnd().endsWith('/')) {
      if (!close) sections++;
      else if (sections > 0 && --sections === 0) return `${BLOCK_END}${tag}<span id="${SECTION_END}${++ends}"></span>`;
    }
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
    if (before !== undefined && after !== undefined && isFullWidth(before) && isFullWidth(after)) {
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
