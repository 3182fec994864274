/**
 * How a file lays out its text, learned from the text itself (never from its name or from one
 * extractor's habits): whether a source line is a printed line or a whole paragraph, how wide a
 * full printed line is, whether indentation survived the extraction, and whether the extractor
 * marks paragraph ends with a trailing space. Paragraphs are rebuilt from these facts
 * (paragraphs.ts).
 */
import type { Geometry, Line } from '../model.ts';
import { ENDS_SENTENCE, HAN, PROSE_PUNCT, displayWidth, withoutSpaces } from '../text/chars.ts';
import { spacesFigures } from '../text/spacing.ts';

const HAN_AT_END = new RegExp(`${HAN}$`, 'u');

/**
 * Lines narrower than this (10 Chinese characters) are labels, table fragments or names: they
 * say nothing about the printed measure.
 */
const MIN_PROSE_WIDTH = 20;
/**
 * A source line wider than this (60 Chinese characters) cannot be one printed line: no 公文
 * page (GB/T 9704: 28 characters a line; landscape pages and gazettes up to about 45) is that wide.
 */
const MAX_PRINTED_WIDTH = 120;
/** Share of lines wider than a printed line that makes a file one paragraph per line. */
const PARAGRAPH_FILE_SHARE = 0.05;
/** How far a full printed line strays from the measure (Latin, digits and punctuation vary it). */
const MEASURE_SLACK = 2;
/** A first line is two characters (four units) narrower than the measure, give or take. */
const FIRST_LINE_BAND = 6;
/** Printed lines repeat the measure: fewer lines at it than this tell nothing. */
const MIN_LINES_AT_MEASURE = 3;
/** Share of prose lines at the measure that shows printed lines … */
const AT_MEASURE_SHARE = 0.5;
/** … or, where short lines abound (lists, tables), the share of lines wider than it that rules them out. */
const BEYOND_MEASURE_SHARE = 0.05;
/**
 * GB/T 9704 indents a paragraph's first line by two characters: four half-width columns, of
 * which pdftotext -layout keeps two or three. Two or more columns past the margin is an indent.
 */
export const MIN_INDENT = 2;
/** An indent wider than this is a centred line (a title, a signature), not a paragraph's first line. */
const MAX_PARAGRAPH_INDENT = 8;
/** Share of prose lines indented that shows the extraction kept indentation. */
const INDENTED_FILE_SHARE = 0.05;
/**
 * A file whose extractor ends hard line ends with a space: most lines that end a sentence carry
 * one, and almost no line that ends in the middle of Chinese text does.
 */
const TRAILING_SPACE_AT_ENDS = 0.6;
const TRAILING_SPACE_INSIDE = 0.1;

/** Share of lines after a blank line above which blank lines separate every line, not paragraphs. */
const BLANK_SEPARATED_SHARE = 0.6;

/** Width of a line's text in half-width units, spaces left out (extractions insert and drop them). */
export function textWidth(line: Line): number {
  return displayWidth(withoutSpaces(line.text));
}

const hasTrailingSpace = (line: Line) => /[ \u00a0]$/.test(line.raw);

