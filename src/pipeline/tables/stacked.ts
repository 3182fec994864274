import type { Line } from '../model.ts';
import { isHeadingText, longestCount, markOf, serialNumber } from './outline.ts';
import { textOf, type RCell } from './cell-stream.ts';
import { buildFromCells } from './from-cells.ts';
import { findHeader, headerPrintedOnce } from './header.ts';
import { HAN, PROSE_PUNCT, displayWidth, visibleLength, withoutSpaces } from '../text/chars.ts';
import { FULL_LINE_SLACK } from '../text/lines.ts';
import { cleanCell } from './text.ts';
import type { Found, Reader } from './types.ts';

/**
 * Tables printed column after column in narrow cells: each cell's lines come one under the
 * other, then the next cell of the row, then the next row:
 *
 *   5                      ← 序号
 *   7.防范建 / 设用地新 / 增污染     ← a narrow cell, wrapped
 *   严格执行《…》… / 物的工业项目。
 *   区环保局 / 区发展改 / 革委
 *   长期 / 实施
 *
 * A printed line that ends a cell ends with a space (the extractor marks line ends that are
 * not wraps), or is followed by a blank line or a new page. Like rotated pages, the printed
 * grid is not in the extraction (several names in one cell end with spaces too), so the
 * stream of cells goes through the rotated reader's second half: header printed on every page
 * kept once, rows from the numbering, cells in printed order, `degraded` when unchecked.
 *
 * Found as: a run of at least 30 narrow lines (at most 24 visible characters; prose lines are
 * 28 to 34, and a line of prose as wide as the page's measure is never narrow) with a bare row
 * number on its own line counting up at least three times. A table
 * that fits its page prints its header once: the labels before row 1, as many as a row's cells.
 */
export const readStackedTables: Reader = (lines, file, free, page) => {
  const found: Found[] = [];
  for (const [start, end] of findStackedRegions(lines, free, page.measureFromPage ? page.measure : 0).flatMap(
    ([s, e]) => splitAtCaptions(lines, s, e),
  )) {
    let perLine = false;
    let cells = tokenizeStacked(lines, start, end, perLine);
    let header = findHeader(cells.map(textOf));
    let once = false;
    // A table that fits its page prints its header once, over rows of as many cells. Where no
    // line end is marked, such a table of one-line cells (a name list) is read a cell a line.
    if (!header) {
      const byLine = marksLineEnds(lines, start, end) ? cells : tokenizeStacked(lines, start, end, true);
      header = headerPrintedOnce(byLine.map(textOf));
      if (header) [once, perLine, cells] = [true, byLine !== cells, byLine];
    }
    // Start at the first printed header (what comes before is the title, left as text) or,
    // without a header, at the first row number.
    const firstRow = cells.find((c) => markOf(textOf(c))?.family === 'serial');
    const from = header ? cells[header.at[0]!.index]!.line : (firstRow?.line ?? start);
    found.push(
      buildFromCells(tokenizeStacked(lines, from, end, perLine), {
        lines,
        file,
        start: from,
        end,
        shape: 'columns',
        what: 'table printed cell by cell',
        headerOnce: once,
      }),
    );
  }
  return found;
};

/** A `表 N …` caption line: it opens a table of its own. */
const CAPTION = /^表\s*\d+/;
/** Longest caption line. */
const MAX_CAPTION = 40;

function isCaption(line: Line): boolean {
  const t = line.raw.trim();
  return CAPTION.test(t) && visibleLength(t) <= MAX_CAPTION;
}

/**
 * A region holding `表 N` captions is as many tables: split at each caption line, which is
 * left out for the table after it to take (index.ts gives a table the caption right above it).
 */
export function splitAtCaptions(lines: readonly Line[], start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && !isCaption(lines[k]!)) continue;
    if (lines.slice(from, k).some((l) => !l.spaceOnly)) parts.push([from, k]);
    from = k + 1;
  }
  return parts;
}

/**
 * Widest line of a narrow cell (an agency's full name may take 21 characters); a printed line
 * of prose holds 28 to 34.
 */
