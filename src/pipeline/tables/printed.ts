import { ATTACHMENT_LABEL } from '../grammar/patterns.ts';
import type { Line, Warning } from '../model.ts';
import { visibleLength, withoutSpaces } from '../text/chars.ts';
import { readColumnLists } from './columns.ts';
import { makeTable, tableWarning } from './grid.ts';
import { layoutGrid, type PagedLine } from './layout-grid.ts';
import {
  findHeader,
  headerCopies,
  isCopyLine,
  isLabel,
  keepsPositions,
  MAX_HEADER_LINES,
  type PrintedHeader,
} from './printed-header.ts';
import { serialNumber } from './outline.ts';
import { PrintedLines } from './printed-lines.ts';
import type { Found, Reader, ReaderPage, Slot } from './types.ts';

/**
 * Tables as a text extractor gives a printed page (pdftotext, default or `-layout`): each
 * printed line of the table is a line of text holding the pieces of the cells on it, apart by
 * spaces; a cell wrapped in its column goes on in the lines below; the header is printed
 * again on every page (in the default mode, its label blocks sometimes at the foot of the page
 * before or in another order).
 *
 *   工作任务 重点事项 重点指标 …            ← header (labels cut to fit narrow cells)
 *   三、落实 （三）现 4.健全粮食 （6）合理…  ← first printed line of a row
 *   粮食流通 代粮食物 供应网络 点。 …        ← the row goes on
 *
 * Found as: a run of lines holding no full line of prose (one piece as wide as the page: a
 * cell is narrower than its page) with at least three row lines (three pieces or more, none
 * taking most of the line). The table starts at its header (printed-header.ts) or its first
 * row line, and ends after the last row line and the cell lines that follow it. Two such
 * tables with the same header, the second starting with it, are one table interrupted by a
 * line the reader took for prose.
 *
 * Built as: when the lines keep the positions of their pieces (`-layout`), the columns are
 * rebuilt from them (layout-grid.ts); otherwise, or when the columns cannot be trusted, the
 * table is `degraded`: one row per printed line, as printed. Header copies go to `repeated`.
 * A region the column-list reader rebuilds cleanly is left to it.
 */
export const readPrintedTables: Reader = (lines, file, free, facts) => {
  const page = new PrintedLines(lines, facts.measure, facts.figuresSpaced);
  const regions: PrintedRegion[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!inRun(page, lines, free, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && inRun(page, lines, free, j)) j++;
    const last = regions[regions.length - 1];
    if (last && goesOn(page, lines, free, last, i, j))
      last.end = tableEnd(page, lines, lastRow(page, lines, i, j) ?? i, j, last.start);
    else {
      const region = tableIn(page, lines, i, j);
      if (region) regions.push(region);
    }
    i = j;
  }
  return regions
    .flatMap((r) => splitAtHeaders(page, lines, r))
    .filter((r) => !listReads(lines, file, r, facts))
    .map((r) => buildPrinted(page, lines, file, r));
};

/** Share of the header's pieces a line must show to print the header again. */
const HEADER_AGAIN = 1 / 2;

/**
 * Two tables with the same header, one after the other (a list and its supplement), make one
 * run of table lines. Where positions are kept, a header copy opens its page (printed-header.ts);
 * a line printing the header anywhere else starts the next table, and the lines between the
 * last row before it and it (the next table's title) are left to the text.
 */
function splitAtHeaders(page: PrintedLines, lines: readonly Line[], region: PrintedRegion): PrintedRegion[] {
  const { header } = region;
  if (!header || !keepsPositions(lines, region.start, region.end)) return [region];
  const after = header.head[header.head.length - 1]! + 1;
  const copies = new Set(headerCopies(page, lines, header, after, region.end));
  for (let k = after; k < region.end; k++) {
    const line = lines[k]!;
    if (copies.has(k) || !isCopyLine(page, line, header.vocabulary)) continue;
    if (page.pieces(line).length < HEADER_AGAIN * header.vocabulary.size) continue;
    let cut = k;
    while (cut > after && !page.isRow(lines[cut - 1]!)) cut--;
    if (cut === after) continue;
    const head = [k];
    while (
      head.length < MAX_HEADER_LINES &&
      k + head.length < region.end &&
      isCopyLine(page, lines[k + head.length]!, header.vocabulary)
    )
      head.push(k + head.length);
    const next = { start: k, end: region.end, header: { head, vocabulary: header.vocabulary } };
    return [{ ...region, end: cut }, ...splitAtHeaders(page, lines, next)];
  }
  return [region];
}

/** Fewest row lines that make a table. */
const MIN_ROW_LINES = 3;
/** Share of a region a column list must rebuild cleanly for the list reader to have it. */
const LIST_COVERS = 0.8;

/** A line a table may hold: free, not prose, not an attachment label (a table never holds one). */
function inRun(page: PrintedLines, lines: readonly Line[], free: readonly boolean[], k: number): boolean {
  const line = lines[k]!;
  if (!free[k] || line.spaceOnly || line.raw.includes('\t') || ATTACHMENT_LABEL.test(line.text)) return false;
  return !page.isProse(line);
}

interface PrintedRegion {
  start: number;
  end: number;
  header?: PrintedHeader;
}

function lastRow(page: PrintedLines, lines: readonly Line[], i: number, j: number): number | undefined {
  for (let k = j - 1; k >= i; k--) if (page.isRow(lines[k]!)) return k + 1;
  return undefined;
}

