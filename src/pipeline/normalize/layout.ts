import type { Layout, Line } from '../model.ts';

/**
 * Wrapped files never have a line much longer than the printed measure (about 34 Chinese
 * characters); paragraph-per-line files have many lines far longer than that.
 */
export function detectLayout(lines: readonly Line[]): Layout {
  const nonEmpty = lines.filter((l) => l.text !== '');
  if (nonEmpty.length === 0) return 'wrapped';
  const long = nonEmpty.filter((l) => [...l.text].length > 60).length;
  return long / nonEmpty.length > 0.05 ? 'paragraphs' : 'wrapped';
}
