import { describe, expect, it } from 'vitest';
import { source } from '../fixtures/load.ts';
import { learnGeometry } from '../layout/geometry.ts';
import type { Line } from '../model.ts';
import { normalizeLines } from '../normalize/lines.ts';
import { noTables, type ParseContext } from './context.ts';
import { takeOwnTitle } from './title.ts';

const ctx = (lines: Line[]): ParseContext => ({
  file: 't.txt',
  geometry: learnGeometry(lines),
  scanTables: noTables,
  warnings: [],
});
const own = (raw: string[], named?: string) => {
  const { lines } = normalizeLines(source(raw));
  const t = takeOwnTitle(lines, 0, named, ctx(lines));
  return { title: t.title, rest: lines.slice(t.end).map((l) => l.text) };
};

describe('takeOwnTitle', () => {
  it('should take a title without a 文种 word over its lines, and stop at a table header under it', () => {
    // pdftotext of the site's print: the issued plan's title, then its task table's header.
    expect(
      own([
        '西城区土壤污染防治工作',
        '方案2017年重点任务分解',
        '序号 北京市措施内',
        '容 2017年我区重点任务 牵头单位 参与单位 完成时限',
      ]),
    ).toEqual({
      title: '西城区土壤污染防治工作方案2017年重点任务分解',
      rest: ['序号 北京市措施内', '容2017年我区重点任务 牵头单位 参与单位 完成时限'],
    });
  });

  it('should still join a title line that has figures spaced off by the extraction', () => {
    expect(own(['北京市西城区 2017-2018 年秋冬季', '大气污染综合治理攻坚行动方案']).title).toBe(
      '北京市西城区2017-2018年秋冬季大气污染综合治理攻坚行动方案',
    );
  });

  it('should take a title the 附件说明 names otherwise over all its printed lines', () => {
    // The gazette's attachment, its 附件说明 reading 第五批西城区级非物质文化遗产名录.
    const named = '第五批西城区级非物质文化遗产名录';
    expect(own(['西城区第五批区级非物质文化', '遗产代表性项目名录', '序号 编号 项目名称'], named)).toEqual({
      title: '西城区第五批区级非物质文化遗产代表性项目名录',
      rest: ['序号 编号 项目名称'],
    });
    // A title that begins as the note's name still runs exactly as long as that name.
    expect(own(['第五批西城区级非物质文化', '遗产名录', '一、总则'], named).title).toBe(named);
  });
});
