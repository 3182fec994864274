import type { Line, Table, Warning } from '../model.ts';

/** What `scanTables` returns: the stage interface declared once, in model.ts. */
export type { Segment } from '../model.ts';

/**
 * A table found by one reader: it claims the lines `start` … `end - 1` (indices into the
 * scanned `Line[]`, not source line numbers).
 */
export interface Found {
  start: number;
  end: number;
  table: Table;
  warnings: Warning[];
  /**
   * Text the reader dropped on purpose because it repeats text kept elsewhere in the table
   * (a header row printed again on every page). The "nothing lost" check allows for it.
   */
  dropped: string[];
}

/** What a reader knows of the page its lines were printed on. */
export interface ReaderPage {
  /**
   * The printed measure of the file's lines in half-width units (a full line of prose), for
   * readers that tell a table's narrow cells from prose.
   */
  measure: number;
  /**
   * The measure is the page's, learned from printed lines, rather than estimated from the lines
   * scanned (paragraph-per-line text, where a table's own cells may set it).
   */
  measureFromPage: boolean;
  /** The file's extraction spaces figures off Chinese (learned from its sentences), when known. */
  figuresSpaced?: boolean;
}

/**
 * A reader looks at the lines not yet claimed (`free[i]`) and returns the tables it finds.
 * Readers run one after another, most specific first; each sees what the previous claimed.
 */
export type Reader = (lines: readonly Line[], file: string, free: readonly boolean[], page: ReaderPage) => Found[];

/**
 * One slot of a rectangular grid before it becomes `TableCell[][]`: a cell that starts here,
 * or a place covered by the cell above (`up`, a rowspan) or to the left (`left`, a colspan).
 */
export type Slot = { text: string } | 'up' | 'left';
