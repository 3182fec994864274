/**
 * The header of a printed table (printed.ts): label lines at its top, printed again at every
 * page break. In the default mode of pdftotext a copy may come in other lines and another
 * order, part of it at the foot of the page before, so copies are known by their pieces: the
 * header's vocabulary is the pieces of the label lines above the first row that come back
 * near most page breaks.
 */
import { range } from '../text/lines.ts';
import { ATTACHMENT_LABEL } from '../grammar/patterns.ts';
import type { Line } from '../model.ts';
import { keepsPlaces, type PrintedLines } from './printed-lines.ts';

/** Most lines a header takes (labels wrapped in narrow cells, cut into blocks). */
export const MAX_HEADER_LINES = 8;
/** Lines before a page break that may hold part of the next page's header (a block the default mode read last). */
const BEFORE_BREAK = 4;

export interface PrintedHeader {
  /** Lines of the header's first print. */
  head: number[];
  /** Its pieces (labels and parts of labels), to know it printed again at a page break. */
  vocabulary: Set<string>;
  /**
   * Labels printed again once on every page, anywhere on it: the default mode of pdftotext
   * reads a page column block by column block, each block under its label, so a label may come
   * after the first row's cells (the first page's go to the header), or a copy's label block
   * away from the page break.
   */
  late?: Set<string>;
}

/**
 * A label line of a header: short labels, not a heading or an attachment label of the text.
 * `repeated`: the line is compared with a header's copies, so a longer single label counts.
 */
export function isLabel(page: PrintedLines, line: Line, repeated = false): boolean {
  const label = repeated ? page.isRepeatedLabel(line) : page.isHeader(line);
  return label && !ATTACHMENT_LABEL.test(line.text) && !page.isHeading(line);
}

/** A label line made of the header's pieces only: a line of a copy. */
export function isCopyLine(page: PrintedLines, line: Line, vocabulary: ReadonlySet<string>): boolean {
  return isLabel(page, line, true) && page.pieces(line).every((p) => vocabulary.has(p));
}

/** A label line mostly of the header's pieces: the first print may hold labels no copy repeats. */
function isHeadLine(page: PrintedLines, line: Line, vocabulary: ReadonlySet<string>): boolean {
  const pieces = page.pieces(line);
  return isLabel(page, line, true) && pieces.filter((p) => vocabulary.has(p)).length * 2 >= pieces.length;
}

/**
 * The header of the table whose first row line is `firstRow`, in the run `[i, j)`: the label
 * lines above it. When their pieces come back near the page breaks that follow, the table goes
 * on over pages and those pieces are its vocabulary; the header is then the lines made of them
 * on the page where they are first printed.
 */
export function findHeader(
  page: PrintedLines,
  lines: readonly Line[],
  i: number,
  j: number,
  firstRow: number,
): PrintedHeader | undefined {
  const above: number[] = [];
  for (let k = i; k < firstRow; k++) if (isLabel(page, lines[k]!, true)) above.push(k);
  const vocabulary = repeatedPieces(page, lines, above, firstRow, j);
  if (vocabulary.size >= 2) {
    const first = above.find((k) => isHeadLine(page, lines[k]!, vocabulary));
    if (first !== undefined) {
      let next = first + 1;
      while (next < firstRow && !lines[next]!.pageStart) next++;
      const own = above.filter((k) => k >= first && k < next && isHeadLine(page, lines[k]!, vocabulary));
      // Labels no copy repeats (a page's copy may lack some) between the header's own lines are its too.
      const head = above.filter((k) => k >= first && k <= own[own.length - 1]!);
      // The default mode reads a page's column blocks one after another: labels of the first
      // print read after the first row's cells, on that page, are the header's too.
      const after: number[] = [];
      for (let k = firstRow; k < j && !lines[k]!.pageStart; k++) if (isLabel(page, lines[k]!, true)) after.push(k);
      const shown = new Set(head.flatMap((k) => page.pieces(lines[k]!)));
      // Without positions a page's copy may print any of its label blocks away from the break.
      const late = lateLabels(page, lines, keepsPositions(lines, i, j) ? after : [...above, ...after], j);
      const lateLines = [...above.filter((k) => k < first), ...after].filter(
        (k) => isLateLine(page, lines[k]!, late) && page.pieces(lines[k]!).every((p) => !shown.has(p)),
      );
      const all = [...head, ...lateLines].sort((a, b) => a - b);
      // A character alone right under the header is a label's cut tail (`责任单` / `位`).
      for (let k = all[all.length - 1]! + 1; k < firstRow && isTail(page, lines[k]!); k++) all.push(k);
      return { head: all, vocabulary, ...(late.size > 0 ? { late } : {}) };
    }
  }
  // One page, or no copy found: the label lines right above the first row.
  let s = firstRow;
  while (s - 1 >= i && firstRow - s < MAX_HEADER_LINES && isLabel(page, lines[s - 1]!)) s--;
  if (s === firstRow) return undefined;
  const head = range(s, firstRow);
  return { head, vocabulary: new Set(head.flatMap((k) => page.pieces(lines[k]!))) };
}

