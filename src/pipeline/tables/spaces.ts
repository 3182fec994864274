import { ATTACHMENT_LABEL } from '../grammar/patterns.ts';
import type { Line, Warning } from '../model.ts';
import { makeTable, padRow, spanningRow, textSlots, tableWarning } from './grid.ts';
import { type Piece, twoLevelHeader } from './levels.ts';
import { PROSE_PUNCT, PROSE_PUNCT_ANY_WIDTH, visibleLength, withoutSpaces } from '../text/chars.ts';
import { range } from '../text/lines.ts';
import { cleanCell } from './text.ts';
import { isNumber, splitValues } from './tokens.ts';
import type { Found, Reader, Slot } from './types.ts';

/**
 * Tables of values separated by spaces, as the wrapped extraction prints statistics:
 *
 *   表 1 “十二五”期间火灾抢险救援情况统计表      ← caption
 *   年  份 火警 抢险救援 社会救助 合计出动         ← header
 *   2011 年 133 124 310 567                       ← rows: a label, then numbers
 *
 * - a value line has no sentence punctuation and at least two numbers, numbers making up at
 *   least 40% of its values; a label followed by numbers only also opens a row (`普通门诊 50`);
 *   a line of numbers only continues the row above (a wrapped row);
 * - a table is two or more such rows in a row, with four numbers or more and one value line;
 *   the short label lines just above it are its header (several when a label wraps; not the
 *   title under an `附件` label); a `表 N …` line above the header is its caption;
 * - the header is one row when its values are as many as the columns; two rows when it reads
 *   as group labels over sub-labels repeated once per group (levels.ts); otherwise it is kept
 *   whole in one cell spanning the table (`degraded`);
 * - rows with fewer values than columns had merged cells in print: their values are kept in
 *   order and padded at the end (`degraded`);
 * - a table goes on over a page break where the next page opens with its header again (kept
 *   once), and a table's header never reaches up into the table before it.
 */
export const readSpaceTables: Reader = (lines, file, free) => {
  const found: Found[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!free[i] || !isRowLine(lines[i]!)) {
      i++;
      continue;
    }
    let j = rowsEnd(lines, free, i);
    // Two rows at least, and enough numbers that this is a table of values, not a stray line.
    const block = lines.slice(i, j);
    const rows = block.some(startsWithLabel) ? block.filter(startsWithLabel).length : block.length;
    const numbers = block.flatMap(values).filter(isNumber).length;
    if (rows >= 2 && numbers >= 4 && block.some(isValueLine)) {
      const floor = found[found.length - 1]?.end ?? 0;
      const table = buildSpaceTable(lines, file, free, floor, i, j);
      found.push(table);
      j = table.end;
    }
    i = j;
  }
  return found;
};

/** End of the row lines from line `i`: value lines, and lines of numbers only that go on a row. */
function rowsEnd(lines: readonly Line[], free: readonly boolean[], i: number): number {
  let j = i;
  while (j < lines.length && free[j] && (isRowLine(lines[j]!) || (j > i && isNumbersOnly(lines[j]!)))) j++;
  return j;
}

function values(line: Line): string[] {
  return line.raw.includes('\t') ? [] : splitValues(line.raw);
}

/** Sentence punctuation, full- or half-width: a line holding it is prose. */

/** At least two values, two of them numbers, numbers at least 40% of them. */
export function isValueLine(line: Line): boolean {
  if (line.spaceOnly || PROSE_PUNCT_ANY_WIDTH.test(line.raw)) return false;
  const v = values(line);
  const numbers = v.filter(isNumber).length;
  return v.length >= 2 && numbers >= 2 && numbers / v.length >= 0.4;
}

/** A value line, or a label followed by numbers only (`普通门诊 50`, the rest wrapped below). */
function isRowLine(line: Line): boolean {
  if (isValueLine(line)) return true;
  if (line.spaceOnly || PROSE_PUNCT_ANY_WIDTH.test(line.raw)) return false;
  const v = values(line);
  return v.length >= 2 && !isNumber(v[0]!) && v.slice(1).every(isNumber);
}

function isNumbersOnly(line: Line): boolean {
  const v = values(line);
  return v.length >= 1 && v.every(isNumber);
}

function startsWithLabel(line: Line): boolean {
  const first = values(line)[0];
  return first !== undefined && !isNumber(first);
}

const CAPTION = /^表\s*\d+/;
/** An attachment label line (`附件`, `附件 2`): the line after it is a title, not a header. */

/** A header line: short, a label rather than a sentence. */
function isHeaderLine(line: Line): boolean {
  if (line.spaceOnly || line.raw.includes('\t')) return false;
  const t = line.raw.trim();
  return visibleLength(t) <= 24 && !PROSE_PUNCT.test(t) && !/[：:]/.test(t) && !CAPTION.test(t);
}

