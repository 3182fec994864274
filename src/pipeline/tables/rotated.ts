import type { Line, Warning } from '../model.ts';
import { alignSubRows, columnKind, splitGluedDates, mergeSplitLabels, type ColumnKind } from './align.ts';
import { makeTable, padRow, spanningRow, textSlots, tableWarning } from './grid.ts';
import { RANK, markOf, type Family, type Mark } from './outline.ts';
import { PROSE_PUNCT, visibleLength, withoutSpaces } from '../text/chars.ts';
import { joinPieces } from './text.ts';
import type { Found, Reader, Slot } from './types.ts';

/**
 * Rotated (landscape) table pages. The extraction read them one or two characters per line:
 *
 *   编 / 制 / (blank) / 本 / 区 / (blank) … / ' ' / <4>编 / …
 *
 * - a line holding only whitespace separates cells; two in a row leave an empty cell;
 * - blank lines separate the wrapped pieces of a cell (pieces join without a separator);
 * - the header row is printed again on every page, sometimes glued to the cell before it.
 *
 * What the extraction does *not* keep is the grid: separators also fall inside cells (a
 * multi-line header label, a long list of departments), neighbouring cells sometimes lose
 * theirs, and empty cells come and go. So the reader rebuilds what is reliable and marks the
 * rest `degraded`:
 * 1. cells and their text (always);
 * 2. the header: the run of cells printed most (once per page), kept once in `head`; copies
 *    are recognised even with their first label glued to the cell before or cut short;
 * 3. rows: from the table's own row numbering, the outline mark (1 / 1. / （1） / <1> …) that
 *    forms the longest run counting up by one; the cells before a row's number that carry a
 *    higher outline mark belong to that row: as section rows spanning the table when rows are
 *    numbered by a bare serial (nothing precedes a 序号 column), otherwise as category columns
 *    whose cells span down (rowspan) until the next cell of their level or above;
 * 4. within a row, cells stay in printed order. A row with one cell per header column is kept
 *    as printed; otherwise it is laid over the columns by kind (align.ts: agencies, dates,
 *    numbers, text; cells split by stray separators joined, missing cells left empty), header
 *    labels cut in two joined first. A row that cannot be laid out so keeps its cells in order:
 *    runs of empty cells shrink and extra cells fold into the last column. A table is clean
 *    only when every numbered row fits; otherwise it is `degraded`, with a warning saying how
 *    many rows did not fit.
 */
export const readRotatedTables: Reader = (lines, file, free) => {
  const found: Found[] = [];
  for (const [start, end] of findRegions(lines, free)) found.push(buildRotated(lines, file, start, end));
  return found;
};

/** A line of a rotated page: one to three visible characters, no tab. */
function isDebris(line: Line): boolean {
  if (line.spaceOnly || line.raw.includes('\t')) return false;
  const n = visibleLength(line.raw);
  return n >= 1 && n <= 3;
}

/** Minimum one-to-three-character lines for a rotated region: prose never has this many in a row. */
const MIN_DEBRIS = 24;
const MIN_SEPARATORS = 3;

/**
 * Maximal runs of debris and separator lines. A run may bridge up to two longer lines (a cell
 * the extractor happened to print whole) when at least six debris lines follow them. Leading
 * and trailing separators stay outside: they are page furniture of the text around.
 */
