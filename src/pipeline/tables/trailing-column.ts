import type { Line } from '../model.ts';
import { SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { range } from '../text/lines.ts';
import { looksLikeCategory } from './columns.ts';
import { isHeadingText, serialNumber } from './outline.ts';
import { makeTable, padRow, spanningRow, tableWarning, textSlots } from './grid.ts';
import { cleanCell, joinPieces } from './text.ts';
import type { Found, Reader, Slot } from './types.ts';
import { isColumnLabel } from './vocabulary.ts';

/**
 * A numbered list that the extraction gives row by row for its first columns, and a wide
 * column as a block after the rows of a page, under that column's label (pdftotext's default
 * mode, where a wide column is a text block of its own):
 *
 *   序号 编号 / 项目名称               ← the labels of the other columns
 *   传统美术（共计9项）                 ← a category, across the table
 *   19 BXCⅦ-2 北京宫廷团扇 / 8         ← a row: its number and cells, then wrapped tails
 *   …
 *   (blank)
 *   项目申报单位 / 北京市…中心 / …       ← the column: its label, then its values, to a blank line
 *
 * Over several pages, each page may repeat the labels at its top (kept once), and give the
 * column again as a block, or in its rows (`29 BXCⅧ-7 泰丰楼鲁菜制作技艺` / `北京泰丰楼饭庄…`);
 * rows may go on after a block on its page. A block belongs to the rows before it since the
 * page began or the last block ended: its group.
 *
 * Found from a block, a column's label after a blank line, right after rows numbered from 1 on
 * under labels; or, with no block, from labels over rows numbered from 1 on that the
 * extraction cuts over lines (its default mode; `-layout` keeps the grid for the grid readers). A block holding one value per row of its group pairs them; where a cell stacks
 * two names the counts differ, the extraction does not tell which rows hold more than one (nor
 * whether the block holds the values of a row printed after it), and the values are set from
 * the top, the group's last row taking the rest: the table is `degraded`, with a note naming
 * the rows.
 */
export const readTrailingColumns: Reader = (lines, file, free) => {
  const found: Found[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!free[k]) continue;
    const list = isBlockLabel(lines[k]!) ? listAround(lines, free, k) : listUnder(lines, free, k);
    if (!list) continue;
    found.push(build(lines, file, list));
    k = list.end - 1;
  }
  return found;
};

/** Longest line of the list but for a row's first line: a cell's text, never a line of prose. */
const MAX_LINE = 24;
/** Fewest numbered rows. */
const MIN_ROWS = 3;

/** A line that can be a cell: no sentence in it, at most `max` characters. */
const isCellText = (line: Line, max: number) =>
  line.text !== '' && !SENTENCE_PUNCT.test(line.text) && visibleLength(line.text) <= max;

const isShort = (line: Line) => isCellText(line, MAX_LINE);

/**
 * Longest line of a block's value: its label and the blank lines around vouch for it, so a
 * long agency name (`北京市西城区大栅栏琉璃厂社区非物质文化遗产服务中心`, 25) is one.
 */
const MAX_VALUE = 32;

const isValue = (line: Line) => isCellText(line, MAX_VALUE);

const tokens = (line: Line) => line.raw.trim().split(/\s+/).map(cleanCell);

/** A column's label as the extraction gives a block: on a line of its own after a blank line. */
const isBlockLabel = (line: Line) => line.blanksBefore > 0 && isColumnLabel(line.text);

type Item =
  | { kind: 'category'; line: number }
  /** Labels printed again at a page's top, or a block's label already known. */
  | { kind: 'copy'; line: number }
  /** `group`: the rows since the page began or the last block ended, which a block after them belongs to. */
  | { kind: 'row'; n: number; group: number; lines: number[] }
  | { kind: 'block'; group: number; label: number; values: number[] };

interface TrailingList {
  /** First label line. */
  start: number;
  /** Lines of the labels, before the first row (or the category over it). */
  labelLines: number[];
  items: Item[];
  end: number;
}

/** The row number a line opens with: `12 BXCⅥ-26 陈式太极拳`, or `12` alone. */
const rowNumber = (line: Line) => serialNumber(line.raw.trim().split(/\s+/)[0]!);

