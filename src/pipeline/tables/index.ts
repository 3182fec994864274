/**
 * Table reconstruction: finds the tables in a run of normalized lines and rebuilds them.
 *
 * Shapes (`Table.shape`) and their readers:
 * - `tabs`     tabs.ts     tab-separated rows (paragraph-per-line extraction);
 * - `rotated`  rotated.ts  landscape pages read one or two characters per line;
 * - `spaces`   spaces.ts   statistics rows of space-separated values under `表 N` captions;
 * - `columns`  columns.ts  lists laid out as columns (member lists, numbered lists, key/value),
 *              stacked.ts  and tables printed cell after cell in narrow columns;
 * - `printed`  printed.ts  printed pages as a text extractor reads them back (pdftotext, default
 *              or -layout): the cells of a printed line side by side, the header printed again
 *              on every page (printed-header.ts); the grid rebuilt from positions where the
 *              lines keep them (layout-grid.ts), else one row per printed line, `degraded`;
 * - `columns`  figure-stream.ts  tables of figures the extraction gives cell by cell, a figure a
 *              line after the header's labels (`degraded`);
 * - `columns`  column-blocks.ts  lists the extraction gives column after column, one cell a line
 *              (under their labels: readLabelledColumns, before the stacked reader);
 * - `columns`  trailing-column.ts  numbered lists given row by row, a wide column a block after
 *              a page's rows under its label (over pages; where a cell stacks names, `degraded`);
 * - `columns`  form-rows.ts  forms of labels and values given row by row, a cell a line.
 *
 * The rotated and cell-by-cell readers cut their lines into a stream of cells (cell-stream.ts)
 * and share the rest: the header printed on every page (header.ts), rows from the numbering
 * (numbering.ts, outline.ts), header labels cut or glued (labels.ts), each row's cells placed
 * under the columns (place.ts) by kind (kinds.ts, align.ts), cells merged in print spanning
 * their rows again (merged.ts), the table built (from-cells.ts).
 * The words they know are in vocabulary.ts; nothing names a place or an issuer.
 *
 * Conventions of the tables produced:
 * - `head`/`body` follow HTML semantics: a row lists the cells that start in it; places
 *   covered by another cell's `rowspan`/`colspan` are left out (grid.ts). A category cell
 *   spanning the following rows is given once with `rowspan`, never repeated; a section row
 *   (`第一季度上会议题`) is one cell with `colspan` = the table width. Rows are padded with ''
 *   cells to the table width.
 * - A header printed again on every page is kept once.
 * - Wrapped pieces of one cell are joined without a separator (a space only between two Latin
 *   words); several names stacked in one cell, each a printed line of its own, are joined
 *   with '\n' (render as line breaks).
 * - Letter-spacing (`召 集 人：`, `孙  硕`) and the extraction's spaces between Chinese and
 *   digits are closed up, as the normalizer does for prose.
 * - A cell merged in print over several rows spans them again (`rowspan`) where the table's
 *   structure shows it; an empty cell the source leaves undecided (merged with a neighbour,
 *   or empty in print) is named in the table's `notes`, never filled by guess.
 * - `degraded` says what could not be rebuilt (each such table also gives a Warning).
 * Nothing depends on line numbers, file names or particular notices.
 */
import type { Line, PageFacts, Warning } from '../model.ts';
import { readColumnBlocks, readLabelledColumns } from './column-blocks.ts';
import { readColumnLists } from './columns.ts';
import { readFigureStreams } from './figure-stream.ts';
import { readFormRows } from './form-rows.ts';
import { accounting, tableWarning, unrepeated } from './grid.ts';
import { readPrintedTables } from './printed.ts';
import { readRotatedTables } from './rotated.ts';
import { readSpaceTables } from './spaces.ts';
import { readStackedTables } from './stacked.ts';
import { readTabTables } from './tabs.ts';
import { readTrailingColumns } from './trailing-column.ts';
import { PROSE_PUNCT, displayWidth, visibleLength, withoutSpaces } from '../text/chars.ts';
import { cleanCell } from './text.ts';
import type { Found, Reader, ReaderPage, Segment } from './types.ts';

export type { Segment } from './types.ts';

/**
 * Readers, most specific first: each claims lines the earlier ones left free. Tabs cannot be
 * confused with anything; rotated pages are unmistakable runs of one-character lines; stacked
 * tables need a run of row numbers among narrow lines; the space-separated, printed and column
 * readers look at ordinary-looking lines and so come last (the printed reader leaves a region
 * to the column reader when that one rebuilds it cleanly).
 */