export function findRegions(lines: readonly Line[], free: readonly boolean[]): [number, number][] {
  const regions: [number, number][] = [];
  const inRun = (k: number) => free[k] === true && (lines[k]!.spaceOnly || isDebris(lines[k]!));
  let i = 0;
  while (i < lines.length) {
    if (!inRun(i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      while (j < lines.length && inRun(j)) j++;
      // Bridge a short interruption if the rotated text clearly goes on after it.
      let b = j;
      while (b < lines.length && b - j < 2 && free[b] && !inRun(b) && !lines[b]!.raw.includes('\t')) b++;
      if (b === j || b >= lines.length) break;
      let d = b;
      let debris = 0;
      while (d < lines.length && inRun(d) && debris < 6) {
        if (isDebris(lines[d]!)) debris++;
        d++;
      }
      if (debris < 6) break;
      j = b;
    }
    let s = i;
    let e = j;
    while (s < e && lines[s]!.spaceOnly) s++;
    while (e > s && lines[e - 1]!.spaceOnly) e--;
    let debris = 0;
    let separators = 0;
    for (let k = s; k < e; k++) {
      if (lines[k]!.spaceOnly) separators++;
      else if (isDebris(lines[k]!)) debris++;
    }
    if (debris >= MIN_DEBRIS && separators >= MIN_SEPARATORS) regions.push([s, e]);
    i = j;
  }
  return regions;
}

/** A cell of the stream: its wrapped pieces, and the index of the line it starts on. */
export interface RCell {
  pieces: string[];
  line: number;
}

export function textOf(cell: RCell): string {
  return joinPieces(cell.pieces);
}

/**
 * Splits the region into cells at separator lines, and cells into pieces at blank lines.
 * A line indented with spaces opens a new printed page (one space, or two on some pages);
 * a new page always starts a new cell: pages are printed cell by cell, header first, and
 * without this the page's first header label often comes out glued to the last cell before.
 */
export function tokenize(lines: readonly Line[], start: number, end: number): RCell[] {
  const cells: RCell[] = [];
  let current: RCell = { pieces: [], line: start };
  for (let k = start; k < end; k++) {
    const line = lines[k]!;
    if (line.spaceOnly) {
      cells.push(current);
      current = { pieces: [], line: k + 1 };
      continue;
    }
    if (/^[ \u00a0]+\S/.test(line.raw) && current.pieces.length > 0) {
      cells.push(current);
      current = { pieces: [], line: k };
    }
    if (current.pieces.length === 0) current.line = k;
    const t = withoutSpaces(line.raw);
    if (current.pieces.length === 0 || line.blanksBefore > 0) current.pieces.push(t);
    else current.pieces[current.pieces.length - 1] += t;
  }
  if (current.pieces.length > 0) cells.push(current);
  return cells;
}

interface Header {
  texts: string[];
  /** The printed copies, in order. */
  at: Copy[];
}

/**
 * The header is the run of three or more non-empty cells printed most (copies × length):
 * candidates are the runs two places in the stream have in common. Its first label is then
 * settled from all copies: on some pages it is glued to the end of the previous cell
 * (`…库存。工作`), so the label is the text every copy ends with; and the run is extended
 * backwards while the copies are preceded by the same label (`序` before `号`): all of them,
 * or most of them when a page lost part of it.
 */
export function findHeader(texts: readonly string[]): Header | undefined {
  const positions = new Map<string, number[]>();
  texts.forEach((t, i) => {
    if (t === '') return;
    const list = positions.get(t) ?? [];
    if (list.length < 64) list.push(i);
    positions.set(t, list);
  });
  const candidates = new Map<string, { i: number; k: number }>();
  for (const list of positions.values()) {
    for (let a = 0; a < Math.min(4, list.length); a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        let k = 0;
        while (j + k < texts.length && i + k < j && texts[i + k] !== '' && texts[i + k] === texts[j + k]) k++;
        if (k < 3) continue;
        const key = texts.slice(i, i + k).join('\u0001');
        if (!candidates.has(key)) candidates.set(key, { i, k });
      }
    }
  }
  let best: { i: number; k: number; score: number } | undefined;
  for (const { i, k } of candidates.values()) {
    const score = exactCopies(texts, texts.slice(i, i + k)) * k;
    if (!best || score > best.score || (score === best.score && i < best.i)) best = { i, k, score };
  }
  if (!best) return undefined;
  let header = mostCopied(texts, texts.slice(best.i, best.i + best.k));
  // Settle the first label from the cells before every copy of the rest.
  const before = copies(texts, header.slice(1), false).map((o) => o.index - 1);
  const settled = commonLabel(texts, before) ?? mostCommon(texts, before);
  if (settled !== undefined) header = [settled, ...header.slice(1)];
  for (let guard = 0; guard < 8; guard++) {
    const at = copies(texts, header, false).filter((o) => o.kind === 'exact');
    const preceding = at.map((o) => o.index - 1);
    const label = commonLabel(texts, preceding) ?? mostCommon(texts, preceding);
    if (label === undefined || at.length < 2) break;
    header = [label, ...header];
  }
  const at = copies(texts, header, true);
  return at.length >= 2 ? { texts: header, at } : undefined;
}

/**
 * The text most of the cells at `indices` hold: at least two of them and half, and a text
 * found mostly there (a header label is printed in the header; `长期实施` ending many rows
 * is data even when it happens to end most pages).
 */
