import type { Layout, Line, SourceSpan } from '../model.ts';
import { displayWidth } from '../text/chars.ts';

/** A paragraph rebuilt from printed lines: its text and the lines it came from. */
export interface RawParagraph {
  text: string;
  lines: Line[];
}

/** Closing punctuation that can end a paragraph. */
const ENDS_SENTENCE = /[。！？；：…”’」』）)】:;!?]$/u;
/** Openings that always start a new paragraph: headings, 附件 notes, dates and the like. */
const STARTS_BLOCK =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|附\s*件)/u;

/** The printed measure of a wrapped file: a high percentile of line widths. */
export function measureOf(lines: readonly Line[]): number {
  const widths = lines
    .filter((l) => l.text.length > 4)
    .map((l) => displayWidth(l.text))
    .sort((a, b) => a - b);
  if (widths.length === 0) return 68;
  return widths[Math.floor(widths.length * 0.9)] ?? 68;
}

/**
 * In a wrapped file the extractor ends a paragraph's last line with a space and leaves
 * wrapped lines bare; a space before a digit or Latin word is the inserted kind, though.
 */
function continuesWrapped(prev: Line, next: Line, measure: number): boolean {
  const hardEnd = /[ \u00a0]$/.test(prev.raw);
  if (!hardEnd) return true;
  // Inserted spaces took room on the extracted line, so measure the raw line too.
  const full = Math.max(displayWidth(prev.text), displayWidth(prev.raw.trim())) >= measure - 6;
  // The space inserted between Chinese and a number or Latin word can fall at a line end.
  const inserted = /^[A-Za-z0-9%]/.test(next.text) || /[A-Za-z0-9%][ \u00a0]+$/.test(prev.raw);
  return full && inserted && !STARTS_BLOCK.test(next.text);
}

/**
 * In a paragraph-per-line file a paragraph cut at a printed page boundary shows as a line
 * that ends mid-sentence followed by one that does not open a new block.
 */
function continuesParagraphs(prev: Line, next: Line): boolean {
  // Titles stop mid-line too, but they have no commas and are short.
  const sentence = /[，；,;。：]/u.test(prev.text) || [...prev.text].length > 40;
  return sentence && !ENDS_SENTENCE.test(prev.text) && !STARTS_BLOCK.test(next.text);
}

/** Joins two wrapped pieces: no space in Chinese, one space between two Latin words. */
export function joinPieces(a: string, b: string): string {
  if (a === '') return b;
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

/** Rebuilds paragraphs from printed lines; every line ends up in exactly one paragraph. */
export function rebuildParagraphs(lines: readonly Line[], layout: Layout, measure: number): RawParagraph[] {
  const out: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    const joins =
      current !== undefined &&
      prev !== undefined &&
      (layout === 'wrapped' ? continuesWrapped(prev, line, measure) : continuesParagraphs(prev, line));
    if (joins && current) {
      current.text = joinPieces(current.text, line.text);
      current.lines.push(line);
    } else {
      current = { text: line.text, lines: [line] };
      out.push(current);
    }
    prev = line;
  }
  return out;
}
