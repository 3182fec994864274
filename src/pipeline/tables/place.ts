/**
 * The cells of one numbered row under the header's columns: as printed when they are as many
 * as the columns, laid out by kind (align.ts) when they are not, tidied in order otherwise.
 */
import { alignSubRows, splitGluedDates } from './align.ts';
import { cellKind, isAgencyList, isDeadline, type ColumnKind, type Vocabulary } from './kinds.ts';

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

/**
 * The cells of a row that does not lay out as printed, with two repairs of the reading order
 * (tried only then, so a row that fits as printed is never touched):
 * - an agency glued after the sentence before it (`…治理修复等责任。 区科信委`) is split off;
 * - where the deadline column comes after the agency columns, a deadline read in the middle of
 *   the agencies before it (`区城管执法监察局` / `按时间节点完成` / `区城管监督指挥中心` …: a
 *   one-line cell beside a long list, read where its line falls) goes after them.
 */
export function reordered(cells: readonly string[], kinds: readonly ColumnKind[], vocab: Vocabulary): string[] {
  const out = kinds.includes('agency') ? splitGluedAgencies(cells, vocab) : cells.slice();
  if (kinds.lastIndexOf('date') < kinds.lastIndexOf('agency')) return out;
  // An agency, or the short tail of one cut by the wrap (`设委`, `局`).
  const agencyLike = (t: string) =>
    t === '' || cellKind(t, vocab) === 'agency' || (/^[^。；;，,、]{1,3}$/.test(t) && !isDeadline(t));
  for (let k = 0; k < out.length; k++) {
    if (!isDeadline(out[k]!) || !agencyLike(out[k + 1] ?? '.') || out[k + 1] === '') continue;
    let j = k + 1;
    while (j < out.length && agencyLike(out[j]!)) j++;
    out.splice(j - 1, 0, ...out.splice(k, 1));
    k = j - 1;
  }
  return out;
}

/** An agency list glued after a finished sentence, split off it (`…等责任。 区科信委`). */
function splitGluedAgencies(cells: readonly string[], vocab: Vocabulary): string[] {
  return cells.flatMap((c) => {
    const m = /^(.*[。；;])\s*([^。；;]+)$/su.exec(c);
    return m && isAgencyList(m[2]!, vocab) ? [m[1]!, m[2]!] : [c];
  });
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
    const split = kinds.includes('date') ? splitGluedDates(trimmed) : trimmed;
    const laid = alignSubRows(split, kinds, vocab) ?? alignSubRows(reordered(split, kinds, vocab), kinds, vocab);
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