function buildSpaceTable(
  lines: readonly Line[],
  file: string,
  free: readonly boolean[],
  floor: number,
  first: number,
  rowsStop: number,
): Found {
  const warnings: Warning[] = [];
  const problems: string[] = [];

  // Header lines above the rows (not into the table before), then a caption above them.
  let start = first;
  const label = (k: number) => k >= 0 && ATTACHMENT_LABEL.test(lines[k]!.text);
  while (
    start - 1 >= floor &&
    free[start - 1] &&
    isHeaderLine(lines[start - 1]!) &&
    !label(start - 1) &&
    first - start < 30
  )
    start--;
  // The line right under an attachment label is the attachment's title, not a header.
  if (start < first && label(start - 1)) start++;
  let caption: string | undefined;
  if (start - 1 >= 0 && free[start - 1] && CAPTION.test(lines[start - 1]!.raw.trim())) {
    start--;
    caption = cleanCell(lines[start]!.raw);
  }
  const headerLines = lines.slice(caption === undefined ? start : start + 1, first);
  const { end, copies } = overPages(lines, free, headerLines, rowsStop);

  // Rows: a line starting with a label opens a row; number-only lines continue it.
  const printed: Value[][][] = [];
  for (const [k, line] of lines.slice(first, end).entries()) {
    if (copies.includes(first + k)) continue;
    const v = values(line).map((text, _, all) => ({ text, alone: all.length === 1 }));
    const opensRow = !printed.some((r) => !isNumber(r[0]?.[0]?.text ?? ''));
    if (printed.length === 0 || startsWithLabel(line) || opensRow) printed.push([v]);
    else printed[printed.length - 1]!.push(v);
  }
  const rows = printed.map((r) => r.flat().map((v) => v.text));
  const width = Math.max(...rows.map((r) => r.length));
  const short = rows.filter((r) => r.length < width).length;
  const merged = short > 0 ? layMerged(printed, width) : undefined;
  if (short > 0 && !merged) {
    problems.push(
      `${short} of ${rows.length} rows have fewer values than columns (merged cells in print); values kept in order`,
    );
  }

  const headPieces = joinUnits(headerLines.flatMap((line, k) => values(line).map((text) => ({ text, line: k }))));
  const headValues = headPieces.map((p) => p.text);
  const head: Slot[][] = [];
  const levels = headValues.length > width ? twoLevelHeader(headPieces, width) : undefined;
  if (headValues.length === width) head.push(textSlots(headValues));
  else if (levels) head.push(...levels);
  else if (headValues.length > 0) {
    head.push(spanningRow(headValues.join(' '), width));
    problems.push('the header has several levels that could not be laid over the columns; kept whole in one cell');
  }
  const degraded = problems.length > 0 ? `space-separated table: ${problems.join('; ')}` : undefined;
  if (degraded) warnings.push(tableWarning(file, lines[start]!.no, degraded));
  const body = merged ?? rows.map((r) => padRow(textSlots(r), width));
  const table = makeTable({ shape: 'spaces', caption, head, body, degraded }, lines, start, end, file);
  return { start, end, table, warnings, dropped: copies.map((k) => lines[k]!.raw.trim()) };
}

/**
 * A table goes on over a page break where the next page opens with its header printed again
 * and more rows: the copy is kept once.
 */
function overPages(
  lines: readonly Line[],
  free: readonly boolean[],
  header: readonly Line[],
  rowsStop: number,
): { end: number; copies: number[] } {
  const copies: number[] = [];
  const text = (ls: readonly Line[]) => ls.map((l) => withoutSpaces(l.raw)).join('');
  const wanted = text(header);
  let end = rowsStop;
  while (wanted !== '' && end < lines.length && free[end] && lines[end]!.pageStart) {
    const copy = range(end, end + header.length);
    if (copy.some((k) => !free[k]) || text(copy.map((k) => lines[k]!)) !== wanted) break;
    const after = end + header.length;
    if (after >= lines.length || !isRowLine(lines[after]!)) break;
    copies.push(...copy);
    end = rowsEnd(lines, free, after);
  }
  return { end, copies };
}

/** A header value that is only a unit in brackets (`（万元）`) belongs to the label before it. */
function joinUnits(values: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last && /^[（(][^）)]*[）)]$/.test(v.text)) out[out.length - 1] = { ...last, text: last.text + v.text };
    else out.push(v);
  }
  return out;
}

/** A value of a row and whether it stood alone on its printed line. */
interface Value {
  text: string;
  alone: boolean;
}

/**
 * A row with fewer values than columns had cells merged in print. A cell merged down over
 * several rows is centred on them, off the line its first row is printed on: the extraction
 * gives its value alone on a line of its own between that row's other lines (`普通门诊 50` /
 * `40` / `10 30 28 2 20 19 1`). Such a value covers its column down the rows that follow
 * until a row has a value for every column; a row short by exactly the merged cells still
 * open takes its values in order in the other columns. In a row with no merged cell open
 * above it, a value in words where the others are figures (`按比例报销`) covers the column
 * after it, when they are exactly as many as the values missing. Undefined when a row does
 * not fit so: the caller keeps the values in order and says so.
 */
export function layMerged(rows: readonly Value[][][], width: number): Slot[][] | undefined {
  const out: Slot[][] = [];
  let open = new Set<number>();
  for (const lines of rows) {
    const values = lines.flat();
    const missing = width - values.length;
    const row: Slot[] = [];
    const next = new Set<number>();
    if (missing === 0) {
      values.forEach((v) => row.push({ text: v.text }));
    } else if (missing > 0 && open.size === missing) {
      let k = 0;
      for (let c = 0; c < width; c++) {
        if (open.has(c)) {
          row.push('up');
          next.add(c);
        } else row.push({ text: values[k++]!.text });
      }
    } else if (missing > 0 && open.size === 0) {
      const words = values.filter((v, k) => k > 0 && !isNumber(v.text)).length;
      if (words !== missing) return undefined;
      values.forEach((v, k) => {
        row.push({ text: v.text });
        if (k > 0 && !isNumber(v.text)) row.push('left');
      });
    } else return undefined;
    // Values printed off their row's line, between its other lines, open a merged cell.
    let c = 0;
    lines.forEach((line, l) => {
      for (const v of line) {
        while (row[c] === 'up' || row[c] === 'left') c++;
        if (v.alone && l > 0 && l < lines.length - 1) next.add(c);
        c++;
      }
    });
    open = next;
    out.push(row);
  }
  return out;
}