function mostCommon(texts: readonly string[], indices: readonly number[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of indices) {
    const t = texts[i];
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] < 2 || best[1] * 2 < indices.length) return undefined;
  const everywhere = texts.filter((t) => t === best[0]).length;
  return best[1] * 3 >= everywhere * 2 ? best[0] : undefined;
}

/**
 * The part of a repeated run that is printed most: two pages may by chance end with the same
 * cells before their header copy (`是 / 是 / …序号`), which the longest run then includes.
 * The sub-run with the most copies × length is the header.
 */
function mostCopied(texts: readonly string[], run: readonly string[]): string[] {
  let best = { score: 0, from: 0, to: run.length };
  for (let from = 0; from < run.length; from++) {
    for (let to = from + 2; to <= run.length; to++) {
      const score = exactCopies(texts, run.slice(from, to)) * (to - from);
      if (score > best.score) best = { score, from, to };
    }
  }
  return run.slice(best.from, best.to);
}

/**
 * The label that the cells at `indices` all end with. Either one of them is exactly that label
 * (so it is a real cell somewhere, not a chance common ending such as `局`), or every copy has
 * it glued on: then the longest common ending counts when it is at least two characters
 * without sentence punctuation, shared by three or more copies.
 */
function commonLabel(texts: readonly string[], indices: readonly number[]): string | undefined {
  const cells = indices.filter((i) => i >= 0).map((i) => texts[i]!);
  if (cells.length < 2 || cells.length < indices.length) return undefined;
  const exact = cells.filter((c) => c !== '').sort((a, b) => a.length - b.length)[0];
  if (exact !== undefined && cells.every((c) => c.endsWith(exact))) return exact;
  let suffix = cells[0]!;
  for (const c of cells) {
    let k = 0;
    while (k < suffix.length && k < c.length && suffix[suffix.length - 1 - k] === c[c.length - 1 - k]) k++;
    suffix = suffix.slice(suffix.length - k);
  }
  if (cells.length >= 3 && [...suffix].length >= 2 && !PROSE_PUNCT.test(suffix)) return suffix;
  return undefined;
}

/**
 * A printed copy of the header in the cell stream. Its first label may be:
 * `exact`; `glued` to the end of the cell before (`…库存。工作`); `partial`, the rest of the
 * label lost at a page break (`序` for `序号`); or missing altogether (`headless`, the copy
 * starts at the second label). Loose kinds only count for headers of four labels or more, or
 * three for `partial`, so that a chance match in the data is unlikely.
 */
export interface Copy {
  index: number;
  length: number;
  kind: 'exact' | 'glued' | 'partial' | 'headless';
}

function matchesAt(texts: readonly string[], run: readonly string[], p: number): boolean {
  for (let x = 0; x < run.length; x++) if (texts[p + x] !== run[x]) return false;
  return true;
}

/** How many times `run` is printed exactly, without overlap. */
function exactCopies(texts: readonly string[], run: readonly string[]): number {
  let n = 0;
  for (let p = 0; p + run.length <= texts.length; p++) {
    if (matchesAt(texts, run, p)) {
      n++;
      p += run.length - 1;
    }
  }
  return n;
}

/** Non-overlapping copies of `run`, in order; `loose` also admits partial and headless ones. */
function copies(texts: readonly string[], run: readonly string[], loose: boolean): Copy[] {
  const out: Copy[] = [];
  const k = run.length;
  if (k === 0) return out;
  const tail = run.slice(1);
  for (let p = 0; p < texts.length; p++) {
    if (p + k <= texts.length && matchesAt(texts, tail, p + 1)) {
      const first = texts[p]!;
      const label = run[0]!;
      let kind: Copy['kind'] | undefined;
      if (first === label) kind = 'exact';
      else if (first !== '' && first.endsWith(label)) kind = 'glued';
      else if (loose && k >= 3 && first !== '' && label.startsWith(first)) kind = 'partial';
      if (kind) {
        out.push({ index: p, length: k, kind });
        p += k - 1;
        continue;
      }
    }
    if (loose && k >= 4 && matchesAt(texts, tail, p)) {
      out.push({ index: p, length: k - 1, kind: 'headless' });
      p += k - 2;
    }
  }
  return out;
}

