import type { Layout, Line, Table, Warning } from '../model.ts';

/**
 * What a table scanner returns, in order: every input line in exactly one segment. A table
 * segment also names the text its lines printed more than once but the table holds once
 * (`repeated`: header copies at page breaks, a cell printed twice), so that the visible
 * characters of `lines` are exactly those of the table plus those of `repeated`.
 */
export type Segment =
  { kind: 'text'; lines: Line[] } | { kind: 'table'; table: Table; lines: Line[]; repeated: string[] };

/** Finds tables in a run of lines; the rest is left as text segments, in order. */
export type TableScanner = (lines: Line[], file: string) => { segments: Segment[]; warnings: Warning[] };

/** What every structure function needs to know about the file it works on. */
export interface ParseContext {
  file: string;
  layout: Layout;
  /** Printed measure of wrapped lines, in half-width units. */
  measure: number;
  scanTables: TableScanner;
  warnings: Warning[];
}

/** A scanner that finds no table: everything stays text. */
export const noTables: TableScanner = (lines) => ({ segments: [{ kind: 'text', lines }], warnings: [] });
