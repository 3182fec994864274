import type { Line, SourceFile } from '../model.ts';
import { stripLineMarkup } from './markup.ts';
import { pageNumberOf } from './page-number.ts';
import { fixSpacing } from '../text/spacing.ts';

export interface NormalizedFile {
  lines: Line[];
  /** Printed page numbers found, with the source line they stood on (they end a page). */
  pageNumbers: { page: number; line: number }[];
}

/**
 * Turns a source file into printed lines: page-number lines removed (remembered as page
 * numbers), blank lines folded into `blanksBefore`, spacing and markup artifacts repaired.
 * Lines holding only whitespace are kept (empty text, `spaceOnly`) because rotated tables
 * use them as cell separators.
 */
export function normalizeLines(file: SourceFile): NormalizedFile {
  const raw = file.text.split('\n');
  const lines: Line[] = [];
  const pageNumbers: { page: number; line: number }[] = [];
  let blanks = 0;
  raw.forEach((source, i) => {
    const no = i + 1;
    if (source === '') {
      blanks++;
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
      // The extractor starts each new printed page with one space; indented table cells use more.
      pageStart: /^ (?! )/.test(source) && !spaceOnly,
      blanksBefore: blanks,
      spaceOnly,
    });
    blanks = 0;
  });
  assignPages(lines, pageNumbers);
  return { lines, pageNumbers };
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