/**
 * Share of the later pages a label printed below the first row on the first page must come
 * back on, once each: such a line may as well be a cell's wrapped piece (`市政管`, `光`),
 * which comes back on some pages, or several times on one.
 */
const LATE_SHOWS = 2 / 3;
/** … and on two of them at least: one page tells a label from a cell printed twice by chance no better than a coin. */
const MIN_LATE_SHOWS = 2;
/** Shortest late label: a whole label (`完成时限`), not a cut piece a cell may end with too (`位`). */
const MIN_LATE_LABEL = 2;
/** Share of the header's pieces a page break must show for its label lines to be a copy. */
const COPY_SHOWS = 1 / 3;

/**
 * Lines printing the header again in `[from, to)`: made of its pieces, near a page break that
 * shows a good part of them (a cell that happens to hold one label is no copy). In the default
 * mode a copy's blocks may be apart, a cell of the first row between them.
 */
export function headerCopies(
  page: PrintedLines,
  lines: readonly Line[],
  header: Pick<PrintedHeader, 'vocabulary' | 'late'> & { head?: readonly number[] },
  from: number,
  to: number,
): number[] {
  const { late } = header;
  const vocabulary = late ? new Set([...header.vocabulary, ...late]) : header.vocabulary;
  const copies = new Set<number>();
  // With positions kept (-layout) a copy opens its page: lines that repeat the header below
  // other lines of the page (a title) head a table of their own (printed.ts splits there).
  const positioned = keepsPositions(lines, from, to);
  for (const [s, e, p] of breakZones(lines, from, to)) {
    const at: number[] = [];
    let open = true;
    for (let k = s; k < e; k++) {
      // A character alone at the foot of the page before is a cell's tail as often as a label's.
      const copy = isCopyLine(page, lines[k]!, vocabulary) && !(k < p && isTail(page, lines[k]!));
      if (positioned && lines[k]!.pageStart) open = true;
      if (copy && (!positioned || open)) at.push(k);
      else if (positioned && lines[k]!.text !== '' && k >= p) open = false;
    }
    const shown = new Set(at.flatMap((k) => page.pieces(lines[k]!)));
    if (shown.size >= COPY_SHOWS * vocabulary.size) for (const k of at) copies.add(k);
  }
  if (late)
    for (const [s, e] of pagesAfter(lines, from, to))
      for (let k = s; k < e; k++) if (isLateLine(page, lines[k]!, late)) copies.add(k);
  // A copy's cut tails (`位` under `责任单`) follow its lines as they follow the header's.
  const tails = new Set(
    (header.head ?? []).filter((k) => isTail(page, lines[k]!)).flatMap((k) => page.pieces(lines[k]!)),
  );
  for (const k of [...copies]) {
    let next = k + 1;
    while (next < to && lines[next]!.text === '') next++;
    if (
      next < to &&
      !copies.has(next) &&
      isTail(page, lines[next]!) &&
      page.pieces(lines[next]!).every((p) => tails.has(p))
    )
      copies.add(next);
  }
  return [...copies].sort((a, b) => a - b);
}

/** A label line of characters standing alone (`位`, `作 务`): the cut tails of labels. */
function isTail(page: PrintedLines, line: Line): boolean {
  const pieces = page.pieces(line);
  return pieces.length > 0 && isLabel(page, line, true) && pieces.every((p) => [...p].length === 1);
}