/** The table in a run of non-prose lines `[i, j)`, if there is one. */
function tableIn(page: PrintedLines, lines: readonly Line[], i: number, j: number): PrintedRegion | undefined {
  const rows: number[] = [];
  for (let k = i; k < j; k++) if (page.isRow(lines[k]!)) rows.push(k);
  if (rows.length < MIN_ROW_LINES) return undefined;
  // The header's labels make a row line too; the first row is the first line that is not labels,
  // or, in a table of words only, the second row line.
  const firstRow = rows.find((k) => !isLabel(page, lines[k]!, true)) ?? rows[1]!;
  const header = findHeader(page, lines, i, j, firstRow);
  const start = Math.min(header?.head[0] ?? firstRow, rows[0]!);
  return { start, end: tableEnd(page, lines, rows[rows.length - 1]! + 1, j, start), header };
}

/**
 * The run `[i, j)` goes on with the table before it: only free, tab-free lines between, a few
 * at most (a cell wider than its column that looked like prose), and a copy of the table's
 * header at a page break in it.
 */
function goesOn(
  page: PrintedLines,
  lines: readonly Line[],
  free: readonly boolean[],
  table: PrintedRegion,
  i: number,
  j: number,
): boolean {
  const vocabulary = table.header?.vocabulary;
  if (!vocabulary || i - table.end > MAX_HEADER_LINES) return false;
  for (let k = table.end; k < i; k++) if (!free[k] || lines[k]!.raw.includes('\t')) return false;
  return headerCopies(page, lines, { vocabulary }, i - 1, j).length > 0;
}

/**
 * Whether the column-list reader rebuilds the region as one clean list of its own kinds (member
 * lists with their roles, numbered lists one row a line): then it is left to that reader, which
 * knows roles spanning their members, categories and names stacked in a cell. A list of neither
 * kind stays here: its first line may be a header, which only this reader reads.
 */
function listReads(lines: readonly Line[], file: string, region: PrintedRegion, facts: ReaderPage): boolean {
  const only = lines.map((_, k) => k >= region.start && k < region.end);
  const lists = readColumnLists(lines, file, only, facts);
  const clean = lists.filter((f) => !f.table.degraded).reduce((n, f) => n + (f.end - f.start), 0);
  const first = lists[0]?.table.body.map((r) => r[0]?.text ?? '') ?? [];
  const own =
    first.some((t) => /[：:]$/.test(t)) || first.filter((t) => serialNumber(t) !== undefined).length >= MIN_ROW_LINES;
  return lists.length === 1 && own && clean >= LIST_COVERS * (region.end - region.start);
}

/** Longest cell fragment a blank line may set apart at a table's foot (`是`, `局`, `领导录`). */
const MAX_FRAGMENT = 4;

/**
 * The table ends after the last row line and the cell lines that follow it directly: it stops
 * before an attachment label, a heading, a single piece with a colon (`抄送：…`), or a
 * single piece longer than a cell's fragment set apart by a blank line (a signature).
 */
function tableEnd(page: PrintedLines, lines: readonly Line[], from: number, j: number, start: number): number {
  // The default mode reads a page's last column blocks after its rows: a line the table has
  // printed before (`提交区委常` / `委会` in a column of remarks) is one of its cells again.
  const printed = new Set(lines.slice(start, from).map((l) => withoutSpaces(l.raw)));
  let e = from;
  while (e < j) {
    const line = lines[e]!;
    if (ATTACHMENT_LABEL.test(line.text) || page.isHeading(line)) break;
    if (/[：:]/.test(line.raw) && page.pieces(line).length === 1) break;
    if (
      line.blanksBefore > 0 &&
      page.pieces(line).length < 2 &&
      visibleLength(line.raw) > MAX_FRAGMENT &&
      !printed.has(withoutSpaces(line.raw))
    )
      break;
    e++;
  }
  return e;
}

/** The text of a printed line kept as a row: its pieces as printed, one space apart. */
function lineText(line: Line): string {
  return line.raw.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}

function buildPrinted(page: PrintedLines, lines: readonly Line[], file: string, region: PrintedRegion): Found {
  const { start, end, header } = region;
  const warnings: Warning[] = [];
  const headAt = new Set(header?.head ?? []);
  const after = (header?.head[header.head.length - 1] ?? start) + 1;
  const copyAt = new Set(header ? headerCopies(page, lines, header, after, end) : []);
  const dropped = [...copyAt].sort((a, b) => a - b).map((k) => lines[k]!.raw);
  // Pages are laid out each on its own: the grid is read page by page.
  const paged: PagedLine[] = [];
  let pageNo = 0;
  for (let k = start; k < end; k++) {
    if (k > start && lines[k]!.pageStart) pageNo++;
    paged.push({ line: lines[k]!, page: pageNo });
  }
  const headLines = paged.filter((_, x) => headAt.has(start + x));
  const copyLines = paged.filter((_, x) => copyAt.has(start + x));
  const bodyLines = paged.filter((_, x) => !headAt.has(start + x) && !copyAt.has(start + x));
  const grid = layoutGrid(headLines, bodyLines, copyLines);
  let head: Slot[][];
  let body: Slot[][];
  let degraded: string | undefined;
  if (grid.table) ({ head, body } = grid.table);
  else {
    head = headLines.length > 0 ? [[{ text: headLines.map((h) => lineText(h.line)).join('\n') }]] : [];
    body = bodyLines.map((b) => [{ text: lineText(b.line) }]);
    degraded = `printed table: ${grid.why}; each printed line is kept as a row, as printed`;
  }
  if (degraded) warnings.push(tableWarning(file, lines[start]!.no, degraded));
  const table = makeTable({ shape: 'printed', head, body, degraded }, lines, start, end, file);
  return { start, end, table, warnings, dropped };
}
