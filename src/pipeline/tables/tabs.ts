import type { Line, Warning } from '../model.ts';
import { makeTable, padRow, textSlots, tableWarning } from './grid.ts';
import { PROSE_PUNCT, visibleLength, withoutSpaces } from '../text/chars.ts';
import { cleanCell } from './text.ts';
import type { Found, Reader, Slot } from './types.ts';

/**
 * Tab-separated tables (the paragraph-per-line extraction):
 *
 *   类别\t重点工作\t重点任务 …        ← header, printed again after every page break
 *   能源结构调整\t巩固无煤化建设成果\t…
 *   \t淘汰老旧车\t…                   ← starts with a tab: the cells above continue down
 *
 * Rules (none depends on a particular table):
 * - a table is a run of lines holding tabs; blank lines inside the run are page breaks, and the
 *   chunks on either side are one table when the later chunk repeats the header or has the
 *   same width;
 * - the first row is the header when it is printed again later, or when it reads like one
 *   (every column filled with a short label, no digits, no punctuation);
 * - a row that starts with a tab continues the cells above: each of its empty cells is covered
 *   by the cell above (rowspan), the way a category cell spans the rows of its category;
 * - a cell printed twice (the row wider than the header) is kept once;
 * - the end of a list sometimes comes out after the table as lone lines, column by column:
 *   rebuilt when the lines fill the remaining columns evenly and their lengths match;
 * - a run whose rows are all `title\tpage number` is a table of contents, left as text for the
 *   contents reader.
 */
export const readTabTables: Reader = (lines, file, free) => {
  const found: Found[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTabLine(lines, free, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && isTabLine(lines, free, j)) j++;
    for (const [start, end] of splitIncompatible(lines, i, j)) {
      if (isContents(lines.slice(start, end))) continue;
      found.push(buildTabTable(lines, file, free, start, end));
    }
    i = j;
  }
  return found;
};

function isTabLine(lines: readonly Line[], free: readonly boolean[], i: number): boolean {
  return free[i] === true && (lines[i]?.raw.includes('\t') ?? false);
}

/** The cells of a raw line, cleaned; `lead` says whether the row starts with a tab. */
export function splitTabs(raw: string): { cells: string[]; lead: boolean } {
  const body = raw.replace(/\r$/, '');
  return { cells: body.split('\t').map(cleanCell), lead: /^[ \u00a0]*\t/.test(body) };
}

/** Index after the last non-empty cell: trailing tabs add no column. */
function usedWidth(cells: readonly string[]): number {
  let w = cells.length;
  while (w > 0 && cells[w - 1] === '') w--;
  return w;
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  const wa = usedWidth(a);
  if (wa !== usedWidth(b)) return false;
  for (let c = 0; c < wa; c++) if (withoutSpaces(a[c] ?? '') !== withoutSpaces(b[c] ?? '')) return false;
  return true;
}

/**
 * Splits a run of tab lines at blank-line breaks where the next chunk is not a continuation:
 * it neither repeats the first chunk's first row nor has the same width.
 */
function splitIncompatible(lines: readonly Line[], start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let s = start;
  let first = splitTabs(lines[start]!.raw).cells;
  let width = chunkWidth(lines, start, end);
  for (let k = start + 1; k < end; k++) {
    if (lines[k]!.blanksBefore === 0) continue;
    const next = splitTabs(lines[k]!.raw).cells;
    const nextWidth = chunkWidth(lines, k, end);
    if (sameRow(first, next) || nextWidth === width) continue;
    parts.push([s, k]);
    s = k;
    first = next;
    width = nextWidth;
  }
  parts.push([s, end]);
  return parts;
}

/** Width of the chunk starting at `k` (up to the next blank-line break). */
function chunkWidth(lines: readonly Line[], k: number, end: number): number {
  let w = 0;
  for (let m = k; m < end && (m === k || lines[m]!.blanksBefore === 0); m++) {
    w = Math.max(w, usedWidth(splitTabs(lines[m]!.raw).cells));
  }
  return w;
}

/** Every row is `title\tpage`: the printed 目录, not a table. */
function isContents(rows: readonly Line[]): boolean {
  return rows.every((l) => {
    const cells = splitTabs(l.raw).cells.filter((c) => c !== '');
    return cells.length === 2 && /^\d{1,4}$/.test(cells[1]!) && visibleLength(cells[0]!) > 4;
  });
}

function looksLikeHeader(cells: readonly string[], width: number): boolean {
  const used = cells.slice(0, usedWidth(cells));
  return (
    used.length === width &&
    width >= 2 &&
    used.every((c) => c !== '' && visibleLength(c) <= 12 && !/[\d：:]/.test(c) && !PROSE_PUNCT.test(c))
  );
}

function buildTabTable(
  lines: readonly Line[],
  file: string,
  free: readonly boolean[],
  start: number,
  end: number,
): Found {
  const rows = lines.slice(start, end).map((l) => ({ line: l, ...splitTabs(l.raw) }));
  const warnings: Warning[] = [];
  const dropped: string[] = [];
  undoDoubledCells(rows, file, warnings, dropped);
  const width = Math.max(...rows.map((r) => usedWidth(r.cells)));

  const first = rows[0]!;
  const repeated = rows.slice(1).some((r) => sameRow(r.cells, first.cells));
  const hasHead = !first.lead && rows.length > 1 && (repeated || looksLikeHeader(first.cells, width));
  const headWidth = hasHead ? usedWidth(first.cells) : 0;

  const head: Slot[][] = hasHead ? [padRow(textSlots(first.cells.slice(0, headWidth)), width)] : [];
  const body: Slot[][] = [];
  for (const row of rows.slice(hasHead ? 1 : 0)) {
    if (hasHead && sameRow(row.cells, first.cells)) {
      dropped.push(row.line.raw);
      continue;
    }
    const used = usedWidth(row.cells);
    if (hasHead && used > headWidth) {
      warnings.push(
        tableWarning(
          file,
          row.line.no,
          `table row has ${used} cells but the header has ${headWidth}; cells kept in order`,
        ),
      );
    }
    body.push(continuedRow(row.cells, row.lead, body, width));
  }

  let stop = end;
  const tail = readColumnTail(lines, free, end, rows[rows.length - 1]!, body, width);
  if (tail) {
    body.push(...tail.rows);
    stop = tail.end;
    warnings.push(
      tableWarning(
        file,
        lines[end]!.no,
        `the last ${tail.rows.length} rows of the table were printed as separate column lists; rebuilt column by column`,
      ),
    );
  }
  const table = makeTable({ shape: 'tabs', head, body }, lines, start, stop, file);
  return { start, end: stop, table, warnings, dropped };
}

