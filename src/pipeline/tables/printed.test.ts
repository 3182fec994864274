import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, placed, show, tables } from './testing.ts';

/** The measure of the site's A4 print (GB/T 9704: 28 characters a line), in half-width units. */
const A4 = { measure: 56 };

describe('printed tables, pdftotext default mode (the site printed and read back)', () => {
  it('should read the task table as one degraded table of printed lines: header once, its copy repeated, rows in order', () => {
    const lines = fixture('printed-default-tasks.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt', A4);
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    // The attachment label and the title stay text.
    expect(segments[0]!.lines.map((l) => l.no).slice(-3)).toEqual([346, 348, 349]);
    const [t] = tables(segments);
    expect(t!.shape).toBe('printed');
    expect(t!.span).toEqual({ file: 'f.txt', line: 351, endLine: 412 });
    expect(t!.head.map(show)).toEqual([['重点任 完成\n牵头部 责任单位\n类别 重点工\n工程措施\n作 务 时限\n门']]);
    expect(t!.body.slice(0, 2).map(show)).toEqual([
      ['能源 巩固无 进一步 2017 综合采取棚户区改造、拆除违章建设等 区重大 区发展改革'],
      ['结构 煤化建 做好煤 年12 综合措施，进一步巩固无煤化建设成 办 区环 委、西城规'],
    ]);
    // The first row after the page break follows the last row before it: the copy is out.
    const texts = t!.body.map((r) => r[0]!.text);
    expect(texts[texts.indexOf('外街道340蒸吨。') + 1]).toBe(
      '移动 严格重 加大重 2017 落实《2017年移动污染源监管工作方 西城交 各街道办事',
    );
    expect(segments[1]!.kind === 'table' && segments[1]!.repeated).toEqual([
      '重点任 完成',
      '牵头部 责任单位',
      '类别 重点工',
      '工程措施',
      '作 务 时限',
      '门',
    ]);
    // One row per printed line, but for the header and its copy.
    expect(t!.body).toHaveLength(segments[1]!.lines.length - 12);
    expect(t!.degraded).toBe(
      'printed table: the lines do not keep the positions of their cells; each printed line is kept as a row, as printed',
    );
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should take labels the first page prints after the first row into the header, and their copies out', () => {
    const lines = fixture('printed-default-late-labels.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt', A4);
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    // 责任单位 and 完成时限 head their column blocks, read after the first row's cells.
    expect(show(t!.head[0])).toEqual(['重点工\n主要任务\n牵头单位\n作\n责任单位\n完成时限']);
    const labels = new Set(['重点工', '主要任务', '牵头单位', '责任单位', '牵头单位 责任单位', '完成时限']);
    expect(t!.body.map((r) => r[0]!.text).filter((x) => labels.has(x))).toEqual([]);
    // Every copy dropped repeats the header: nothing is dropped that the table keeps nowhere else.
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should take out the label blocks of a copy that the default mode reads among the cells of its page', () => {
    const lines = fixture('printed-default-far-copies.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt', { ...A4, figuresSpaced: false });
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    // The first print: its labels, and `位` under them, the tail of `责任单位` cut in its cell.
    expect(show(t!.head[0])[0]!.split('\n')).toEqual(
      expect.arrayContaining(['责任单', '牵头领导', '牵头部门', '协办单位', '位']),
    );
    // Each later page prints `牵头领导 牵头部门 责任单` / `协办单位` / `位` between its cells.
    const labels = /^(牵头领导 牵头部门 责任单|协办单位|位|完成时限|任务)$/;
    expect(t!.body.map((r) => r[0]!.text).filter((x) => labels.test(x))).toEqual([]);
    const repeated = segments.find((s) => s.kind === 'table')!;
    expect(repeated.kind === 'table' && repeated.repeated.filter((r) => r === '牵头领导 牵头部门 责任单')).toHaveLength(
      4,
    );
    expect(warnings.map((w) => w.message)).toEqual([t!.degraded]);
  });

  it('should keep with the table a column block read after its last row, and leave a signature', () => {
    // The default mode reads the last page's remarks column after the rows: `提交区委常` / `委会`
    // set apart by blank lines, a cell the table printed before.
    const lines = linesFromText(
      [
        '序号 责任部门 议题名称 备注',
        '1 区政府办 关于甲的汇报 是',
        '提交区委常',
        '委会',
        '2 区环保局 关于乙的汇报 是',
        '3 区编办 关于丙的汇报 是',
        '',
        '提交区委常',
        '',
        '委会',
        '',
        '北京市西城区人民政府办公室',
      ].join('\n'),
    );
    const { segments } = scanTables(lines, 'f.txt', { ...A4, figuresSpaced: false });
    coversOnce(segments, lines.length);
    expect(segments.map((s) => [s.kind, s.lines.map((l) => l.no)])).toEqual([
      ['table', [1, 2, 3, 4, 5, 6, 8, 10]],
      ['text', [12]],
    ]);
  });

  it('should keep the labels a page copy lacks in the header, and a section row in the body', () => {
    const lines = fixture('printed-default-agenda.txt');
    const { segments } = scanTables(lines, 'f.txt', A4);
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.span.line).toBe(65);
    expect(show(t!.head[0])[0]).toBe(
      '拟上会\n序号 责任部门 责任\n议题名称\n备注 预公开政策解读政民互动 直播\n领导 时间\n是',
    );
    expect(t!.body.slice(0, 3).map(show)).toEqual([
      ['第一季度上会议题'],
      ['1 区政府办 孙硕 2月 (已上会)关于2017年在直接关系'],
      ['公室'],
    ]);
    // The page copy printed only some labels, in its own lines: they are repeats all the same.
    // A flag cell `是` at the foot of the page before stays a cell (a character alone there is a
    // cell's as often as a label's); beside the first print it is taken for the header's.
    expect(segments[1]!.kind === 'table' ? segments[1]!.repeated : []).toEqual([
      '拟上会',
      '序号 责任部门 责任',
      '议题名称',
      '领导 时间',
    ]);
  });

  it('should leave justified prose alone, stray spaces beside brackets and all', () => {
    const lines = fixture('prose-printed-default.txt');
    expect(lines.some((l) => l.raw.includes('意见》 （ 京政发'))).toBe(true);
    expect(scanTables(lines, 'f.txt', A4)).toEqual({ segments: [{ kind: 'text', lines }], warnings: [] });
  });

  it('should keep a table whole across a cell printed wider than its column, the next page repeating its header', () => {
    const text = [
      '2017年5月26日，区政府第12次常务会议研究同意，现将2017年',
      '重点任务分解印发给你们。各单位要于2017年6月30日前报送进展。',
      '序号 主要任务 牵头单位 完成时限',
      '1 开展详查 区环保局 年底前',
      '2 完善清单 区财政局 6月底前',
      '（标准编号DB11/1392015第Ⅱ时段限值要求全部达标排放）',
      '\f序号 主要任务 牵头单位 完成时限',
      '3 组织验收 区商务委 年底前',
      '4 建立台账 区科信委 9月底前',
      '',
      '北京市西城区人民政府办公室',
      '2017年6月1日',
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f.txt', A4);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([['序号 主要任务 牵头单位 完成时限']]);
    expect(t!.body.map((r) => r[0]!.text)).toEqual([
      '1 开展详查 区环保局 年底前',
      '2 完善清单 区财政局 6月底前',
      '（标准编号DB11/1392015第Ⅱ时段限值要求全部达标排放）',
      '3 组织验收 区商务委 年底前',
      '4 建立台账 区科信委 9月底前',
    ]);
    expect(segments[1]!.kind === 'table' ? segments[1]!.repeated : []).toEqual(['序号 主要任务 牵头单位 完成时限']);
  });

  it('should not take paragraphs opening with a spaced-out name for rows (孙 硕同志 负责…)', () => {
    const text = [
      '王少峰同志 主持区政府全面工作。',
      '孙 硕同志 负责区政府常务工作。协助区长负责监察、机构编制方面工作。',
      '李 异同志 负责政务公开、法制、外事侨务、港澳台、民族宗教工作。',
      '郁 治同志 负责人力资源与社会保障、卫生计生、民政、双拥工作。',
      '徐 利同志 协助区长负责历史文化名城保护工作。负责精神文明工作。',
    ].join('\n');
    const lines = linesFromText(text);
    expect(scanTables(lines, 'f.txt', A4).segments).toEqual([{ kind: 'text', lines }]);
  });
});