/** The most frequent width among prose lines, the wider on a tie: the full printed line. */
function measureOf(widths: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

/** The most frequent indent: where continuation lines start. */
function marginOf(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * Whether source lines are printed lines: none much wider than a page can be, a good share of
 * them as wide as the measure (or a first line's two characters less), and none wider than it.
 * A paragraph-per-line file has lines of every length, many wider than its most common width.
 */
function printedLines(text: readonly Line[], prose: readonly Line[], measure: number): boolean {
  if (text.length === 0) return true;
  const wide = text.filter((l) => textWidth(l) > MAX_PRINTED_WIDTH).length;
  if (wide / text.length > PARAGRAPH_FILE_SHARE) return false;
  const atMeasure = prose.filter((l) => {
    const w = textWidth(l);
    return w <= measure + MEASURE_SLACK && w >= measure - FIRST_LINE_BAND;
  }).length;
  const beyond = prose.filter((l) => textWidth(l) > measure + 2 * MEASURE_SLACK).length;
  if (atMeasure < MIN_LINES_AT_MEASURE) return false;
  return atMeasure / prose.length >= AT_MEASURE_SHARE || beyond / prose.length < BEYOND_MEASURE_SHARE;
}

/** Each text once, at its first line: a table repeats its cells, prose never repeats a line. */
function distinctTexts(lines: readonly Line[]): Line[] {
  return [...new Map(lines.map((l) => [l.text, l])).values()];
}

/**
 * The lines whose widths tell the measure. Each text once: a table repeats its cells (the same
 * agency row after row), prose never repeats a line. And a printed paragraph's lines follow
 * each other at one width, where a table's cells read one a line (agency names, as many widths
 * as names) change width from line to line: where enough lines have a neighbour as wide, they
 * alone count.
 */
function measureEvidence(text: readonly Line[], prose: readonly Line[]): Line[] {
  const distinct = distinctTexts(prose);
  const widths = text.map(textWidth);
  const asWide = (k: number, j: number) =>
    j >= 0 && j < text.length && Math.abs(widths[k]! - widths[j]!) <= MEASURE_SLACK;
  const inRuns = new Set(text.filter((_, k) => asWide(k, k - 1) || asWide(k, k + 1)));
  const runs = distinct.filter((l) => inRuns.has(l));
  return runs.length >= MIN_LINES_AT_MEASURE ? runs : distinct;
}

/** Cells set apart by a run of spaces, as `-layout` keeps a table's columns. */
const COLUMNS = /\S {3,}\S/;

/**
 * The commonest width of the lines that hold a sentence mark: a page's prose is its widest
 * regular text (a table's cells never span the page), so where these are wider than the lines
 * that set the measure (a list's 30 agency names against 12 lines of prose whose figures vary
 * their width), they set it.
 */
function sentenceMeasure(prose: readonly Line[]): number {
  const distinct = distinctTexts(prose.filter((l) => PROSE_PUNCT.test(l.text)));
  return distinct.length >= MIN_LINES_AT_MEASURE ? measureOf(distinct.map(textWidth)) : 0;
}

export function learnGeometry(lines: readonly Line[]): Geometry {
  // Tab rows are table rows in every extraction, and so are lines of cells set apart by runs
  // of spaces (pdftotext -layout): they say nothing about prose.
  const text = lines.filter((l) => l.text !== '' && !l.raw.includes('\t') && !COLUMNS.test(l.raw.trim()));
  const prose = text.filter((l) => textWidth(l) >= MIN_PROSE_WIDTH);
  const measure0 = Math.max(measureOf(measureEvidence(text, prose).map(textWidth)), sentenceMeasure(prose));
  const layout = printedLines(text, prose, measure0) ? 'wrapped' : 'paragraphs';
  const margin = marginOf(prose);
  const indentedLines = prose.filter(
    (l) => l.indent >= margin + MIN_INDENT && l.indent <= margin + MAX_PARAGRAPH_INDENT,
  ).length;
  const measure = layout === 'wrapped' ? measure0 : 0;
  const endingSentence = prose.filter((l) => ENDS_SENTENCE.test(l.text));
  // A full line that ends inside a word wraps; headings and titles end in Chinese too, but short.
  const wrapping = prose.filter((l) => textWidth(l) >= measure - 2 && HAN_AT_END.test(l.text));
  const share = (ls: readonly Line[]) => (ls.length === 0 ? 0 : ls.filter(hasTrailingSpace).length / ls.length);
  // Prose lines only: table fragments (a cell a line) follow each other directly in any extraction.
  const afterBlank = prose.slice(1).filter((l) => l.blanksBefore > 0).length;
  const figuresSpaced = spacesFigures(text.map((l) => l.raw));
  return {
    layout,
    measure,
    ...(figuresSpaced === undefined ? {} : { figuresSpaced }),
    blankSeparated: prose.length > 1 && afterBlank / (prose.length - 1) >= BLANK_SEPARATED_SHARE,
    margin,
    indented: prose.length > 0 && indentedLines / prose.length >= INDENTED_FILE_SHARE,
    trailingSpaceEnds:
      layout === 'wrapped' &&
      share(endingSentence) >= TRAILING_SPACE_AT_ENDS &&
      share(wrapping) <= TRAILING_SPACE_INSIDE,
  };
}

export { MAX_PARAGRAPH_INDENT };
