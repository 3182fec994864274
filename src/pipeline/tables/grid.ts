import type { Line, Table, TableCell, TableShape, Warning } from '../model.ts';
import { withoutSpaces } from '../text/chars.ts';
import { charCounts } from './text.ts';
import type { Found, Slot } from './types.ts';

/**
 * `TableCell[][]` follows HTML table semantics: a row lists only the cells that *start* in it;
 * places covered by another cell's rowspan or colspan are left out. So a category cell that
 * spans the following rows is given once, with `rowspan`, never repeated: repeating it would
 * print the same text several times and the source printed it once.
 */
export function fromSlots(rows: readonly Slot[][]): TableCell[][] {
  const out: TableCell[][] = [];
  rows.forEach((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((slot, c) => {
      if (slot === 'up' || slot === 'left') return;
      const cell: TableCell = { text: slot.text };
      let colspan = 1;
      while (row[c + colspan] === 'left') colspan++;
      let rowspan = 1;
      while (rows[r + rowspan]?.[c] === 'up') rowspan++;
      if (colspan > 1) cell.colspan = colspan;
      if (rowspan > 1) cell.rowspan = rowspan;
      cells.push(cell);
    });
    out.push(cells);
  });
  return out;
}

/** Plain cells, one per text. */
export function textSlots(texts: readonly string[]): Slot[] {
  return texts.map((text) => ({ text }));
}

/** A row of one cell spanning the whole width: a section heading inside a table (第一季度上会议题). */
export function spanningRow(text: string, width: number): Slot[] {
  const row: Slot[] = [{ text }];
  for (let c = 1; c < width; c++) row.push('left');
  return row;
}

/** Pads a row with empty cells up to `width` (tables are kept rectangular for the renderer). */
export function padRow(row: Slot[], width: number): Slot[] {
  const out = row.slice();
  while (out.length < width) out.push({ text: '' });
  return out;
}

export interface TableParts {
  shape: TableShape;
  caption?: string;
  head: Slot[][];
  body: Slot[][];
  degraded?: string;
  /** Notes for the reader about the table as rebuilt (cells the source leaves undecided). */
  notes?: string[];
}

/** The `Table` for the lines `lines[start..end)`, with its source span. */
export function makeTable(parts: TableParts, lines: readonly Line[], start: number, end: number, file: string): Table {
  const first = lines[start];
  const last = lines[end - 1];
  const table: Table = {
    type: 'table',
    shape: parts.shape,
    head: fromSlots(parts.head),
    body: fromSlots(parts.body),
    span: { file, line: first?.no ?? 0, endLine: last?.no ?? first?.no ?? 0 },
  };
  if (parts.caption !== undefined && parts.caption !== '') table.caption = parts.caption;
  if (parts.degraded) table.degraded = parts.degraded;
  if (parts.notes && parts.notes.length > 0) table.notes = parts.notes;
  return table;
}

/** Every text a table holds: caption, then head and body cells in order. */
export function tableTexts(table: Table): string[] {
  const texts: string[] = [];
  if (table.caption) texts.push(table.caption);
  for (const row of [...table.head, ...table.body]) for (const cell of row) texts.push(cell.text);
  return texts;
}

/**
 * The "nothing lost, nothing invented" check: the visible characters of the claimed source
 * lines must be exactly those of the table (caption and cells) plus those the reader dropped
 * on purpose as repetitions. Returns what is missing from the table and what it has in excess
 * (both '' when the books balance). Compares counts, not order: readers do reorder (a header
 * printed mid-page moves to `head`).
 */
export function accounting(
  found: Pick<Found, 'start' | 'end' | 'table' | 'dropped'>,
  lines: readonly Line[],
): { missing: string; extra: string } {
  const source = charCounts(lines.slice(found.start, found.end).map((l) => l.raw));
  const kept = charCounts([...tableTexts(found.table), ...found.dropped]);
  let missing = '';
  let extra = '';
  for (const [ch, n] of source) {
    const k = kept.get(ch) ?? 0;
    if (k < n) missing += ch.repeat(n - k);
  }
  for (const [ch, k] of kept) {
    const n = source.get(ch) ?? 0;
    if (k > n) extra += ch.repeat(k - n);
  }
  return { missing, extra };
}

/**
 * Pieces of the text a reader dropped as repetitions that the table does not keep anywhere: a
 * repetition repeats something, so such a piece is text lost (a row taken for a header copy).
 */
export function unrepeated(found: Pick<Found, 'table' | 'dropped'>): string[] {
  const kept = withoutSpaces(tableTexts(found.table).join(''));
  return found.dropped.flatMap((d) => d.split(/[\s\u3000]+/u)).filter((p) => p !== '' && !kept.includes(p));
}

/** A warning anchored at a source line. */
export function tableWarning(file: string, line: number, message: string): Warning {
  return { file, line, message };
}

/** Non-empty visible text of a line's raw form. */
export function visible(line: Line): string {
  return withoutSpaces(line.raw);
}
