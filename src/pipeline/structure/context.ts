import type { Layout, Line, Table, Warning } from '../model.ts';

export type Segment =
  | { kind: 'text'; lines: Line[] }
  /** `repeated`: text left out because it repeats the table (header copies at page breaks). */
  | { kind: 'table'; table: Table; lines: Line[]; repeated?: string[] };

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
