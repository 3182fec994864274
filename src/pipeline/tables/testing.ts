import { expect } from 'vitest';
import type { Table, TableCell } from '../model.ts';
import type { Segment } from './types.ts';

/** Test-only helpers shared by the table tests. */

/** Cells as compact strings: text, then ↓n for a rowspan and →n for a colspan. */
export function show(row: readonly TableCell[] | undefined): string[] {
  return (row ?? []).map((c) => c.text + (c.rowspan ? `↓${c.rowspan}` : '') + (c.colspan ? `→${c.colspan}` : ''));
}

/**
 * A line as `pdftotext -layout` sets it: each text at its column, counted in characters (a
 * full-width character is one), as far right as the text before it lets it.
 */
export function placed(...cells: [number, string][]): string {
  let line = '';
  for (const [at, text] of cells) line += ' '.repeat(Math.max(line === '' ? 0 : 1, at - [...line].length)) + text;
  return line;
}

export function tables(segments: readonly Segment[]): Table[] {
  return segments.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
}

export function coversOnce(segments: readonly Segment[], count: number): void {
  const seen = segments.flatMap((s) => s.lines.map((l) => l.no));
  expect(seen.length).toBe(count);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(new Set(seen).size).toBe(count);
}
