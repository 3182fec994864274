import { expect } from 'vitest';
import type { Table, TableCell } from '../model.ts';
import type { Segment } from './types.ts';

/** Test-only helpers shared by the table tests. */

/** Cells as compact strings: text, then ↓n for a rowspan and →n for a colspan. */
export function show(row: readonly TableCell[] | undefined): string[] {
  return (row ?? []).map((c) => c.text + (c.rowspan ? `↓${c.rowspan}` : '') + (c.colspan ? `→${c.colspan}` : ''));
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