/** Removes `label` from the end of a cell's pieces (the header label glued onto it). */
function cutEnd(cell: RCell, label: string): RCell {
  const pieces = cell.pieces.slice();
  let rest = label.length;
  while (rest > 0 && pieces.length > 0) {
    const last = pieces[pieces.length - 1]!;
    if (last.length <= rest) {
      pieces.pop();
      rest -= last.length;
    } else {
      pieces[pieces.length - 1] = last.slice(0, last.length - rest);
      rest = 0;
    }
  }
  return { pieces, line: cell.line };
}

interface Stream {
  caption: string;
  head: string[];
  body: RCell[];
  dropped: string[];
}

/**
 * Takes the header copies out of the cell stream: the first copy becomes the head, later
 * copies are dropped (they repeat it). Cells before the first copy are the table's title
 * when the header comes within the first few cells; otherwise they are data (the table's
 * first page was lost and the stream starts mid-table).
 */
function stripHeaders(cells: readonly RCell[], header: Header | undefined): Stream {
  const texts = cells.map(textOf);
  if (!header) return { caption: '', head: [], body: cells.slice(), dropped: [] };
  const label = header.texts[0]!;
  const body: RCell[] = [];
  const dropped: string[] = [];
  const first = header.at[0]!;
  // Cells before a first copy near the start are the table's title.
  const titled = first.index <= 4 && first.kind !== 'headless';
  let caption = '';
  let p = 0;
  if (titled) {
    caption = texts.slice(0, first.index).join('');
    if (first.kind === 'glued') caption += textOf(cutEnd(cells[first.index]!, label));
    p = first.index;
  }
  // The first whole copy is the head; every other copy repeats it (a cut-short copy too).
  const kept = Math.max(
    0,
    header.at.findIndex((c) => c.kind === 'exact' || c.kind === 'glued'),
  );
  for (const [n, at] of header.at.entries()) {
    for (; p < at.index; p++) body.push(cells[p]!);
    const copyTexts = texts.slice(at.index, at.index + at.length);
    if (at.kind === 'glued') {
      if (!(n === 0 && titled)) body.push(cutEnd(cells[at.index]!, label));
      copyTexts[0] = label;
    }
    if (n !== kept) dropped.push(...copyTexts);
    p = at.index + at.length;
  }
  for (; p < cells.length; p++) body.push(cells[p]!);
  return { caption, head: header.texts.slice(), body, dropped };
}

const FAMILIES: Family[] = ['serial', 'l5', 'l4', 'l3', 'l2', 'l1'];

/**
 * The longest run of `family` marks counting up, in printed order, starting anywhere (a table
 * may begin mid-way after a lost page). One number may be missing between two marks: a row
 * number glued into the cell before it is found later, by `splitGlued`.
 */
function longestRun(marks: readonly (Mark | undefined)[], family: Family): number[] {
  let best: number[] = [];
  const used = new Set<number>();
  marks.forEach((m, i) => {
    if (m?.family !== family || used.has(i)) return;
    const run = [i];
    let last = m.n;
    for (let j = i + 1; j < marks.length; j++) {
      const n = marks[j]?.family === family ? marks[j]!.n : undefined;
      if (n === last + 1 || n === last + 2) {
        run.push(j);
        used.add(j);
        last = n;
      }
    }
    if (run.length > best.length) best = run;
  });
  return best;
}

/**
 * The row numbering: the outline family with the longest run (at least three rows).
 * Ties go to the finer family (rows are the finest unit).
 */
export function rowFamily(texts: readonly string[]): Family | undefined {
  const marks = texts.map((t) => markOf(t));
  let best: { family: Family; length: number } | undefined;
  for (const family of FAMILIES) {
    const length = longestRun(marks, family).length;
    if (length >= 3 && (!best || length > best.length)) best = { family, length };
  }
  return best?.family;
}

/**
 * Where a cell holds the next row's number (or the next mark of a category level) at the
 * start of a later wrapped piece, the separator between the two cells was lost: split there.
 * Only the *expected next* number counts, so an enumeration inside one cell stays whole.
 */