const NARROW = 24;
/** Fewest narrow lines of a table: a list or a signature block has far fewer. */
const MIN_LINES = 30;
/** Fewest bare row numbers counting up. */
const MIN_ROWS = 3;
/** `抄送：`, `联系人：`: a short label with a colon, which ends a table. */
const LABEL_WITH_COLON = new RegExp(`^${HAN}{2,4}[：:]`, 'u');
/** Two cells printed side by side: a space between two words of two or more Han characters each. */
const SIDE_BY_SIDE = new RegExp(`(?<=${HAN}{2}) (?=${HAN}{2})`, 'u');

/**
 * A line of a narrow cell; `抄送：` and the like (a short label with a colon) end a table, and
 * so does a line of prose as wide as the page's measure (a narrow page, or print at a larger
 * scale, sets prose as short as a cell; a table's narrow column never spans the measure).
 */
function isNarrow(line: Line, measure = 0): boolean {
  if (line.spaceOnly) return true;
  if (line.raw.includes('\t')) return false;
  const t = line.raw.trim();
  if (measure > 0 && PROSE_PUNCT.test(t) && displayWidth(withoutSpaces(t)) >= measure - FULL_LINE_SLACK) return false;
  return visibleLength(t) <= NARROW && !LABEL_WITH_COLON.test(t);
}

export function findStackedRegions(lines: readonly Line[], free: readonly boolean[], measure = 0): [number, number][] {
  const regions: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!free[i] || !isNarrow(lines[i]!, measure) || lines[i]!.spaceOnly) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && free[j] && isNarrow(lines[j]!, measure)) j++;
    // Nor does it start with a paragraph's last line, which ends a sentence.
    while (i < j && /[。；！？]$/u.test(lines[i]!.text)) i++;
    let e = j;
    // A table does not end with a heading (a section label heads rows after it): one after
    // the last row is the heading of the text that follows.
    while (e > i && (lines[e - 1]!.spaceOnly || isHeadingText(lines[e - 1]!.raw.trim()))) e--;
    const narrow = lines.slice(i, e).filter((l) => !l.spaceOnly).length;
    if (narrow >= MIN_LINES && serialRun(lines.slice(i, e)) >= MIN_ROWS) regions.push([i, e]);
    i = j;
  }
  return regions;
}

/** Longest run of bare row numbers counting up by one (one may be missing). */
function serialRun(lines: readonly Line[]): number {
  return longestCount(lines.map((l) => serialNumber(l.raw.trim()))).length;
}

/**
 * Cells printed side by side on one line (`2017年我区重点任务 牵头单位 参与单位`, two
 * departments in one row): a space between two words of two or more Han characters each.
 * A letter-spaced word (`严 控`) is not split.
 */
export function sideBySide(text: string): string[] {
  return text.split(SIDE_BY_SIDE);
}

/** Some line of the run ends with a space: the extractor marks line ends that are not wraps. */
function marksLineEnds(lines: readonly Line[], start: number, end: number): boolean {
  return lines.slice(start, end).some((l) => /\S[ \u00a0]$/.test(l.raw));
}

/**
 * Cells of a narrow-cell table: a cell ends after a line ending with a space, before a blank
 * line, before a new page (a line indented with spaces), and at a whitespace-only line; or,
 * `perLine`, at every line (a list of one-line cells where no line end is marked).
 */
export function tokenizeStacked(lines: readonly Line[], start: number, end: number, perLine = false): RCell[] {
  const cells: RCell[] = [];
  let current: RCell = { pieces: [], line: start };
  const close = (next: number) => {
    if (current.pieces.length > 0) cells.push(current);
    current = { pieces: [], line: next };
  };
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    if (line.spaceOnly) {
      close(k + 1);
      continue;
    }
    if (line.blanksBefore > 0 || /^[ \u00a0]+\S/.test(line.raw)) close(k);
    const words = sideBySide(cleanCell(line.raw));
    words.forEach((word, w) => {
      if (w > 0) close(k);
      if (current.pieces.length === 0) current.line = k;
      current.pieces.push(word);
    });
    if (perLine || /[ \u00a0]$/.test(line.raw)) close(k + 1);
  }
  close(end);
  return cells;
}
