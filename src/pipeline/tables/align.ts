/**
 * Putting the cells of a rotated or cell-by-cell row under the right header columns.
 *
 * The extraction of those tables keeps the cells in printed order but not the grid: a
 * separator can fall inside a cell (`区编办、` / `区行政服务中心`), a header label can be split
 * (`序` / `号`, `完成` / `时限`, joined by labels.ts), empty cells come and go. Each column has
 * a kind read from its label, each cell a kind read from its text (kinds.ts). A row's cells
 * are laid over the columns by a small dynamic program (`alignRow`): in order, each column
 * taking a run of consecutive cells (joined: the pieces of one cell split by stray
 * separators) or none (an empty cell), scored by kind agreement and by whether the joined
 * cells read as one (a fragment ending in 、 or without closing punctuation continues). A row
 * is aligned only when every cell lands in a column of a compatible kind and every join is
 * plausible; otherwise the caller keeps the row as it was and says so (`degraded`).
 */
import {
  GENERAL,
  cellKind,
  completesName,
  isAgencyList,
  isDeadline,
  isName,
  isSpacedNamePart,
  type CellKind,
  type ColumnKind,
  type Vocabulary,
} from './kinds.ts';
import { isBareMark } from './outline.ts';

/**
 * What `alignRow` scores, in one place. Only their sizes relative to each other matter: a cell
 * under a column of its own kind must be worth more than any join or empty column costs, so
 * that a row is read as printed whenever it can be; a misfit must cost more than any laying
 * can gain, so that a row is never made to fit by putting a date under an agency column.
 */
export const SCORE = {
  /** A cell under a column of its own kind (an agency under 牵头单位, a sentence under 主要任务). */
  match: 3,
  /** An agency or a name under a text column: a task may name who does it, but its own column is likelier. */
  nameAsText: 0.5,
  /** A leader's name under an agency column: some tables list a leader among the agencies. */
  personAsAgency: 1,
  /**
   * A row number or a deadline under a text column: wrong, but less so than under a column of
   * another fixed kind (text columns hold numbers and dates inside sentences).
   */
  numberOrDateAsText: -4,
  /** Any other cell under a number, date, person or agency column: wrong. */
  misfit: -6,
  /** A piece of a name cut by a stray separator: it fits its column, though less surely than a whole cell. */
  namePiece: 1,
  /**
   * A column left without a cell (the extraction dropped its empty cell): dearer than the
   * light joins (the pieces of one list or sentence), cheaper than joining two whole cells.
   */
  emptyColumn: 0.7,
  /**
   * Per column still to fill, added to empty-column and join costs: among equal layings the one
   * filling later columns wins (a lead column, 牵头单位, holds fewer names than the next).
   * Small enough never to outweigh a real cost.
   */
  preferLater: 0.01,
  /** A column starting with the tail of a name cut in the column before (`心` of `…管理中` / `心`). */
  tailStartsColumn: 2,
} as const;

/**
 * What joining two neighbouring cells into one column costs (`joinCost`). `implausible` is
 * the cost of joining two complete cells: a laying that needs such a join is not clean.
 */
export const JOIN = {
  /** With an empty cell: a stray separator, nothing to read. */
  empty: 0.3,
  /** The first ends in 、 or an opening bracket, or the second completes a cut name or a date cut after its year. */
  continuation: 0.1,
  /** Two halves of a name printed spaced out (`孙` / `硕`). */
  spacedName: 0.2,
  /** One more agency in an agency column (long lists come one name per printed cell). */
  agencyList: 0.6,
  /** One more leader in a person column (several leaders of one task, one per printed line). */
  stackedNames: 0.6,
  /** The rest of a sentence that had not ended. */
  openSentence: 0.8,
  implausible: 3,
} as const;

