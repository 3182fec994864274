import { ATTACHMENT_LABEL } from '../grammar/patterns.ts';
import type { Line, Warning } from '../model.ts';
import { PROSE_PUNCT, SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { FULL_LINE_SLACK, range } from '../text/lines.ts';
import { makeTable, tableWarning, textSlots } from './grid.ts';
import { isHeadingText } from './outline.ts';
import { cleanCell } from './text.ts';
import { isColumnLabel } from './vocabulary.ts';
import type { Found, Reader, Slot } from './types.ts';

/**
 * A list printed in columns that the extraction gives column after column, one cell a line,
 * each column a block of its own (pdftotext's default mode reads a page's text blocks one
 * after the other):
 *
 *   组长： / 副组长： / 成员：          ← the roles, as many as there are roles
 *   (blank)
 *   王少峰 / 郁治 / 皮强 / 张中喜 / …    ← the names, one per row
 *   (blank)
 *   区政府区长 / 区政府副区长 / …        ← the posts, as many as the names
 *
 * Found as: two or more blocks in a row (only blank lines between) of short lines without a
 * sentence in them, as many lines each (three or more): they are the columns, line k of each
 * the cells of row k. The first column is one-piece lines (labels, names); the later ones may
 * hold a comma or a space (`西城环卫中心，大屯`, `朱骅 城市管理科科长 1370…`). A block of labels
 * ending in a colon right before them is a first column of roles; which row each role begins
 * is not in the extraction, so the roles are set from the top and the table is `degraded`.
 *
 * A form of labels and values (`街道（乡镇）名称` / … / `其他`, then the values) whose last rows
 * are empty gives fewer values than labels: the values are set from the top, the rows left
 * over get empty cells, and the table is `degraded` (the extraction does not tell which rows
 * are empty). A list that goes on over a page break, its columns given again page by page, is
 * one table.
 */
export const readColumnBlocks: Reader = (lines, file, free, page) => {
  const blocks = cellBlocks(lines, free, page.measureFromPage ? widestCell(page.measure) : MAX_CELL);
  const lists: List[] = [];
  let b = 0;
  while (b < blocks.length) {
    const first = blocks[b]!;
    const n = first.end - first.start;
    let e = b + 1;
    while (e < blocks.length && follows(blocks[e - 1]!, blocks[e]!) && blocks[e]!.end - blocks[e]!.start === n) e++;
    const firstColumn = first.strict;
    const roles = n >= MIN_ROWS ? rolesBefore(lines, blocks, b, n) : [];
    if ((firstColumn && n >= MIN_ROWS && e - b >= 2) || roles.length >= MIN_ROLES_OF_ONE_COLUMN) {
      lists.push(listOf(lines, roles, blocks.slice(b, e)));
      b = e;
    } else if (firstColumn && e - b >= 2 && atPageEnd(lines, blocks[e - 1]!)) {
      // A list's first rows at a page's foot: too few to tell from cells, unless it goes on.
      lists.push({ ...listOf(lines, [], blocks.slice(b, e)), short: true });
      b = e;
    } else if (firstColumn && isFormOfValues(lines, first, blocks[b + 1])) {
      lists.push(formOf(lines, first, blocks[b + 1]!));
      b += 2;
    } else b++;
  }
  return joinedOverPages(lines, lists)
    .filter((list) => !list.short)
    .map((list) => buildList(lines, file, list));
};

/** The block is the last text of its page: the next line opens a page. */
function atPageEnd(lines: readonly Line[], block: Block): boolean {
  return lines[block.end]?.pageStart === true;
}

/**
 * A list printed with a header, which the default mode gives column after column, each column
 * under its label (`序号` / `1` / `2` / … , `姓名` / `王挥` / … , `工作单位` / …): two or more
 * such columns in a row, as many cells each, every label a column's name. Its header printed
 * again on the next page is kept once. Read before the cell-by-cell reader, which would take
 * the run of narrow lines for cells wrapped one under the other.
 */
export const readLabelledColumns: Reader = (lines, file, free) =>
  joinedOverPages(lines, labelledLists(lines, cellBlocks(lines, free, MAX_LABELLED_CELL))).map((list) =>
    buildList(lines, file, list),
  );

/** Fewest rows of a list whose columns each come under their label. */
const MIN_LABELLED_ROWS = 3;

interface LabelledColumn {
  /** The label's line. */
  label: number;
  cells: Block;
  /** Index of the block after the column. */
  next: number;
}

/**
 * A column under its label, from block `b`: the label opens the block (`姓名` / `王挥` / …), or
 * stands alone right before its cells, or closes the block before (a note above the table read
 * with the first label: `（按姓氏笔画排列）` / `序号`, then `1` / `2` / …).
 */
function labelledColumn(lines: readonly Line[], blocks: readonly Block[], b: number): LabelledColumn | undefined {
  const block = blocks[b];
  if (!block) return undefined;
  const text = (k: number) => lines[k]!.raw.trim();
  const after = blocks[b + 1];
  const unlabelled = after !== undefined && follows(block, after) && !isColumnLabel(text(after.start));
  if (isColumnLabel(text(block.start)) && block.end - block.start > 1)
    return { label: block.start, cells: { ...block, start: block.start + 1 }, next: b + 1 };
  if (unlabelled && isColumnLabel(text(block.end - 1))) return { label: block.end - 1, cells: after, next: b + 2 };
  return undefined;
}

/** The lists whose columns come each under its label. */
function labelledLists(lines: readonly Line[], blocks: readonly Block[]): List[] {
  const lists: List[] = [];
  let b = 0;
  while (b < blocks.length) {
    const columns: LabelledColumn[] = [];
    let at = b;
    for (let c = labelledColumn(lines, blocks, at); c; c = labelledColumn(lines, blocks, at)) {
      const previous = columns[columns.length - 1];
      const size = (x: LabelledColumn) => x.cells.end - x.cells.start;
      if (previous && (size(c) !== size(previous) || blocks[at]!.start !== previous.cells.end)) break;
      if (!previous && size(c) < MIN_LABELLED_ROWS) break;
      columns.push(c);
      at = c.next;
    }
    if (columns.length < 2) {
      b++;
      continue;
    }
    const n = columns[0]!.cells.end - columns[0]!.cells.start;
    const text = (k: number) => cellText(lines, k);
    lists.push({
      start: columns[0]!.label,
      end: columns[columns.length - 1]!.cells.end,
      head: columns.map((c) => text(c.label)),
      rows: Array.from({ length: n }, (_, r) => columns.map((c) => text(c.cells.start + r))),
    });
    b = at;
  }
  return lists;
}

/** Fewest rows of a list printed column after column. */
const MIN_ROWS = 3;
/**
 * Fewest roles before a single column for it to be a list of roles and values: one label and
 * a run of names is a paragraph and its items as often.
 */
const MIN_ROLES_OF_ONE_COLUMN = 2;
/** Fewest labels of a form whose last values are empty: with fewer, two short lists are likelier. */
const MIN_FORM_ROWS = 6;
/** Most empty values at the end of such a form, as a share of its labels. */
const MAX_EMPTY_SHARE = 1 / 6;
/** Longest cell line: a name, a post, an agency, not a line of prose. */
const MAX_CELL = 20;
/**
 * Longest cell line on a page of that measure: a column is narrower than a printed line, so a
 * cell may take most of one where print sets the page wide (a post of 27 characters at 85 %).
 */
function widestCell(measure: number): number {
  return Math.max(MAX_CELL, Math.floor((measure - FULL_LINE_SLACK) / 2) - 1);
}

/**
 * Longest cell line of a column under its label: its label vouches for it, so a full agency
 * name (21 characters and more) is a cell there.
 */
const MAX_LABELLED_CELL = 24;

interface Block {
  start: number;
  end: number;
  /** Every line is one piece (no comma, no space): fit for a first column of labels or names. */
  strict: boolean;
}

/** A list found: the lines it claims and its rows. */
interface List {
  start: number;
  end: number;
  /** The header's labels, where the columns came under them. */
  head?: string[];
  rows: string[][];
  degraded?: string;
  /** Labels of the header printed again on a later page. */
  dropped?: string[];
  /** Rows at a page's foot, too few for a list unless the next page goes on with it. */
  short?: boolean;
}

const ROLES_DEGRADED =
  'list printed column after column: the roles are set from the top row down; the extraction does not tell the row each role begins';

/** A line that can be a cell of a column: short, no sentence, not a label or heading of the text. */
function isCellLine(line: Line, max = MAX_CELL): boolean {
  const t = line.raw.trim();
  if (t === '' || /\s{2,}/.test(t) || SENTENCE_PUNCT.test(t) || visibleLength(t) > max) return false;
  // A clause ending in a colon leads in to what follows (`…，其组成人员如下：`); a role is one word.
  if (/[：:]$/.test(t) && !isOnePiece(line)) return false;
  return !ATTACHMENT_LABEL.test(t) && !isHeadingText(t);
}

/** A cell line of one piece: a label or a name, never two cells or a clause. */
function isOnePiece(line: Line): boolean {
  const t = line.raw.trim();
  return !/\s/.test(t) && !PROSE_PUNCT.test(t);
}

/** Runs of cell lines that follow each other directly on one page (a blank line ends a block). */
function cellBlocks(lines: readonly Line[], free: readonly boolean[], max = MAX_CELL): Block[] {
  const blocks: Block[] = [];
  let k = 0;
  while (k < lines.length) {
    if (!free[k] || !isCellLine(lines[k]!, max)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (
      e < lines.length &&
      free[e] &&
      isCellLine(lines[e]!, max) &&
      lines[e]!.blanksBefore === 0 &&
      !lines[e]!.pageStart
    )
      e++;
    blocks.push({ start: k, end: e, strict: lines.slice(k, e).every(isOnePiece) });
    k = e;
  }
  return blocks;
}

/** Block `b` comes right after block `a`: nothing but blank lines (or a page break) between. */
function follows(a: Block, b: Block): boolean {
  return b.start === a.end;
}

/** Labels ending in a colon (`组长：`). */
function isRoleBlock(lines: readonly Line[], block: Block): boolean {
  return block.strict && lines.slice(block.start, block.end).every((l) => /[：:]$/.test(l.raw.trim()));
}

/**
 * The roles right before the columns starting at block `b`: the lines of the blocks of labels
 * that come just before (a tall cell beside a role can set the next role apart as a block of its
 * own), no more than the rows. None when there are more.
 */
function rolesBefore(lines: readonly Line[], blocks: readonly Block[], b: number, rows: number): number[] {
  let from = b;
  while (from > 0 && follows(blocks[from - 1]!, blocks[from]!) && isRoleBlock(lines, blocks[from - 1]!)) from--;
  const roles = blocks.slice(from, b).flatMap((block) => range(block.start, block.end));
  // The first roles may close the block of the line before them, which ends bare
  // (`领导小组办公室设在区民政局` / `办公室主任：` / `办公室成员单位：`).
  const before = from > 0 && from < b && follows(blocks[from - 1]!, blocks[from]!) ? blocks[from - 1]! : undefined;
  const closing = before ? trailingRoles(lines, before) : [];
  return roles.length + closing.length <= rows ? [...closing, ...roles] : [];
}

/** The lines ending in a colon that close a block, the lines before them not. */
function trailingRoles(lines: readonly Line[], block: Block): number[] {
  let k = block.end;
  while (k > block.start && /[：:]$/.test(lines[k - 1]!.raw.trim())) k--;
  return k > block.start ? range(k, block.end) : [];
}

/** Labels, then on the same page a block of fewer values: a form whose last rows are empty. */
function isFormOfValues(lines: readonly Line[], labels: Block, values: Block | undefined): boolean {
  if (!values || !follows(labels, values) || lines[values.start]!.pageStart) return false;
  const n = labels.end - labels.start;
  const missing = n - (values.end - values.start);
  return n >= MIN_FORM_ROWS && missing >= 1 && missing <= Math.max(1, Math.floor(n * MAX_EMPTY_SHARE));
}

const cellText = (lines: readonly Line[], k: number) => cleanCell(lines[k]!.raw);

function listOf(lines: readonly Line[], roles: readonly number[], columns: Block[]): List {
  const n = columns[0]!.end - columns[0]!.start;
  const rows = Array.from({ length: n }, (_, r) => {
    const cells = columns.map((c) => cellText(lines, c.start + r));
    if (roles.length === 0) return cells;
    return [r < roles.length ? cellText(lines, roles[r]!) : '', ...cells];
  });
  const start = roles[0] ?? columns[0]!.start;
  const end = columns[columns.length - 1]!.end;
  return roles.length > 0 ? { start, end, rows, degraded: ROLES_DEGRADED } : { start, end, rows };
}

function formOf(lines: readonly Line[], labels: Block, values: Block): List {
  const rows = Array.from({ length: labels.end - labels.start }, (_, r) => [
    cellText(lines, labels.start + r),
    values.start + r < values.end ? cellText(lines, values.start + r) : '',
  ]);
  const empty = labels.end - labels.start - (values.end - values.start);
  const degraded = `form given column after column with ${empty} value${empty > 1 ? 's' : ''} fewer than its labels: the values are set from the top, the last row${empty > 1 ? 's' : ''} left empty; the extraction does not tell which rows are empty`;
  return { start: labels.start, end: values.end, rows, degraded };
}

/** A list whose next page opens with its columns again (as wide, nothing between) goes on there. */
function joinedOverPages(lines: readonly Line[], lists: readonly List[]): List[] {
  const out: List[] = [];
  for (const list of lists) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end === list.start &&
      lines[list.start]!.pageStart &&
      last.rows[0]!.length === list.rows[0]!.length
    ) {
      // The header printed again on the next page is kept once.
      const again = last.head && list.head && last.head.join('\u0001') === list.head.join('\u0001');
      out[out.length - 1] = {
        short: false,
        start: last.start,
        end: list.end,
        ...(last.head ? { head: last.head } : {}),
        rows: [...last.rows, ...(!again && list.head ? [list.head] : []), ...list.rows],
        ...(last.degraded || list.degraded ? { degraded: last.degraded ?? list.degraded } : {}),
        dropped: [...(last.dropped ?? []), ...(again ? list.head! : [])],
      };
    } else out.push(list);
  }
  return out;
}

function buildList(lines: readonly Line[], file: string, list: List): Found {
  const warnings: Warning[] = [];
  if (list.degraded) warnings.push(tableWarning(file, lines[list.start]!.no, list.degraded));
  const body: Slot[][] = list.rows.map(textSlots);
  const head: Slot[][] = list.head ? [textSlots(list.head)] : [];
  const table = makeTable({ shape: 'columns', head, body, degraded: list.degraded }, lines, list.start, list.end, file);
  return { start: list.start, end: list.end, table, warnings, dropped: list.dropped ?? [] };
}