function splitGlued(cells: readonly RCell[], family: Family): RCell[] {
  const last = new Map<Family, number>();
  const out: RCell[] = [];
  const note = (text: string) => {
    const m = markOf(text);
    if (m) last.set(m.family, m.n);
  };
  for (const cell of cells) {
    let pieces = cell.pieces;
    note(pieces[0] ?? '');
    for (let k = 1; k < pieces.length; k++) {
      const m = markOf(pieces[k]!);
      // The row number itself, or (rows numbered inside the text) a category mark above it.
      const category = family !== 'serial' && RANK[m?.family ?? 'serial'] < RANK[family] && m?.family !== 'section';
      if (!m || (m.family !== family && !category)) continue;
      const previous = last.get(m.family);
      if (previous === undefined || m.n !== previous + 1) continue;
      out.push({ pieces: pieces.slice(0, k), line: cell.line });
      pieces = pieces.slice(k);
      last.set(m.family, m.n);
      k = 0;
    }
    out.push({ pieces, line: cell.line });
  }
  return out;
}

interface Row {
  /** Category cells before the row number, highest level first. */
  lead: { text: string; mark: Mark }[];
  cells: string[];
}

/** Groups the body into rows at the numbering marks; see the reader's comment. */
function toRows(texts: readonly string[], family: Family): { before: string[]; rows: Row[] } {
  const marks = texts.map((t) => markOf(t));
  const anchors = longestRun(marks, family);
  const rowStart = anchors.map((a, r) => {
    const floor = r === 0 ? 0 : anchors[r - 1]! + 1;
    let s = a;
    while (s - 1 >= floor) {
      // Empty cells between a category cell and the row number are stray separators.
      let p = s - 1;
      while (p > floor && texts[p] === '') p--;
      const m = marks[p];
      if (!m || m.family === family || RANK[m.family] >= RANK[family]) break;
      s = p;
    }
    return s;
  });
  const rows: Row[] = anchors.map((a, r) => {
    const s = rowStart[r]!;
    const e = r + 1 < anchors.length ? rowStart[r + 1]! : texts.length;
    return {
      lead: texts
        .slice(s, a)
        .map((text, x) => ({ text, mark: marks[s + x]! }))
        .filter((l) => l.text !== ''),
      cells: texts.slice(a, e),
    };
  });
  return { before: texts.slice(0, rowStart[0] ?? texts.length), rows };
}

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

function trimEnd(cells: readonly string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === '') n--;
  return cells.slice(0, n);
}

function buildRotated(lines: readonly Line[], file: string, start: number, end: number): Found {
  return buildFromCells(tokenize(lines, start, end), {
    lines,
    file,
    start,
    end,
    shape: 'rotated',
    what: 'rotated table',
  });
}

export interface Region {
  lines: readonly Line[];
  file: string;
  start: number;
  end: number;
  shape: 'rotated' | 'columns';
  /** How the warning names the table. */
  what: string;
}

/**
 * The shared second half of the rotated and the stacked readers: from a stream of cells to a
 * table (header, rows by numbering, categories), with the `degraded` note when the grid could
 * not be checked.
 */
