import type { Line, SourceFile } from '../model.ts';
import { stripLineMarkup } from './markup.ts';
import { pageNumberOf } from './page-number.ts';
import { runningHeads } from './running-head.ts';
import { fixSpacing } from '../text/spacing.ts';

export interface NormalizedFile {
  lines: Line[];
  /** Printed page numbers found, with the source line they stood on (they end a page). */
  pageNumbers: { page: number; line: number }[];
  /** Running heads and feet taken out, with the source line they stood on. */
  runningHeads: { text: string; line: number }[];
}

/**
 * Turns a source file into printed lines: page-number lines and running heads removed
 * (remembered), blank lines folded into `blanksBefore`, spacing and markup artifacts repaired.
 * Lines holding only whitespace are kept (empty text, `spaceOnly`) because rotated tables
 * use them as cell separators.
 */
export function normalizeLines(file: SourceFile): NormalizedFile {
  const raw = file.text.split('\n');
  const lines: Line[] = [];
  const pageNumbers: { page: number; line: number }[] = [];
  let blanks = 0;
  let pageBreak = false;
  const feedsMarkPages = file.text.includes('\f');
  raw.forEach((line, i) => {
    const no = i + 1;
    // pdftotext ends every page with a form feed, so the next page's first line starts with one.
    const feeds = /^\f+/.exec(line)?.[0].length ?? 0;
    if (feeds > 0) pageBreak = true;
    const source = line.slice(feeds).replace(/\f+$/, '');
    if (source === '') {
      if (feeds === 0) blanks++;
      return;
    }
    const page = pageNumberOf(source);
    if (page !== undefined) {
      pageNumbers.push({ page, line: no });
      return;
    }
    const spaceOnly = source.trim() === '';
    lines.push({
      no,
      raw: source,
      text: spaceOnly ? '' : stripLineMarkup(fixSpacing(source)),
      // A form feed starts a page; one extractor instead starts each new page with one space
      // (indented table cells use more). Where form feeds mark the pages, a leading space is
      // only indentation (pdftotext -layout centres lines with spaces).
      pageStart: !spaceOnly && (pageBreak || (!feedsMarkPages && /^ (?! )/.test(source))),
      blanksBefore: blanks,
      indent: spaceOnly ? 0 : indentOf(source),
      spaceOnly,
    });
    if (!spaceOnly) pageBreak = false;
    blanks = 0;
  });
  const heads = runningHeads(lines);
  const kept: Line[] = [];
  // A page still starts where its running head stood: the next line kept opens it.
  let opensPage = false;
  lines.forEach((line, k) => {
    if (heads.has(k)) {
      opensPage ||= line.pageStart;
      return;
    }
    if (opensPage && line.text !== '') {
      line.pageStart = true;
      opensPage = false;
    }
    kept.push(line);
  });
  assignPages(kept, pageNumbers);
  return {
    lines: kept,
    pageNumbers,
    runningHeads: [...heads].sort((a, b) => a - b).map((k) => ({ text: lines[k]!.text, line: lines[k]!.no })),
  };
}

/** Leading white space in half-width columns (an ideographic space, as web copies indent with, is two). */
export function indentOf(source: string): number {
  let width = 0;
  for (const ch of source) {
    if (ch === ' ' || ch === '\u00a0') width += 1;
    else if (ch === '\u3000') width += 2;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/**
 * Gives each line its printed page where page numbers make it known: a page-number line
 * closes a page, and page starts count forward and backward from there.
 */
function assignPages(lines: Line[], pageNumbers: { page: number; line: number }[]): void {
  if (pageNumbers.length === 0) return;
  // Index of the printed page each line is on, counting page starts from 0.
  let index = 0;
  const indexOf = lines.map((l, k) => (k > 0 && l.pageStart ? ++index : index));
  // Map each page-number line to the page index of the line just before it.
  const anchors: { index: number; page: number }[] = [];
  for (const pn of pageNumbers) {
    let k = lines.findIndex((l) => l.no > pn.line) - 1;
    if (k < 0) k = lines.length - 1;
    anchors.push({ index: indexOf[k] ?? 0, page: pn.page });
  }
  let a = 0;
  lines.forEach((line, k) => {
    const idx = indexOf[k] ?? 0;
    while (a + 1 < anchors.length && anchors[a + 1]!.index <= idx) a++;
    const anchor = anchors[a]!;
    const page = anchor.page + (idx - anchor.index);
    if (page > 0) line.page = page;
  });
}