/** The list whose block at line `block` follows its rows, if labels and rows numbered from 1 lead up to it. */
function listAround(lines: readonly Line[], free: readonly boolean[], block: number): TrailingList | undefined {
  if (block < 1) return undefined;
  // The rows: lines right before, with no blank line between them.
  let first = block - 1;
  while (first > 0 && free[first - 1] && lines[first]!.blanksBefore === 0 && !lines[first]!.pageStart) first--;
  let body = -1;
  for (let k = first; k < block && body < 0; k++) if (rowNumber(lines[k]!) === 1) body = k;
  if (body < 0) return undefined;
  if (body - 1 >= first && looksLikeCategory(lines[body - 1]!.text)) body--;
  let start = body;
  while (start - 1 >= first && tokens(lines[start - 1]!).every(isColumnLabel)) start--;
  const labelLines = range(start, body);
  const labels = new Set(labelLines.flatMap((k) => tokens(lines[k]!)));
  if (labels.size < 2) return undefined;
  const { items, end } = itemsFrom(lines, free, body, labels);
  const rows = items.filter((i) => i.kind === 'row');
  const blocks = items.filter((i) => i.kind === 'block');
  if (rows.length < MIN_ROWS || !blocks.some((b) => b.label === block)) return undefined;
  return { start, labelLines, items, end };
}

/**
 * The list under labels starting at line `start` whose rows the extraction cuts over lines
 * (`40 BXCⅨ-1 “济安堂”王回回膏 北京济安斋书店` / `3` / `药`), even with no block: rows numbered
 * from 1 right under labels given over two lines or more, at least one row over several lines.
 */
function listUnder(lines: readonly Line[], free: readonly boolean[], start: number): TrailingList | undefined {
  const isLabelLine = (k: number) => k < lines.length && free[k] && tokens(lines[k]!).every(isColumnLabel);
  if (!isLabelLine(start) || (start > 0 && free[start - 1] && isLabelLine(start - 1))) return undefined;
  let body = start;
  while (isLabelLine(body) && (body === start || lines[body]!.blanksBefore === 0)) body++;
  const labelLines = range(start, body);
  const labels = new Set(labelLines.flatMap((k) => tokens(lines[k]!)));
  // A header on one line is a printed line of cells, the printed reader's.
  if (labelLines.length < 2 || labels.size < 3 || body >= lines.length || lines[body]!.blanksBefore > 0)
    return undefined;
  const first = looksLikeCategory(lines[body]!.text) ? body + 1 : body;
  if (first >= lines.length || rowNumber(lines[first]!) !== 1) return undefined;
  const { items, end } = itemsFrom(lines, free, body, labels);
  const rows = items.filter((i) => i.kind === 'row');
  if (rows.length < MIN_ROWS || !rows.some((r) => r.lines.length > 1)) return undefined;
  // Columns kept as runs of spaces (pdftotext -layout) are the grid readers' to rebuild.
  if (range(start, end).some((k) => /\S {2,}\S/.test(lines[k]!.raw.trim()))) return undefined;
  return { start, labelLines, items, end };
}

