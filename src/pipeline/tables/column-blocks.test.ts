import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

describe('lists given column after column, one cell a line', () => {
  it('should set the site’s printed member list (pdftotext default mode) in rows, roles from the top, degraded', () => {
    const lines = fixture('printed-default-members.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.span).toEqual({ file: 'f.txt', line: 21, endLine: 55 });
    expect(t!.body).toHaveLength(15);
    expect(t!.body.slice(0, 4).map(show)).toEqual([
      ['组长：', '王少峰', '区政府区长'],
      ['副组长：', '郁治', '区政府副区长'],
      ['成员：', '皮强', '区委组织部常务副部长'],
      ['', '张中喜', '区民政局局长'],
    ]);
    expect(show(t!.body[14])).toEqual(['', '蔡莹媛', '区工商联副主席']);
    expect(t!.degraded).toMatch(/^list printed column after column: the roles are set from the top row down/);
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should read two blocks of as many short lines as the columns of a clean list', () => {
    const text = ['附件', '', '王少峰', '郁治', '皮强', '', '区政府区长', '区政府副区长', '区委组织部常务副部长'].join(
      '\n',
    );
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['王少峰', '区政府区长'],
      ['郁治', '区政府副区长'],
      ['皮强', '区委组织部常务副部长'],
    ]);
    expect(t!.degraded).toBeUndefined();
  });

  it('should not take blocks of different lengths, or of sentences, for columns', () => {
    const text = ['一、主要职责', '', '王少峰', '郁治', '', '区政府区长', '区政府副区长', '区委组织部常务副部长'].join(
      '\n',
    );
    const lines = linesFromText(text);
    expect(scanTables(lines, 'f.txt').segments).toEqual([{ kind: 'text', lines }]);
    const prose = ['加强领导。', '明确责任。', '抓好落实。', '', '统筹推进。', '加强督查。', '严格考核。'].join('\n');
    const proseLines = linesFromText(prose);
    expect(scanTables(proseLines, 'f.txt').segments).toEqual([{ kind: 'text', lines: proseLines }]);
  });
});