describe('printed tables, pdftotext -layout (the site printed and read back)', () => {
  it('should rebuild a member list: role, name, post, a role spanning its members as printed', () => {
    const lines = fixture('printed-layout-members.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt', A4);
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    const [t] = tables(segments);
    expect(t!.span).toEqual({ file: 'f.txt', line: 21, endLine: 35 });
    expect(t!.head).toEqual([]);
    // `成员：` is one cell merged over the members' rows in print: it spans them again (the
    // list reader reads it; the lines give no trailing spaces, so none of them is taken to wrap).
    expect(t!.body.slice(0, 4).map(show)).toEqual([
      ['组长：', '王少峰', '区政府区长'],
      ['副组长：', '郁治', '区政府副区长'],
      ['成员：↓13', '皮强', '区委组织部常务副部长'],
      ['张中喜', '区民政局局长'],
    ]);
    expect(t!.body).toHaveLength(15);
    expect(show(t!.body[14])).toEqual(['蔡莹媛', '区工商联副主席']);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('should part two lists with the same header where the title of the second opens a page', () => {
    const lines = fixture('printed-layout-two-lists.txt');
    // What the file's sentences say: the extraction does not space figures off Chinese.
    const { segments, warnings } = scanTables(lines, 'f.txt', { ...A4, figuresSpaced: false });
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text', 'table']);
    const [list, supplement] = tables(segments);
    // The list's header printed again at the top of its pages goes; its section rows stay.
    expect(segments[1]!.kind === 'table' && segments[1]!.repeated.map((r) => r.replace(/\s+/g, ' '))).toEqual([
      '序号 编号 项目名称 项目申报单位',
      '序号 编号 项目名称 项目申报单位',
    ]);
    expect(list!.body.map((r) => r[0]!.text)).toContain('传统技艺（共计11项）');
    expect(list!.body.map((r) => r[0]!.text).filter((t) => t.startsWith('42 '))).toHaveLength(1);
    // The supplement's title is text between the two tables.
    expect(segments[2]!.lines.map((l) => l.text)).toEqual([
      '西城区第五批区级非物质文化遗产',
      '代表性项目名录扩展项目名录',
      '（共计4项）',
    ]);
    expect(show(supplement!.head[0])).toEqual(['序号', '编号', '项目名称', '项目申报单位']);
    expect(supplement!.body).toHaveLength(6);
    expect(warnings.map((w) => w.message)).toEqual([list!.degraded]);
  });

  it('should fall back to the printed lines, saying why, when the header cannot be laid over the columns', () => {
    const lines = fixture('printed-layout-tasks.txt');
    const { segments, warnings } = scanTables(lines, 'f.txt', A4);
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.span.line).toBe(342);
    expect(t!.head.map(show)).toEqual([['类别 重点工 重点任 完成\n作 务 时限 工程措施 牵头部 责任单位\n门']]);
    expect(show(t!.body[0])).toEqual(['能源 巩固无 进一步 2017 综合采取棚户区改造、拆除违章建设等 区重大 区发展改革']);
    expect(t!.degraded).toMatch(
      /^printed table: the header's labels do not fall one group over each of the \d+ columns/,
    );
    expect(warnings).toHaveLength(1);
  });

  it('should leave indented prose alone', () => {
    const lines = fixture('prose-printed-layout.txt');
    expect(scanTables(lines, 'f.txt', A4)).toEqual({ segments: [{ kind: 'text', lines }], warnings: [] });
  });

  it('should keep a post wrapped onto a line of its own in its row, and start the next row at the next name', () => {
    const text = [
      placed([2, '二、组成人员']),
      placed([0, '组长：'], [8, '王少峰'], [13, '区委副书记、区政府区长']),
      placed([0, '副组长：'], [8, '孙硕'], [13, '区委常委、区政府常务副区长']),
      placed([0, '成员：'], [8, '缪剑虹'], [13, '区政府办公室主任']),
      placed([8, '王效农'], [13, '区人力社保局局长、区编办主任、']),
      placed([13, '区委组织部副部长（兼）']),
      placed([8, '关山红'], [13, '区编办常务副主任']),
      placed([2, '三、工作机构']),
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f.txt', A4);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table', 'text']);
    expect(tables(segments)[0]!.body.map(show)).toEqual([
      ['组长：', '王少峰', '区委副书记、区政府区长'],
      ['副组长：', '孙硕', '区委常委、区政府常务副区长'],
      ['成员：↓3', '缪剑虹', '区政府办公室主任'],
      ['王效农', '区人力社保局局长、区编办主任、区委组织部副部长（兼）'],
      ['关山红', '区编办常务副主任'],
    ]);
  });

  it('should set the header labels over the columns they are centred on, a label cut in two joined', () => {
    const text = [
      placed([3, '项目'], [10, '牵头单位'], [17, '配合单位'], [24, '完成']),
      placed([24, '时限']),
      placed([2, '编制应急预案'], [10, '区商务委'], [17, '区应急办'], [23, '年底前']),
      placed([2, '完善监测网络'], [10, '区环保局'], [17, '区科信委'], [23, '六月底前']),
      placed([2, '开展专项调查'], [10, '区统计局'], [17, '区商务委'], [23, '九月底前']),
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f.txt', A4);
    const [t] = tables(segments);
    expect(t!.shape).toBe('printed');
    expect(t!.head.map(show)).toEqual([['项目', '牵头单位', '配合单位', '完成时限']]);
    expect(t!.body.map(show)).toEqual([
      ['编制应急预案', '区商务委', '区应急办', '年底前'],
      ['完善监测网络', '区环保局', '区科信委', '六月底前'],
      ['开展专项调查', '区统计局', '区商务委', '九月底前'],
    ]);
    expect(t!.degraded).toBeUndefined();
  });
});