export function buildFromCells(cells: readonly RCell[], region: Region): Found {
  const { lines, file, start, end } = region;
  const warnings: Warning[] = [];
  const header = findHeader(cells.map(textOf));
  const stream = stripHeaders(cells, header);
  const family = rowFamily(stream.body.map(textOf));
  const body = family ? splitGlued(stream.body, family) : stream.body;
  const texts = body.map(textOf);
  const problems: string[] = [];
  if (!header) problems.push('no header row printed on more than one page was found');

  let headTexts = stream.head;
  let head: Slot[][] = [];
  let rows: Slot[][] = [];
  if (family) {
    const { before, rows: grouped } = toRows(texts, family);
    const build = (labels: readonly string[], byKind: boolean) => {
      const kinds = labels.map(columnKind);
      return family === 'serial'
        ? serialRows(before, grouped, labels.length, kinds, byKind)
        : categoryRows(before, grouped, labels.length, kinds, byKind);
    };
    // Labels cut in two by the extraction (`序` / `号`) are joined unless most rows came with one
    // cell per printed label (then the printed labels are columns). Column kinds are read from
    // labels only once they are whole.
    const merged = mergeSplitLabels(headTexts).texts;
    let built: Built;
    // The head row as slots; a label over several columns carries `left` slots after it.
    let headSlots: Slot[] | undefined;
    if (merged.length === headTexts.length) built = build(headTexts, true);
    else {
      built = build(headTexts, false);
      if (built.exact * 2 < built.sizes.length) {
        const other = build(merged, true);
        if (other.fitted >= built.fitted) {
          built = other;
          headTexts = merged;
        }
      } else {
        // Rows as wide as the printed labels, yet some labels are halves of one: a label
        // elsewhere must cover the columns the joins freed (see `gluedLabel`).
        const glued = gluedLabel(merged, headTexts.length);
        if (glued) {
          const other = build(glued.columns, true);
          if (other.fitted > built.fitted) {
            built = other;
            headTexts = glued.columns;
            headSlots = glued.head;
          }
        }
      }
    }
    const headWidth = headTexts.length;
    const width = Math.max(headWidth, built.width);
    rows = built.rows.map((r) => {
      const only = r[0];
      return built.spanning.has(r) && typeof only === 'object' ? spanningRow(only.text, width) : padRow(r, width);
    });
    // Clean only when every numbered row has exactly one cell per header column, as printed or
    // once laid out by column kind. Otherwise say how bad it is: a row with *more* cells than
    // the header shows for certain that separators fell inside cells (fewer may just be empty
    // cells the extraction dropped).
    const overflowing = built.sizes.filter((n) => n > headWidth).length;
    const total = built.sizes.length;
    if (overflowing > 0) {
      problems.push(
        `${overflowing} of ${total} rows have more cells than the header (their extra cells are kept, in order, in the last column); ${built.fitted} of ${total} rows have one cell per column`,
      );
    } else if (built.fitted < total)
      problems.push(`rows do not all have one cell per header column (${built.fitted} of ${total} do)`);
    if (headWidth > 0) head = [padRow(headSlots ?? textSlots(headTexts), width)];
  } else {
    const headWidth = headTexts.length;
    problems.push('no row numbering was found; cells are laid out by the header width');
    const width = Math.max(1, headWidth);
    const content = trimEnd(texts);
    for (let k = 0; k < content.length; k += width) rows.push(padRow(textSlots(content.slice(k, k + width)), width));
    if (headWidth > 0) head = [textSlots(headTexts)];
  }

  const degraded =
    problems.length > 0
      ? `${region.what}: ${problems.join('; ')}. The extraction does not keep the printed grid: a row that does not fit keeps its cells in printed order, so its columns may not line up`
      : undefined;
  if (degraded) warnings.push(tableWarning(file, lines[start]!.no, degraded));
  const table = makeTable(
    {
      shape: region.shape,
      caption: stream.caption,
      head,
      body: rows,
      degraded,
    },
    lines,
    start,
    end,
    file,
  );
  return { start, end, table, warnings, dropped: stream.dropped };
}

/**
 * Several column labels printed side by side over narrow columns can come out as one
 * (`预公开政策解读政民互动`): when the whole labels are `width - extra` for rows `width` cells
 * wide, the label standing for several columns is the one far longer than the others. Gives
 * one column label per column (the glued label repeated, so each column keeps its kind) and
 * the head row with the glued label spanning its columns; undefined when no label stands out.
 */
export function gluedLabel(labels: readonly string[], width: number): { columns: string[]; head: Slot[] } | undefined {
  const extra = width - labels.length;
  if (extra < 1 || labels.length < 3) return undefined;
  const lengths = labels.map((l) => [...l].length);
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const longest = Math.max(...lengths);
  const at = lengths.indexOf(longest);
  // Only one clear outlier: at least twice the median and longer than every other label by half.
  const second = Math.max(...lengths.filter((_, k) => k !== at));
  if (longest < 6 || longest < 2 * median || longest < 1.5 * second) return undefined;
  const columns: string[] = [];
  const head: Slot[] = [];
  labels.forEach((label, k) => {
    const span = k === at ? extra + 1 : 1;
    for (let c = 0; c < span; c++) {
      columns.push(label);
      head.push(c === 0 ? { text: label } : 'left');
    }
  });
  return { columns, head };
}

interface Built {
  rows: Slot[][];
  /** Rows that are one cell spanning the table (section labels). */
  spanning: Set<Slot[]>;
  /** Cell count of each numbered row after tidying, to tell clean rows from irregular ones. */
  sizes: number[];
  /** Numbered rows with one cell per header column (as printed, or laid out by column kind). */
  fitted: number;
  /** Of those, the rows that came with exactly one cell per column as printed. */
  exact: number;
  width: number;
}

