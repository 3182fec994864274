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
 * Characters of context on each side of a match in a result's excerpt: with the match, about two
 * lines of the result list at its desktop width (some 40 characters a line).
 */
export const EXCERPT_RADIUS = 36;

/** The text as shown: the index's invisible marks out, whitespace runs as one space. */
export function displayText(text: string): string {
  return text.replace(INDEX_MARKS, '').replace(/\s+/g, ' ');
}

/**
 * A text with every occurrence of any of the (normalized) terms marked, matched as search
 * matches (normalize.ts: spaces, width and case do not count); overlapping or touching
 * occurrences make one mark. Undefined when no term occurs.
 */
export function markTerms(text: string, normalizedTerms: readonly string[]): ExcerptPart[] | undefined {
  const { text: normalized, origins } = normalizeWithOrigins(text);
  const ranges: [number, number][] = [];
  for (const term of normalizedTerms) {
    if (!term) continue;
    for (let at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
      const last = origins[at + term.length - 1]!;
      ranges.push([origins[at]!, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)]);
    }
  }
  if (ranges.length === 0) return undefined;
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const parts: ExcerptPart[] = [];
  let done = 0;
  let open: [number, number] | undefined;
  const close = () => {
    if (!open) return;
    if (open[0] > done) parts.push({ text: text.slice(done, open[0]) });
    parts.push({ text: text.slice(open[0], open[1]), mark: true });
    done = open[1];
  };
  for (const range of ranges) {
    if (open && range[0] <= open[1]) open[1] = Math.max(open[1], range[1]);
    else {
      close();
      open = [Math.max(range[0], done), range[1]];
    }
  }
  close();
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
 * An excerpt of a stretch of page text around `[start, end)` (indexes into `text`), about
 * `radius` characters of context on each side but not beyond `[lo, hi)`, with every occurrence
 * of the terms in it marked. `…` shows where the excerpt cuts running text: not at `lo` when
 * the passage starts there (`closedStart`: the page's or a section's start), likewise at `hi`.
 */
export function excerptOf(
  text: string,
  start: number,
  end: number,
  normalizedTerms: readonly string[],
  { radius = EXCERPT_RADIUS, lo = 0, hi = text.length, closedStart = false, closedEnd = false } = {},
): ExcerptPart[] {
  const from = Math.max(lo, start - radius);
  const to = Math.min(hi, end + radius);
  const cut = displayText(text.slice(from, to));
  const parts = markTerms(cut, normalizedTerms) ?? [{ text: cut }];
  if (from > lo || !closedStart) parts.unshift({ text: '…' });
  if (to < hi || !closedEnd) parts.push({ text: '…' });
  return joinPlain(trimParts(parts.filter((p) => p.text)));
}

/** Neighbouring unmarked parts as one. */
function joinPlain(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && !last.mark && !part.mark) out[out.length - 1] = { text: last.text + part.text };
    else out.push(part);
  }
  return out;
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
  /** heading: h2–h6; section: an attachment or the issued document; end: where a section ended. */
  kind: 'heading' | 'section' | 'end';
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
      sections.push({ kind: 'end', id: '', title: '', location: anchor.location });
    } else if (isHeading(anchor)) {
      sections.push({
        kind: 'heading',
        id: anchor.id,
        title: displayText(anchor.text ?? '').trim(),
        location: anchor.location,
      });
    } else if (isSection(anchor)) {
      const rest = sorted.slice(k + 1);
      const end = rest.findIndex(isSection);
      const heading = (end < 0 ? rest : rest.slice(0, end)).find(isHeading);
      const attachment = /^fj-(\d+)$/.exec(anchor.id);
      const title = heading ? displayText(heading.text ?? '').trim() : attachment ? `附件${attachment[1]}` : anchor.id;
      sections.push({ kind: 'section', id: anchor.id, title, location: anchor.location });
    }
  });
  return sections;
}

/** The part a place belongs to: the last one starting at or before it (none after a section's end). */
export function sectionAt(sections: readonly Section[], word: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) {
    if (section.location <= word) found = section;
    else break;
  }
  return found?.id ? found : undefined;
}