const READERS: readonly Reader[] = [
  readTabTables,
  readRotatedTables,
  readLabelledColumns,
  readTrailingColumns,
  readFormRows,
  readStackedTables,
  readSpaceTables,
  readPrintedTables,
  readFigureStreams,
  readColumnBlocks,
  readColumnLists,
];

/**
 * Finds the tables in a run of lines. Returns segments covering every input line exactly once,
 * in order: table segments hold a rebuilt `Table`, text segments are left to the paragraph
 * builder. Warnings say where a table could only be rebuilt in part (`degraded`) and where a
 * table reader had to guess.
 */
export function scanTables(
  lines: Line[],
  file: string,
  page: PageFacts = {},
): { segments: Segment[]; warnings: Warning[] } {
  const measure = page.measure ?? measureOf(lines);
  const free = lines.map(() => true);
  const found: Found[] = [];
  for (const read of READERS) {
    const facts: ReaderPage = {
      measure,
      measureFromPage: page.measure !== undefined,
      ...(page.figuresSpaced === undefined ? {} : { figuresSpaced: page.figuresSpaced }),
    };
    for (const f of read(lines, file, free, facts)) {
      found.push(f);
      for (let k = f.start; k < f.end; k++) free[k] = false;
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const [n, f] of found.entries()) found[n] = withCaption(f, lines, free);

  const warnings: Warning[] = [];
  const { kept, overlapping } = withoutOverlaps(found);
  // A reader bug, not a property of the source: two tables would show the same lines twice.
  for (const f of overlapping)
    warnings.push(
      tableWarning(
        file,
        f.table.span.line,
        'table reader claimed lines another table holds; this table is left out and its other lines kept as text',
      ),
    );
  const segments: Segment[] = [];
  let at = 0;
  for (const f of kept) {
    if (f.start > at) segments.push({ kind: 'text', lines: lines.slice(at, f.start) });
    warnings.push(...f.warnings);
    const { missing, extra } = accounting(f, lines);
    // A reader bug, not a property of the source: say so loudly rather than lose or invent text.
    if (missing !== '')
      warnings.push(tableWarning(file, f.table.span.line, `table lost characters of its source lines: ${missing}`));
    if (extra !== '')
      warnings.push(tableWarning(file, f.table.span.line, `table has characters not in its source lines: ${extra}`));
    const lost = unrepeated(f);
    if (lost.length > 0)
      warnings.push(
        tableWarning(
          file,
          f.table.span.line,
          `table dropped as repeated text it keeps nowhere else: ${lost.join(' ')}`,
        ),
      );
    segments.push({ kind: 'table', table: f.table, lines: lines.slice(f.start, f.end), repeated: f.dropped });
    at = f.end;
  }
  if (at < lines.length) segments.push({ kind: 'text', lines: lines.slice(at) });
  return { segments, warnings };
}

/** Tables in order of their first line, but for those starting inside the one before. */
export function withoutOverlaps<T extends { start: number; end: number }>(
  found: readonly T[],
): { kept: T[]; overlapping: T[] } {
  const kept: T[] = [];
  const overlapping: T[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) overlapping.push(f);
    else kept.push(f);
  }
  return { kept, overlapping };
}

/** Share of lines at most as wide as the measure: most lines of a page are full lines of prose. */
const MEASURE_PERCENTILE = 0.9;

/** The printed measure when the caller does not know it: a high percentile of line widths. */
function measureOf(lines: readonly Line[]): number {
  const widths = lines
    .map((l) => displayWidth(withoutSpaces(l.raw)))
    .filter((w) => w > 0)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length * MEASURE_PERCENTILE)] ?? 0;
}

/**
 * A `表 N …` line right above a table that has no caption yet is its caption, whatever the
 * shape (the space-separated reader finds its own; this covers the others).
 */
function withCaption(f: Found, lines: readonly Line[], free: boolean[]): Found {
  const k = f.start - 1;
  const line = lines[k];
  if (!line || !free[k] || f.table.caption !== undefined) return f;
  const t = line.raw.trim();
  if (!/^表\s*\d+/.test(t) || visibleLength(t) > 40 || PROSE_PUNCT.test(t)) return f;
  free[k] = false;
  const table = { ...f.table, caption: cleanCell(line.raw), span: { ...f.table.span, line: line.no } };
  return { ...f, start: k, table };
}
