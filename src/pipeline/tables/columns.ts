import type { Line, Warning } from '../model.ts';
import { makeTable, padRow, spanningRow, textSlots, tableWarning } from './grid.ts';
import { isHeadingText, longestCount, serialNumber } from './outline.ts';
import { SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { joinPieces } from './text.ts';
import { hasRealGap, isNumber, splitValues } from './tokens.ts';
import type { Found, Reader, Slot } from './types.ts';

/**
 * Lists laid out as columns, one row per printed line, values apart by wide gaps:
 *
 *   组      长：王少峰  区委副书记、区政府区长      ← role, name, post
 *               司马红  区政府副区长                 ← same role (the role cell spans down)
 *   街道（乡镇）名称  新街口街道办事处               ← key, value
 *   序号 编号 项目名称 项目申报单位                  ← header of a numbered list
 *   民间文学（共计 1 项）                            ← category: a row spanning the table
 *   9 BXCⅤ-15 西河大鼓                              ← row 9 …
 *   北京曲艺团有限责任公司                           ← … its fourth value,
 *   北京市西城区非物质文化遗产保护中心               ← … and a second name in the same cell
 *
 * - a row line has two or more values with a *real* gap between two of them (not one the
 *   extraction put between Chinese and digits), or starts with a row number; it has no
 *   sentence punctuation and is not a full printed line;
 * - a table is three or more row lines with only short lines between them;
 * - numbered lists (row numbers counting up at least three times): a row runs from its
 *   number to the next; lines inside fill its empty columns in order, then add names to its
 *   last cell, one per line; a lone line right before the next number is a category row when
 *   a blank line sets it apart or it reads like a category (`…（共计 4 项）`, `一、…`); the
 *   label line above the first row is the header (printed again at the top of a later page
 *   of a list of one-line rows, it is left out);
 * - other lists: every row line is a row; a lone `成员：` line is the role of the row after it;
 *   rows without a role continue the role above (rowspan); a lone short line adds to the last
 *   cell of the row above (joined when the line above was wrapped, else one name per line);
 * - key/value lists (every row two cells, no roles): lone lines right above a line of three
 *   values or more are that line's key, its values one cell; a lone line ending in a wide gap
 *   is a key with an empty value;
 * - a printed line that did not end with a space, or ends in `、`, continues on the next line.
 */
export const readColumnLists: Reader = (lines, file, free) => {
  const found: Found[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!free[i] || !isRowLine(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && free[j] && isListLine(lines[j]!)) j++;
    const table = buildList(lines, file, i, j);
    if (table) {
      found.push(table);
      i = table.end;
    } else {
      i = j;
    }
  }
  return found;
};

/** Longest line of a list row: full printed lines (about 34 characters) are prose. */
const ROW_MAX = 28;
/** Longest lone line that may continue a row or be a category. */
const SINGLE_MAX = 24;

function values(line: Line): string[] {
  return splitValues(line.raw);
}

function isSerialStart(line: Line): boolean {
  return serialNumber(values(line)[0] ?? '') !== undefined;
}

export function isRowLine(line: Line): boolean {
  if (line.spaceOnly || line.raw.includes('\t') || SENTENCE_PUNCT.test(line.raw)) return false;
  if (visibleLength(line.raw) > ROW_MAX) return false;
  const v = values(line);
  return v.length >= 2 && (hasRealGap(line.raw) || isSerialStart(line));
}

/** A line that may sit inside a list: a row, a lone short value, a separator. */
function isListLine(line: Line): boolean {
  if (line.spaceOnly) return true;
  if (isRowLine(line) || isSerialStart(line)) return true;
  if (line.raw.includes('\t') || SENTENCE_PUNCT.test(line.raw)) return false;
  const v = values(line);
  return v.length === 1 && visibleLength(line.raw) <= SINGLE_MAX && !isHeadingText(v[0]!);
}

/** Whether a printed line goes on in the next one. */
type Wraps = (line: Line) => boolean;

/**
 * How the lines of a list tell that a printed line goes on in the next: where the extraction
 * ends every finished line with a space, one without it wraps; where no line of the list ends
 * with a space (pdftotext), only a line ending in `、` or `，` is known to go on.
 */
function lineWraps(lines: readonly Line[], start: number, end: number): Wraps {
  const marked = lines.slice(start, end).some((l) => !l.spaceOnly && /[ \u00a0]$/.test(l.raw));
  return (line) => (marked && !/[ \u00a0]$/.test(line.raw)) || /[、，]\s*$/.test(line.raw);
}

function isRole(value: string): boolean {
  return /[：:]$/.test(value);
}

/** Longest run of row numbers counting up (one may be missing), as line indices. */
function serialChain(lines: readonly Line[], start: number, end: number): number[] {
  const numbers = lines.slice(start, end).map((l) => (isSerialStart(l) ? Number(values(l)[0]) : undefined));
  return longestCount(numbers).map((k) => start + k);
}

interface Draft {
  /** Values so far; the last one may still be growing. */
  cells: string[];
  /** The source line the last value came from wrapped (its text continues). */
  open: boolean;
}

/** Adds a line's values to a row: the first joins a wrapped value, the rest fill columns. */
function addValues(row: Draft, vals: readonly string[], width: number): void {
  vals.forEach((v, k) => {
    if (k === 0 && row.open && row.cells.length > 0) {
      row.cells[row.cells.length - 1] += v;
    } else if (width === 0 || row.cells.length < width) {
      row.cells.push(v);
    } else {
      row.cells[row.cells.length - 1] += `\n${v}`;
    }
  });
}

function buildList(lines: readonly Line[], file: string, start: number, end: number): Found | undefined {
  const chain = serialChain(lines, start, end);
  const wraps = lineWraps(lines, start, end);
  return chain.length >= 3
    ? buildNumbered(lines, file, start, end, chain, wraps)
    : buildPlain(lines, file, start, end, wraps);
}

/** A numbered list: header, category rows, rows from each number to the next. */
function buildNumbered(
  lines: readonly Line[],
  file: string,
  start: number,
  end: number,
  chain: number[],
  wraps: Wraps,
  withHeader = true,
): Found | undefined {
  const first = chain[0]!;
  // The header: the label line nearest above the first row (categories may stand between).
  let headAt: number | undefined;
  for (let k = first - 1; withHeader && k >= start; k--) {
    const l = lines[k]!;
    if (l.spaceOnly) continue;
    const v = values(l);
    if (v.length >= 2 && v.every((x) => !isNumber(x))) headAt = k;
    if (v.length >= 2) break;
  }
  const head = headAt !== undefined ? values(lines[headAt]!) : [];
  const counts = chain.map((k) => values(lines[k]!).length);
  const width = Math.max(head.length, ...counts);
  const tableStart = headAt ?? firstCategoryAbove(lines, start, first);

  const rows: { slots: Slot[] | undefined; draft?: Draft }[] = [];
  const next = new Set(chain);
  let current: Draft | undefined;
  let last = tableStart + (headAt !== undefined ? 1 : 0) - 1;
  // The header printed again at the top of a later page, in a list of one-line rows (where rows
  // go on over lines, which line is a copy and which a cell's text is not this reader's to say).
  const isCopy = (l: Line) => head.length > 0 && l.pageStart && values(l).join('\u0001') === head.join('\u0001');
  const others = lines.slice(last + 1, end).filter((l, k) => !l.spaceOnly && !next.has(last + 1 + k));
  const copies = others.length > 0 && others.every(isCopy);
  const dropped: string[] = [];
  for (let k = last + 1; k < end; k++) {
    const line = lines[k]!;
    if (line.spaceOnly) continue;
    if (copies && isCopy(line)) {
      dropped.push(...head);
      last = k;
      continue;
    }
    if (next.has(k)) {
      current = { cells: [], open: false };
      addValues(current, values(line), width);
      current.open = wraps(line);
      rows.push({ slots: undefined, draft: current });
      last = k;
      continue;
    }
    const incomplete = current !== undefined && current.cells.length < width;
    const attached = current !== undefined && (line.blanksBefore === 0 || current.open || incomplete);
    const nextRow = nextNonSpace(lines, k + 1, end);
    const category =
      values(line).length === 1 &&
      !current?.open &&
      (line.blanksBefore > 0 || current === undefined || looksLikeCategory(values(line)[0]!)) &&
      nextRow !== undefined &&
      next.has(nextRow) &&
      !incomplete;
    if (category) {
      rows.push({ slots: spanningRow(values(line)[0]!, width) });
      current = undefined;
    } else if (attached && current) {
      addValues(current, values(line), width);
      current.open = wraps(line);
    } else {
      break;
    }
    last = k;
  }
  // Lines between the header and the first row that are neither rows nor categories: the
  // label line found above is no header of these rows (labels given over several lines).
  if (!rows.some((r) => r.draft))
    return headAt === undefined ? undefined : buildNumbered(lines, file, start, end, chain, wraps, false);
  const stop = last + 1;
  const body = rows.map((r) => r.slots ?? padRow(textSlots(r.draft!.cells), width));
  const short = rows.filter((r) => r.draft && r.draft.cells.length < width).length;
  const warnings: Warning[] = [];
  const problems: string[] = [];
  if (short > 0) problems.push(`${short} rows have fewer values than columns; values kept in order`);
  if (head.length > 0 && head.length !== width) problems.push('the header does not have one label per column');
  const degraded = problems.length > 0 ? `column list: ${problems.join('; ')}` : undefined;
  if (degraded) warnings.push(tableWarning(file, lines[tableStart]!.no, degraded));
  const table = makeTable(
    { shape: 'columns', head: head.length > 0 ? [padRow(textSlots(head), width)] : [], body, degraded },
    lines,
    tableStart,
    stop,
    file,
  );
  return { start: tableStart, end: stop, table, warnings, dropped };
}

/**
 * A category label reads like one: an outline heading (`一、…`) or a label closing with a
 * count in brackets (`传统音乐（共计 4 项）`). Used where the layout alone (a blank line before)
 * does not tell a category from one more name in the row above.
 */
export function looksLikeCategory(text: string): boolean {
  return isHeadingText(text) || /[（(][^（）()]*\d+[^（）()]*[）)]$/.test(text);
}

function nextNonSpace(lines: readonly Line[], from: number, end: number): number | undefined {
  for (let k = from; k < end; k++) if (!lines[k]!.spaceOnly) return k;
  return undefined;
}

/** Without a header, a list starts at its first category line right above the first row. */
function firstCategoryAbove(lines: readonly Line[], start: number, first: number): number {
  const k = first - 1 >= start ? nextNonSpaceBack(lines, first - 1, start) : undefined;
  return k !== undefined && values(lines[k]!).length === 1 ? k : first;
}

function nextNonSpaceBack(lines: readonly Line[], from: number, start: number): number | undefined {
  for (let k = from; k >= start; k--) if (!lines[k]!.spaceOnly) return k;
  return undefined;
}

/** Every row so far is a key and its value: no roles, two cells each. */
function isPairList(rows: readonly { role?: string; draft: Draft }[]): boolean {
  return rows.every((r) => r.role === undefined && r.draft.cells.length === 2);
}

/**
 * In a list of key/value pairs, a row line of three values or more is not a pair: it is the
 * value (`朱  骅    城市管理科科长    13701308541`) of a key printed on lines of its own just
 * above it — the key cell was taller than the value's line, so the extraction gave it first.
 * The key is the lone line at `k` and the lines it wraps into; the value's fields stay in one
 * cell, apart by a space as printed on one line. Undefined when the lines do not read so.
 */
function keyAbove(
  lines: readonly Line[],
  k: number,
  end: number,
  wraps: Wraps,
): { key: string; value: string; row: number } | undefined {
  const pieces = [values(lines[k]!)[0]!];
  let j = k;
  while (wraps(lines[j]!)) {
    const n = nextNonSpace(lines, j + 1, end);
    if (n === undefined || isRowLine(lines[n]!) || values(lines[n]!).length !== 1) return undefined;
    pieces.push(values(lines[n]!)[0]!);
    j = n;
  }
  const row = nextNonSpace(lines, j + 1, end);
  if (row === undefined || !isRowLine(lines[row]!)) return undefined;
  const fields = values(lines[row]!);
  if (fields.length < 3 || isRole(fields[0]!)) return undefined;
  return { key: joinPieces(pieces), value: fields.join(' '), row };
}

/** A list without numbers: every row line a row, roles spanning down, lone lines continuing. */
function buildPlain(lines: readonly Line[], file: string, start: number, end: number, wraps: Wraps): Found | undefined {
  const rows: { role?: string; draft: Draft; line: number }[] = [];
  let pendingRole: string | undefined;
  let last = start - 1;
  let rowLines = 0;
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    if (line.spaceOnly) continue;
    const v = values(line);
    if (isRowLine(line)) {
      const role = isRole(v[0]!) ? v[0] : pendingRole;
      const cells = isRole(v[0]!) ? v.slice(1) : v;
      const draft: Draft = { cells: [], open: false };
      addValues(draft, cells, 0);
      draft.open = wraps(line);
      rows.push({ role, draft, line: k });
      pendingRole = undefined;
      rowLines++;
      last = k;
      continue;
    }
    if (v.length === 1 && isRole(v[0]!)) {
      pendingRole = v[0];
      continue;
    }
    const current = rows[rows.length - 1];
    if (current && pendingRole === undefined && v.length === 1 && !current.draft.open && isPairList(rows)) {
      const keyed = keyAbove(lines, k, end, wraps);
      if (keyed) {
        const draft: Draft = { cells: [keyed.key, keyed.value], open: wraps(lines[keyed.row]!) };
        rows.push({ draft, line: k });
        rowLines++;
        k = last = keyed.row;
        continue;
      }
      // The wide gap the line ends with is an empty cell: a key whose value was left blank.
      if (/\S[ \u00a0\u3000]{2,}$/.test(line.raw)) {
        rows.push({ draft: { cells: [v[0]!, ''], open: false }, line: k });
        last = k;
        continue;
      }
    }
    // A lone line continues the row above only when that row was wrapped or it follows at once.
    if (current && pendingRole === undefined && v.length === 1) {
      const cells = current.draft.cells;
      const lastCell = cells.length - 1;
      cells[lastCell] = `${cells[lastCell] ?? ''}${current.draft.open ? '' : '\n'}${v[0]}`;
      current.draft.open = wraps(line);
      last = k;
      continue;
    }
    break;
  }
  if (rowLines < 3) return undefined;
  // A last row whose text goes on outside the list (a wrapped prose line) is not a row.
  for (let r = rows.at(-1); r?.draft.open; r = rows.at(-1)) {
    rows.pop();
    last = r.line - 1;
    rowLines--;
  }
  if (rowLines < 3) return undefined;
  while (last >= start && lines[last]!.spaceOnly) last--;
  const stop = last + 1;

  const roles = rows.some((r) => r.role !== undefined);
  const width = Math.max(...rows.map((r) => r.draft.cells.length)) + (roles ? 1 : 0);
  const body: Slot[][] = [];
  let live = false;
  for (const r of rows) {
    const slots: Slot[] = [];
    if (roles) {
      if (r.role !== undefined) {
        slots.push({ text: r.role });
        live = true;
      } else slots.push(live ? 'up' : { text: '' });
    }
    slots.push(...textSlots(r.draft.cells));
    body.push(padRow(slots, width));
  }
  const warnings: Warning[] = [];
  const uneven = rows.filter((r) => r.draft.cells.length + (roles ? 1 : 0) < width).length;
  const degraded =
    uneven > 0
      ? `column list: ${uneven} of ${rows.length} rows have fewer values than columns; values kept in order`
      : undefined;
  if (degraded) warnings.push(tableWarning(file, lines[start]!.no, degraded));
  const table = makeTable({ shape: 'columns', head: [], body, degraded }, lines, start, stop, file);
  return { start, end: stop, table, warnings, dropped: [] };
}
