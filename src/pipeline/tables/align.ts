/**
 * Putting the cells of a rotated or cell-by-cell row under the right header columns.
 *
 * The extraction of those tables keeps the cells in printed order but not the grid: a
 * separator can fall inside a cell (`区编办、` / `区行政服务中心`), a header label can be split
 * (`序` / `号`, `完成` / `时限`), empty cells come and go. Two general rules repair most rows:
 *
 * 1. Header labels cut in two are joined (`mergeSplitLabels`): a short first part that is not
 *    a label by itself, followed by a short part that ends like a column label (号 / 时限 /
 *    领导 / 任务 / 事项 …), or a part in brackets (`（单位）`) that qualifies the label before.
 * 2. Each column has a kind read from its label (number, agency, person, date, text), each
 *    cell a kind read from its text (`区环保局`, `2017年底前`, `<1>`, a sentence …). A row's
 *    cells are laid over the columns by a small dynamic program (`alignRow`): in order, each
 *    column taking a run of consecutive cells (joined: the pieces of one cell split by stray
 *    separators) or none (an empty cell), scored by kind agreement and by whether the joined
 *    cells read as one (a fragment ending in 、 or without closing punctuation continues).
 *    A row is aligned only when every cell lands in a column of a compatible kind and every
 *    join is plausible; otherwise the caller keeps the row as it was and says so (`degraded`).
 *
 * Nothing here knows a particular table: only the vocabulary of column labels and of agency
 * names, dates and numbering used throughout the gazette.
 */
import { markOf } from './outline.ts';

export type ColumnKind = 'number' | 'agency' | 'person' | 'date' | 'text';
export type CellKind = ColumnKind | 'empty';

/** The kind of content a column holds, from its label. */
export function columnKind(label: string): ColumnKind {
  if (/^(?:序号|编号|序)$/.test(label)) return 'number';
  if (/(?:领导|负责人|联系人|召集人)$/.test(label)) return 'person';
  if (/(?:时限|时间|日期|时序|完成期限)$/.test(label)) return 'date';
  if (/(?:单位|部门|牵头|主责|配合|参与|协办|责任方)(?:（单位）|\(单位\))?$/.test(label)) return 'agency';
  return 'text';
}

const AGENCY_END =
  /(?:委|局|办|室|中心|分局|支队|大队|部|处|院|会|所|站|队|街道|办事处|单位|部门|大厅|公司|集团|政府|法院|检察院|团委|妇联|工会|科协|残联|侨联|银行|医院)$/;
const AGENCY_START = /^(?:区|各|西城|相关|市|北京|有关)/;
const DATE =
  /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上旬|中旬|下旬|底|末|初|中|内|年底|年内|年中)?(?:前|起|以前|之前|完成|开始|启动)?|全年|年底前|年内|长期|长期实施|长期坚持|持续|持续推进|持续实施|按时间节点完成|按计划推进|每年|每季度|每月|常态化|上半年|下半年)$/;

