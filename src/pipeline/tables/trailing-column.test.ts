import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

describe('numbered lists whose last column comes after the rows', () => {
  it('should read the supplement list: labels one a line, rows by number, the last column by its label', () => {
    const lines = fixture('printed-default-trailing.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    // The list's title stays text.
    expect(segments[0]!.lines.map((l) => l.text)).toEqual([
      '西城区第五批区级非物质文化遗产',
      '代表性项目名录扩展项目名录',
      '（共计4项）',
    ]);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号', '编号', '项目名称', '项目申报单位']]);
    expect(t!.body.map(show)).toEqual([
      ['传统美术（共计1项）→4'],
      ['1', 'BXCⅦ-4', '面塑', '北京市西城区“世纪传承”传统文化协会'],
      ['传统技艺（共计3项）→4'],
      ['2', 'BXCⅧ-48', '花丝镶嵌', '北京市西城区非物质文化遗产保护中心'],
      ['3', 'BXCⅧ-46', '北京雕漆', '北京华方雕漆艺术设计有限公司'],
      ['4', 'BXCⅧ-58', '古琴斫制技艺', '北京金师源教育科技有限公司'],
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should leave the lines alone when the last column has more values than rows (two names in a cell)', () => {
    const rows = ['序号', '编号', '项目名称', '1', 'BXCⅦ-4 面塑', '2', 'BXCⅧ-48 花丝镶嵌', '3', 'BXCⅧ-46 北京雕漆'];
    const column = [
      '项目申报单位',
      '北京市西城区传统文化协会',
      '北京华方雕漆艺术设计有限公司',
      '北京金师源教育科技有限公司',
      '北京泰宏商贸有限责任公司',
    ];
    const lines = linesFromText([...rows, '', ...column].join('\n'));
    expect(tables(scanTables(lines, 'f.txt').segments).filter((t) => t.head.length > 0)).toEqual([]);
  });
});
