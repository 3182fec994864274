import { ATTACHMENT_LABEL } from '../grammar/patterns.ts';
import type { Line, Warning } from '../model.ts';
import { PROSE_PUNCT, visibleLength } from '../text/chars.ts';
import { makeTable, tableWarning, textSlots } from './grid.ts';
import { isHeadingText } from './outline.ts';
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
 * Found as: two or more blocks in a row (only blank lines between) of short one-piece lines
 * without sentence punctuation, as many lines each (three or more): they are the columns, line
 * k of each the cells of row k. A block of labels ending in a colon right before them is a
 * first column of roles; which row each role begins is not in the extraction, so the roles are
 * set from the top and the table is `degraded`.
 */
export const readColumnBlocks: Reader = (lines, file, free) => {
  const blocks = cellBlocks(lines, free);
  const found: Found[] = [];
  let b = 0;
  while (b < blocks.length) {
    const first = blocks[b]!;
    const n = first.end - first.start;
    let e = b + 1;
    while (e < blocks.length && blocks[e]!.start === blocks[e - 1]!.end && blocks[e]!.end - blocks[e]!.start === n) e++;
    if (n >= MIN_ROWS && e - b >= 2) {
      const before = blocks[b - 1];
      const roles = before && before.end === first.start && isRoleBlock(lines, before, n) ? before : undefined;
      found.push(buildBlocks(lines, file, roles, blocks.slice(b, e)));
      b = e;
    } else b++;
  }
  return found;
};

/** Fewest rows of a list printed column after column. */
const MIN_ROWS = 3;
/** Longest cell line: a name, a post, an agency, not a line of prose. */
const MAX_CELL = 20;

interface Block {
  start: number;
  end: number;
}

function isCellLine(line: Line): boolean {
  const t = line.raw.trim();
  if (t === '' || /\s/.test(t) || PROSE_PUNCT.test(t) || visibleLength(t) > MAX_CELL) return false;
  return !ATTACHMENT_LABEL.test(t) && !isHeadingText(t);
}

/** Runs of cell lines that follow each other directly on one page (a blank line ends a block). */
function cellBlocks(lines: readonly Line[], free: readonly boolean[]): Block[] {
  const blocks: Block[] = [];
  let k = 0;
  while (k < lines.length) {
    if (!free[k] || !isCellLine(lines[k]!)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < lines.length && free[e] && isCellLine(lines[e]!) && lines[e]!.blanksBefore === 0 && !lines[e]!.pageStart)
      e++;
    blocks.push({ start: k, end: e });
    k = e;
  }
  return blocks;
}

/** Labels ending in a colon (`组长：`), no more than the rows. */
function isRoleBlock(lines: readonly Line[], block: Block, rows: number): boolean {
  const size = block.end - block.start;
  return size <= rows && lines.slice(block.start, block.end).every((l) => /[：:]$/.test(l.raw.trim()));
}

function buildBlocks(lines: readonly Line[], file: string, roles: Block | undefined, columns: Block[]): Found {
  const start = (roles ?? columns[0]!).start;
  const end = columns[columns.length - 1]!.end;
  const n = columns[0]!.end - columns[0]!.start;
  const text = (k: number) => lines[k]!.raw.trim();
  const body: Slot[][] = Array.from({ length: n }, (_, r) => {
    const cells = columns.map((c) => text(c.start + r));
    const role = roles && roles.start + r < roles.end ? text(roles.start + r) : '';
    return textSlots(roles ? [role, ...cells] : cells);
  });
  const warnings: Warning[] = [];
  const degraded = roles
    ? 'list printed column after column: the roles are set from the top row down; the extraction does not tell the row each role begins'
    : undefined;
  if (degraded) warnings.push(tableWarning(file, lines[start]!.no, degraded));
  const table = makeTable({ shape: 'columns', head: [], body, degraded }, lines, start, end, file);
  return { start, end, table, warnings, dropped: [] };
}
