/**
 * Printed lines as a text extractor gives a table laid out on the page (pdftotext and the
 * like): a row's cells side by side on one line, apart by spaces, each cell wrapped over
 * several lines; with positions (`-layout`: a line's indentation and the runs of spaces
 * between its pieces) or without (the cells of a line only one space apart).
 */
import type { Line } from '../model.ts';
import { ALNUM, displayWidth, PROSE_PUNCT, visibleLength, withoutSpaces } from '../text/chars.ts';
import { mostlySpacesFigures, spacesFigures } from '../text/spacing.ts';
import { isHeadingText } from './outline.ts';

/** A run of non-space characters of a raw line: where it starts (in characters) and the spaces before it. */
export interface Chunk {
  text: string;
  at: number;
  gap: number;
}

/** The chunks of a raw line, with character offsets (a full-width character is one). */
export function chunksOf(raw: string): Chunk[] {
  const chars = [...raw.replace(/[\u00a0\u3000\t]/g, ' ')];
  const out: Chunk[] = [];
  let gap = 0;
  let k = 0;
  while (k < chars.length) {
    if (chars[k] === ' ') {
      gap++;
      k++;
      continue;
    }
    const at = k;
    while (k < chars.length && chars[k] !== ' ') k++;
    out.push({ text: chars.slice(at, k).join(''), at, gap });
    gap = 0;
  }
  return out;
}

/** Some pieces of the line stand apart by a run of spaces: the extraction kept their printed places. */
export function keepsPlaces(line: Line): boolean {
  return chunksOf(line.raw).some((c, k) => k > 0 && c.gap >= 2);
}

/** Spaces an extractor spreads justified prose with, beside brackets and quotes (`意见》 （ 京政发`). */
const BESIDE_BRACKETS = / +(?=[（《“(〔【）》”)〕】])|(?<=[（《“(〔【]) +|(?<=[）》”)〕】]) +(?=[、，。；：])/gu;
/** A single space between two words of Latin text or figures (`import pwned from`, `VOCs 2017`): a word space. */
const BETWEEN_WORDS = /(?<=[!-~]) (?=[!-~])/gu;
/** A single space between Chinese and a figure or a Latin word. */
const BESIDE_FIGURES = new RegExp(`(?<=[${ALNUM}.]) (?! )|(?<! ) (?=[${ALNUM}])`, 'gu');

/** Share of the printed measure from which a line of one piece is a full line of prose. */
const FULL_LINE = 0.85;
/**
 * Most of a row line one piece may take: a row's cells share the page, while a line of prose
 * with a spaced-out name before it (`孙 硕同志 负责…`) is nearly all one piece.
 */
const MAX_PIECE_SHARE = 0.75;
/** Longest piece of a header line: labels are cut to fit narrow header cells. */
const MAX_LABEL = 12;
/** Longest single piece on a header line of its own: longer ones are title lines. */
const MAX_LONE_LABEL = 8;

/**
 * The printed lines of one part, read as a page: which lines are rows, prose, labels. What
 * parts two pieces of a line is learned from the file (`figuresApart`).
 */
export class PrintedLines {
  /** The measure of the page, in half-width units (see `pageMeasure`). */
  readonly measure: number;
  /**
   * The extraction puts a space between Chinese and every figure (`投入 4.8863 亿元`), so such a
   * single space parts nothing; otherwise (most prose has none there) it parts two cells.
   */
  readonly figuresApart: boolean;
  private readonly cache = new Map<Line, string[]>();

  constructor(lines: readonly Line[], fileMeasure: number, figuresSpaced?: boolean) {
    // The part's own sentences tell best: one gazette file may gather notices extracted in
    // different ways. A part without (an attachment that is one table) follows the file's
    // sentences, or failing those its own lines.
    const raws = lines.map((l) => l.raw);
    this.figuresApart = spacesFigures(raws) ?? figuresSpaced ?? mostlySpacesFigures(raws);
    this.measure = pageMeasure(this, lines, fileMeasure);
  }

  /**
   * The pieces a reader sees on a line: its chunks, but for spaces that part nothing (beside
   * brackets, between Latin words, beside figures where the extraction spreads them).
   */
  pieces(line: Line): string[] {
    const known = this.cache.get(line);
    if (known) return known;
    let t = line.raw
      .replace(/[\u00a0\u3000\t]/g, ' ')
      .trim()
      .replace(BESIDE_BRACKETS, '')
      .replace(BETWEEN_WORDS, '');
    if (this.figuresApart) t = t.replace(BESIDE_FIGURES, '');
    const pieces = t.split(/ +/).filter((p) => p !== '');
    this.cache.set(line, pieces);
    return pieces;
  }

  /**
   * A line of a table row: three pieces or more (prose has one, two with a label such as
   * `第一条`), none taking most of the line.
   */
  isRow(line: Line): boolean {
    if (line.spaceOnly) return false;
    // Marks alone (`|`, `-->`) hold no cell: only pieces with letters, figures or Han count.
    const widths = this.pieces(line)
      .filter((p) => /[\p{L}\p{N}]/u.test(p))
      .map(displayWidth);
    const total = widths.reduce((a, b) => a + b, 0);
    return widths.length >= 3 && Math.max(...widths) <= MAX_PIECE_SHARE * total;
  }

  /**
   * A line of prose: one piece as wide as the page's measure. A table's cell wraps within its
   * column, always narrower than the page, so such a line is not in a table.
   */
  isProse(line: Line): boolean {
    return !line.spaceOnly && this.pieces(line).length === 1 && widthOf(line) >= FULL_LINE * this.measure;
  }

  /**
   * A line of a table header: short labels, no sentence, no colon, no figure standing alone. A
   * single label is shorter (`lone`) unless the line is known to repeat a header's labels.
   */
  isHeader(line: Line, lone = MAX_LONE_LABEL): boolean {
    if (line.spaceOnly || PROSE_PUNCT.test(line.raw) || /[：:]/.test(line.raw)) return false;
    const pieces = this.pieces(line);
    // Figures are looked for in the printed chunks: a row's number is one even where a word
    // space joins it to the next piece (`14 BXCⅥ-2` is one piece).
    if (pieces.length === 0 || chunksOf(line.raw).some((c) => /^[\d.%]+$/.test(c.text))) return false;
    if (pieces.length === 1) return visibleLength(pieces[0]!) <= lone;
    return pieces.every((p) => visibleLength(p) <= MAX_LABEL);
  }

  /** A label line that may repeat a header: any label no longer than a header label. */
  isRepeatedLabel(line: Line): boolean {
    return this.isHeader(line, MAX_LABEL);
  }

  /** `一、…`, `（一）…`, `第三章…` alone on a line: a heading of the text around a table. */
  isHeading(line: Line): boolean {
    const pieces = this.pieces(line);
    return pieces.length === 1 && isHeadingText(pieces[0]!);
  }
}

/** Printed width of a line's text, in half-width units. */
export function widthOf(line: Line): number {
  return displayWidth(withoutSpaces(line.raw));
}

/**
 * The measure of the page the lines were printed on: the file's measure, or the width of the
 * part's typical row line when that is wider (a table spans the page; in a file printed mostly
 * as tables, the file's lines are mostly narrow cells).
 */
function pageMeasure(page: PrintedLines, lines: readonly Line[], measure: number): number {
  const rows = lines
    .filter((l) => page.isRow(l))
    .map(widthOf)
    .sort((a, b) => a - b);
  return Math.max(measure, rows[Math.floor(rows.length / 2)] ?? 0);
}
