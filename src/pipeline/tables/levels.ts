import { visibleLength } from '../text/chars.ts';
import { joinPieces } from './text.ts';
import type { Slot } from './types.ts';

/**
 * Two-level headers, as a statistics table prints them when each group of columns repeats
 * the same sub-columns:
 *
 *   项目名称 │   三级医院   │   二级医院   │ 一级医院及基层医疗机构
 *            │医事 报销 自付│医事 报销 自付│医事 报销 自付
 *            │服务 金额 金额│服务 金额 金额│服务 金额 金额
 *            │费            │费            │费
 *
 * The extraction gives the header cell by cell, each wrapped label one or two characters per
 * line, so all that is left is a stream of pieces: the leading labels (spanning both levels),
 * the upper labels, then the lower labels once per upper label. The repetition is what gives
 * the layout away: the stream ends with k copies of one run of pieces, and there must then be
 * k upper labels before them. Which pieces make one label is not in the stream either; it is
 * chosen by how narrow cells wrap (see `groupPieces`).
 */

/** A header value and the printed line it came from. */
export interface Piece {
  text: string;
  line: number;
}

/**
 * The header rows for `width` columns, or undefined when the pieces do not read as a
 * two-level header with repeated sub-labels.
 */
export function twoLevelHeader(pieces: readonly Piece[], width: number): Slot[][] | undefined {
  const n = pieces.length;
  // Shorter repeated runs first: a run that is itself two copies of a shorter run would
  // otherwise win with half the groups. All the copies at the end are lower labels: an upper
  // label reading like the sub-labels under it is not a header anyone prints.
  for (let s = 1; 2 * s <= n; s++) {
    const k = repeats(pieces, s);
    if (k >= 2) {
      const lowerAt = n - k * s;
      const upperPieces = pieces.slice(0, lowerAt);
      const runs = Array.from({ length: k }, (_, c) => pieces.slice(lowerAt + c * s, lowerAt + (c + 1) * s));
      for (let m = Math.min(s, Math.floor(width / k)); m >= 1; m--) {
        const lead = width - k * m;
        if (lead < 0 || upperPieces.length < lead + k) continue;
        const upper = groupPieces([upperPieces], lead + k);
        const lower = groupPieces(runs, m);
        if (!upper || !lower) continue;
        const labels = upper[0]!;
        const top: Slot[] = [];
        const bottom: Slot[] = [];
        for (const label of labels.slice(0, lead)) {
          top.push({ text: label });
          bottom.push('up');
        }
        labels.slice(lead).forEach((label, c) => {
          top.push({ text: label });
          for (let x = 1; x < m; x++) top.push('left');
          bottom.push(...lower[c]!.map((text) => ({ text })));
        });
        return [top, bottom];
      }
    }
  }
  return undefined;
}

/** How many times the last `s` pieces repeat at the end of the stream (same text). */
function repeats(pieces: readonly Piece[], s: number): number {
  const n = pieces.length;
  let k = 1;
  while ((k + 1) * s <= n) {
    const at = n - (k + 1) * s;
    let same = true;
    for (let x = 0; x < s && same; x++) same = pieces[at + x]!.text === pieces[n - s + x]!.text;
    if (!same) break;
    k++;
  }
  return k;
}

/**
 * Splits each of `copies` (runs of the same pieces, or a single run) into `count` labels at
 * the same places, joining the wrapped pieces of each label. Rules, from how a narrow cell
 * wraps:
 * - two values of one printed line are two cells (a gap separates them), never one label;
 * - a line wraps only when it is full, so a piece shorter than the longest of the run ends its
 *   label (`医事`/`服务`/`费`: `费` is the end) — preferred, not required;
 * - among what is left, labels of even length (cells of one level are about equally wide).
 * Undefined when no split keeps two values of one line apart.
 */
export function groupPieces(copies: readonly (readonly Piece[])[], count: number): string[][] | undefined {
  const first = copies[0]!;
  const n = first.length;
  if (count > n || count < 1) return undefined;
  const len = first.map((p) => visibleLength(p.text));
  const longest = Math.max(...len);
  const mayJoin = (x: number) => copies.every((run) => run[x]!.line !== run[x + 1]!.line);
  // Cost of a label made of pieces a … b - 1: undefined when it may not be one label.
  const cost = (a: number, b: number): number | undefined => {
    let short = 0;
    for (let x = a; x < b - 1; x++) {
      if (!mayJoin(x)) return undefined;
      if (len[x]! < longest) short++;
    }
    let total = 0;
    for (let x = a; x < b; x++) total += len[x]!;
    return short * 10_000 + total * total;
  };
  // best[g][b]: cheapest split of pieces 0 … b - 1 into g labels, and where its last label starts.
  const best: { cost: number; from: number }[][] = Array.from({ length: count + 1 }, () => []);
  best[0]![0] = { cost: 0, from: -1 };
  for (let g = 1; g <= count; g++) {
    for (let b = g; b <= n - (count - g); b++) {
      for (let a = g - 1; a < b; a++) {
        const before = best[g - 1]![a];
        const c = before === undefined ? undefined : cost(a, b);
        if (before === undefined || c === undefined) continue;
        const total = before.cost + c;
        if (best[g]![b] === undefined || total < best[g]![b]!.cost) best[g]![b] = { cost: total, from: a };
      }
    }
  }
  if (best[count]![n] === undefined) return undefined;
  const cuts: number[] = [n];
  for (let g = count, b = n; g > 0; g--) {
    b = best[g]![b]!.from;
    cuts.unshift(b);
  }
  return copies.map((run) => cuts.slice(0, -1).map((a, g) => joinPieces(run.slice(a, cuts[g + 1]).map((p) => p.text))));
}
