import type { Layout, Line, TableScanner, Warning } from '../model.ts';

export type { Segment, TableScanner } from '../model.ts';

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
