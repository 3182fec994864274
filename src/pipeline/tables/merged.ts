/**
 * Cells merged in print, in tables whose extraction kept only the order of cells (rotated
 * pages, tables printed cell by cell). A merged cell is printed once, so in the stream it is
 * one cell in one row, and the other rows it covered come out with an empty cell there:
 *
 *   （3）编制预案。  <4>编制预案。                       ← no 主责部门 printed here
 *                   <5>报市粮食局备案。                  ← nor here
 *                   <6>每年更新指挥联络系统。  区商务委   ← printed once, for <4>–<6>
 *
 * What tells a merged cell from an empty one is the table's own structure: rows that share a
 * cell to their left (a task over its measures, a category over its rows) form a group, and a
 * column of facts (agency, person, date) that holds one value for the whole group, the group's
 * other rows empty there, is that value merged over the group. Which row carries it depends on
 * how the extraction read the page: the first row (read row by row: a merged cell starts
 * there), or the last row when the rows before it carry no facts at all (their texts are the
 * paragraphs the facts were read after). A group holding two or more values with an empty cell
 * between or beside them does not tell which value the empty cell belongs to, or whether it is
 * empty in print: such cells are kept empty and listed in a note (`gapNote`), never guessed.
 */
import type { ColumnKind } from './kinds.ts';
import type { Slot } from './types.ts';

/** The kinds of column whose empty cells may be covered by a merged cell: the facts of a row. */
const FACT_KINDS: ReadonlySet<ColumnKind> = new Set(['agency', 'person', 'date']);

/** An empty cell the source cannot place: its row, and the columns where it stands. */
export interface Gap {
  row: number;
  columns: number[];
}

export interface Spanned {
  body: Slot[][];
  /** Merged cells rebuilt: each a value now spanning the rows of its group. */
  merged: number;
  /** Empty fact cells in a group whose column holds other values: which one covers them is unknown. */
  gaps: Gap[];
}

/** The rows below `row` covered by the cell starting at (`row`, `column`), plus one. */
function rowspanAt(body: readonly Slot[][], row: number, column: number): number {
  let n = 1;
  while (body[row + n]?.[column] === 'up') n++;
  return n;
}

/** A cell starting at (`row`, `column`) with text. */
function valueAt(body: readonly Slot[][], row: number, column: number): boolean {
  const s = body[row]?.[column];
  return typeof s === 'object' && s.text !== '';
}

/**
 * Rebuilds the merged cells of `body` (rows as slots, each as wide as `kinds`), group by
 * group, innermost first, and lists the empty cells it cannot place. Rows not `trusted` (kept
 * in printed order, their columns unchecked) take no part: a group holding one is left alone.
 */
export function spanMergedCells(
  body: readonly Slot[][],
  kinds: readonly ColumnKind[],
  trusted: readonly boolean[],
): Spanned {
  const out = body.map((r) => r.slice());
  const facts = kinds.flatMap((k, c) => (FACT_KINDS.has(k) ? [c] : []));
  // Groups: every cell spanning two rows or more, innermost (shortest) first.
  const groups: { top: number; column: number; size: number }[] = [];
  out.forEach((row, r) =>
    row.forEach((s, c) => {
      if (typeof s !== 'object') return;
      const size = rowspanAt(out, r, c);
      if (size > 1) groups.push({ top: r, column: c, size });
    }),
  );
  groups.sort((a, b) => a.size - b.size || a.top - b.top);

  let merged = 0;
  const gapCells = new Set<string>();
  for (const { top, column, size } of groups) {
    const rows = Array.from({ length: size }, (_, k) => top + k);
    if (!rows.every((r) => trusted[r] !== false)) continue;
    // A row of the group with no fact of its own (its text is all it has), as the group came:
    // a value this group moves up to its first row does not make that row carry facts.
    const bareRows = new Set(rows.filter((r) => facts.every((c) => c <= column || !valueAt(out, r, c))));
    const bare = (r: number) => bareRows.has(r);
    for (const c of facts) {
      if (c <= column) continue;
      const cells = cellsIn(out, rows, c);
      if (!cells) continue;
      const values = cells.filter((x) => x.text !== '');
      const empties = cells.filter((x) => x.text === '');
      if (values.length === 0 || empties.length === 0) continue;
      const only = values.length === 1 ? values[0]! : undefined;
      if (only && rows.filter((r) => r < only.row).every(bare)) {
        // One value for the group: it spans the group, from its first row.
        for (const r of rows) out[r]![c] = r === top ? { text: only.text } : 'up';
        merged++;
      } else for (const e of empties) gapCells.add(`${e.row}:${c}`);
    }
  }

  // Gaps still empty once every group is done, by row.
  const byRow = new Map<number, number[]>();
  for (const key of gapCells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    const s = out[r]![c];
    if (typeof s !== 'object' || s.text !== '') continue;
    byRow.set(
      r,
      [...(byRow.get(r) ?? []), c].sort((a, b) => a - b),
    );
  }
  const gaps = [...byRow].sort((a, b) => a[0] - b[0]).map(([row, columns]) => ({ row, columns }));
  return { body: out, merged, gaps };
}

/**
 * The cells starting in `rows` of `column`, each within the rows; undefined when a cell there
 * reaches outside them (it belongs to a larger group) or spans columns.
 */
function cellsIn(
  body: readonly Slot[][],
  rows: readonly number[],
  column: number,
): { row: number; text: string }[] | undefined {
  const first = rows[0]!;
  const end = first + rows.length;
  const cells: { row: number; text: string }[] = [];
  for (const r of rows) {
    const s = body[r]![column];
    if (s === 'left' || body[r]![column + 1] === 'left') return undefined;
    if (s === 'up') {
      if (r === first) return undefined;
      continue;
    }
    if (s === undefined || r + rowspanAt(body, r, column) > end) return undefined;
    cells.push({ row: r, text: s.text });
  }
  return cells;
}

/** Visible characters of a row's name in a note before it is cut short. */
const LABEL_CHARS = 14;

/**
 * How a note names a row: the row's own text nearest before its facts (the measure or task it
 * states, starting with its number where it has one), cut short, in corner brackets.
 */
export function rowLabel(row: readonly Slot[], kinds: readonly ColumnKind[]): string {
  const firstFact = kinds.findIndex((k) => FACT_KINDS.has(k));
  const end = firstFact < 0 ? row.length : firstFact;
  let text = '';
  for (let c = 0; c < end; c++) {
    const s = row[c];
    if (typeof s === 'object' && s.text !== '' && kinds[c] === 'text') text = s.text;
  }
  const chars = [...text.replace(/\n/g, ' ')];
  return `「${chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS).join('')}…` : chars.join('')}」`;
}

/**
 * The note a table carries for its gaps: each row with the labels of its empty columns. Says
 * what the reader sees (empty cells) and why they are left so.
 */
export function gapNote(
  gaps: readonly Gap[],
  body: readonly Slot[][],
  labels: readonly string[],
  kinds: readonly ColumnKind[],
): string | undefined {
  if (gaps.length === 0) return undefined;
  const items = gaps.map(
    (g) => `${rowLabel(body[g.row]!, kinds)}一行的${g.columns.map((c) => labels[c] ?? '').join('、')}`,
  );
  return `以下单元格在来源文本中为空，可能属于相邻行的合并单元格，来源未表明，故留空：${items.join('；')}。`;
}
