/**
 * Rows of a cell stream from the table's own numbering: the outline family that counts up
 * longest, the row starting at each of its marks, the category cells before a mark.
 */
import { RANK, longestCount, markOf, type Family, type Mark } from './outline.ts';
import type { RCell } from './cell-stream.ts';
import { withoutSpaces } from '../text/chars.ts';

/** Fewest numbered rows that make a numbering: 1, 2 happen in any text. */
const MIN_ROWS = 3;

const FAMILIES: Family[] = ['serial', 'l5', 'l4', 'l3', 'l2', 'l1'];

/** The longest run of `family` marks counting up (see `longestCount`), starting anywhere: a table may begin mid-way after a lost page. */
function longestRun(marks: readonly (Mark | undefined)[], family: Family): number[] {
  return longestCount(marks.map((m) => (m?.family === family ? m.n : undefined)));
}

/**
 * The row numbering: the outline family with the longest run (at least three rows).
 * Ties go to the finer family (rows are the finest unit).
 */
export function rowFamily(texts: readonly string[]): Family | undefined {
  const marks = texts.map((t) => markOf(t));
  let best: { family: Family; length: number } | undefined;
  for (const family of FAMILIES) {
    const length = longestRun(marks, family).length;
    if (length >= MIN_ROWS && (!best || length > best.length)) best = { family, length };
  }
  return best?.family;
}

/**
 * Where a cell holds the next row's number (or the next mark of a category level) at the
 * start of a later wrapped piece, the separator between the two cells was lost: split there.
 * Only the *expected next* number counts, so an enumeration inside one cell stays whole.
 */
export function splitGlued(cells: readonly RCell[], family: Family): RCell[] {
  const last = new Map<Family, number>();
  const out: RCell[] = [];
  const note = (text: string) => {
    const m = markOf(text);
    if (m) last.set(m.family, m.n);
  };
  for (const cell of cells) {
    let pieces = cell.pieces;
    note(pieces[0] ?? '');
    for (let k = 1; k < pieces.length; k++) {
      const m = markOf(pieces[k]!);
      // The row number itself, or (rows numbered inside the text) a category mark above it.
      const category = family !== 'serial' && RANK[m?.family ?? 'serial'] < RANK[family] && m?.family !== 'section';
      if (!m || (m.family !== family && !category)) continue;
      const previous = last.get(m.family);
      if (previous === undefined || m.n !== previous + 1) continue;
      out.push({ pieces: pieces.slice(0, k), line: cell.line });
      pieces = pieces.slice(k);
      last.set(m.family, m.n);
      k = 0;
    }
    out.push({ pieces, line: cell.line });
  }
  return out;
}

export interface Row {
  /** Category cells before the row number, highest level first. */
  lead: { text: string; mark: Mark }[];
  cells: string[];
}

/** Groups the body into rows at the numbering marks; see the reader's comment. */
export function toRows(texts: readonly string[], family: Family): { before: string[]; rows: Row[] } {
  const marks = texts.map((t) => markOf(t));
  const anchors = longestRun(marks, family);
  const rowStart = anchors.map((a, r) => {
    const floor = r === 0 ? 0 : anchors[r - 1]! + 1;
    let s = a;
    while (s - 1 >= floor) {
      // Empty cells between a category cell and the row number are stray separators.
      let p = s - 1;
      while (p > floor && texts[p] === '') p--;
      const m = marks[p];
      if (!m || m.family === family || RANK[m.family] >= RANK[family]) break;
      s = p;
    }
    return s;
  });
  const rows: Row[] = anchors.map((a, r) => {
    const s = rowStart[r]!;
    const e = r + 1 < anchors.length ? rowStart[r + 1]! : texts.length;
    return {
      lead: texts
        .slice(s, a)
        .map((text, x) => ({ text, mark: marks[s + x]! }))
        .filter((l) => l.text !== ''),
      cells: texts.slice(a, e),
    };
  });
  return { before: texts.slice(0, rowStart[0] ?? texts.length), rows };
}

/**
 * A row that goes on over a page break may print its number and its first cell again at the
 * top of the next page (`35` / `49.强化责任落实` among the row's later measures): the copy
 * repeats cells the row has, so it is taken out (and kept as `repeated` for the accounting).
 */
export function withoutRepeatedStart(cells: readonly string[]): { cells: string[]; repeated: string[] } {
  const [number, first] = cells;
  if (number === undefined || first === undefined || number === '' || first === '')
    return { cells: cells.slice(), repeated: [] };
  const same = (a: string, b: string) => withoutSpaces(a) === withoutSpaces(b);
  for (let k = 2; k + 1 < cells.length; k++) {
    if (cells[k] === number && same(cells[k + 1]!, first)) {
      const rest = withoutRepeatedStart([number, first, ...cells.slice(k + 2)]);
      return {
        cells: [...cells.slice(0, k), ...rest.cells.slice(2)],
        repeated: [cells[k]!, cells[k + 1]!, ...rest.repeated],
      };
    }
  }
  return { cells: cells.slice(), repeated: [] };
}