/** How well a cell of kind `cell` sits in a column of kind `column`; below 0 is a misfit. */
function fit(cell: CellKind, column: ColumnKind): number {
  if (cell === 'empty') return 0;
  if (cell === column) return SCORE.match;
  switch (column) {
    case 'text':
      if (cell === 'number' || cell === 'date') return SCORE.numberOrDateAsText;
      return cell === 'agency' || cell === 'person' ? SCORE.nameAsText : SCORE.match;
    case 'agency':
      return cell === 'person' ? SCORE.personAsAgency : SCORE.misfit;
    case 'person':
    case 'date':
    case 'number':
      return SCORE.misfit;
  }
}

/** A name cut by a stray separator, in a column of names. */
function cutName(prev: string, next: string, column: ColumnKind, vocab: Vocabulary): boolean {
  return column === 'agency' && completesName(prev, next, vocab);
}

/**
 * A cell that does not end a sentence, list or label: its text goes on in the next cell. So
 * does an outline mark cut off the text it numbers (`31.` / `全面清理无资质搅拌站点`).
 */
function continues(text: string): boolean {
  return /[、，,（(“《\-—]$/.test(text) || isBareMark(text);
}

/**
 * The cost of joining `next` onto `prev` within one column: pieces of one agency list or of one
 * sentence split by a stray separator join cheaply; two complete cells cost more (the join is
 * only taken when the kinds leave no better way).
 */
function joinCost(prev: string, next: string, column: ColumnKind, vocab: Vocabulary): number {
  if (prev === '' || next === '') return JOIN.empty;
  if (continues(prev) || cutName(prev, next, column, vocab)) return JOIN.continuation;
  // A date wrapped after its year (`2018年` / `1月`).
  if (column === 'date' && /年$/.test(prev) && /^\d{1,2}月/.test(next)) return JOIN.continuation;
  if (column === 'agency' && isAgencyList(next, vocab)) return JOIN.agencyList;
  if (column === 'person' && isSpacedNamePart(prev) && isSpacedNamePart(next)) return JOIN.spacedName;
  const nameOrPart = (t: string) => isName(t) || isSpacedNamePart(t);
  if (column === 'person' && nameOrPart(prev) && nameOrPart(next)) return JOIN.stackedNames;
  if (column === 'text' && !/[。；;！？”）)]$/.test(prev)) return JOIN.openSentence;
  return JOIN.implausible;
}

export interface Alignment {
  /** One text per column (joined cells; '' for an empty column). */
  cells: string[];
  /** The cells that went into each column, as printed (for joining with the right separator). */
  groups: string[][];
  /** True when every cell fits its column's kind and every join is plausible. */
  clean: boolean;
  /** How well the cells sit (kind agreement less join and empty-column costs); comparable between layings of the same cells. */
  score: number;
}

/** Joins the cells of one column: agency names stacked one per printed cell go on new lines. */
function joinGroup(cells: readonly string[], column: ColumnKind, vocab: Vocabulary): string {
  let out = '';
  let last = '';
  for (const c of cells) {
    if (c === '') continue;
    const glued =
      out === '' ||
      continues(out) ||
      cutName(out, c, column, vocab) ||
      (column === 'person' && isSpacedNamePart(last) && isSpacedNamePart(c));
    if (glued) out += c;
    else out += column === 'agency' || column === 'person' ? `\n${c}` : c;
    last = c;
  }
  return out;
}

/** Cells one column may take: a long list of agencies comes one name per printed cell. */
const MAX_GROUP = 24;

/**
 * Lays `cells` over columns of the given kinds, in order (see the module comment). Returns
 * undefined when no laying keeps every non-empty cell (there are more complete cells than
 * columns can take).
 */
