/**
 * Excerpts and sub-results of a search hit, as data (text parts, some marked), never as HTML:
 * the search page turns parts into text nodes and <mark> elements, so nothing from the index
 * is ever parsed as markup.
 */
import { BLOCK_END, SECTION_END } from './indexable-html.ts';
import { normalizeWithOrigins } from './normalize.ts';

export interface ExcerptPart {
  text: string;
  /** Shown as <mark>: the words that matched. */
  mark?: boolean;
}

/**
 * Characters the index puts into the text that the page does not show: the ZWSP Pagefind puts
 * after words, the WORD JOINER that ends blocks (indexable-html.ts BLOCK_END), a BOM. Fewer than
 * search ignores (normalize.ts): a ZWJ the page has is shown as the page shows it.
 */
const INDEX_MARKS = new RegExp(`[\u200b${BLOCK_END}\ufeff]`, 'g');

/**
 * Characters of context on each side of a match in a result's excerpt: about two lines of the
 * result list, as long as Pagefind's excerpt (page.ts EXCERPT_WORDS) when its words are short.
 */
export const EXCERPT_RADIUS = 36;

/** The text as shown: the index's invisible marks out, whitespace runs as one space. */
export function displayText(text: string): string {
  return text.replace(INDEX_MARKS, '').replace(/\s+/g, ' ');
}

/**
 * Pagefind's excerpt (`data().excerpt`) as parts. pagefind.js builds it from the page text with
 * only `<` and `>` escaped (as `&lt;` `&gt;`) and wraps matched words in `<mark>`…`</mark>`;
 * that is all the markup it can hold.
 */
export function parsePagefindExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece) {
      const text = displayText(piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
      if (text) parts.push(mark ? { text, mark: true } : { text });
    }
  }
  return trimParts(parts);
}

export function partsText(parts: readonly ExcerptPart[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * A text with every occurrence of the (normalized) query marked, matched as search matches
 * (normalize.ts: spaces, width and case do not count); undefined when it does not occur.
 * Pagefind marks each word that matched any piece of the query it was sent (for 西政办发〔2017〕7号
 * every word starting with 西, 政 or 办), so its excerpt's window is kept and its marks are
 * redone with this.
 */
export function markMatches(text: string, normalizedQuery: string): ExcerptPart[] | undefined {
  if (!normalizedQuery) return undefined;
  const { text: normalized, origins } = normalizeWithOrigins(text);
  const parts: ExcerptPart[] = [];
  let done = 0;
  let at = normalized.indexOf(normalizedQuery);
  if (at < 0) return undefined;
  while (at >= 0) {
    const start = origins[at]!;
    const last = origins[at + normalizedQuery.length - 1]!;
    const end = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
    if (start > done) parts.push({ text: text.slice(done, start) });
    parts.push({ text: text.slice(start, end), mark: true });
    done = end;
    at = normalized.indexOf(normalizedQuery, at + normalizedQuery.length);
  }
  if (done < text.length) parts.push({ text: text.slice(done) });
  return parts;
}

function trimParts(parts: ExcerptPart[]): ExcerptPart[] {
  if (parts.length > 0) {
    const first = parts[0]!;
    parts[0] = { ...first, text: first.text.trimStart() };
    const last = parts[parts.length - 1]!;
    parts[parts.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return parts.filter((p) => p.text.length > 0);
}

/**
 * An excerpt of `content` around `[start, end)`, that stretch marked, about `radius` characters
 * of context on each side, cut with `…`.
 */
export function excerptAt(content: string, start: number, end: number, radius = EXCERPT_RADIUS): ExcerptPart[] {
  const from = Math.max(0, start - radius);
  const to = Math.min(content.length, end + radius);
  const parts: ExcerptPart[] = [
    { text: (from > 0 ? '…' : '') + displayText(content.slice(from, start)) },
    { text: displayText(content.slice(start, end)), mark: true },
    { text: displayText(content.slice(end, to)) + (to < content.length ? '…' : '') },
  ];
  return trimParts(parts);
}

/**
 * For each UTF-16 unit of a fragment's `content` (pagefind.js removes its ZWSPs), the number of
 * the Pagefind word it belongs to — the numbering of anchor `location`s and match locations.
 * `raw` is the fragment's `raw_content`: the same text with a ZWSP after every word of a
 * segmented (Chinese) page and `<` `>` escaped.
 */
export function wordIndexes(content: string, raw: string): Int32Array {
  const [LT, GT] = ['&lt;', '&gt;'];
  const out = new Int32Array(content.length);
  let word = 0;
  let i = 0;
  let j = 0;
  while (j < content.length && i < raw.length) {
    const r = raw[i];
    if (r === '\u200b' && content[j] !== '\u200b') {
      word++;
      i++;
    } else if (r === '&' && content[j] === '<' && raw.startsWith(LT, i)) {
      out[j++] = word;
      i += LT.length;
    } else if (r === '&' && content[j] === '>' && raw.startsWith(GT, i)) {
      out[j++] = word;
      i += GT.length;
    } else {
      out[j++] = word;
      i++;
    }
  }
  while (j < content.length) out[j++] = word;
  return out;
}

/** An element with an id in a Pagefind fragment (`data().anchors`). */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/**
 * A part of the page a result can link to: a heading, or a section (an attachment). An empty
 * `id` marks where a section ended: text from there on belongs to no part.
 */
export interface Section {
  id: string;
  title: string;
  location: number;
}

/**
 * The places a hit can link into: headings h2–h6 with an id and text, and sections with an id
 * (attachments, the issued plan), titled by the heading that opens them (before the next
 * section), else by their id read as 附件N.
 */
export function sectionsOf(anchors: readonly Anchor[]): Section[] {
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const isHeading = (a: Anchor) => /^h[2-6]$/i.test(a.element) && displayText(a.text ?? '').trim() !== '';
  const isSection = (a: Anchor) => a.element.toLowerCase() === 'section' || a.id.startsWith(SECTION_END);
  const sections: Section[] = [];
  sorted.forEach((anchor, k) => {
    if (anchor.id.startsWith(SECTION_END)) {
      sections.push({ id: '', title: '', location: anchor.location });
    } else if (isHeading(anchor)) {
      sections.push({ id: anchor.id, title: displayText(anchor.text ?? '').trim(), location: anchor.location });
    } else if (isSection(anchor)) {
      const rest = sorted.slice(k + 1);
      const end = rest.findIndex(isSection);
      const heading = (end < 0 ? rest : rest.slice(0, end)).find(isHeading);
      const attachment = /^fj-(\d+)$/.exec(anchor.id);
      const title = heading ? displayText(heading.text ?? '').trim() : attachment ? `附件${attachment[1]}` : anchor.id;
      sections.push({ id: anchor.id, title, location: anchor.location });
    }
  });
  return sections;
}

/** The section a word belongs to: the last one starting at or before it (none after a section's end). */
export function sectionAt(sections: readonly Section[], word: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) {
    if (section.location <= word) found = section;
    else break;
  }
  return found?.id ? found : undefined;
}
