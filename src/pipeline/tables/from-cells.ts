/**
 * The shared second half of the rotated and the cell-by-cell readers: from a stream of cells to
 * a table (header, rows by numbering, category columns), with the `degraded` note when the
 * grid could not be checked.
 */
import type { Line, Warning } from '../model.ts';
import { columnKind, learnPlaces, type ColumnKind, type Vocabulary } from './kinds.ts';
import { gluedLabel, mergeSplitLabels } from './labels.ts';
import { textOf, type RCell } from './cell-stream.ts';
import { makeTable, padRow, spanningRow, textSlots, tableWarning } from './grid.ts';
import { findHeader, headerPrintedOnce, stripHeaders } from './header.ts';
import { rowFamily, splitGlued, toRows, withoutRepeatedStart, type Row } from './numbering.ts';
import { RANK } from './outline.ts';
import { gapNote, spanMergedCells } from './merged.ts';
import { placeCells, trimEnd, type Placed } from './place.ts';
import type { Found, Slot } from './types.ts';

export interface Region {
  lines: readonly Line[];
  file: string;
  start: number;
  end: number;
  shape: 'rotated' | 'columns';
  /** How the warning names the table. */
  what: string;
  /** The table may fit one page: its header, printed once, is known by the rows after it. */
  headerOnce?: boolean;
}

/**
 * The shared second half of the rotated and the stacked readers: from a stream of cells to a
 * table (header, rows by numbering, categories), with the `degraded` note when the grid could
 * not be checked.
 */
export function buildFromCells(cells: readonly RCell[], region: Region): Found {
  const { lines, file, start, end } = region;
  const warnings: Warning[] = [];
  const streamTexts = cells.map(textOf);
  const header = findHeader(streamTexts) ?? (region.headerOnce ? headerPrintedOnce(streamTexts) : undefined);
  const stream = stripHeaders(cells, header);
  const family = rowFamily(stream.body.map(textOf));
  const body = family ? splitGlued(stream.body, family) : stream.body;
  const texts = body.map(textOf);
  // Place names its agencies start with, from the table's own cells.
  const vocab: Vocabulary = learnPlaces([stream.caption, ...stream.head, ...texts]);
  const problems: string[] = [];
  if (!header) problems.push('no header row printed on more than one page was found');

  let headTexts = stream.head;
  let head: Slot[][] = [];
  let rows: Slot[][] = [];
  const notes: string[] = [];
  const repeated: string[] = [];
  if (family) {
    const { before, rows: grouped } = toRows(texts, family);
    const build = (labels: readonly string[], byKind: boolean) => {
      const kinds = labels.map(columnKind);
      return family === 'serial'
        ? serialRows(before, grouped, { kinds, byKind, vocab })
        : categoryRows(before, grouped, { kinds, byKind, vocab });
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
    repeated.push(...built.repeated);
    const headWidth = headTexts.length;
    const width = Math.max(headWidth, built.width);
    rows = built.rows.map((r) => {
      const only = r[0];
      return built.spanning.has(r) && typeof only === 'object' ? spanningRow(only.text, width) : padRow(r, width);
    });
    // Cells merged in print come out once, in one row of the rows they covered: they span
    // those rows again where the table's groups show it, and the rest is said in a note.
    const labels = Array.from({ length: width }, (_, c) => headTexts[c] ?? '');
    const kinds = labels.map(columnKind);
    const spanned = spanMergedCells(
      rows,
      kinds,
      built.rows.map((r) => !built.untrusted.has(r)),
    );
    rows = spanned.body;
    const note = gapNote(spanned.gaps, rows, labels, kinds);
    if (note) notes.push(note);
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
      notes,
    },
    lines,
    start,
    end,
    file,
  );
  return { start, end, table, warnings, dropped: [...stream.dropped, ...repeated] };
}

/** The header's columns as the row builders see them. */
interface Columns {
  kinds: readonly ColumnKind[];
  /** Lay rows that are not one cell per column over the columns by kind (else keep them in order). */
  byKind: boolean;
  vocab: Vocabulary;
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
  /** Numbered rows that did not fit and keep their cells in printed order (their columns are unchecked). */
  untrusted: Set<Slot[]>;
  /** Cells printed again where a row goes on over a page break (its number and first cell). */
  repeated: string[];
}

/** An empty `Built`, the cells before the first row (a title the header did not take) as its first row. */
function startRows(before: readonly string[]): Built {
  const lead = trimEnd(before);
  return {
    rows: lead.length > 0 ? [textSlots(lead)] : [],
    spanning: new Set(),
    sizes: [],
    fitted: 0,
    exact: 0,
    width: lead.length,
    untrusted: new Set(),
    repeated: [],
  };
}

/** Counts a placed row: its size, and whether it fitted and came exact (`fits` only when there are columns left for it). */
function count(built: Built, placed: Placed, lead: number, room: boolean): void {
  built.sizes.push(lead + placed.size);
  if (placed.fits && room) built.fitted++;
  if (placed.exact && room) built.exact++;
}

/** The slots of a sub-row: the columns before `from` are covered by the row above's cells. */
function subRowSlots(lead: number, placed: Placed, cells: readonly string[]): Slot[] {
  return [...new Array<Slot>(lead + placed.from).fill('up'), ...textSlots(cells)];
}

/**
 * Rows numbered by a bare serial (a 序号 column): nothing stands before that column, so the
 * outline cells before a serial are section headings of the table, one spanning row each.
 */
function serialRows(before: readonly string[], grouped: readonly Row[], columns: Columns): Built {
  const { kinds, byKind, vocab } = columns;
  const limit = kinds.length;
  const built = startRows(before);
  for (const row of grouped) {
    for (const l of row.lead) {
      const r = [{ text: l.text }];
      built.spanning.add(r);
      built.rows.push(r);
    }
    const { cells, repeated } = withoutRepeatedStart(row.cells);
    built.repeated.push(...repeated);
    const placed = placeCells(cells, kinds.slice(0, limit), byKind, vocab);
    count(built, placed, 0, true);
    built.width = Math.max(built.width, placed.cells.length);
    const main = textSlots(placed.cells);
    if (!placed.fits) built.untrusted.add(main);
    built.rows.push(main);
    for (const sub of placed.sub) built.rows.push(subRowSlots(0, placed, sub));
  }
  return built;
}

/**
 * Rows numbered inside the text (1. / （1） / <1>): the outline cells before the number are
 * category columns, one per outline level seen, highest first. A category cell spans down
 * until the next cell of its level or of a higher one (a new 三、 ends the span of （二）).
 */
function categoryRows(before: readonly string[], grouped: readonly Row[], columns: Columns): Built {
  const { kinds, byKind, vocab } = columns;
  const limit = kinds.length;
  const levels = [...new Set(grouped.flatMap((r) => r.lead.map((l) => l.mark.family)))].sort(
    (a, b) => RANK[a] - RANK[b],
  );
  const h = levels.length;
  const built = startRows(before);
  const rows = built.rows;
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
    built.width = Math.max(built.width, row.length);
    rows.push(row);
    return row;
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
    const placed = placeCells(row.cells, kinds.slice(h, limit), byKind, vocab);
    count(built, placed, h, h < limit);
    const main = emit(cats, placed.cells);
    if (!placed.fits || h >= limit) built.untrusted.add(main);
    for (const sub of placed.sub) rows.push(subRowSlots(h, placed, sub));
  }
  return built;
}
