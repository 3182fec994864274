import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables, withoutOverlaps } from './index.ts';
import { withoutSpaces as squash } from '../text/chars.ts';
import { tables } from './testing.ts';

describe('scanTables', () => {
  it('leaves wrapped prose alone: a notice with 第X条 articles, enumerations, signature and 版记', () => {
    const lines = fixture('prose-rules.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    expect(segments).toEqual([{ kind: 'text', lines }]);
    expect(warnings).toEqual([]);
  });

  it('leaves a preface with chapter headings and figures in the text alone', () => {
    const lines = fixture('prose-preface.txt');
    expect(scanTables(lines, '000.txt').segments).toEqual([{ kind: 'text', lines }]);
  });

  it('returns no segment for no lines', () => {
    expect(scanTables([], 'f')).toEqual({ segments: [], warnings: [] });
  });

  it('says what a merged table holds once although printed several times', () => {
    const lines = fixture('tabs-tasks.txt');
    const { segments } = scanTables(lines, '002.txt');
    const segment = segments.find((s) => s.kind === 'table');
    expect(segment?.kind).toBe('table');
    if (segment?.kind !== 'table') return;
    // Three header copies and one doubled cell.
    expect(segment.repeated.filter((r) => r.startsWith('类别'))).toHaveLength(3);
    expect(segment.repeated).toContain('加强经营性餐饮油烟污染控制');
    // The books balance: source characters = table characters + repeated characters.
    const sorted = (xs: string[]) => [...squash(xs.join(''))].sort().join('');
    const [t] = tables(segments);
    const cells = [...t!.head, ...t!.body].flat().map((c) => c.text);
    expect(sorted([...cells, ...segment.repeated])).toBe(sorted(segment.lines.map((l) => l.raw)));
  });

  it('keeps segments in order around several tables', () => {
    const text = [
      '正文第一段。',
      '',
      'a\tb',
      'c\td',
      '',
      '正文第二段。',
      '',
      '甲 1 2 3',
      '',
      '乙 4 5 6',
      '',
      '结尾。',
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text', 'table', 'text']);
    expect(tables(segments).map((t) => t.shape)).toEqual(['tabs', 'spaces']);
  });
});

describe('withoutOverlaps', () => {
  it('should keep tables in order and leave out one that starts inside the table before', () => {
    const a = { start: 0, end: 5 };
    const b = { start: 3, end: 9 };
    const c = { start: 5, end: 7 };
    const d = { start: 9, end: 12 };
    expect(withoutOverlaps([a, b, c, d])).toEqual({ kept: [a, c, d], overlapping: [b] });
    expect(withoutOverlaps([])).toEqual({ kept: [], overlapping: [] });
  });
});