/** One agency name, or a list of them (`区环保局、区财政局`, several names stacked). */
export function isAgencyList(text: string): boolean {
  if (text === '' || /[。；;！？：:]/.test(text)) return false;
  const parts = text
    .split(/[、，,\n\s]+|(?<=等)(?=[区各])/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return false;
  return parts.every((p) => {
    const bare = p.replace(/等(?:相关|有关)?(?:单位|部门)?$/, '');
    return (
      [...p].length <= 40 &&
      (AGENCY_END.test(p) || AGENCY_END.test(bare) || (AGENCY_START.test(p) && [...p].length <= 16))
    );
  });
}

function isDate(text: string): boolean {
  if (text === '' || [...text].length > 24 || /[。；]/.test(text)) return false;
  // A date possibly followed by what is done by then (`2017年5月区大厅实现；年底前街道实现`).
  return DATE.test(text) && /\d|年|期|续|节点|计划|月|季|常态/.test(text);
}

function isDateLike(text: string): boolean {
  if (isDate(text)) return true;
  return (
    [...text].length <= 30 &&
    !/。/.test(text) &&
    /^(?:\d{4}年|\d{1,2}月|年底|年内|全年|长期|持续|每年|按时间)/.test(text) &&
    !isAgencyList(text)
  );
}

/** The kind of a cell's text. */
export function cellKind(text: string): CellKind {
  if (text === '') return 'empty';
  if (markOf(text)?.family === 'serial') return 'number';
  if (isDateLike(text)) return 'date';
  if (isAgencyList(text)) return 'agency';
  if (/^\p{Script=Han}{2,4}$/u.test(text) && !AGENCY_END.test(text)) return 'person';
  return 'text';
}

/** How well a cell of kind `cell` sits in a column of kind `column`; below 0 is a misfit. */
function fit(cell: CellKind, column: ColumnKind): number {
  if (cell === 'empty') return 0;
  if (cell === column) return 3;
  switch (column) {
    case 'text':
      // A text column takes anything but a bare row number or a cell that is plainly a date.
      return cell === 'number' || cell === 'date' ? -4 : cell === 'agency' || cell === 'person' ? 0.5 : 3;
    case 'agency':
      return cell === 'person' ? 1 : -6;
    case 'person':
      return -6;
    case 'date':
      return -6;
    case 'number':
      return -6;
  }
}

/**
 * An agency name wrapped inside its cell, the separator falling within it (`区园林市政管理中` /
 * `心`, `区城管执法监` / `察局`): the short tail makes a name of what was not one.
 */
function completesName(prev: string, next: string, column: ColumnKind): boolean {
  if (column !== 'agency' || [...next].length > 3 || AGENCY_START.test(next)) return false;
  const line = lastLine(prev);
  if (isDateLike(line) || /[。；;，,]$/.test(line)) return false;
  return !AGENCY_END.test(line) && AGENCY_END.test(line + next);
}

/** A two-character name is printed with a gap to line up with three-character ones (`孙  硕`). */
function isSpacedNamePart(text: string): boolean {
  return /^\p{Script=Han}$/u.test(text);
}

function isName(text: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(text) && !AGENCY_END.test(text);
}

function lastLine(text: string): string {
  return text.slice(text.lastIndexOf('\n') + 1);
}

/** A cell that does not end a sentence, list or label: its text goes on in the next cell. */
function continues(text: string): boolean {
  return /[、，,（(“《\-—]$/.test(text);
}

/**
 * The cost of joining `next` onto `prev` within one column: pieces of one agency list or of one
 * sentence split by a stray separator join cheaply; two complete cells cost more (the join is
 * only taken when the kinds leave no better way).
 */
function joinCost(prev: string, next: string, column: ColumnKind): number {
  if (prev === '' || next === '') return 0.3;
  if (continues(prev) || completesName(prev, next, column)) return 0.1;
  // A date wrapped after its year (`2018年` / `1月`).
  if (column === 'date' && /年$/.test(prev) && /^\d{1,2}月/.test(next)) return 0.1;
  if (column === 'agency' && isAgencyList(next)) return 0.6;
  if (column === 'person' && isSpacedNamePart(prev) && isSpacedNamePart(next)) return 0.2;
  // Several leaders of one task, one name per printed line.
  const nameOrPart = (t: string) => isName(t) || isSpacedNamePart(t);
  if (column === 'person' && nameOrPart(prev) && nameOrPart(next)) return 0.6;
  if (column === 'text' && !/[。；;！？”）)]$/.test(prev)) return 0.8;
  return 3;
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
function joinGroup(cells: readonly string[], column: ColumnKind): string {
  let out = '';
  let last = '';
  for (const c of cells) {
    if (c === '') continue;
    const glued =
      out === '' ||
      continues(out) ||
      completesName(out, c, column) ||
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
export function alignRow(cells: readonly string[], kinds: readonly ColumnKind[]): Alignment | undefined {
  const n = cells.length;
  const m = kinds.length;
  if (m === 0) return undefined;
  const cellKinds = kindsInRow(cells);
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
      // Column j left empty (no printed empty cell for it): a small cost, a little smaller for
      // later columns (a row fills its columns from the left when nothing else tells).
      const skip = base - 0.7 - 0.01 * (m - j);
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
          (prev !== undefined && completesName(prev, c, kind)) || (next !== undefined && completesName(c, next, kind));
        const f = piece ? 1 : fit(cellKinds[e - 1]!, kind);
        if (f < 0) misfit = true;
        score += f;
        if (e - 1 > i) {
          const cost = prev === undefined ? 0.3 : joinCost(prev, c, kind);
          if (cost >= 3) misfit = true;
          // Ties go to later columns: a lead column (牵头单位) holds fewer names than the next.
          score -= cost + 0.01 * (m - j);
        } else if (i > 0) {
          // A column must not begin with the tail of a name cut in the column before.
          const before = lastNonEmpty(cells, 0, i);
          if (before !== undefined && completesName(before, c, 'agency')) score -= 2;
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
    cells: groups.map((g, j) => joinGroup(g, kinds[j]!)),
    groups,
    clean: !bad[n]![m]!,
    score: best[n]![m]!,
  };
}

/** Cell kinds read in context: a lone character beside another is half of a spaced-out name. */
export function kindsInRow(cells: readonly string[]): CellKind[] {
  return cells.map((c, k) => (halfName(cells, k) ? 'person' : cellKind(c)));
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

const LABEL_END = /(?:号|时限|时间|领导|任务|事项|指标|内容|名称|措施|单位|部门|备注|要求|分解|目标|进度|情况|依据)$/;

/**
 * Header labels printed in narrow columns come out cut in two (`序` / `号`, `完成` / `时限`,
 * `北京市` / `重点任务`, `配合部门` / `（单位）`): joins a part of at most three characters that
 * does not end like a label with a following part of at most four that does, and a bracketed
 * part with the label before it. Returns, for each joined label, how many printed labels it took.
 */
export function mergeSplitLabels(labels: readonly string[]): {
  texts: string[];
  spans: number[];
} {
  const texts: string[] = [];
  const spans: number[] = [];
  for (let k = 0; k < labels.length; k++) {
    const a = labels[k]!;
    const b = labels[k + 1];
    const len = (s: string) => [...s].length;
    if (/^[（(].*[)）]$/.test(a) && texts.length > 0) {
      texts[texts.length - 1] += a;
      spans[spans.length - 1]! += 1;
      continue;
    }
    if (b !== undefined && len(a) <= 3 && !LABEL_END.test(a) && len(b) <= 4 && LABEL_END.test(b)) {
      texts.push(a + b);
      spans.push(2);
      k++;
      continue;
    }
    texts.push(a);
    spans.push(1);
  }
  return { texts, spans };
}

/**
 * A date printed in its own cell but glued by the extraction to the sentence before it
 * (`…承担连带责任。10月底前`): split off again, so the date can go under its column.
 */
export function splitGluedDates(cells: readonly string[]): string[] {
  return cells.flatMap((c) => {
    const m = /^(.*[。；;])([^。；;]+)$/su.exec(c);
    return m && isDate(m[2]!) ? [m[1]!, m[2]!] : [c];
  });
}

/** Text long enough to be a measure of its own (not the tail of a cut name or label). */
function isSentence(text: string): boolean {
  return [...text].length >= 6 || /[。；;]$/.test(text);
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
export function alignSubRows(cells: readonly string[], kinds: readonly ColumnKind[]): SubRows | undefined {
  const from = subRowColumn(kinds);
  const whole = alignRow(cells, kinds);
  if (from < 0) return whole?.clean ? { first: whole, rest: [], from } : undefined;
  const tail = kinds.slice(from);
  const kindsOf = kindsInRow(cells);
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
        a === 0 && b === last ? whole : alignRow(cells.slice(starts[a]!, starts[b]!), a === 0 ? kinds : tail);
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
