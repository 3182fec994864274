import type { Line } from '../model.ts';
import { visibleLength, withoutSpaces } from '../text/chars.ts';
import type { RCell } from './cell-stream.ts';
import { buildFromCells } from './from-cells.ts';
import type { Found, Reader } from './types.ts';

/**
 * Rotated (landscape) table pages. The extraction read them one or two characters per line:
 *
 *   编 / 制 / (blank) / 本 / 区 / (blank) … / ' ' / <4>编 / …
 *
 * - a line holding only whitespace separates cells; two in a row leave an empty cell;
 * - blank lines separate the wrapped pieces of a cell (pieces join without a separator);
 * - the header row is printed again on every page, sometimes glued to the cell before it.
 *
 * What the extraction does *not* keep is the grid: separators also fall inside cells (a
 * multi-line header label, a long list of departments), neighbouring cells sometimes lose
 * theirs, and empty cells come and go. So the reader rebuilds what is reliable and marks the
 * rest `degraded`:
 * 1. cells and their text (always; this file);
 * 2. the header (header.ts): the run of cells printed most (once per page), kept once in `head`; copies
 *    are recognised even with their first label glued to the cell before or cut short;
 * 3. rows (numbering.ts): from the table's own row numbering, the outline mark (1 / 1. / （1） / <1> …) that
 *    forms the longest run counting up by one; the cells before a row's number that carry a
 *    higher outline mark belong to that row: as section rows spanning the table when rows are
 *    numbered by a bare serial (nothing precedes a 序号 column), otherwise as category columns
 *    whose cells span down (rowspan) until the next cell of their level or above;
 * 4. within a row, cells stay in printed order. A row with one cell per header column is kept
 *    as printed; otherwise it is laid over the columns by kind (place.ts, align.ts: agencies, dates,
 *    numbers, text; cells split by stray separators joined, missing cells left empty), header
 *    labels cut in two joined first (labels.ts). A row that cannot be laid out so keeps its cells in order:
 *    runs of empty cells shrink and extra cells fold into the last column. A table is clean
 *    only when every numbered row fits; otherwise it is `degraded`, with a warning saying how
 *    many rows did not fit (from-cells.ts, shared with the cell-by-cell reader).
 */
export const readRotatedTables: Reader = (lines, file, free) => {
  const found: Found[] = [];
  for (const [start, end] of findRegions(lines, free)) found.push(buildRotated(lines, file, start, end));
  return found;
};

/** A line of a rotated page: one to three visible characters, no tab. */
function isDebris(line: Line): boolean {
  if (line.spaceOnly || line.raw.includes('\t')) return false;
  const n = visibleLength(line.raw);
  return n >= 1 && n <= MAX_DEBRIS;
}

/** Most visible characters on a line of a rotated page (two, and a third glued on at a page break). */
const MAX_DEBRIS = 3;
/** Minimum one-to-three-character lines for a rotated region: prose never has this many in a row. */
const MIN_DEBRIS = 24;
/** Minimum cell separators: a region must hold cells, not just one column of characters (a vertical title). */
const MIN_SEPARATORS = 3;
/** Longer lines a run may bridge: a cell or two the extractor happened to print whole. */
const MAX_BRIDGED = 2;
/**
 * Debris lines that must follow a bridged line for the run to go on: a quarter of a region, so
 * a page's last short lines (a signature, a date) never pull the prose after them in.
 */
const DEBRIS_AFTER_BRIDGE = 6;

/**
 * Maximal runs of debris and separator lines, bridging short interruptions (`MAX_BRIDGED`).
 * Leading and trailing separators stay outside: they are page furniture of the text around.
 */
export function findRegions(lines: readonly Line[], free: readonly boolean[]): [number, number][] {
  const regions: [number, number][] = [];
  const inRun = (k: number) => free[k] === true && (lines[k]!.spaceOnly || isDebris(lines[k]!));
  let i = 0;
  while (i < lines.length) {
    if (!inRun(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      while (j < lines.length && inRun(j)) j++;
      // Bridge a short interruption if the rotated text clearly goes on after it.
      let b = j;
      while (b < lines.length && b - j < MAX_BRIDGED && free[b] && !inRun(b) && !lines[b]!.raw.includes('\t')) b++;
      if (b === j || b >= lines.length) break;
      let d = b;
      let debris = 0;
      while (d < lines.length && inRun(d) && debris < DEBRIS_AFTER_BRIDGE) {
        if (isDebris(lines[d]!)) debris++;
        d++;
      }
      if (debris < DEBRIS_AFTER_BRIDGE) break;
      j = b;
    }
    let s = i;
    let e = j;
    while (s < e && lines[s]!.spaceOnly) s++;
    while (e > s && lines[e - 1]!.spaceOnly) e--;
    let debris = 0;
    let separators = 0;
    for (let k = s; k < e; k++) {
      if (lines[k]!.spaceOnly) separators++;
      else if (isDebris(lines[k]!)) debris++;
    }
    if (debris >= MIN_DEBRIS && separators >= MIN_SEPARATORS) regions.push([s, e]);
    i = j;
  }
  return regions;
}

/**
 * Splits the region into cells at separator lines, and cells into pieces at blank lines.
 * A line indented with spaces opens a new printed page (one space, or two on some pages);
 * a new page always starts a new cell: pages are printed cell by cell, header first, and
 * without this the page's first header label often comes out glued to the last cell before.
 */
export function tokenize(lines: readonly Line[], start: number, end: number): RCell[] {
  const cells: RCell[] = [];
  let current: RCell = { pieces: [], line: start };
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    if (line.spaceOnly) {
      cells.push(current);
      current = { pieces: [], line: k + 1 };
      continue;
    }
    if (/^[ \u00a0]+\S/.test(line.raw) && current.pieces.length > 0) {
      cells.push(current);
      current = { pieces: [], line: k };
    }
    if (current.pieces.length === 0) current.line = k;
    const t = withoutSpaces(line.raw);
    if (current.pieces.length === 0 || line.blanksBefore > 0) current.pieces.push(t);
    else current.pieces[current.pieces.length - 1] += t;
  }
  if (current.pieces.length > 0) cells.push(current);
  return cells;
}

function buildRotated(lines: readonly Line[], file: string, start: number, end: number): Found {
  return buildFromCells(tokenize(lines, start, end), {
    lines,
    file,
    start,
    end,
    shape: 'rotated',
    what: 'rotated table',
  });
}