/** The rows, categories, repeated labels and blocks from line `body` on, as far as the list goes. */
function itemsFrom(
  lines: readonly Line[],
  free: readonly boolean[],
  body: number,
  labels: Set<string>,
): { items: Item[]; end: number } {
  const items: Item[] = [];
  let group = 0;
  let next = 1;
  let row: Extract<Item, { kind: 'row' }> | undefined;
  let k = body;
  const opensRow = (j: number) => {
    if (rowNumber(lines[j]!) !== next) return false;
    // `5 BXCⅡ-1 …` / `6` / `6 BXCⅤ-1 …`: the bare 6 is the first row's wrapped tail.
    const after = lines[j + 1];
    return !(lines[j]!.text === String(next) && after && rowNumber(after) === next && after.text !== String(next));
  };
  while (k < lines.length && free[k]) {
    const line = lines[k]!;
    if (line.pageStart && k > body) {
      group++;
      row = undefined;
      if (tokens(line).every((t) => labels.has(t))) {
        while (k < lines.length && free[k] && tokens(lines[k]!).every((t) => labels.has(t)))
          items.push({ kind: 'copy', line: k++ });
        continue;
      }
      if (!opensRow(k) && !looksLikeCategory(line.text)) break;
    }
    if (isBlockLabel(line)) {
      let v = k + 1;
      while (v < lines.length && free[v] && !lines[v]!.pageStart && lines[v]!.blanksBefore === 0 && isValue(lines[v]!))
        v++;
      // A known label with no values under it: the rest of a page's copy of the labels, read
      // after the first rows of the page (`序号 编号` / `26 …` / `27` / `项目名称` / `BXCⅦ-36 …`).
      if (v === k + 1 && labels.has(line.text) && row) {
        items.push({ kind: 'copy', line: k++ });
        continue;
      }
      // A block gives the column of the rows of its group.
      if (v === k + 1 || !items.some((i) => i.kind === 'row' && i.group === group)) break;
      items.push({ kind: 'block', group: group++, label: k, values: range(k + 1, v) });
      labels.add(line.text);
      k = v;
      row = undefined;
      // The list goes on on the next page, or with its next row after the block.
      if (k >= lines.length || !(lines[k]!.pageStart || opensRow(k) || looksLikeCategory(lines[k]!.text))) break;
      continue;
    }
    // A blank line ends the list, but after a block, or inside a row that lacks cells (the
    // extraction set `25` apart from `BXCⅦ-34 京作核雕`).
    if (line.blanksBefore > 0 && !line.pageStart && !afterBlock(items) && !(row && lacksCells(lines, row, labels)))
      break;
    if (opensRow(k)) {
      row = { kind: 'row', n: next++, group, lines: [k] };
      items.push(row);
    } else if (looksLikeCategory(line.text) && isShort(line)) {
      items.push({ kind: 'category', line: k });
      row = undefined;
    } else if (row && isShort(line) && !isHeadingText(line.text)) {
      row.lines.push(k);
    } else break;
    k++;
  }
  // A category or repeated labels with no row after them are not the list's.
  while (items.length > 0 && items[items.length - 1]!.kind !== 'row' && items[items.length - 1]!.kind !== 'block')
    items.pop();
  const last = items[items.length - 1];
  const end = last ? lastLine(last) + 1 : body;
  return { items, end };
}

/** A row with fewer pieces so far than the labels above it. */
function lacksCells(lines: readonly Line[], row: Extract<Item, { kind: 'row' }>, labels: ReadonlySet<string>): boolean {
  return row.lines.flatMap((k) => tokens(lines[k]!)).length < labels.size;
}

/** The line right after a block: the rows may go on there, after the blank line that ends it. */
function afterBlock(items: readonly Item[]): boolean {
  return items[items.length - 1]?.kind === 'block';
}

function lastLine(item: Item): number {
  if (item.kind === 'row') return item.lines[item.lines.length - 1]!;
  if (item.kind === 'block') return item.values[item.values.length - 1] ?? item.label;
  return item.line;
}

/** A cell of codes and figures (`BXCⅡ-1`): a bare number after it on its own line is its wrapped tail. */
const isCode = (text: string) => text !== '' && !/\p{Script=Han}/u.test(text) && /\d$/.test(text);

function build(lines: readonly Line[], file: string, list: TrailingList): Found {
  const labels = list.labelLines.flatMap((k) => tokens(lines[k]!));
  const dropped: string[] = [];
  for (const item of list.items) {
    if (item.kind === 'copy') dropped.push(cleanCell(lines[item.line]!.raw));
    if (item.kind !== 'block') continue;
    const label = cleanCell(lines[item.label]!.raw);
    if (labels.includes(label)) dropped.push(label);
    else labels.push(label);
  }
  const width = labels.length;
  const blockColumn = new Map<number, number>();
  for (const item of list.items)
    if (item.kind === 'block') blockColumn.set(item.group, labels.indexOf(cleanCell(lines[item.label]!.raw)));

  const rows = list.items.filter((i) => i.kind === 'row');
  const skip = rows.map((r) => blockColumn.get(r.group));
  const read = withTails(
    lines,
    rows.map((r, i) => rowCells(lines, r, width, skip[i])),
    skip,
  );
  const cells = new Map(rows.map((r, i) => [r.n, read[i]!]));

  const notes: string[] = [];
  for (const item of list.items) {
    if (item.kind !== 'block') continue;
    const column = labels.indexOf(cleanCell(lines[item.label]!.raw));
    const groupRows = rows.filter((r) => r.group === item.group);
    const values = item.values.map((k) => cleanCell(lines[k]!.raw));
    groupRows.forEach((r, i) => {
      const last = i === groupRows.length - 1;
      cells.get(r.n)![column] = (last ? values.slice(i) : values.slice(i, i + 1)).join('\n');
    });
    if (values.length !== groupRows.length)
      notes.push(unpairedNote(labels[column]!, values.length, groupRows[0]!.n, groupRows[groupRows.length - 1]!.n));
  }
  const degraded =
    notes.length > 0
      ? 'column given as a block after its rows, its values not one per row: the values are set from the top, the last row before the block taking the rest; the extraction does not tell which rows they belong to'
      : undefined;

  const body: Slot[][] = list.items.flatMap((item): Slot[][] => {
    if (item.kind === 'category') return [spanningRow(cleanCell(lines[item.line]!.raw), width)];
    if (item.kind !== 'row') return [];
    return [textSlots(cells.get(item.n)!)];
  });
  const head = [padRow(textSlots(labels), width)];
  const table = makeTable({ shape: 'columns', head, body, degraded, notes }, lines, list.start, list.end, file);
  const warnings = degraded ? [tableWarning(file, lines[list.start]!.no, degraded)] : [];
  return { start: list.start, end: list.end, table, warnings, dropped };
}

