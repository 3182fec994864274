import type { Table, TableCell } from '../model.ts';

/**
 * How wide a table wants to be, from its columns and what they hold, measured in characters of
 * the table's print face (10.5 pt 仿宋, src/styles/print.css): whether the portrait type area of
 * GB/T 9704 (156 mm) can hold it without squeezing a column to a ribbon. A table that it cannot
 * hold prints on landscape pages (225 mm) and, on screen, may take the width of the page beside
 * the text column (`data-wide` on its `div.gw-table`). Decided from the data, so any notice's
 * table is judged the same way.
 */

/** 156 mm in characters of 10.5 pt (1 pt = 25.4/72 mm). */
export const PORTRAIT_CHARS = 156 / ((10.5 * 25.4) / 72);
/** 225 mm, the type area's width on a landscape page, in characters of 10.5 pt. */
export const LANDSCAPE_CHARS = 225 / ((10.5 * 25.4) / 72);
/** Every column is at least three characters wide in print (`min-width: 3em`): no date set one character a line. */
export const MIN_CHARS = 3;
/**
 * A column of text reads well from about eight characters a line; narrower, a phrase of a 公文
 * (区人力社保局, 2017年12月底前) breaks on every line. A column holding less keeps its own width.
 */
export const READABLE_CHARS = 8;
/** Cell padding (3 pt each side) and rule (0.5 pt), in characters of 10.5 pt. */
export const CELL_CHARS = 6.5 / 10.5;

/** Characters a text takes on one line: CJK and full-width forms one, anything else about half. */
export function textChars(text: string): number {
  let width = 0;
  for (const ch of text) {
    width +=
      /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2014\u2026\u201C\u201D\u2018\u2019]/u.test(
        ch,
      )
        ? 1
        : 0.5;
  }
  return width;
}

/** The longest line of a cell (cells keep stacked names on their own lines). */
const cellChars = (cell: TableCell) => Math.max(0, ...cell.text.split('\n').map(textChars));

export interface TableWidth {
  columns: number;
  /** Per column: the longest line of its one-column cells, in characters. */
  longest: number[];
  /**
   * Per column of phrases (names of agencies, deadlines: most of its lines no longer than
   * PHRASE_CHARS), the width that keeps each of them on one line; undefined for a column of
   * running text, which wraps anywhere. Print and screen give such a column at least this width
   * (a `col` of the table), so that `区园林绿化局` is not set `区园林` / `绿化局` beside a wide
   * column of prose. Only for a wide table (a narrow one gives every column its readable width
   * anyway), and for no column when the phrases alone would overfill the landscape page.
   */
  phrases: (number | undefined)[];
  /** Characters the table needs with every column at a readable width, padding included. */
  readable: number;
  /** More than the portrait type area holds: set on landscape pages. */
  wide: boolean;
}

/**
 * The columns of a table laid out as HTML lays them out (a cell spanning rows covers the same
 * column in the rows below), each column's longest line, and the width the table needs when each
 * column gets its longest line but at most READABLE_CHARS (at least MIN_CHARS). Cells spanning
 * several columns (a section row, a group header) do not widen a column.
 */
export function tableWidth(table: Pick<Table, 'head' | 'body'>): TableWidth {
  const longest: number[] = [];
  const lines: number[][] = [];
  const covered: number[] = []; // rows still covered in each column by a cell above
  for (const row of [...table.head, ...table.body]) {
    let col = 0;
    for (const cell of row) {
      while ((covered[col] ?? 0) > 0) col++;
      const span = Math.max(1, cell.colspan ?? 1);
      const down = Math.max(1, cell.rowspan ?? 1);
      if (span === 1) {
        longest[col] = Math.max(longest[col] ?? 0, cellChars(cell));
        (lines[col] ??= []).push(
          ...cell.text
            .split('\n')
            .filter((l) => l !== '')
            .map(textChars),
        );
      }
      for (let c = col; c < col + span; c++) {
        covered[c] = down;
        longest[c] ??= 0;
      }
      col += span;
    }
    for (let c = 0; c < covered.length; c++) if ((covered[c] ?? 0) > 0) covered[c]!--;
  }
  const columns = longest.length;
  const readable = longest.reduce(
    (sum, chars) => sum + Math.min(READABLE_CHARS, Math.max(MIN_CHARS, chars)) + CELL_CHARS,
    0,
  );
  const wide = readable > PORTRAIT_CHARS;
  return {
    columns,
    longest,
    readable,
    wide,
    phrases: phraseWidths(
      longest.map((_, c) => lines[c] ?? []),
      wide,
    ),
  };
}

/** Longest phrase kept on one line: the name of an agency (`区城管监督指挥中心`) runs to about ten characters. */
export const PHRASE_CHARS = 10;
/** Share of a column's lines that must be phrases for it to be a column of phrases. */
const PHRASE_SHARE = 0.9;

function phraseWidths(columns: readonly number[][], wide: boolean): (number | undefined)[] {
  // A table the portrait type area holds gives each column its readable width already.
  if (!wide) return columns.map(() => undefined);
  const widths = columns.map((ls) => {
    const phrases = ls.filter((w) => w <= PHRASE_CHARS);
    if (ls.length === 0 || phrases.length < PHRASE_SHARE * ls.length) return undefined;
    const w = Math.ceil(Math.max(...phrases));
    return w > MIN_CHARS ? w : undefined;
  });
  // Columns of prose keep at least MIN_CHARS; the page (landscape when wide) must hold it all.
  const needed = widths.reduce<number>((sum, w) => sum + (w ?? MIN_CHARS) + CELL_CHARS, 0);
  return needed <= LANDSCAPE_CHARS ? widths : widths.map(() => undefined);
}
