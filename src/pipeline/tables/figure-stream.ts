import type { Line } from '../model.ts';
import { SENTENCE_PUNCT, visibleLength } from '../text/chars.ts';
import { makeTable, padRow, tableWarning, textSlots } from './grid.ts';
import { isHeadingText } from './outline.ts';
import { PrintedLines } from './printed-lines.ts';
import { cleanCell } from './text.ts';
import type { Found, Reader } from './types.ts';

/**
 * A table of figures that the extraction gives cell by cell: the header's lines (labels side by
 * side, the upper header's labels before or after them), then each row's label, often with its
 * first figure, and its other figures one a line (pdftotext's default mode on a page printed
 * landscape, whose cells it reads one block at a time):
 *
 *   二级医院 / 一级医院及基层医疗机构          ← upper header labels
 *   项目名称 医事服务费 三级医院              ← header labels side by side
 *   报销金额 自付金额 医事服务费 报销金额 …
 *   普通门诊 50 / 40 / 10 / 30 / …          ← a row: its label, then a figure a line
 *   副主任医师 60 / 20 / …
 *
 * Found as: a run of lines without a sentence, each of short pieces, holding a header line of
 * three labels or more and, after it, at least as many lines of figures alone as the table has
 * header labels, most of the run's lines. Built as a `degraded` table: the header's lines as
 * printed, a row from each line that opens with words to the next one (words printed in
 * several rows, such as `按比例报销`, are a value, not a row's label). The printed grid is
 * not in the extraction (merged cells leave rows short), so columns may not line up.
 */
export const readFigureStreams: Reader = (lines, file, free, { measure, figuresSpaced }) => {
  const page = new PrintedLines(lines, measure, figuresSpaced);
  const found: Found[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!free[i] || !isStreamLine(page, lines[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && free[j] && isStreamLine(page, lines[j]!) && !endsRun(lines[j]!)) j++;
    const table = streamTable(page, lines, i, j);
    if (table) found.push(buildStream(page, lines, file, table));
    i = j;
  }
  return found;
};

/** Longest piece of a stream line: a label cut to fit a narrow cell, or a figure. */
const MAX_PIECE = 12;
/** Fewest labels of the header line that shows a table. */
const MIN_HEADER_LABELS = 3;
/** Share of the run's lines after the header that hold figures alone. */
const MIN_FIGURE_SHARE = 0.5;

const FIGURE = /^[\d.,%‰/-]+$/u;

/** A line of the stream: pieces short as cells, no sentence, not a heading of the text. */
function isStreamLine(page: PrintedLines, line: Line): boolean {
  if (line.spaceOnly || line.raw.includes('\t') || SENTENCE_PUNCT.test(line.raw) || /[：:]/.test(line.raw))
    return false;
  const pieces = page.pieces(line);
  return pieces.length > 0 && pieces.every((p) => visibleLength(p) <= MAX_PIECE) && !isHeadingText(line.text);
}

/** A line after a blank line that is no figure: the text after the table, or another table. */
function endsRun(line: Line): boolean {
  return line.blanksBefore > 0 && !FIGURE.test(line.text.replace(/\s+/g, ''));
}

const isFigures = (page: PrintedLines, line: Line) => page.pieces(line).every((p) => FIGURE.test(p));

interface Stream {
  start: number;
  /** First line after the header. */
  body: number;
  end: number;
}

/** The table in a run of stream lines, if it is one: from the header's first line to the run's end. */
function streamTable(page: PrintedLines, lines: readonly Line[], i: number, j: number): Stream | undefined {
  const header = lines.slice(i, j).findIndex((l) => isLabelRow(page, l));
  if (header < 0) return undefined;
  let body = i + header + 1;
  while (body < j && isLabelRow(page, lines[body]!)) body++;
  const labels = Math.max(...lines.slice(i + header, body).map((l) => page.pieces(l).length));
  const figures = lines.slice(body, j).filter((l) => isFigures(page, l)).length;
  if (figures < labels || figures < MIN_FIGURE_SHARE * (j - body)) return undefined;
  // The upper header's labels come right before, on the same page (a title stands apart).
  let start = i + header;
  while (
    start > i &&
    isUpperLabel(page, lines[start - 1]!) &&
    !lines[start]!.pageStart &&
    lines[start]!.blanksBefore === 0
  )
    start--;
  return { start, body, end: j };
}

/** Labels side by side, no figure: a header line. */
function isLabelRow(page: PrintedLines, line: Line): boolean {
  const pieces = page.pieces(line);
  return pieces.length >= MIN_HEADER_LABELS && pieces.every((p) => !FIGURE.test(p));
}

function isUpperLabel(page: PrintedLines, line: Line): boolean {
  return page.pieces(line).every((p) => !FIGURE.test(p));
}

const DEGRADED =
  'table given cell by cell: the header is kept line by line as printed, and a row starts at each line that opens with words; the extraction does not keep the grid, so columns may not line up';

function buildStream(page: PrintedLines, lines: readonly Line[], file: string, s: Stream): Found {
  const cells = (l: Line) => page.pieces(l).map(cleanCell);
  const head = lines.slice(s.start, s.body).map(cells);
  const rows = lines.slice(s.body, s.end).map(cells);
  // A row's label is its own; words printed in several rows (`按比例报销`) are a value.
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row[0]!, (seen.get(row[0]!) ?? 0) + 1);
  const body: string[][] = [];
  for (const row of rows) {
    const last = body[body.length - 1];
    if (last && (FIGURE.test(row[0]!) || seen.get(row[0]!)! > 1)) last.push(...row);
    else body.push(row);
  }
  const width = Math.max(...[...head, ...body].map((r) => r.length));
  const table = makeTable(
    {
      shape: 'columns',
      head: head.map((r) => padRow(textSlots(r), width)),
      body: body.map((r) => padRow(textSlots(r), width)),
      degraded: DEGRADED,
    },
    lines,
    s.start,
    s.end,
    file,
  );
  return {
    start: s.start,
    end: s.end,
    table,
    warnings: [tableWarning(file, lines[s.start]!.no, DEGRADED)],
    dropped: [],
  };
}
