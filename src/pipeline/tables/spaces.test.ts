import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, placed, show, tables } from './testing.ts';
import { splitValues } from './tokens.ts';

describe('space-separated tables', () => {
  it('reads two captioned statistics tables, one with a header label wrapped over lines', () => {
    const lines = fixture('spaces-fire.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const ts = tables(segments);
    expect(ts.map((t) => t.shape)).toEqual(['spaces', 'spaces']);
    const [t1, t2] = ts;
    expect(t1!.caption).toBe('表1“十二五”期间火灾抢险救援情况统计表');
    expect(t1!.span).toEqual({ file: '000.txt', line: 123, endLine: 137 });
    expect(t1!.head.map(show)).toEqual([['年份', '火警', '抢险救援', '社会救助', '合计出动']]);
    expect(t1!.body.map(show)).toEqual([
      ['2011年', '133', '124', '310', '567'],
      ['2012年', '136', '111', '357', '604'],
      ['2013年', '179', '413', '639', '1231'],
      ['2014年', '158', '440', '763', '1361'],
      ['2015年', '146', '458', '554', '1158'],
      ['合计', '752', '1546', '2623', '4921'],
    ]);
    // The second caption opens a new printed page right after the first table.
    expect(t2!.caption).toBe('表2“十二五”期间历年全区火灾基本情况');
    expect(t2!.head.map(show)).toEqual([['年份', '起数', '亡人', '伤人', '直接财产损失（万元）']]);
    expect(show(t2!.body[0])).toEqual(['2011年', '89', '0', '0', '20.4382']);
    expect(show(t2!.body[5])).toEqual(['合计', '546', '9', '4', '1060.027']);
    expect(ts.every((t) => t.degraded === undefined)).toBe(true);
    expect(warnings).toEqual([]);
    // The prose around stays text.
    expect(segments[0]!.kind).toBe('text');
    expect(segments[segments.length - 1]!.kind).toBe('text');
  });

  it('lays a two-level header over the columns, and values merged over rows or columns in print span them', () => {
    const lines = fixture('spaces-fees.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.shape).toBe('spaces');
    // The attachment title above the header stays text.
    expect(t!.span.line).toBe(9100);
    // Group labels over their three sub-columns, each sub-label joined from its wrapped pieces.
    expect(t!.head.map(show)).toEqual([
      ['项目名称↓2', '三级医院→3', '二级医院→3', '一级医院及基层医疗机构→3'],
      [
        '医事服务费',
        '报销金额',
        '自付金额',
        '医事服务费',
        '报销金额',
        '自付金额',
        '医事服务费',
        '报销金额',
        '自付金额',
      ],
    ]);
    // A row wrapped over three printed lines; its `40`, alone on the middle line, is a cell merged
    // down (printed centred on the rows it covers): it spans until a row has all its values.
    // The next row's `30` and `20` alone on their lines open two more; the rows short of three
    // values are short of exactly those.
    expect(t!.body.map(show)).toEqual([
      ['普通门诊', '50', '40↓4', '10', '30', '28', '2', '20', '19', '1'],
      ['副主任医师', '60', '20', '50', '30↓3', '20', '40', '20↓3', '20'],
      ['主任医师', '80', '40', '70', '40', '60', '40'],
      ['知名专家', '100', '60', '90', '60', '80', '60'],
      ['急诊', '70', '60', '10', '50', '48', '2', '40', '39', '1'],
      // No merged cell open above: each value in words stands for two columns of figures.
      ['住院', '100', '按比例报销→2', '60', '按比例报销→2', '50', '按比例报销→2'],
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should keep the values of a row in order, and say so, when merged cells do not account for its gaps', () => {
    const text = ['项目 甲类 乙类 丙类', '', '一 1 2 3', '', '二 4 5', '', '三 7 8 9'].join('\n');
    const { segments, warnings } = scanTables(linesFromText(text), 'f');
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['一', '1', '2', '3'],
      ['二', '4', '5', ''],
      ['三', '7', '8', '9'],
    ]);
    expect(t!.degraded).toBe(
      'space-separated table: 1 of 3 rows have fewer values than columns (merged cells in print); values kept in order',
    );
    expect(warnings).toHaveLength(1);
  });

  it('should span a value printed alone between the lines of its row down the rows short of it', () => {
    const text = ['项目 甲类 乙类 丙类', '', '一 1', '', '2', '', '3', '', '二 4 6', '', '三 7 8 9'].join('\n');
    const { segments } = scanTables(linesFromText(text), 'f');
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['一', '1', '2↓2', '3'],
      ['二', '4', '6'],
      ['三', '7', '8', '9'],
    ]);
    expect(t!.degraded).toBeUndefined();
  });

  it('reads a table without caption or header at the end of the input', () => {
    const lines = linesFromText(['说明如下：', '', '甲 1 2 3', '', '乙 4 5 6'].join('\n'));
    const { segments } = scanTables(lines, 'f');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.head).toEqual([]);
    expect(t!.body.map(show)).toEqual([
      ['甲', '1', '2', '3'],
      ['乙', '4', '5', '6'],
    ]);
  });

  it('does not take numbers in prose, dates or rules for a table', () => {
    const prose = [
      '截止 2015 年 12 月，共受理和查处火灾隐患 5104 件，发放火灾隐患举报',
      '',
      '考核成绩在 80 分以上 90 分以下为良好;',
      '',
      '考核成绩在 70 分以上 80 分以下为合格;',
      '',
      '北京市西城区人民政府',
      '',
      '2017 年 3 月 8 日',
      '',
      '2017 年 3 月 9 日',
    ].join('\n');
    const lines = linesFromText(prose);
    expect(scanTables(lines, 'f').segments).toEqual([{ kind: 'text', lines }]);
  });
});