export function alignRow(
  cells: readonly string[],
  kinds: readonly ColumnKind[],
  vocab: Vocabulary = GENERAL,
): Alignment | undefined {
  const n = cells.length;
  const m = kinds.length;
  if (m === 0) return undefined;
  const cellKinds = kindsInRow(cells, vocab);
  // after[k]: the first non-empty cell from k on (the tail a cut name may continue with).
  const after = cells.map((_, k) => nextNonEmpty(cells, k + 1));
  // best[i][j]: best score having laid cells[0..i) over columns[0..j).
  const NEG = -Infinity;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NEG));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  const bad: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  best[0]![0] = 0;
  for (let j = 0; j < m; j++) {
    const kind = kinds[j]!;
    for (let i = 0; i <= n; i++) {
      const base = best[i]![j]!;
      if (base === NEG) continue;
      const skip = base - SCORE.emptyColumn - SCORE.preferLater * (m - j);
      if (skip > best[i]![j + 1]!) {
        best[i]![j + 1] = skip;
        from[i]![j + 1] = i;
        bad[i]![j + 1] = bad[i]![j]!;
      }
      let score = 0;
      let misfit = false;
      for (let e = i + 1; e <= n && e - i <= MAX_GROUP; e++) {
        const c = cells[e - 1]!;
        const prev = e - 1 > i ? lastNonEmpty(cells, i, e - 1) : undefined;
        // The pieces of a name cut by a stray separator take the kind of the whole name.
        const next = after[e - 1];
        const piece =
          (prev !== undefined && cutName(prev, c, kind, vocab)) ||
          (next !== undefined && cutName(c, next, kind, vocab));
        const f = piece ? SCORE.namePiece : fit(cellKinds[e - 1]!, kind);
        if (f < 0) misfit = true;
        score += f;
        if (e - 1 > i) {
          // The head of a name the next cell completes (`西城规划分` / `局`) joins a list of
          // agencies as a whole name would.
          const head = next !== undefined && cutName(c, next, kind, vocab);
          const joined = prev === undefined ? JOIN.empty : joinCost(prev, c, kind, vocab);
          const cost = head ? Math.min(joined, JOIN.agencyList) : joined;
          if (cost >= JOIN.implausible) misfit = true;
          score -= cost + SCORE.preferLater * (m - j);
        } else if (i > 0) {
          // A column must not begin with the tail of a name cut in the column before.
          const before = lastNonEmpty(cells, 0, i);
          if (before !== undefined && completesName(before, c, vocab)) score -= SCORE.tailStartsColumn;
        }
        const total = base + score;
        if (total > best[e]![j + 1]!) {
          best[e]![j + 1] = total;
          from[e]![j + 1] = i;
          bad[e]![j + 1] = bad[i]![j]! || misfit;
        }
      }
    }
  }
  if (best[n]![m] === NEG) return undefined;
  const groups: string[][] = new Array(m);
  let i = n;
  for (let j = m; j > 0; j--) {
    const s = from[i]![j]!;
    groups[j - 1] = cells.slice(s, i);
    i = s;
  }
  return {
    cells: groups.map((g, j) => joinGroup(g, kinds[j]!, vocab)),
    groups,
    clean: !bad[n]![m]!,
    score: best[n]![m]!,
  };
}

/** Cell kinds read in context: a lone character beside another is half of a spaced-out name. */
export function kindsInRow(cells: readonly string[], vocab: Vocabulary = GENERAL): CellKind[] {
  return cells.map((c, k) => (halfName(cells, k) ? 'person' : cellKind(c, vocab)));
}

/** One character of a name printed spaced out, its other half the nearest cell before or after. */
function halfName(cells: readonly string[], k: number): boolean {
  if (!isSpacedNamePart(cells[k]!)) return false;
  return isSpacedNamePart(lastNonEmpty(cells, 0, k) ?? '') || isSpacedNamePart(nextNonEmpty(cells, k + 1) ?? '');
}

function nextNonEmpty(cells: readonly string[], from: number): string | undefined {
  for (let k = from; k < cells.length; k++) if (cells[k] !== '') return cells[k];
  return undefined;
}

function lastNonEmpty(cells: readonly string[], from: number, to: number): string | undefined {
  for (let k = to - 1; k >= from; k--) if (cells[k] !== '') return cells[k];
  return undefined;
}

/**
 * A date printed in its own cell but glued by the extraction to the sentence before it
 * (`…承担连带责任。10月底前`): split off again, so the date can go under its column.
 */
