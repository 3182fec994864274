import type { Line } from '../model.ts';
import { SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { looksLikeCategory } from './columns.ts';
import { serialNumber } from './outline.ts';
import { makeTable, padRow, spanningRow, textSlots } from './grid.ts';
import { cleanCell } from './text.ts';
import type { Found, Reader, Slot } from './types.ts';
import { isColumnLabel } from './vocabulary.ts';

/**
 * A numbered list that the extraction gives row by row for its first columns, and its last
 * column as a block after the rows, under that column's label (pdftotext's default mode, where
 * a wide last column is a text block of its own):
 *
 *   序号 / 编号 / 项目名称              ← the labels of the first columns, one a line
 *   传统美术（共计1项）                  ← a category, across the table
 *   1 / BXCⅦ-4 面塑                     ← a row: its number, then its other cells
 *   …
 *   (blank)
 *   项目申报单位 / 北京市…协会 / …        ← the last column: its label, then a value per row
 *
 * Found as: a block of a column's label and its values after a blank line, right after a run
 * of short lines holding rows numbered 1 to N, where N is the number of values, under labels
 * one a line. Where the counts differ (a cell of the last column stacks two names) the rows
 * cannot be paired, and the lines are left to the other readers.
 */
export const readTrailingColumns: Reader = (lines, file, free) => {
  const found: Found[] = [];
  for (let k = 1; k < lines.length; k++) {
    if (!free[k] || lines[k]!.blanksBefore === 0 || !isColumnLabel(lines[k]!.text)) continue;
    const list = listBefore(lines, free, k);
    if (list) found.push(build(lines, file, list));
  }
  return found;
};

/** Longest line of the list: a cell's text, never a line of prose. */
const MAX_LINE = 24;
/** Fewest numbered rows. */
const MIN_ROWS = 3;

interface TrailingList {
  /** First label line. */
  start: number;
  /** The first row's number line (or the category before it). */
  body: number;
  /** The last column's label line. */
  label: number;
  end: number;
}

const isShort = (line: Line) =>
  line.text !== '' && !SENTENCE_PUNCT.test(line.text) && visibleLength(line.text) <= MAX_LINE;

/** The list whose last column starts at line `label`, if the rows before it match its values. */
function listBefore(lines: readonly Line[], free: readonly boolean[], label: number): TrailingList | undefined {
  let end = label + 1;
  while (end < lines.length && free[end] && lines[end]!.blanksBefore === 0 && isShort(lines[end]!)) end++;
  const values = end - label - 1;
  if (values < MIN_ROWS) return undefined;
  // The rows: short lines right before, with no blank line between them.
  let first = label - 1;
  while (first > 0 && free[first - 1] && isShort(lines[first - 1]!) && lines[first]!.blanksBefore === 0) first--;
  const numbers = lines.slice(first, label).flatMap((l, i) => (serialNumber(l.text) === undefined ? [] : [first + i]));
  if (numbers.length !== values || numbers.some((k, r) => serialNumber(lines[k]!.text) !== r + 1)) return undefined;
  // The labels: one a line, right before the first row (or the category over it).
  let body = numbers[0]!;
  if (body - 1 >= first && looksLikeCategory(lines[body - 1]!.text)) body--;
  let start = body;
  while (start - 1 >= first && isColumnLabel(lines[start - 1]!.text)) start--;
  if (body - start < 2) return undefined;
  return { start, body, label, end };
}

function build(lines: readonly Line[], file: string, list: TrailingList): Found {
  const labels = lines.slice(list.start, list.body).map((l) => cleanCell(l.raw));
  const values = lines.slice(list.label + 1, list.end).map((l) => cleanCell(l.raw));
  const width = labels.length + 1;
  // A category's text, or a row's cells before its last one.
  const items: (string | string[])[] = [];
  for (const line of lines.slice(list.body, list.label)) {
    const last = items[items.length - 1];
    if (serialNumber(line.text) !== undefined) items.push([line.text]);
    else if (looksLikeCategory(line.text) || !Array.isArray(last)) items.push(cleanCell(line.raw));
    else last.push(...line.raw.trim().split(/\s+/).map(cleanCell));
  }
  let r = 0;
  const body: Slot[][] = items.map((item) => {
    if (typeof item === 'string') return spanningRow(item, width);
    // Pieces beyond the first columns are one cell's words (a name with a space in it).
    const cells = item.length >= width ? [...item.slice(0, width - 2), item.slice(width - 2).join(' ')] : item;
    const first = [...cells, ...Array<string>(width - 1 - cells.length).fill('')];
    return textSlots([...first, values[r++] ?? '']);
  });
  const head = [padRow(textSlots([...labels, cleanCell(lines[list.label]!.raw)]), width)];
  const table = makeTable({ shape: 'columns', head, body }, lines, list.start, list.end, file);
  return { start: list.start, end: list.end, table, warnings: [], dropped: [] };
}