describe('a statistics table without a 表 N caption (State Council style), as pdftotext gives it', () => {
  const rows: [string, string, string, string][] = [
    ['地区', '2016年', '2017年', '增长'],
    ['北京', '25669.1', '28014.9', '6.7%'],
    ['天津', '17885.4', '18549.2', '3.6%'],
    ['河北', '32070.5', '34016.3', '6.7%'],
  ];
  const expected = { head: [['地区', '2016年', '2017年', '增长']], body: rows.slice(1) };

  it('should read the default mode, values one space apart', () => {
    const text = ['各地区主要指标完成情况如下。', ...rows.map((r) => r.join(' ')), '以上数据为初步核算数。'].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect({ head: t!.head.map(show), body: t!.body.map(show) }).toEqual(expected);
    expect(t!.caption).toBeUndefined();
  });

  it('should read the -layout mode, values at their columns', () => {
    const text = [
      placed([2, '各地区主要指标完成情况如下。']),
      ...rows.map((r) => placed([2, r[0]], [12, r[1]], [24, r[2]], [36, r[3]])),
      placed([2, '以上数据为初步核算数。']),
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect({ head: t!.head.map(show), body: t!.body.map(show) }).toEqual(expected);
  });
});

describe('splitting a printed line into values', () => {
  it('closes up extraction spaces and letter-spacing, keeps value gaps', () => {
    expect(splitValues('年  份 火警 抢险救援 社会救助 合计出动 ')).toEqual([
      '年份',
      '火警',
      '抢险救援',
      '社会救助',
      '合计出动',
    ]);
    expect(splitValues('2011 年 133 124 310 567 ')).toEqual(['2011年', '133', '124', '310', '567']);
    expect(splitValues('民间文学（共计 1 项） ')).toEqual(['民间文学（共计1项）']);
    expect(splitValues('副  组  长：孙  硕  区委常委、区政府常务副区长 ')).toEqual([
      '副组长：',
      '孙硕',
      '区委常委、区政府常务副区长',
    ]);
    expect(splitValues('副主任：王  旭、孙  硕、姜立光、张  明 ')).toEqual(['副主任：', '王旭、孙硕、姜立光、张明']);
  });
});

describe('a table of values over a page break', () => {
  it('should go on where the next page opens with the header again, the copy kept once', () => {
    // pdftotext -layout of the site's print at 85 %: 表1 breaks after its second row.
    const lines = linesFromText(
      [
        '         表1“十二五”期间火灾抢险救援情况统计表',
        '        年份         火警         抢险救援         社会救助         合计出动',
        '2011年        133        124          310          567',
        '2012年        136        111          357          604',
        '\f        年份          火警              抢险救援             社会救助            合计出动',
        '2013年         179            413              639             1231',
        '2014年         158            440              763             1361',
        '合计            752            1546             2623            4921',
        '                   表2“十二五”期间历年全区火灾基本情况',
        '     年份            起数        亡人          伤人              直接财产损失（万元）',
        '2011年        89          0           0        20.4382',
        '2012年        99          3           1        69.7650',
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    const [one, two] = tables(segments);
    expect(one!.caption).toBe('表1“十二五”期间火灾抢险救援情况统计表');
    expect(one!.head.map(show)).toEqual([['年份', '火警', '抢险救援', '社会救助', '合计出动']]);
    expect(one!.body.map((r) => show(r)[0])).toEqual(['2011年', '2012年', '2013年', '2014年', '合计']);
    expect(one!.degraded).toBeUndefined();
    expect(segments.find((s) => s.kind === 'table')!.repeated).toEqual([lines[4]!.raw.trim()]);
    // The next table's header stops at the end of the one before.
    expect(two!.caption).toBe('表2“十二五”期间历年全区火灾基本情况');
    expect(two!.body).toHaveLength(2);
  });
});
