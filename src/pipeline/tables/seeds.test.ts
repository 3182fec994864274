import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Line, Table } from '../model.ts';
import { linesFromText } from './fixture-lines.ts';
import { tableTexts } from './grid.ts';
import { scanTables } from './index.ts';
import { withoutSpaces as squash } from '../text/chars.ts';

/**
 * The whole seeds, through the table scanner: nothing lost, nothing invented, no table debris
 * left in the text. Counts are reported, not pinned: only sanity lower bounds are asserted,
 * so a new issue with other tables does not break this test.
 */
const seeds = new URL('../../../seeds/', import.meta.url);
const files = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** Lines of one or two visible characters, as rotated-table debris comes out. */
function debrisRun(lines: readonly Line[]): { length: number; at: number } {
  let best = { length: 0, at: 0 };
  let run = 0;
  for (const l of lines) {
    if (l.spaceOnly) continue;
    const n = [...squash(l.raw)].length;
    run = n >= 1 && n <= 2 ? run + 1 : 0;
    if (run > best.length) best = { length: run, at: l.no };
  }
  return best;
}

describe.each(files)('seed %s', (file) => {
  const text = readFileSync(new URL(file, seeds), 'utf8');
  const lines = linesFromText(text);
  const started = performance.now();
  const { segments, warnings } = scanTables(lines, file);
  const elapsed = performance.now() - started;
  const tables: Table[] = segments.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
  it('covers every line exactly once, in order', () => {
    const seen = segments.flatMap((s) => s.lines);
    expect(seen.length).toBe(lines.length);
    seen.forEach((l, i) => expect(l).toBe(lines[i]));
    for (const s of segments) expect(s.lines.length).toBeGreaterThan(0);
  });

  it("takes every cell from its own table's lines", () => {
    const invented = segments.flatMap((s) => {
      if (s.kind !== 'table') return [];
      const own = squash(s.lines.map((l) => l.raw).join(''));
      return tableTexts(s.table)
        .flatMap((c) => c.split('\n'))
        .filter((c) => !own.includes(squash(c)))
        .map((c) => `${s.table.span.line}: ${c}`);
    });
    expect(invented).toEqual([]);
  });

  it('loses no character of a table line and invents none', () => {
    expect(warnings.filter((w) => /lost characters|not in its source/.test(w.message))).toEqual([]);
  });

  it('leaves no runs of table debris in the text', () => {
    const runs = segments
      .filter((s) => s.kind === 'text')
      .map((s) => debrisRun(s.lines))
      .filter((r) => r.length > 3);
    expect(runs).toEqual([]);
  });

  it('finds tables, with spans inside the file', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.span.file).toBe(file);
      expect(t.span.endLine).toBeGreaterThanOrEqual(t.span.line);
      expect(t.body.length + t.head.length).toBeGreaterThan(0);
    }
    const byShape = new Map<string, number>();
    for (const t of tables) byShape.set(t.shape, (byShape.get(t.shape) ?? 0) + 1);
    const degraded = tables.filter((t) => t.degraded).length;
    console.log(
      `${file}: ${tables.length} tables (${[...byShape].map(([k, v]) => `${k} ${v}`).join(', ')}; ${degraded} degraded), ` +
        `${warnings.length} warnings, scanTables ${elapsed.toFixed(0)} ms over ${lines.length} lines`,
    );
  });
});