/** A label line made of late labels only. */
function isLateLine(page: PrintedLines, line: Line, late: ReadonlySet<string>): boolean {
  return late.size > 0 && isLabel(page, line, true) && page.pieces(line).every((p) => late.has(p));
}

/**
 * Labels printed once a page, anywhere on it: whole labels (not a cut piece) of the first
 * print's label lines `printed` (on the first page), each on a label line exactly once on most
 * later pages and never twice on one.
 */
function lateLabels(page: PrintedLines, lines: readonly Line[], printed: readonly number[], j: number): Set<string> {
  const candidates = new Set(
    printed.flatMap((k) => page.pieces(lines[k]!)).filter((p) => [...p].length >= MIN_LATE_LABEL),
  );
  const pages = pagesAfter(lines, printed[0] ?? j, j);
  if (candidates.size === 0 || pages.length < MIN_LATE_SHOWS) return new Set();
  const once = new Map<string, number>();
  const twice = new Set<string>();
  for (const [s, e] of pages) {
    const n = new Map<string, number>();
    for (let k = s; k < e; k++)
      if (isLabel(page, lines[k]!, true))
        for (const p of page.pieces(lines[k]!)) if (candidates.has(p)) n.set(p, (n.get(p) ?? 0) + 1);
    for (const [p, c] of n) {
      if (c === 1) once.set(p, (once.get(p) ?? 0) + 1);
      else twice.add(p);
    }
  }
  return new Set([...once].filter(([p, c]) => !twice.has(p) && c >= LATE_SHOWS * pages.length).map(([p]) => p));
}

/** The pages that start after `from` in `[from, j)`, each to the next page start. */
function pagesAfter(lines: readonly Line[], from: number, j: number): [number, number][] {
  const starts: number[] = [];
  for (let p = from + 1; p < j; p++) if (lines[p]!.pageStart) starts.push(p);
  return starts.map((p, n) => [p, starts[n + 1] ?? j]);
}

/**
 * The pieces of the label lines `above` that come back near a good part of the page breaks
 * after them (at least one; in the default mode a page's copy may lack some labels), and are
 * not printed more often among the rows away from page breaks (a cell `是` near a break is no
 * label; a label's cut tail `作` may also end a cell).
 */
function repeatedPieces(
  page: PrintedLines,
  lines: readonly Line[],
  above: readonly number[],
  firstRow: number,
  j: number,
): Set<string> {
  const own = new Set(above.flatMap((k) => page.pieces(lines[k]!)));
  const zones = breakZones(lines, above[0] ?? firstRow, j);
  const counts = new Map<string, number>();
  const near = new Set<number>();
  for (const [s, e] of zones) {
    const seen = new Set<string>();
    for (let k = s; k < e; k++) {
      near.add(k);
      if (isLabel(page, lines[k]!, true)) for (const p of page.pieces(lines[k]!)) seen.add(p);
    }
    for (const p of seen) if (own.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const away = new Map<string, number>();
  for (let k = firstRow; k < j; k++)
    if (!near.has(k)) for (const p of page.pieces(lines[k]!)) away.set(p, (away.get(p) ?? 0) + 1);
  return new Set(
    [...counts].filter(([p, n]) => n >= COPY_SHOWS * zones.length && (away.get(p) ?? 0) <= n).map(([p]) => p),
  );
}

/** Some line of `[from, to)` has pieces apart by a run of spaces: the extraction kept positions. */
export function keepsPositions(lines: readonly Line[], from: number, to: number): boolean {
  return lines.slice(from, to).some(keepsPlaces);
}

/**
 * The lines `[s, e)` around each page break `p` after `from` in `[from, j)` where a header copy
 * may be printed.
 */
function breakZones(lines: readonly Line[], from: number, j: number): [number, number, number][] {
  const zones: [number, number, number][] = [];
  for (let p = from + 1; p < j; p++) {
    if (lines[p]!.pageStart) zones.push([Math.max(from + 1, p - BEFORE_BREAK), Math.min(j, p + MAX_HEADER_LINES), p]);
  }
  return zones;
}
