/**
 * Paragraphs rebuilt from source lines, by the file's geometry (geometry.ts). Every line ends up
 * in exactly one paragraph, in order.
 *
 * One printed line per source line (`wrapped`): a paragraph ends where print shows it ends —
 * - the next line is indented (where the extraction kept indentation);
 * - the line stops short of the measure (GB/T 9704 justifies every other line to it);
 * - the next line opens a heading or a 附件 line after a finished sentence;
 * - the line ends a sentence at full width and the next one is exactly as wide as a first line
 *   (two characters in) without ending there: only an indented first line is narrower than the
 *   measure yet continues — this finds paragraph starts where the indentation was lost;
 * - or, when the extractor marks paragraph ends with a trailing space, where it does;
 * - a labelled field (`完成时限：…`) ends where the next field or a numbered item begins;
 * - never inside a bracket opened on the line (`…的通知》（国发` / `〔2005〕42号）…`), nor after a
 *   word that binds to what follows (`…登记失业人员中的` / `“3540”…`).
 * One paragraph per source line (`paragraphs`): a line joins the one before only where a page
 * cut a paragraph (the line before stops mid-sentence and this one opens no new block).
 */
import { ARTICLE_CAPTION_LINE, BLOCK_START, BRACKETED_TAIL } from '../grammar/patterns.ts';
import type { Geometry, Line } from '../model.ts';
import { CJK_PUNCT, ENDS_SENTENCE, HAN, displayWidth, endsInsideBrackets, withoutSpaces } from '../text/chars.ts';
import { MIN_INDENT, textWidth } from './geometry.ts';

/** A paragraph rebuilt from printed lines: its text and the lines it came from. */
export interface RawParagraph {
  text: string;
  lines: Line[];
}

/** A line ending inside a clause: on a Han character, a comma or an enumeration comma. */
const MID_CLAUSE = new RegExp(`(?:${HAN}|[，、])$`, 'u');

/** A labelled line (`责任单位：`, `完成时限：`): a field of its own. */
const LABEL_START = new RegExp(`^${HAN}{2,8}[：:]`, 'u');

/** GB/T 9704's first-line indent, two characters, in half-width units. */
export const FIRST_LINE_INDENT = 4;
/**
 * How far short of its measure a line may stop and still be full: Chinese line breaking moves
 * one character to the next line rather than start it with a closing mark.
 */
const FULL_SLACK = 2;
/** Extra width of a Latin letter or digit beyond half a character, as print sets them. */
const LATIN_EXTRA = 0.5;
/** How far a first line's width may stray from measure − indent (digits and Latin are narrower). */
export const FIRST_LINE_SLACK = 2;

/** Where a paragraph in a `wrapped` file ends, line by line. */
function startsParagraph(prev: Line, prevIsFirst: boolean, next: Line, g: Geometry, sofar: string): boolean {
  if (g.indented && next.indent >= g.margin + MIN_INDENT) return true;
  if (prevIsFirst && ARTICLE_CAPTION_LINE.test(prev.text)) return true;
  // Inside a paragraph of sentences, a line that stops on a clause (no closing mark) goes on,
  // however short it looks or whatever space the extractor left after it: such prose ends with a
  // mark. Headings and labels (`牵头单位：…`) have no sentence and may end bare.
  if (
    !prevIsFirst &&
    MID_CLAUSE.test(prev.text) &&
    /[。；]/u.test(sofar) &&
    !BLOCK_START.test(next.text) &&
    !LABEL_START.test(next.text)
  )
    return false;
  if (g.trailingSpaceEnds) return endsWithMarkedSpace(prev, next, g);
  // A paragraph never ends inside brackets: `…的通知》（国发` / `〔2005〕42号）…` is one, however
  // short print set the line (its punctuation closed up, the bracketed number kept whole).
  if (endsInsideBrackets(prev.text) && !BLOCK_START.test(next.text)) return false;
  // Nor after a word that binds to what follows: no heading or sentence ends `…失业人员中的`.
  if (BINDS_FORWARD.test(prev.text) && !BLOCK_START.test(next.text)) return false;
  // A labelled field (`完成时限：…`) ends where the next field or a numbered item begins, however
  // full its last line.
  if (LABEL_START.test(sofar) && (LABEL_START.test(next.text) || BLOCK_START.test(next.text))) return true;
  const room = prevIsFirst ? g.measure - FIRST_LINE_INDENT : g.measure;
  const full = reach(prev, next) >= room - FULL_SLACK;
  const sentenceEnds = ENDS_SENTENCE.test(prev.text);
  if (BLOCK_START.test(next.text) && (sentenceEnds || !full)) return true;
  // A short numbered line that ends without a mark is a heading: a paragraph's last line ends one.
  // A count in brackets after it is still the heading's (`一、改善群众居住条件（5件）`).
  if (
    BLOCK_START.test(next.text) &&
    printedWidth(next) < g.measure - FIRST_LINE_INDENT &&
    !ENDS_SENTENCE.test(next.text.replace(BRACKETED_TAIL, ''))
  )
    return true;
  // A numbered line followed by another: a heading (or item) and the next one, not one sentence.
  if (prevIsFirst && BLOCK_START.test(prev.text) && BLOCK_START.test(next.text)) return true;
  // A numbered phrase (a heading) nearly as wide as the line, then a paragraph's first line
  // (where indentation is kept, a first line shows it, so an unindented line is no first line).
  if (
    prevIsFirst &&
    !g.indented &&
    BLOCK_START.test(prev.text) &&
    !/[。；！？;!?]/u.test(prev.text) &&
    looksLikeFirstLine(next, g)
  )
    return true;
  if (!full) return true;
  // After a finished sentence, a short line that ends without a mark cannot close that paragraph
  // (its last line would end with one): it is a heading or a title of its own (`11月`).
  if (sentenceEnds && printedWidth(next) < g.measure - FIRST_LINE_INDENT - FULL_SLACK && !ENDS_SENTENCE.test(next.text))
    return true;
  if (g.indented) return false;
  return sentenceEnds && looksLikeFirstLine(next, g);
}