interface Placed {
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
function placeCells(cells: readonly string[], kinds: readonly ColumnKind[], byKind: boolean): Placed {
  const limit = kinds.length;
  if (cells.length === limit) return { cells: cells.slice(), sub: [], from: 0, size: limit, fits: true, exact: true };
  const trimmed = trimEnd(cells);
  // Printed with one cell per column, but for empty cells at the end (a page's foot).
  const printed = trimmed.length <= limit && cells.length >= limit;
  if (byKind && limit > 0 && trimmed.length > 0) {
    const laid = alignSubRows(kinds.includes('date') ? splitGluedDates(trimmed) : trimmed, kinds);
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

/** The slots of a sub-row: the columns before `from` are covered by the row above's cells. */
function subRowSlots(lead: number, placed: Placed, cells: readonly string[]): Slot[] {
  return [...new Array<Slot>(lead + placed.from).fill('up'), ...textSlots(cells)];
}

/**
 * Rows numbered by a bare serial (a 序号 column): nothing stands before that column, so the
 * outline cells before a serial are section headings of the table, one spanning row each.
 */
function serialRows(
  before: readonly string[],
  grouped: readonly Row[],
  limit: number,
  kinds: readonly ColumnKind[],
  byKind: boolean,
): Built {
  const rows: Slot[][] = [];
  const spanning = new Set<Slot[]>();
  const sizes: number[] = [];
  let fitted = 0;
  let exact = 0;
  let width = 0;
  const lead = trimEnd(before);
  if (lead.length > 0) rows.push(textSlots(lead));
  for (const row of grouped) {
    for (const l of row.lead) {
      const r = [{ text: l.text }];
      spanning.add(r);
      rows.push(r);
    }
    const placed = placeCells(row.cells, kinds.slice(0, limit), byKind);
    sizes.push(placed.size);
    if (placed.fits) fitted++;
    if (placed.exact) exact++;
    width = Math.max(width, placed.cells.length);
    rows.push(textSlots(placed.cells));
    for (const sub of placed.sub) rows.push(subRowSlots(0, placed, sub));
  }
  return {
    rows,
    spanning,
    sizes,
    fitted,
    exact,
    width: Math.max(width, lead.length),
  };
}

/**
 * Rows numbered inside the text (1. / （1） / <1>): the outline cells before the number are
 * category columns, one per outline level seen, highest first. A category cell spans down
 * until the next cell of its level or of a higher one (a new 三、 ends the span of （二）).
 */
function categoryRows(
  before: readonly string[],
  grouped: readonly Row[],
  limit: number,
  kinds: readonly ColumnKind[],
  byKind: boolean,
): Built {
  const levels = [...new Set(grouped.flatMap((r) => r.lead.map((l) => l.mark.family)))].sort(
    (a, b) => RANK[a] - RANK[b],
  );
  const h = levels.length;
  const rows: Slot[][] = [];
  const sizes: number[] = [];
  let fitted = 0;
  let exact = 0;
  let width = 0;
  const lead = trimEnd(before);
  if (lead.length > 0) rows.push(textSlots(lead));
  const live = levels.map(() => false);
  const emit = (cats: (string | undefined)[], cells: string[]) => {
    const slots: Slot[] = [];
    let closed = false;
    cats.forEach((text, c) => {
      if (text !== undefined) {
        slots.push({ text });
        live[c] = true;
        closed = true;
      } else if (!closed && live[c] && rows.length > 0) {
        slots.push('up');
      } else {
        slots.push({ text: '' });
        live[c] = false;
      }
    });
    const row = [...slots, ...textSlots(cells)];
    width = Math.max(width, row.length);
    rows.push(row);
  };
  for (const row of grouped) {
    // Two cells of one level before a number: the first is a category without rows of its own.
    let cats: (string | undefined)[] = levels.map(() => undefined);
    for (const l of row.lead) {
      const c = levels.indexOf(l.mark.family);
      if (cats[c] !== undefined) {
        emit(cats, []);
        cats = levels.map(() => undefined);
      }
      cats[c] = l.text;
    }
    const placed = placeCells(row.cells, kinds.slice(h, limit), byKind);
    sizes.push(h + placed.size);
    if (placed.fits && h < limit) fitted++;
    if (placed.exact && h < limit) exact++;
    emit(cats, placed.cells);
    for (const sub of placed.sub) rows.push(subRowSlots(h, placed, sub));
  }
  return {
    rows,
    spanning: new Set(),
    sizes,
    fitted,
    exact,
    width: Math.max(width, lead.length),
  };
}
