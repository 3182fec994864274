import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

/** The supplement list of 西政发〔2017〕11号 as the seed has it, the table each reading must give. */
const SUPPLEMENT_HEAD = ['序号', '编号', '项目名称', '项目申报单位'];
const SUPPLEMENT_BODY = [
  ['传统美术（共计1项）→4'],
  ['1', 'BXCⅦ-4', '面塑', '北京市西城区“世纪传承”传统文化协会'],
  ['传统技艺（共计3项）→4'],
  ['2', 'BXCⅧ-48', '花丝镶嵌', '北京市西城区非物质文化遗产保护中心'],
  ['3', 'BXCⅧ-46', '北京雕漆', '北京华方雕漆艺术设计有限公司'],
  ['4', 'BXCⅧ-58', '古琴斫制技艺', '北京金师源教育科技有限公司'],
];

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
    expect(t!.head.map(show)).toEqual([SUPPLEMENT_HEAD]);
    expect(t!.body.map(show)).toEqual(SUPPLEMENT_BODY);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should read a list over pages: labels again at each page top, the column as a block or in the rows', () => {
    const lines = fixture('printed-default-heritage.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号', '编号', '项目名称', '项目申报单位']]);
    const rows = t!.body.map(show).filter((r) => r.length === 4);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(t!.body.map(show).filter((r) => r.length === 1)).toHaveLength(8);
    // A code's wrapped tail on its own line goes back on the code; a name's on the name.
    expect(rows[4]!.slice(0, 3)).toEqual(['5', 'BXCⅡ-10', '三弦演奏']);
    expect(rows[26]!.slice(0, 3)).toEqual(['27', 'BXCⅦ-36', '满文书法']);
    expect(rows[27]).toEqual(['28', 'BXCⅧ-71', '聚顺和茯苓夹饼传统制作技艺', '西城区饮食行业协会']);
    // The third page gives the column in its rows.
    expect(rows[28]).toEqual(['29', 'BXCⅧ-72', '泰丰楼鲁菜制作技艺', '北京泰丰楼饭庄有限公司']);
    expect(rows[41]).toEqual(['42', 'BXCⅩ-4', '法源寺丁香赏花习俗', '北京法源寺']);
    // The first pages' blocks hold more names than rows (two cells stack names): set from the top.
    expect(rows.slice(0, 3).map((r) => r[3])).toEqual([
      '北京市西城区作家协会',
      '中央音乐学院',
      '唐明北韵文化发展有限公司',
    ]);
    expect(rows[11]![3]).toBe('北京天桥民俗文化协会\n北京市武术运动协会');
    expect(rows[12]![3]).toBe('北京市武术运动协会');
    expect(t!.notes).toEqual([
      '第1—12行的项目申报单位：来源文本在这12行之后另列13项，多于行数，无法判断哪些行有不止一项；此处自上而下依次填入，余项归入末行。',
      '第13—27行的项目申报单位：来源文本在这15行之后另列21项，多于行数，无法判断哪些行有不止一项；此处自上而下依次填入，余项归入末行。',
    ]);
    expect(t!.degraded).toMatch(/set from the top/);
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
    // The labels printed again on the next pages are kept once.
    expect(segments[1]!.kind === 'table' && segments[1]!.repeated).toEqual([
      '序号 编号',
      '项目名称',
      '项目申报单位',
      '序号 编号',
      '项目名称',
      '项目申报单位',
    ]);
  });

  it('should go on after a block in mid-page and pair a block of one value per row of its group', () => {
    // The same list paged otherwise: rows 15–26, a block, then rows 27–29 on the same page.
    const lines = fixture('printed-default-heritage-midpage.txt');
    const { segments } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    const rows = t!.body.map(show).filter((r) => r.length === 4);
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    // The block before row 27 holds its names too: the row is left empty, the note says why.
    expect(rows[26]).toEqual(['27', 'BXCⅦ-36', '满文书法', '']);
    expect(rows[28]).toEqual(['29', 'BXCⅧ-72', '泰丰楼鲁菜制作技艺', '北京泰丰楼饭庄有限公司']);
    // The last page's block holds one name per row after the rows 30–42: paired, no note.
    expect(rows.slice(29).map((r) => r[3])).toEqual([
      '北京厉家菜餐饮管理有限公司',
      '北京市茶汤李餐饮管理有限公司',
      '北京市西城区非物质文化遗产保护中心',
      '北京畅享互联科技有限公司',
      '北京市西城区“世纪传承”传统文化协会',
      '北京泓羽文化发展有限公司',
      '什刹海民俗协会',
      '北京妙策士经筋骨疗法中医研究院',
      '北京传统推拿治疗研究会',
      '北京悦安健康咨询有限责任公司',
      '北京济安斋书店',
      '北京东天佑香业文化传播发展有限公司',
      '北京法源寺',
    ]);
    expect(t!.notes!.map((n) => n.slice(0, 7))).toEqual(['第1—14行的', '第15—26行']);
  });

  it('should read such a list with no block at all when its rows come over several lines', () => {
    // pdftotext of the site's print at 115 %: the supplement list, every name in its row.
    const lines = linesFromText(
      [
        '（共计4项）',
        '序号 编号',
        '项目名称',
        '项目申报单位',
        '传统美术（共计1项）',
        '1 BXCⅦ-4 面塑',
        '北京市西城区“世纪传承”传统文化协会',
        '传统技艺（共计3项）',
        '2 BXCⅧ-48 花丝镶嵌',
        '北京市西城区非物质文化遗产保护中心',
        '3 BXCⅧ-46 北京雕漆',
        '北京华方雕漆艺术设计有限公司',
        '4 BXCⅧ-58 古琴斫制技艺 北京金师源教育科技有限公司',
      ].join('\n'),
    );
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([SUPPLEMENT_HEAD]);
    expect(t!.body.map(show)).toEqual(SUPPLEMENT_BODY);
    expect(warnings).toEqual([]);
  });

  it('should leave a list under labels to the grid readers where columns are runs of spaces (-layout)', () => {
    const lines = linesFromText(
      [
        '序号   编号      项目名称',
        '项目申报单位',
        '1   BXC-1   甲',
        '甲会',
        '2   BXC-2   乙',
        '乙会',
        '3   BXC-3   丙',
        '丙会',
      ].join('\n'),
    );
    expect(tables(scanTables(lines, 'f.txt').segments).some((t) => t.head.flatMap(show).includes('项目申报单位'))).toBe(
      false,
    );
  });

  it('should hold a row and the labels together where the extraction scatters them over blank lines', () => {
    // pdftotext of the site's print at 85 %: a row's number set apart from its cells, the rest
    // of a page's copy of the labels read after its first rows, an agency name of 25 characters.
    const page1 = ['序号 编号', '项目名称', '1 BXC-1 甲', '2 BXC-2 乙', '3', '', 'BXC-3 丙', '', '项目申报单位'];
    const names = ['甲会', '乙会', '北京市西城区大栅栏琉璃厂社区非物质文化遗产服务中心'];
    const page2 = ['序号 编号', '4 BXC-4 丁', '5', '', '项目名称', '', 'BXC-5 戊', '', '项目申报单位', '丁会', '戊会'];
    const lines = linesFromText([...page1, ...names, `\f${page2[0]}`, ...page2.slice(1)].join('\n'));
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['1', 'BXC-1', '甲', '甲会'],
      ['2', 'BXC-2', '乙', '乙会'],
      ['3', 'BXC-3', '丙', '北京市西城区大栅栏琉璃厂社区非物质文化遗产服务中心'],
      ['4', 'BXC-4', '丁', '丁会'],
      ['5', 'BXC-5', '戊', '戊会'],
    ]);
    expect(segments[0]!.kind === 'table' && segments[0]!.repeated).toEqual(['序号 编号', '项目名称', '项目申报单位']);
    expect(warnings).toEqual([]);
  });

  const rows = ['序号', '编号', '项目名称', '1', 'BXCⅦ-4 面塑', '2', 'BXCⅧ-48 花丝镶嵌', '3', 'BXCⅧ-46 北京雕漆'];

  it('should set a block of more values than rows from the top, the last row taking the rest, and say so', () => {
    const column = ['项目申报单位', '甲协会', '乙有限公司', '丙有限公司', '丁有限责任公司'];
    const { segments, warnings } = scanTables(linesFromText([...rows, '', ...column].join('\n')), 'f.txt');
    const [t] = tables(segments);
    expect(t!.body.map(show).map((r) => r[3])).toEqual(['甲协会', '乙有限公司', '丙有限公司\n丁有限责任公司']);
    expect(t!.notes).toEqual([
      '第1—3行的项目申报单位：来源文本在这3行之后另列4项，多于行数，无法判断哪些行有不止一项；此处自上而下依次填入，余项归入末行。',
    ]);
    expect(t!.degraded).toBeDefined();
    expect(warnings).toHaveLength(1);
  });

  it('should leave the last rows empty when a block has fewer values than rows, and say so', () => {
    const column = ['项目申报单位', '甲协会', '乙有限公司'];
    const [t] = tables(scanTables(linesFromText([...rows, '', ...column].join('\n')), 'f.txt').segments);
    expect(t!.body.map(show).map((r) => r[3])).toEqual(['甲协会', '乙有限公司', '']);
    expect(t!.notes![0]).toMatch(/少于行数，无法判断哪些行为空；此处自上而下依次填入，末行留空。$/);
  });

  it('should pair a block holding one value per row without a note', () => {
    const column = ['项目申报单位', '甲协会', '乙有限公司', '丙有限公司'];
    const [t] = tables(scanTables(linesFromText([...rows, '', ...column].join('\n')), 'f.txt').segments);
    expect(t!.body.map(show).map((r) => r[3])).toEqual(['甲协会', '乙有限公司', '丙有限公司']);
    expect(t!.notes).toBeUndefined();
    expect(t!.degraded).toBeUndefined();
  });

  it('should take a bare number for the wrapped tail of a code when the next row opens with that number', () => {
    const lines = linesFromText(
      [
        '序号 编号',
        '项目名称',
        '1 BXC-1 甲',
        '2',
        '2 BXC-2 乙',
        '3 BXC-3 丙',
        '',
        '单位名称',
        '甲会',
        '乙会',
        '丙会',
      ].join('\n'),
    );
    const [t] = tables(scanTables(lines, 'f.txt').segments);
    expect(t!.body.map(show)).toEqual([
      ['1', 'BXC-12', '甲', '甲会'],
      ['2', 'BXC-2', '乙', '乙会'],
      ['3', 'BXC-3', '丙', '丙会'],
    ]);
  });

  it('should leave numbered lines alone when no row numbered 1 opens them', () => {
    const lines = linesFromText(
      ['序号 编号', '项目名称', '4 BXC-4 甲', '5 BXC-5 乙', '6 BXC-6 丙', '', '单位名称', '甲会', '乙会', '丙会'].join(
        '\n',
      ),
    );
    // (Other readers may still see a list in the rows; none pairs them with the block.)
    const heads = tables(scanTables(lines, 'f.txt').segments).flatMap((t) => t.head.flatMap(show));
    expect(heads).not.toContain('单位名称');
  });

  it('should end the list at a page that opens with neither labels, a category nor the next row', () => {
    const lines = linesFromText(
      [...rows, '', '项目申报单位', '甲协会', '乙有限公司', '丙有限公司', '\f附件2', '4 BXC-4 丁'].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt');
    expect(tables(segments)[0]!.body).toHaveLength(3);
    expect(segments[segments.length - 1]!.lines.map((l) => l.text)).toContain('附件2');
  });
});