/** A line ending on a word that needs what follows (`…中的`, `…以及`); `目的` is a noun. */
const BINDS_FORWARD = /(?:(?<!目)的|以及|或)$/u;

/**
 * What stops a line's breaking must not split: a run of digits or Latin letters (`2018`,
 * `GMP`), a character with the closing marks that may not start a line (`振。`), an opening mark
 * with the character it may not end a line without (`《西`).
 */
const UNBREAKABLE_START = new RegExp(
  `^(?:[A-Za-z0-9][A-Za-z0-9.%‰/-]*|[${HAN}${CJK_PUNCT}][、。，；：！？）》」』”’…%]+|[（《「『“‘【]+[${HAN}A-Za-z0-9])`,
  'u',
);

/**
 * How far a printed line reached: its width, plus what made print break before the next
 * line's first unbreakable unit, plus room for Latin letters and digits, which print wider than
 * half a character in most Chinese fonts.
 */
function reach(line: Line, next: Line): number {
  const pushedDown = UNBREAKABLE_START.exec(withoutSpaces(next.text))?.[0] ?? '';
  return printedWidth(line) + displayWidth(pushedDown);
}

/** A line's width as print sets it: Latin letters and digits a little wider than half a character. */
function printedWidth(line: Line): number {
  const ascii = (withoutSpaces(line.text).match(/[\x21-\x7e]/g) ?? []).length;
  return textWidth(line) + Math.ceil(ascii * LATIN_EXTRA);
}

/** As wide as a paragraph's first line, and not ending there (so it is no paragraph's last line). */
function looksLikeFirstLine(line: Line, g: Geometry): boolean {
  const w = printedWidth(line);
  const first = g.measure - FIRST_LINE_INDENT;
  return Math.abs(w - first) <= FIRST_LINE_SLACK && w < g.measure - FULL_SLACK && !ENDS_SENTENCE.test(line.text);
}

/**
 * The extractor ends a paragraph's last line with a space and leaves wrapped lines bare; a
 * space before a digit or Latin word is the kind it inserts, though, and can fall at a line end.
 */
function endsWithMarkedSpace(prev: Line, next: Line, g: Geometry): boolean {
  if (!/[ \u00a0]$/.test(prev.raw)) return false;
  // Inserted spaces took room on the extracted line, so measure the raw line too.
  const full = Math.max(textWidth(prev), displayWidth(prev.raw.trim())) >= g.measure - 3 * FULL_SLACK;
  const inserted = /^[A-Za-z0-9%]/.test(next.text) || /[A-Za-z0-9%][ \u00a0]+$/.test(prev.raw);
  return !(full && inserted && !BLOCK_START.test(next.text));
}

/**
 * In a paragraph-per-line file a paragraph cut at a printed page boundary shows as a line that
 * ends mid-sentence followed by one that opens no new block (and, where the file indents its
 * paragraphs, is not indented).
 */
function continuesCutParagraph(prev: Line, next: Line, g: Geometry): boolean {
  if (g.indented && next.indent >= g.margin + MIN_INDENT) return false;
  // Titles stop mid-line too, but they have no commas and are short; so do labelled lines
  // (`总   指   挥：张小宏 副市长`), whose colon is no clause.
  const sentence = /[，；,;。]/u.test(prev.text) || [...prev.text].length > 40;
  return sentence && !ENDS_SENTENCE.test(prev.text) && !BLOCK_START.test(next.text);
}

/** Joins two wrapped pieces: no space in Chinese, one space between two Latin words. */
export function joinPieces(a: string, b: string): string {
  if (a === '') return b;
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

/** Rebuilds paragraphs from source lines; every line ends up in exactly one paragraph. */
export function rebuildParagraphs(lines: readonly Line[], g: Geometry): RawParagraph[] {
  const out: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  let prev: Line | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    const joins =
      current !== undefined &&
      prev !== undefined &&
      (g.layout === 'wrapped'
        ? !startsParagraph(prev, current.lines.length === 1, line, g, current.text)
        : continuesCutParagraph(prev, line, g));
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