/** For readers: which rows' cells of a block's column are set by order only. */
function unpairedNote(label: string, values: number, first: number, last: number): string {
  const rows = last - first + 1;
  const more = values > rows;
  return (
    `第${first}—${last}行的${label}：来源文本在这${rows}行之后另列${values}项，${more ? '多' : '少'}于行数，` +
    `无法判断${more ? '哪些行有不止一项' : '哪些行为空'}；此处自上而下依次填入，${more ? '余项归入末行' : '末行留空'}。`
  );
}

interface RowCells {
  /** Each column's pieces. */
  cells: string[][];
  /** Lines left over once every column had a piece: wrapped tails of the cells. */
  tails: number[];
}

/**
 * A row's cells from its lines, but for the wrapped tails: the first line's pieces in the row's
 * columns, skipping the one its group's block gives; later lines fill the columns still empty
 * (`29 BXCⅧ-7 泰丰楼鲁菜制作技艺` / `北京泰丰楼饭庄有限公司`, or `1` / `BXCⅦ-4 面塑`).
 */
function rowCells(
  lines: readonly Line[],
  row: Extract<Item, { kind: 'row' }>,
  width: number,
  block?: number,
): RowCells {
  const cells: string[][] = Array.from({ length: width }, () => []);
  const open = range(0, width).filter((c) => c !== block);
  const tails: number[] = [];
  for (const [i, k] of row.lines.entries()) {
    const pieces = tokens(lines[k]!);
    const empty = open.filter((c) => cells[c]!.length === 0);
    const afterCode = cells.some((c, col) => col > 0 && isCode(c.join('')));
    if (i > 0 && (empty.length === 0 || (afterCode && /^\d+$/.test(pieces.join(''))))) {
      tails.push(k);
      continue;
    }
    // Pieces beyond the empty columns are one cell's words (a name with a space in it).
    pieces.forEach((p, j) => cells[empty[Math.min(j, empty.length - 1)]!]!.push(j >= empty.length ? ` ${p}` : p));
  }
  return { cells, tails };
}

/**
 * Puts each wrapped tail back on its cell: a bare number on the cell of codes before it
 * (`BXCⅡ-1` / `0`), other text on the cell that fills its column most (the name that reached
 * the column's edge: `聚顺和茯苓夹饼传统制作` / `技艺`).
 */
function withTails(
  lines: readonly Line[],
  rows: readonly RowCells[],
  skip: readonly (number | undefined)[],
): string[][] {
  const widest: number[] = [];
  for (const r of rows)
    r.cells.forEach((c, col) => (widest[col] = Math.max(widest[col] ?? 0, visibleLength(c.join('')))));
  return rows.map((r, i) => {
    const row = r.cells.map((c) => c.join(''));
    for (const k of r.tails) {
      const tail = cleanCell(lines[k]!.raw);
      const filled = range(1, row.length).filter((c) => c !== skip[i] && row[c] !== '');
      const codes = filled.filter((c) => isCode(row[c]!));
      const target =
        /^\d+$/.test(tail) && codes.length > 0
          ? codes[codes.length - 1]
          : maxBy(
              filled.filter((c) => !codes.includes(c)),
              (c) => visibleLength(row[c]!) / (widest[c] || 1),
            );
      const at = target ?? row.length - 1;
      row[at] = joinPieces([row[at]!, tail]);
    }
    return row;
  });
}

function maxBy(xs: readonly number[], score: (x: number) => number): number | undefined {
  let best: number | undefined;
  for (const x of xs) if (best === undefined || score(x) > score(best)) best = x;
  return best;
}
