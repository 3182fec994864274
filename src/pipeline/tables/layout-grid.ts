/**
 * The grid of a printed table from the positions of its pieces, as `pdftotext -layout` keeps
 * them: each printed line's text is set at the column of the page where it was printed.
 *
 * What the positions tell, and what they do not: the first piece of a line is set where it was
 * printed (its indentation), and so is a piece after a run of spaces; a piece one space after
 * the one before may have been pushed right by it (a line of full-width text takes more room
 * on the page than characters in the text), so its column is only known to be a later one.
 * Pages are laid out each on its own (their margins and columns differ a little).
 *
 * 1. Columns, page by page: the places where pieces set at their printed place start, two lines
 *    at least, one character apart at most making one column.
 * 2. Each line's pieces go to columns: a piece set at its place to the column it starts in (the
 *    same column as the piece before: one cell holding a space); a pushed piece to the column
 *    after the one before.
 * 3. Rows: when the first column holds row numbers counting up, a row starts at each number;
 *    when every line fills every column but the first, each line is a row (nothing wraps).
 *    Otherwise: cells are set at the top of their rows, so a column that was empty on the line above
 *    and has text starts a new row; so do columns whose text on the line above left room for
 *    this line's first character (it did not wrap there), as many as wrap or more (a column of
 *    names looks full on every line), unless alone on its line (a name stacked under another in
 *    one cell).
 * 4. Cells: the lines of one column in one row, joined without a separator (Chinese wraps
 *    anywhere; `joinPieces` keeps a space between two Latin words).
 * The grid is trusted when its columns are set by positions (one at the end may be implied by
 * pieces one space apart) and the header's labels fall one group per column; otherwise the
 * caller keeps the printed lines and says why.
 */
import type { Line } from '../model.ts';
import { displayWidth } from '../text/chars.ts';
import { longestCount, markOf } from './outline.ts';
import { chunksOf, keepsPlaces, type Chunk } from './printed-lines.ts';
import { joinPieces } from './text.ts';
import type { Slot } from './types.ts';

export interface Grid {
  table?: { head: Slot[][]; body: Slot[][] };
  /** Why no grid could be rebuilt. */
  why: string;
}

/** Share of lines that must show positions (an indentation or a run of spaces) to be read by them. */
const MIN_PLACED = 0.2;
/**
 * Characters two starts of one column may be apart: pdftotext rounds positions to characters,
 * and lays out each page on its own.
 */
const SAME_COLUMN = 2;
/** Lines that must start at a place for it to be a column. */
const MIN_COLUMN_LINES = 2;

/** A line of the body with its page (pages are laid out each on its own). */
export interface PagedLine {
  line: Line;
  page: number;
}

/** A piece of a line, and where it was printed when the text tells. */
interface Placed {
  text: string;
  /** Start, in characters from the page's left margin; undefined for a pushed piece. */
  at?: number;
}

/**
 * The grid of a table's body lines, its header lines (the first print) over it; `copies` (the
 * header printed again) only tell where each page's margin is.
 */
export function layoutGrid(
  head: readonly PagedLine[],
  body: readonly PagedLine[],
  copies: readonly PagedLine[] = [],
): Grid {
  const placed = body.filter(({ line }) => line.indent > 0 || keepsPlaces(line));
  if (body.length === 0 || placed.length < MIN_PLACED * body.length)
    return { why: 'the lines do not keep the positions of their cells' };

  // Pages are set each with its own margin; once that is taken off, their columns agree to a
  // character or two, so the columns are read from all pages together.
  const pages = [...new Set(body.map((b) => b.page))];
  const margins = new Map(
    pages.map((page) => {
      const on = [...head, ...copies, ...body]
        .filter((b) => b.page === page)
        .map((b) => chunksOf(b.line.raw)[0]?.at ?? Infinity);
      return [page, Math.min(...on)];
    }),
  );
  const pieces = body.map((b) => placedPieces(b.line, margins.get(b.page)!));
  const starts = columnStarts(pieces);
  const lineCells = pieces.map((p) => assign(p, starts));
  const width = Math.max(starts.length, ...lineCells.map((c) => c.length));
  const rows: string[][] = [];
  for (const page of pages)
    rows.push(
      ...groupRows(
        lineCells.filter((_, x) => body[x]!.page === page),
        width,
      ),
    );
  const firstHeadPage = head[0]?.page;
  const headSlots =
    firstHeadPage === undefined
      ? undefined
      : headRow(
          head.filter((h) => h.page === firstHeadPage).map((h) => h.line),
          margins.get(firstHeadPage) ?? Math.min(...head.map((h) => chunksOf(h.line.raw)[0]?.at ?? 0)),
          starts,
          width,
        );
  const implied = width - starts.length;
  // A column no piece is set at is a guess: one at the end (a last column always one space
  // after the text before it) is taken, more are not.
  if (implied > 1) return { why: `${implied} of its ${width} columns are only implied by pieces one space apart` };
  if (head.length > 0 && !headSlots)
    return { why: `the header's labels do not fall one group over each of the ${width} columns its positions give` };
  const bodyRows = rows.map((r) => Array.from({ length: width }, (_, c): Slot => ({ text: r[c] ?? '' })));
  return { table: { head: headSlots ? [headSlots] : [], body: bodyRows }, why: '' };
}

