/**
 * The cells of one numbered row under the header's columns: as printed when they are as many
 * as the columns, laid out by kind (align.ts) when they are not, tidied in order otherwise.
 */
import { alignSubRows, splitGluedDates } from './align.ts';
import type { ColumnKind, Vocabulary } from './kinds.ts';

/**
 * Removes empty cells from the longest runs of empty cells (keeping one per run) until the row
 * fits `limit` cells: a page's worth of separators at the foot of a rotated page would
 * otherwise widen the whole table. Empty cells are the least reliable part of the extraction.
 */
export function squeezeEmpty(cells: readonly string[], limit: number): string[] {
  const out = cells.slice();
  while (out.length > limit) {
    let best = { at: -1, length: 1 };
    for (let i = 0; i < out.length;) {
      let j = i;
      while (j < out.length && out[j] === '') j++;
      if (j - i > best.length) best = { at: i, length: j - i };
      i = j > i ? j : i + 1;
    }
    if (best.at < 0) break;
    out.splice(best.at, 1);
  }
  return out;
}

/**
 * A row with more cells than the header (separators fell inside cells) keeps its extra cells,
 * in order, in its last column, one per line: the table keeps the header's width instead of
 * growing a column for every stray separator.
 */
export function foldExtra(cells: readonly string[], limit: number): string[] {
  if (limit < 1 || cells.length <= limit) return cells.slice();
  const kept = cells.slice(0, limit - 1);
  kept.push(
    cells
      .slice(limit - 1)
      .filter((c) => c !== '')
      .join('\n'),
  );
  return kept;
}

export function trimEnd(cells: readonly string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

export interface Placed {
  cells: string[];
  /** Further sub-rows (a task with several measures), each over the columns from `from` on. */
  sub: string[][];
  from: number;
  size: number;
  fits: boolean;
  exact: boolean;
}

/**
 * The cells of one numbered row under `kinds.length` columns: as printed when they are exactly
 * that many; else laid out by column kind (align.ts) when every cell finds a fitting column,
 * in sub-rows where a task carries several measures; else as before: runs of empty cells shrink and extra cells fold into the last column.
 */
export function placeCells(
  cells: readonly string[],
  kinds: readonly ColumnKind[],
  byKind: boolean,
  vocab: Vocabulary,
): Placed {
  const limit = kinds.length;
  if (cells.length === limit) return { cells: cells.slice(), sub: [], from: 0, size: limit, fits: true, exact: true };
  const trimmed = trimEnd(cells);
  // Printed with one cell per column, but for empty cells at the end (a page's foot).
  const printed = trimmed.length <= limit && cells.length >= limit;
  if (byKind && limit > 0 && trimmed.length > 0) {
    const laid = alignSubRows(kinds.includes('date') ? splitGluedDates(trimmed) : trimmed, kinds, vocab);
    if (laid)
      return {
        cells: laid.first.cells,
        sub: laid.rest.map((r) => r.cells),
        from: laid.from,
        size: limit,
        fits: true,
        exact: printed,
      };
  }
  const squeezed = squeezeEmpty(trimmed, limit);
  return {
    cells: foldExtra(squeezed, limit),
    sub: [],
    from: 0,
    size: squeezed.length,
    fits: false,
    exact: printed,
  };
}
