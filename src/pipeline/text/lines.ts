/**
 * Helpers over printed lines (`Line[]`), used by every stage after the normalizer. A line with
 * empty text is a separator (a whitespace-only source line); blank source lines are not lines
 * at all but counted in the next line's `blanksBefore`.
 */
import type { Line, SourceSpan } from '../model.ts';

/** Index of the first line with text at or after `from`, or -1. */
export function nextTextLine(lines: readonly Line[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k]!.text !== '') return k;
  return -1;
}

/**
 * Blank and whitespace-only source lines between line k and the text line before it:
 * 0 means the two printed lines follow each other directly (a wrapped title, say).
 */
export function gapBefore(lines: readonly Line[], k: number): number {
  let gap = lines[k]!.blanksBefore;
  for (let j = k - 1; j >= 0 && lines[j]!.text === ''; j--) gap += 1 + lines[j]!.blanksBefore;
  return gap;
}

/** The texts of the lines that have text, in order. */
export function lineTexts(lines: readonly Line[]): string[] {
  return lines.filter((l) => l.text !== '').map((l) => l.text);
}

/** Source line of the first line with text. */
export function firstTextNo(lines: readonly Line[]): number | undefined {
  return lines.find((l) => l.text !== '')?.no;
}

/** The source lines a run of lines covers. */
export function spanOf(file: string, lines: readonly Line[]): SourceSpan {
  const first = lines[0]?.no ?? 0;
  const last = lines[lines.length - 1]?.no ?? first;
  return last > first ? { file, line: first, endLine: last } : { file, line: first };
}

/** Printed gazette pages a run of lines is on, where page numbers made them known. */
export function printedPages(lines: readonly Line[]): { first: number; last: number } | undefined {
  const pages = lines.map((l) => l.page).filter((p): p is number => p !== undefined);
  if (pages.length === 0) return undefined;
  return { first: Math.min(...pages), last: Math.max(...pages) };
}

/** The indices `from` … `to - 1` (none when `to` is not past `from`): a run of lines. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * How far short of the page's measure (half-width units) a full printed line of prose may stop:
 * line breaking moves a character and the closing mark after it down.
 */
export const FULL_LINE_SLACK = 4;
