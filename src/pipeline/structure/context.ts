import type { Geometry, TableScanner, Warning } from '../model.ts';

export type { Segment, TableScanner } from '../model.ts';

/** What every structure function needs to know about the file it works on. */
export interface ParseContext {
  file: string;
  /** How the file lays out its text (layout/geometry.ts). */
  geometry: Geometry;
  scanTables: TableScanner;
  warnings: Warning[];
}

/** A scanner that finds no table: everything stays text. */
export const noTables: TableScanner = (lines) => ({ segments: [{ kind: 'text', lines }], warnings: [] });

/** Records a build warning about a notice at a source line. */
export function warnAt(ctx: ParseContext, line: number, notice: string, message: string): void {
  ctx.warnings.push({ file: ctx.file, line, notice, message });
}
