import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { readColumnLists } from './columns.ts';
import { scanTables } from './index.ts';
import { coversOnce, placed, show, tables } from './testing.ts';

describe('lists laid out as columns', () => {
  it('reads a member list: roles spanning the rows below them, letter-spaced names closed up', () => {
    const lines = fixture('columns-members.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(tables(segments)).toHaveLength(1);
    expect(t!.shape).toBe('columns');
    // The title above and the duty list below stay text.
    expect(t!.span).toEqual({ file: '000.txt', line: 7600, endLine: 7661 });
    expect(t!.body.slice(0, 5).map(show)).toEqual([
      ['总负责人：', '王少峰', '区委副书记、区政府区长'],
      ['负责人：', '姜立光', '区委常委、区政府副区长'],
      ['召集人：', '刘戍东', '区市政市容委主任'],
      // `成    员：` stood alone on its line: it is the role of the rows that follow.
      ['成员：↓28', '马晨', '区委宣传部副部长、区新闻中心主任'],
      ['王希福', '区文明办主任'],
    ]);
    // After a printed page break (the line opened with a space) and an indented line.
    expect(show(t!.body[19])).toEqual(['高翔', '天桥街道办事处主任']);
    expect(show(t!.body[6])).toEqual(['袁利', '区商务委主任']);
    expect(show(t!.body[30])).toEqual(['黄巍', '区市政市容委副主任']);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('reads a numbered list with a header, category rows and cells continued over lines', () => {
    const lines = fixture('columns-heritage.txt');
    const { segments } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const ts = tables(segments);
    expect(ts).toHaveLength(2);
    const [t, extension] = ts;
    expect(t!.head.map(show)).toEqual([['序号', '编号', '项目名称', '项目申报单位']]);
    expect(t!.body.slice(0, 3).map(show)).toEqual([
      ['民间文学（共计1项）→4'],
      ['1', 'BXCⅠ-6', '京味儿小说语言', '北京市西城区作家协会'],
      // No blank line before this category: it is told by its bracketed count.
      ['传统音乐（共计4项）→4'],
    ]);
    const row = (n: string) => show(t!.body.find((r) => r[0]!.text === n));
    // A row whose last cell names two units, one per printed line.
    expect(row('9')).toEqual([
      '9',
      'BXCⅤ-15',
      '西河大鼓',
      '北京曲艺团有限责任公司\n北京市西城区非物质文化遗产保护中心',
    ]);
    // A unit name wrapped at the line end (no trailing space) is joined.
    expect(row('24')).toEqual([
      '24',
      'BXCⅦ-33',
      '砑花葫芦',
      '北京市西城区非物质文化遗产保护中心\n北京市西城区大栅栏琉璃厂社区非物质文化遗产服务中心',
    ]);
    // Every cell on a line of its own, separated by whitespace-only lines.
    expect(row('26')).toEqual([
      '26',
      'BXCⅦ-35',
      '京绣',
      '北京泰宏商贸有限责任公司\n凌鹰（北京）文化传播有限公司\n北京德宝聚福商贸有限公司\n北京玫瑰坊时装定制有限责任公司',
    ]);
    // A project name wrapped into the next line, which also holds the unit.
    expect(row('28')).toEqual(['28', 'BXCⅧ-71', '聚顺和茯苓夹饼传统制作技艺', '西城区饮食行业协会']);
    expect(row('42')).toEqual(['42', 'BXCⅩ-4', '法源寺丁香赏花习俗', '北京法源寺']);
    expect(t!.body.filter((r) => r.length === 4)).toHaveLength(42);
    // The second list, after its own title (left as text), restarts its numbering.
    expect(extension!.body.map(show)).toEqual([
      ['传统美术（共计1项）→4'],
      ['1', 'BXCⅦ-4', '面塑', '北京市西城区“世纪传承”传统文化协会'],
      ['传统技艺（共计3项）→4'],
      ['2', 'BXCⅧ-48', '花丝镶嵌', '北京市西城区非物质文化遗产保护中心'],
      ['3', 'BXCⅧ-46', '北京雕漆', '北京华方雕漆艺术设计有限公司'],
      ['4', 'BXCⅧ-58', '古琴斫制技艺', '北京金师源教育科技有限公司'],
    ]);
    const between = segments[segments.indexOf(segments.find((s) => s.kind === 'table')!) + 1]!;
    expect(between.kind).toBe('text');
    expect(between.lines.map((l) => l.text).join('')).toContain('代表性项目名录扩展项目名录');
  });

  it('reads a table printed cell by cell in narrow columns, header repeated on each page', () => {
    const lines = fixture('columns-stacked.txt');
    const { segments } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.shape).toBe('columns');
    // The title above the first header stays text.
    expect(t!.span.line).toBe(32438);
    expect(t!.head.map(show)).toEqual([
      ['序号', '北京市措施内容', '2017年我区重点任务', '牵头单位', '参与单位', '完成时限'],
    ]);
    expect(show(t!.body[0])).toEqual(['一、主要目标→6']);
    // A task with a second measure: the measure gets a sub-row under the task's own columns,
    // the 序号 and 北京市措施内容 cells spanning both. The agencies and the deadline are printed
    // once, after the first measure, for both (merged cells): they span both rows.
    expect(show(t!.body[3])!.slice(0, 2)).toEqual(['2↓2', '3.开展土壤环境质量详查↓2']);
    expect(show(t!.body[3])!.slice(3)).toEqual([
      '区环保局西城国土分局↓2',
      '西城规划分局\n区园林绿化局\n区园林市政管理中心\n区卫生计生委\n区财政局\n各街道办事处↓2',
      '年底前↓2',
    ]);
    expect(show(t!.body[4])).toEqual([
      '启动重点行业企业用地土壤环境质量调查与评估工作，完成关停企业基础信息调查，确定采样名单。',
    ]);
    expect(show(t!.body[9])!.slice(0, 2)).toEqual(['7↓3', '11.严 控工业企业污染↓3']);
    expect(show(t!.body[11])).toEqual([
      '落实国家鼓励的有毒有害原料（产品）替代品目录。加强工业产品中有害物质使用的控制。',
      '区环保局区科信委',
      '区安全监管局\n各街道办事处',
      '长期实施',
    ]);
    // A name cut by a stray separator (`区园林市政管理中` / `心`) is whole again, and a long list
    // of agencies stays in the column it belongs to.
    expect(show(t!.body[1])![4]).toContain('\n区园林市政管理中心\n');
    expect(show(t!.body[1])![5]).toBe('年底前');
    // A row whose cells came out one per printed cell.
    expect(show(t!.body[7])).toEqual([
      '5',
      '7.防范建设用地新增污染',
      '严格执行《西城区新增产业禁止和限制目录》。严禁新增排放工业污染物的工业项目。',
      '区环保局区发展改革委',
      '各街道办事处',
      '长期实施',
    ]);
    // The first row after the header printed again on the next page.
    expect(show(t!.body[8])!.slice(0, 3)).toEqual([
      '6',
      '8.强化空间布局管控',
      '加强城市规划和建设项目布局的论证和审批管理。结合非首都功能疏解，有序搬迁或依法关闭对土壤造成污染的存量企业。科学布局生活垃圾处理、危险废物处置、废旧资源再生利用等设施和场所。',
    ]);
    expect(t!.body.some((r) => r.some((c) => c.text === '北京市措施内容'))).toBe(false);
    // Every numbered row fits once sub-rows are allowed.
    expect(t!.degraded).toBeUndefined();
  });

  it('should lay out every row of the whole cell-by-cell table, its reading-order slips repaired', () => {
    const lines = fixture('columns-stacked-whole.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    const segment = segments.find((s) => s.kind === 'table')!;
    const row = (number: string) => t!.body.findIndex((r) => r[0]?.text === number);
    // A page's header came out with 序号 lost and two labels cut short: a copy all the same,
    // kept with the other copies as repeated text, not as cells of row 20.
    expect(show(t!.body[row('20')])).toEqual([
      '20',
      '31.防 止土壤污染治理修复二次污染',
      expect.stringMatching(/^土壤污染治理修复过程中产生的废水.*提前向区环保部门报告。$/),
      '区环保局',
      '西城国土分局\n西城规划分局\n区住房城市建设委\n区市政市容委\n各街道办事处',
      '长期实施',
    ]);
    expect(segment.kind === 'table' && segment.repeated).toEqual(
      expect.arrayContaining(['北京市措', '2017年我区重点任务', '牵头单位', '参与单位', '完成']),
    );
    // A deadline read between the two halves of a cut name (`区住房城市建` / `长期实施` / `设委`)
    // goes after the agencies: each of the three measures has its own.
    const r17 = row('17');
    expect(show(t!.body[r17])!.slice(3)).toEqual([
      '西城国土分局',
      '西城规划分局\n区环保局\n区住房城市建设委\n各街道办事处',
      '长期实施',
    ]);
    expect(show(t!.body[r17 + 1])!.slice(1)).toEqual([
      '区环保局西城国土分局',
      '西城规划分局\n区住房城市建设委\n各街道办事处',
      '长期实施',
    ]);
    // Row 35 goes on over a page break, its number and task printed again there: taken out, and
    // its seven measures are sub-rows; an agency glued after a sentence (`…等责任。 区科信委`) is
    // split off it.
    expect(show(t!.body[row('35')])!.slice(0, 2)).toEqual(['35↓7', '49.强 化责任落实↓7']);
    expect(segment.kind === 'table' && segment.repeated).toEqual(expect.arrayContaining(['35', '49.强化责任落实']));
    expect(show(t!.body[row('35') + 5])).toEqual([
      '监督、指导排污企业加强土壤污染防治，造成土壤污染的，应承担损害赔偿、治理修复等责任。',
      '区科信委',
      '区国资委西城工商分局',
      '',
    ]);
    // Row 36: names cut by the wrap (`西城国土分` / `局`) among the agencies of its second measure.
    const r36 = row('36');
    expect(show(t!.body[r36])!.slice(0, 2)).toEqual(['36↓3', '50.严 格考核问责↓3']);
    expect(show(t!.body[r36 + 1])!.slice(1, 3)).toEqual([
      '区国资委',
      '区委组织部\n区审计局\n西城国土分局\n西城规划分局\n区科信委\n区市政市容委\n区财政局\n区城管执法监察局\n区城管监督指挥中心\n各街道办事处',
    ]);
    // Every row is laid out: the table is clean.
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should make two tables of narrow lines under two 表 N captions, and leave the heading after them to the text', () => {
    const lines = fixture('printed-default-stats.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => [s.kind, s.lines[0]!.no, s.lines.at(-1)!.no])).toEqual([
      ['text', 70, 77],
      ['table', 78, 128],
      ['table', 130, 167],
      ['text', 169, 175],
    ]);
    const ts = tables(segments);
    expect(ts.map((t) => t.caption)).toEqual([
      '表1“十二五”期间火灾抢险救援情况统计表',
      '表2“十二五”期间历年全区火灾基本情况',
    ]);
    // Given column after column, the figures cannot be set in their rows: degraded, and said so.
    expect(ts.every((t) => t.degraded !== undefined)).toBe(true);
    expect(warnings).toHaveLength(2);
    expect(segments[3]!.lines[0]!.raw).toBe('二、“十三五”消防事业发展建设机遇与挑战');
  });

  it('reads a key/value table: a key wrapped on lines of its own above its fields, a blank value', () => {
    const lines = fixture('columns-keyvalue.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(tables(segments)).toHaveLength(1);
    expect(t!.span).toEqual({ file: '000.txt', line: 7735, endLine: 7762 });
    expect(t!.head).toEqual([]);
    expect(t!.body.map(show)).toEqual([
      ['街道（乡镇）名称', '新街口街道办事处'],
      ['覆盖面积（平方公里）', '3.7'],
      ['人口总数（万人）', '10.2182'],
      ['社区数量（个）', '21'],
      ['小区数量（个）', '99'],
      ['党政机关数量（个）', '23'],
      ['学校数量（个）', '20'],
      ['垃圾产生量（吨∕日）', '120'],
      ['厨余垃圾收运单位和去向', '西城环卫中心，南宫垃圾处理厂'],
      ['餐厨垃圾收运单位和去向', '西城环卫中心，南宫垃圾处理厂'],
      ['其他垃圾收运单位和去向', '西城环卫中心，大屯'],
      // The key took two printed lines, then came its three fields on one line.
      ['分类工作负责人（姓名、职务、联系方式）', '朱骅 城市管理科科长 13701308541'],
      // `其他   `: the wide gap it ends with was the empty value cell.
      ['其他', ''],
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should read a key/value list as pdftotext -layout gives it, no line ending with a space', () => {
    const text = [
      placed([8, '“垃圾分类示范街道”情况表']),
      placed([0, '街道（乡镇）名称'], [30, '新街口街道办事处']),
      placed([0, '覆盖面积（平方公里）'], [30, '3.7']),
      placed([0, '人口总数（万人）'], [30, '10.2182']),
      placed([0, '厨余垃圾收运单位和去向'], [30, '西城环卫中心，南宫垃圾处理厂']),
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    // Without the trailing spaces some extractions leave, no row is taken to wrap into the next.
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['街道（乡镇）名称', '新街口街道办事处'],
      ['覆盖面积（平方公里）', '3.7'],
      ['人口总数（万人）', '10.2182'],
      ['厨余垃圾收运单位和去向', '西城环卫中心，南宫垃圾处理厂'],
    ]);
  });

  it('in a key/value list, keeps a lone line under a pair as more of its value', () => {
    const lines = linesFromText(
      [
        '甲项目  张三 ',
        '',
        '乙项目  李四 ',
        '',
        '丙项目  王五 ',
        '',
        // Not above a line of fields, no empty cell after it: a second name for 丙项目.
        '赵六 ',
        '',
        '联系人 ',
        '',
        '孙七  科长  13700000000 ',
        '',
        '丁项目  钱八 ',
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f');
    coversOnce(segments, lines.length);
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['甲项目', '张三'],
      ['乙项目', '李四'],
      ['丙项目', '王五\n赵六'],
      ['联系人', '孙七 科长 13700000000'],
      ['丁项目', '钱八'],
    ]);
  });

  it('does not take headings, labelled fields or a colophon for a list', () => {
    const prose = [
      '第一章  总则',
      '',
      '第一条  为规范西城区财政科技专项项目管理，高效、科学实施项目，',
      '',
      '牵头单位：区编办 ',
      '',
      '责任单位：全区各部门 ',
      '',
      '完成时限：在 2016 年推进的基础上持续落实 ',
      '',
      '北京市西城区人民政府办公室             2017 年 2 月 28 日印发 ',
    ].join('\n');
    const lines = linesFromText(prose);
    expect(scanTables(lines, 'f').segments).toEqual([{ kind: 'text', lines }]);
  });

  it('reads a short list at the end of the input', () => {
    const lines = linesFromText(['组  长：张  三  区长 ', '', '成  员：李  四  局长 ', '', '王五五  主任 '].join('\n'));
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['组长：', '张三', '区长'],
      ['成员：↓2', '李四', '局长'],
      ['王五五', '主任'],
    ]);
  });

  it('should keep the header of a list of one-line rows once when a later page prints it again (pdftotext -layout)', () => {
    const row = (n: number, name: string, unit: string) => placed([0, String(n)], [6, name], [14, unit]);
    const lines = linesFromText(
      [
        placed([1, '序号'], [6, '姓名'], [27, '工作单位']),
        row(1, '王挥', '上海市地下空间设计研究总院有限公司'),
        row(2, '王艳明', '上海市政工程设计研究总院（集团）有限公司'),
        row(3, '卢永成', '上海友为工程设计有限公司'),
        `\f${placed([2, '序号'], [6, '姓名'], [27, '工作单位'])}`,
        row(4, '卢永金', '华东建筑设计研究院有限公司'),
        row(5, '包联进', '同济大学'),
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt');
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号', '姓名', '工作单位']]);
    expect(t!.body.map((r) => show(r)[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(show(t!.body[2])).toEqual(['3', '卢永成', '上海友为工程设计有限公司']);
    expect(segments[0]!.kind === 'table' && segments[0]!.repeated).toEqual(['序号', '姓名', '工作单位']);
  });
});

describe('a numbered list whose label line above is no header of its rows', () => {
  it('should read the rows without it, never give a table of a header and no rows', () => {
    // Labels over three lines: the nearest line of several words (`序号 编号`) is cut off from
    // the rows by the other labels.
    const lines = linesFromText(
      [
        '序号 编号',
        '项目名称',
        '项目申报单位',
        '传统美术（共计1项）',
        '1 BXCⅦ-4 面塑 北京市西城区“世纪传承”传统文化协会',
        '传统技艺（共计3项）',
        '2 BXCⅧ-48 花丝镶嵌 北京市西城区非物质文化遗产保护中心',
        '3 BXCⅧ-46 北京雕漆 北京华方雕漆艺术设计有限公司',
        '4 BXCⅧ-58 古琴斫制技艺 北京金师源教育科技有限公司',
      ].join('\n'),
    );
    const found = readColumnLists(
      lines,
      'f.txt',
      lines.map(() => true),
      { measure: 56, measureFromPage: true },
    );
    expect(found.every((f) => f.table.body.length > 0)).toBe(true);
    expect(found.map((f) => [f.start, f.end])).toEqual([[3, 9]]);
    expect(found[0]!.table.body.map(show)[1]).toEqual(['1', 'BXCⅦ-4', '面塑', '北京市西城区“世纪传承”传统文化协会']);
  });
});