/**
 * The extraction sometimes prints one cell twice (`…控制\t…控制`), which pushes the rest of the
 * row, and the continuation rows laid out under it, one column to the right. A row wider than
 * the header with two equal neighbouring cells gets the copy removed, and so do the
 * continuation rows right under it (where that place is empty).
 */
function undoDoubledCells(
  rows: { line: Line; cells: string[]; lead: boolean }[],
  file: string,
  warnings: Warning[],
  dropped: string[],
): void {
  const headWidth = usedWidth(rows[0]!.cells);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (usedWidth(row.cells) <= headWidth) continue;
    const d = row.cells.findIndex((c, k) => c !== '' && c === row.cells[k + 1]);
    if (d < 0) continue;
    dropped.push(row.cells[d]!);
    row.cells.splice(d + 1, 1);
    warnings.push(
      tableWarning(file, row.line.no, `table cell printed twice in the source ("${row.cells[d]}"); kept once`),
    );
    for (let k = r + 1; k < rows.length && rows[k]!.lead && rows[k]!.cells[d + 1] === ''; k++) {
      rows[k]!.cells.splice(d + 1, 1);
    }
  }
}

/**
 * A row's slots. In a row that starts with a tab, an empty cell under a live cell (text, or
 * itself covered) continues that cell downwards; everywhere else an empty cell is just empty.
 */
function continuedRow(cells: readonly string[], lead: boolean, above: readonly Slot[][], width: number): Slot[] {
  const row: Slot[] = [];
  for (let c = 0; c < width; c++) {
    const text = cells[c] ?? '';
    if (text === '' && lead && isLive(above, c)) row.push('up');
    else row.push({ text });
  }
  return row;
}

/** Whether the nearest row above has, in column `c`, a non-empty cell or a place it covers. */
function isLive(above: readonly Slot[][], c: number): boolean {
  const slot = above[above.length - 1]?.[c];
  if (slot === undefined || slot === 'left') return false;
  return slot === 'up' || slot.text !== '';
}

/**
 * The end of a list table sometimes comes out after it as single lines, one column after the
 * other (four names, then their four posts). Accepted only when: the table's last row is a
 * continuation row (its first columns covered from above); the lines that follow are short
 * labels without sentence punctuation; their count fills the remaining columns evenly, at
 * least two rows; and each group's typical length matches its column's (names are short,
 * posts long). Otherwise the lines stay text.
 */
function readColumnTail(
  lines: readonly Line[],
  free: readonly boolean[],
  end: number,
  lastRow: { cells: string[]; lead: boolean },
  body: readonly Slot[][],
  width: number,
): { rows: Slot[][]; end: number } | undefined {
  if (!lastRow.lead) return undefined;
  const c0 = lastRow.cells.findIndex((c) => c !== '');
  if (c0 <= 0) return undefined;
  const m = width - c0;
  const items: string[] = [];
  let k = end;
  while (k < lines.length && free[k] && isTailItem(lines[k]!)) {
    items.push(cleanCell(lines[k]!.raw));
    k++;
  }
  if (m < 1) return undefined;
  const typical = (c: number) =>
    median(
      body.map((r) => r[c]).flatMap((s) => (s && s !== 'up' && s !== 'left' && s.text ? [visibleLength(s.text)] : [])),
    );
  // The longest even split that fits wins; shorter ones leave the extra lines as text.
  for (let count = Math.floor(items.length / m); count >= 2; count--) {
    const byColumn = (j: number, i: number) => items[j * count + i]!;
    const byRow = (j: number, i: number) => items[i * m + j]!;
    const score = (at: (j: number, i: number) => string) => {
      let s = 0;
      for (let j = 0; j < m; j++) {
        const mine = median(Array.from({ length: count }, (_, i) => visibleLength(at(j, i))));
        const col = typical(c0 + j);
        if (!col || !mine) return Infinity;
        s = Math.max(s, Math.abs(Math.log(mine / col)));
      }
      return s;
    };
    const columnScore = score(byColumn);
    const rowScore = score(byRow);
    // Within a factor of two of the column's typical length, for every column.
    if (Math.min(columnScore, rowScore) > Math.log(2)) continue;
    const at = columnScore <= rowScore ? byColumn : byRow;
    const rows: Slot[][] = [];
    for (let i = 0; i < count; i++) {
      const cells = Array.from({ length: width }, (_, c) => (c < c0 ? '' : at(c - c0, i)));
      rows.push(continuedRow(cells, true, [...body, ...rows], width));
    }
    return { rows, end: end + count * m };
  }
  return undefined;
}

function isTailItem(line: Line): boolean {
  const t = withoutSpaces(line.raw);
  return t !== '' && !line.raw.includes('\t') && [...t].length <= 20 && !PROSE_PUNCT.test(t) && !/[：:]/.test(t);
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
