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

  it('should read a form whose last values are empty: values from the top, the rows left over empty, degraded', () => {
    // pdftotext's default mode on the site's print of 西政发〔2017〕8号, 附件2: the labels, then the
    // values, one of which holds a comma and one spaces; 其他 has no value.
    const labels = ['街道（乡镇）名称', '覆盖面积（平方公里）', '人口总数（万人）', '社区数量（个）', '小区数量（个）'];
    const more = ['学校数量（个）', '厨余垃圾收运单位和去向', '分类工作负责人（姓名、职务、联系方式）', '其他'];
    const values = ['新街口街道办事处', '3.7', '10.2182', '21', '99', '20', '西城环卫中心，南宫垃圾处理厂'];
    const lines = linesFromText(
      [
        '“垃圾分类示范街道”情况表',
        '',
        ...labels,
        ...more,
        '',
        ...values,
        '朱骅 城市管理科科长 13701308541',
        '',
        '抄送：区委各部门。',
      ].join('\n'),
    );
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['街道（乡镇）名称', '新街口街道办事处'],
      ['覆盖面积（平方公里）', '3.7'],
      ['人口总数（万人）', '10.2182'],
      ['社区数量（个）', '21'],
      ['小区数量（个）', '99'],
      ['学校数量（个）', '20'],
      ['厨余垃圾收运单位和去向', '西城环卫中心，南宫垃圾处理厂'],
      ['分类工作负责人（姓名、职务、联系方式）', '朱骅 城市管理科科长13701308541'],
      ['其他', ''],
    ]);
    expect(t!.degraded).toMatch(/^form given column after column with 1 value fewer than its labels/);
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should not take a short list and a shorter one, or values over a page break, for a form', () => {
    const short = linesFromText(
      ['区民政局', '区教委', '区财政局', '区房管局', '', '区残联', '区妇联', '团区委'].join('\n'),
    );
    expect(scanTables(short, 'f.txt').segments).toEqual([{ kind: 'text', lines: short }]);
    const labels = ['甲单位', '乙单位', '丙单位', '丁单位', '戊单位', '己单位', '庚单位'];
    const paged = linesFromText([...labels, '\f区残联', '区妇联', '团区委', '区科协', '区侨联', '区工商联'].join('\n'));
    expect(paged[labels.length]!.pageStart).toBe(true);
    expect(scanTables(paged, 'f.txt').segments).toEqual([{ kind: 'text', lines: paged }]);
  });

  it('should go on over a page break: one list, its columns given again on the next page', () => {
    const page1 = [
      '总负责人：',
      '负责人：',
      '召集人：',
      '',
      '王少峰',
      '姜立光',
      '刘戍东',
      '',
      '区委副书记、区政府区长',
      '区委常委、区政府副区长',
      '区市政市容委主任',
    ];
    const page2 = [
      '成员：',
      '',
      '马晨',
      '王希福',
      '马红萍',
      '袁利',
      '',
      '区委宣传部副部长',
      '区文明办主任',
      '区社会办主任',
      '区商务委主任',
    ];
    const lines = linesFromText([...page1, `\f${page2[0]}`, ...page2.slice(1)].join('\n'));
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['总负责人：', '王少峰', '区委副书记、区政府区长'],
      ['负责人：', '姜立光', '区委常委、区政府副区长'],
      ['召集人：', '刘戍东', '区市政市容委主任'],
      ['成员：', '马晨', '区委宣传部副部长'],
      ['', '王希福', '区文明办主任'],
      ['', '马红萍', '区社会办主任'],
      ['', '袁利', '区商务委主任'],
    ]);
    expect(t!.degraded).toMatch(/^list printed column after column: the roles are set from the top/);
  });

  it('should go on from rows too few for a list at a page foot when the next page goes on with them', () => {
    // pdftotext of the site's print of 西政办发〔2017〕9号 at a smaller scale: two rows fit page 1.
    const page1 = ['二、组成人员', '组长：', '副组长：', '', '王少峰', '郁治', '', '区政府区长', '区政府副区长'];
    const page2 = [
      '成员：',
      '',
      '皮强',
      '张中喜',
      '黄安武',
      '',
      '区委组织部常务副部长',
      '区民政局局长',
      '区编办副主任',
    ];
    const lines = linesFromText([...page1, `\f${page2[0]}`, ...page2.slice(1)].join('\n'));
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['组长：', '王少峰', '区政府区长'],
      ['副组长：', '郁治', '区政府副区长'],
      ['成员：', '皮强', '区委组织部常务副部长'],
      ['', '张中喜', '区民政局局长'],
      ['', '黄安武', '区编办副主任'],
    ]);
  });

  it('should leave rows too few for a list at a page foot as text when the next page does not go on', () => {
    const lines = linesFromText(
      ['组长：', '副组长：', '', '王少峰', '郁治', '\f三、工作机构', '联合工作组办公室设在区民政局。'].join('\n'),
    );
    expect(tables(scanTables(lines, 'f.txt').segments)).toEqual([]);
  });

  it('should take a cell as long as the page is wide allows (a post of 27 characters at 85 %)', () => {
    const lines = linesFromText(
      [
        '组长：',
        '副组长：',
        '成员：',
        '',
        '王少峰',
        '孙硕',
        '王效农',
        '',
        '区委副书记、区政府区长',
        '区委常委、区政府常务副区长',
        '区人力社保局局长、区编办主任、区委组织部副部长（兼）',
      ].join('\n'),
    );
    const [t] = tables(scanTables(lines, 'f.txt', { measure: 66 }).segments);
    expect(t!.body.map(show)).toEqual([
      ['组长：', '王少峰', '区委副书记、区政府区长'],
      ['副组长：', '孙硕', '区委常委、区政府常务副区长'],
      ['成员：', '王效农', '区人力社保局局长、区编办主任、区委组织部副部长（兼）'],
    ]);
  });

  it('should take the roles that close the block of the line before them (no full stop there)', () => {
    // pdftotext of the site's print of 西政办发〔2017〕3号 at 85 %: the values on the next page.
    const lines = linesFromText(
      [
        '领导小组办公室设在区民政局',
        '办公室主任：',
        '办公室成员单位：',
        '',
        '办公室成员：',
        '',
        '\f区民政局局长',
        '区民政局',
        '区教委',
        '区财政局',
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => [s.kind, s.lines.map((l) => l.text)[0]])).toEqual([
      ['text', '领导小组办公室设在区民政局'],
      ['table', '办公室主任：'],
    ]);
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['办公室主任：', '区民政局局长'],
      ['办公室成员单位：', '区民政局'],
      ['办公室成员：', '区教委'],
      ['', '区财政局'],
    ]);
  });

  it('should set roles given in two blocks beside a single column of values (a tall cell set the last role apart)', () => {
    const values = ['区民政局局长', '区民政局', '区教委', '区财政局', '各成员单位联络员'];
    const lines = linesFromText(['办公室主任：', '办公室成员单位：', '', '办公室成员：', '', ...values].join('\n'));
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    const [t] = tables(segments);
    expect(t!.body.map(show)).toEqual([
      ['办公室主任：', '区民政局局长'],
      ['办公室成员单位：', '区民政局'],
      ['办公室成员：', '区教委'],
      ['', '区财政局'],
      ['', '各成员单位联络员'],
    ]);
    expect(t!.degraded).toMatch(/^list printed column after column: the roles are set from the top/);
  });

  it('should leave one label and a list of names as text', () => {
    const lines = linesFromText(['成员单位：', '', '区民政局', '区教委', '区财政局'].join('\n'));
    expect(scanTables(lines, 'f.txt').segments).toEqual([{ kind: 'text', lines }]);
  });

  it('should not take the clause that leads in to a list for one of its roles', () => {
    // pdftotext's default mode on the site's print of a Shanghai 指挥部 notice (tests/corpus).
    const lines = linesFromText(
      [
        '经研究，市政府决定成立南北通道工程建设指挥部（以下简',
        '称“指挥部”），其组成人员如下：',
        '总指挥：',
        '常务副总指挥：',
        '成员：',
        '',
        '张小宏',
        '王为人',
        '于福林',
        '',
        '副市长',
        '市政府副秘书长',
        '市交通委主任',
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    expect(segments[0]!.lines.map((l) => l.text).at(-1)).toBe('称“指挥部”），其组成人员如下：');
    expect(tables(segments)[0]!.body.map(show)[0]).toEqual(['总指挥：', '张小宏', '副市长']);
  });

  it('should read columns each under its label, the header again on the next page kept once', () => {
    const lines = fixture('printed-default-labelled.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    expect(segments[0]!.lines.map((l) => l.text)).toEqual(['（按姓氏笔画排列）']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号', '姓名', '工作单位']]);
    expect(t!.body).toHaveLength(30);
    expect(show(t!.body[0])).toEqual(['1', '王挥', '上海市地下空间设计研究总院有限公司']);
    expect(show(t!.body[29])).toEqual(['30', '曾群', '同济大学建筑设计研究院（集团）有限公司']);
    expect(segments[1]!.kind === 'table' && segments[1]!.repeated).toEqual(['序号', '姓名', '工作单位']);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should not take blocks under words that name no column for a list with a header', () => {
    const lines = linesFromText(['王挥', '王艳明', '卢永成', '', '陈鸿', '林磊', '周健'].join('\n'));
    expect(tables(scanTables(lines, 'f.txt').segments).map((t) => t.head)).not.toContainEqual([expect.anything()]);
  });
});