export function splitGluedDates(cells: readonly string[]): string[] {
  return cells.flatMap((c) => {
    const m = /^(.*[。；;])([^。；;]+)$/su.exec(c);
    return m && isDeadline(m[2]!) ? [m[1]!, m[2]!] : [c];
  });
}

/** Shortest measure of its own: longer than a cut-off tail of a name (`察局`) or label (`（单位）`). */
const MIN_MEASURE = 6;

/** Text long enough to be a measure of its own (not the tail of a cut name or label). */
function isSentence(text: string): boolean {
  return [...text].length >= MIN_MEASURE || /[。；;]$/.test(text);
}

export interface SubRows {
  /** The first sub-row, over every column. */
  first: Alignment;
  /** Further sub-rows, over the columns from `from` on (the ones before span all sub-rows). */
  rest: Alignment[];
  from: number;
}

/** An extra sub-row must buy a better laying than joining its cells into the row above. */
const SUB_ROW_COST = 2;

/**
 * The column where a task's own measures begin: the last text column before the first
 * date, person or agency column. A row whose cells fill the columns twice over (two measures
 * under one task, each with its own deadline and agencies) is laid out as sub-rows from
 * there, the cells before spanning them; -1 when the columns have no such shape.
 */
export function subRowColumn(kinds: readonly ColumnKind[]): number {
  const firstFact = kinds.findIndex((k) => k === 'date' || k === 'person' || k === 'agency');
  if (firstFact <= 0) return -1;
  const text = kinds.lastIndexOf('text', firstFact - 1);
  return text > 0 ? text : -1;
}

/**
 * `alignRow` allowing sub-rows: cells are cut where a sentence follows the facts (date,
 * leader, agencies) of the measure before it, each part laid out on its own. Chosen only
 * when every part lays out cleanly and the whole scores better than one row, so a row that
 * fits as one is never split.
 */
export function alignSubRows(
  cells: readonly string[],
  kinds: readonly ColumnKind[],
  vocab: Vocabulary = GENERAL,
): SubRows | undefined {
  const from = subRowColumn(kinds);
  const whole = alignRow(cells, kinds, vocab);
  if (from < 0) return whole?.clean ? { first: whole, rest: [], from } : undefined;
  const tail = kinds.slice(from);
  const kindsOf = kindsInRow(cells, vocab);
  // A sub-row starts at a sentence after the facts of the measure before, or after a
  // complete sentence (a measure whose facts are merged with the next one's).
  const starts = [0];
  let before = -1;
  cells.forEach((c, k) => {
    if (k > 0 && kindsOf[k] === 'text' && isSentence(c) && before >= 0) {
      const prior = kindsOf[before]!;
      if (prior !== 'text' || /[。；;]$/.test(cells[before]!)) starts.push(k);
    }
    if (c !== '') before = k;
  });
  starts.push(cells.length);
  const last = starts.length - 1;
  // best[s]: the best laying of cells[0..starts[s]) as sub-rows ending there.
  const best: ({ score: number; parts: Alignment[] } | undefined)[] = [{ score: 0, parts: [] }];
  for (let b = 1; b < starts.length; b++) {
    for (let a = 0; a < b; a++) {
      const prior = best[a];
      if (!prior) continue;
      const part =
        a === 0 && b === last ? whole : alignRow(cells.slice(starts[a]!, starts[b]!), a === 0 ? kinds : tail, vocab);
      if (!part?.clean) continue;
      const score = prior.score + part.score - (a === 0 ? 0 : SUB_ROW_COST);
      if (!best[b] || score > best[b]!.score) best[b] = { score, parts: [...prior.parts, part] };
    }
  }
  const split = best[last];
  if (whole?.clean && (!split || whole.score >= split.score)) return { first: whole, rest: [], from };
  if (!split) return undefined;
  const [first, ...rest] = split.parts;
  return { first: first!, rest, from };
}