/** The pieces of a line with the places the text tells (see the module comment). */
function placedPieces(line: Line, margin: number): Placed[] {
  return chunksOf(line.raw).map((c: Chunk, k) => ({
    text: c.text,
    at: k === 0 || c.gap >= 2 ? c.at - margin : undefined,
  }));
}

/**
 * Places where at least `MIN_COLUMN_LINES` placed pieces start (the left margin always), places
 * up to `SAME_COLUMN` after a group's first merged into it.
 */
export function columnStarts(lines: readonly Placed[][]): number[] {
  const counts = new Map<number, number>();
  for (const pieces of lines)
    for (const p of pieces) if (p.at !== undefined) counts.set(p.at, (counts.get(p.at) ?? 0) + 1);
  const starts: number[] = [];
  let group: [number, number][] = [];
  const flush = () => {
    const n = group.reduce((s, [, c]) => s + c, 0);
    if (n >= MIN_COLUMN_LINES || group[0]![0] === 0) starts.push(group[0]![0]);
    group = [];
  };
  for (const at of [...counts.keys()].sort((a, b) => a - b)) {
    const first = group[0];
    if (first && at - first[0] > SAME_COLUMN) flush();
    group.push([at, counts.get(at)!]);
  }
  if (group.length > 0) flush();
  return starts;
}

/** The column a place falls in: the last column starting at or before it (one character early allowed). */
function columnAt(starts: readonly number[], at: number): number {
  let c = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k]! <= at + SAME_COLUMN) c = k;
  return c;
}

/** A line's text by column (`undefined` where it has none). */
function assign(pieces: readonly Placed[], starts: readonly number[]): (string | undefined)[] {
  const cells: (string | undefined)[] = [];
  let col = -1;
  for (const p of pieces) {
    let c = p.at === undefined ? col + 1 : columnAt(starts, p.at);
    // A place before the piece before's column is a piece pushed as far as it could go.
    if (c < col) c = col;
    if (c === col) cells[c] = `${cells[c]} ${p.text}`;
    else cells[c] = p.text;
    col = c;
  }
  return cells;
}

/** Rows from the lines' cells (see the module comment). */
function groupRows(lines: readonly (string | undefined)[][], width: number): string[][] {
  const widest = Array.from({ length: width }, (_, c) => Math.max(0, ...lines.map((l) => displayWidth(l[c] ?? ''))));
  // Rows numbered in the first column start at their numbers and nowhere else.
  const keys = lines.map((l) => l[0]);
  const numbered =
    keys.some((t) => t !== undefined) &&
    keys.every((t) => t === undefined || markOf(t)?.family === 'serial') &&
    longestCount(keys.map((t) => (t === undefined ? undefined : markOf(t)!.n))).length ===
      keys.filter((t) => t !== undefined).length;
  // A table whose every line fills every column but the first (a list of members, of figures)
  // has a row per line: nothing wraps.
  const simple = lines.every((l) =>
    Array.from({ length: width - 1 }, (_, c) => l[c + 1]).every((t) => t !== undefined),
  );
  // The text above wrapped to this line only if this line's first character did not fit after it.
  const wrapped = (above: string, text: string, c: number) =>
    displayWidth(above) + displayWidth([...text][0] ?? '') > widest[c]!;
  const rows: string[][][] = [];
  lines.forEach((cells, k) => {
    const prev = lines[k - 1];
    let fresh = 0;
    let goesOn = 0;
    let opens = false;
    for (let c = 0; c < width; c++) {
      const t = cells[c];
      if (t === undefined) continue;
      const above = prev?.[c];
      if (above === undefined) opens = true;
      else if (wrapped(above, t, c)) goesOn++;
      else fresh++;
    }
    // One cell alone, not the first column's: a name stacked under another in its cell.
    const alone = cells.filter((t) => t !== undefined).length === 1 && cells[0] === undefined;
    const starts = numbered ? cells[0] !== undefined : simple || opens || (fresh > 0 && fresh >= goesOn && !alone);
    if (!prev || starts) rows.push(Array.from({ length: width }, () => []));
    const row = rows[rows.length - 1]!;
    cells.forEach((t, c) => {
      if (t !== undefined) row[c]!.push(t);
    });
  });
  return rows.map((r) => r.map((parts) => joinPieces(parts)));
}

/** The header's labels by column: each piece over the column its middle falls in, pieces of one column joined. */
function headRow(lines: readonly Line[], margin: number, starts: readonly number[], width: number): Slot[] | undefined {
  const labels: string[][] = Array.from({ length: width }, () => []);
  for (const line of lines) {
    let pushedTo = -1;
    for (const c of chunksOf(line.raw)) {
      const middle = c.at - margin + ([...c.text].length - 1) / 2;
      let col = columnAt(starts, Math.round(middle));
      if (col <= pushedTo && c.gap < 2) col = pushedTo + 1;
      if (col >= width) return undefined;
      labels[col]!.push(c.text);
      pushedTo = col;
    }
  }
  if (labels.some((l) => l.length === 0)) return undefined;
  return labels.map((l) => ({ text: joinPieces(l) }));
}
