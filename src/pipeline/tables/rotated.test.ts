import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

/**
 * Prints cells the way the extraction printed rotated pages: one character per line, a blank
 * line after every second character, a whitespace-only line after each cell; `page` cells
 * open a new printed page (their first line starts with a space).
 */
function rotatedText(cells: readonly (string | { page: string })[]): string {
  const out: string[] = [];
  for (const cell of cells) {
    const text = typeof cell === 'string' ? cell : cell.page;
    [...text].forEach((ch, i) => {
      out.push(i === 0 && typeof cell !== 'string' ? ` ${ch}` : ch);
      if (i % 2 === 1) out.push('');
    });
    out.push(' ');
    out.push('');
  }
  // The last cell of the input is not followed by a separator.
  return out.slice(0, -2).join('\n');
}

describe('rotated tables', () => {
  it('rebuilds the agenda table: caption, header once, section rows, rows across page breaks', () => {
    const lines = fixture('rotated-agenda.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const ts = tables(segments);
    expect(ts).toHaveLength(1);
    const t = ts[0]!;
    expect(t.shape).toBe('rotated');
    expect(t.span).toEqual({ file: '000.txt', line: 19592, endLine: 20640 });
    expect(t.caption).toBe('附件：2017年西城区政府重要会议议题计划表');
    // Printed three times in the fixture (once per page), kept once. Labels cut in two are
    // joined; the three flag labels the extraction glued into one span their three columns.
    expect(t.head.map(show)).toEqual([
      ['序号', '责任部门', '责任领导', '拟上会时间', '议题名称', '备注', '预公开政策解读政民互动→3', '直播'],
    ]);
    expect(t.body.some((r) => r.some((c) => c.text === '责任部门'))).toBe(false);
    expect(show(t.body[0])).toEqual(['第一季度上会议题→10']);
    expect(show(t.body[1])).toEqual([
      '1',
      '区政府办公室',
      '孙硕',
      '2月',
      '(已上会)关于2017年在直接关系群众生活方面拟办重要实事的汇报提交区委常委会',
      '',
      '',
      '是',
      '',
      '',
    ]);
    expect(show(t.body[5])).toEqual([
      '5',
      '区编办',
      '孙硕',
      '3月',
      '关于西城区城市管理体制改革有关情况的汇报',
      '提交区委常委会',
      '',
      '',
      '',
      '',
    ]);
    // First row of the second page, after the header copy that was dropped.
    expect(show(t.body[6])).toEqual([
      '6',
      '区环保局',
      '姜立光',
      '3月',
      '关于西城区土壤防治工作方案制定情况的汇报',
      '',
      '',
      '',
      '',
      '是',
    ]);
    // First row of the third page.
    expect(show(t.body[13])!.slice(0, 4)).toEqual(['13', '区园林绿化局', '姜立光', '3月']);
    expect(show(t.body[13])![4]).toMatch(/^关于国家大剧院周边沿线道路景观提升/);
    expect(t.body.filter((r) => /^\d+$/.test(r[0]!.text)).map((r) => Number(r[0]!.text))).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 1),
    );
    // Every row of the fixture lays out over the joined labels, flags under the glued label.
    expect(show(t.body[3])!.slice(5)).toEqual(['', '', '', '是', '主管区领导录播']);
    expect(t.degraded).toBeUndefined();
    expect(warnings).toHaveLength(0);
  });

  it('rebuilds category columns with rowspans and a header label glued to the page before', () => {
    const lines = fixture('rotated-grain.txt');
    const { segments } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.caption).toBeUndefined();
    // `工作` came out glued to the last cell of the page before; the page start splits it off.
    // Labels the narrow header cells cut in two (`工作` / `任务`, `配合部门` / `（单位）`) are joined.
    expect(show(t!.head[0])).toEqual([
      '工作任务',
      '重点事项',
      '重点指标',
      '年度指标任务分解',
      '指标任务要求',
      '主责部门',
      '配合部门（单位）',
    ]);
    // The table starts mid-way (its first page is missing from the source): no category yet.
    // 主责部门 and 配合部门 are printed once, after <6>, for the three measures of （3）, whose
    // rows carry nothing else: merged cells, spanning <4>–<6> again.
    expect(show(t!.body[0])).toEqual([
      '',
      '',
      '',
      '（3）编制本区粮食供给应急预案。↓3',
      '<4>编制本区粮食供给应急预案。',
      '区商务委↓3',
      '区市政市容委区应急办\n区交通支队\n各街道办事处↓3',
    ]);
    expect(show(t!.body[1])).toEqual(['', '', '', '<5>将本区粮食供给应急预案报市粮食局备案。']);
    expect(show(t!.body[2])).toEqual(['', '', '', '<6>每年更新指挥联络系统。']);
    // After the page break: a new 三、 opens every category level.
    expect(show(t!.body[6])!.slice(0, 7)).toEqual([
      '三、落实粮食流通管理责任↓13',
      '（三）现代粮食物流体系↓3',
      '4.健全粮食供应网络↓3',
      '（6）合理规划粮食供应网点。',
      '<10>粮油供应网络建设纳入城镇建设规划和商业网点规划。',
      // Laid out by column kind: agencies under 主责部门 / 配合部门（单位）, stacked names one a line;
      // the rows of 4. after it print none of their own: one value for the group, it spans it.
      '区商务委↓3',
      '区财政局\n区市政市容委↓3',
    ]);
    // Covered by the spans above: the row starts at its own （7） cell.
    expect(show(t!.body[7])!.slice(0, 2)).toEqual([
      '（7）构建现代粮食物流体系。↓2',
      '<11>采取有效措施，支持现代化粮食物流体系建设。',
    ]);
    // <12> was glued into the <11> cell (no separator): split at the expected next number.
    expect(show(t!.body[8])![0]).toBe('<12>积极组织粮油货源，丰富粮油市场供应。');
    // A new （四） closes the spans of the levels below it.
    expect(show(t!.body[9])!.slice(0, 2)).toEqual([
      '（四）粮食市场信息监测预警体系↓10',
      '5.落实信息监测网点，及时收集、汇总、发布、上报有关情况↓4',
    ]);
  });

  it('reads a hand-made rotated table: empty cells, section rows, header copies, end of input', () => {
    const text = [
      '上一页的正文结束了，这是一段普通的文字，有三十多个字，后面是空行。',
      '',
      rotatedText([
        '附件',
        '任务清单',
        '序号',
        '任务名称',
        '责任单位',
        '一、第一类',
        '1',
        '甲任务',
        '区环保局',
        '2',
        '乙任务',
        '',
        { page: '序号' },
        '任务名称',
        '责任单位',
        '3',
        '丙任务',
        '区财政局',
        '二、第二类',
        '4',
        '丁任务',
        '区商务委',
      ]),
    ].join('\n');
    const lines = linesFromText(text);
    const { segments } = scanTables(lines, 'f');
    coversOnce(segments, lines.length);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'table']);
    const [t] = tables(segments);
    expect(t!.caption).toBe('附件任务清单');
    expect(t!.head.map(show)).toEqual([['序号', '任务名称', '责任单位']]);
    expect(t!.body.map(show)).toEqual([
      ['一、第一类→3'],
      ['1', '甲任务', '区环保局'],
      ['2', '乙任务', ''],
      ['3', '丙任务', '区财政局'],
      ['二、第二类→3'],
      ['4', '丁任务', '区商务委'],
    ]);
    // Every numbered row came with exactly one cell per column (the empty one included): clean.
    expect(t!.degraded).toBeUndefined();
  });

  it('is not fooled by prose with space-only lines and short headings', () => {
    const prose = [
      '一、总体要求',
      '',
      ' ',
      '',
      '坚持以人民为中心的发展思想，认真落实各项工作部署，推进重点任务',
      '',
      '落实。',
      '',
      ' ',
      '',
      '（一）',
      '',
      '目标',
      '',
      ' ',
      '',
      '北京市西城区人民政府',
      '',
      '2017 年 3 月 8 日',
    ].join('\n');
    const lines = linesFromText(prose);
    const { segments } = scanTables(lines, 'f');
    expect(segments).toEqual([{ kind: 'text', lines }]);
  });
});

describe('a task breakdown with several measures per task', () => {
  it("lays each measure as a sub-row, the task's cells spanning them, across a page break", () => {
    const lines = fixture('rotated-tasks.txt');
    const { segments, warnings } = scanTables(lines, '000.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([
      ['序号', '北京市重点任务', '西城区2017年重点任务', '完成时限', '牵头领导', '牵头部门', '责任单位', '协办单位'],
    ]);
    // `孙` / `硕` printed spaced out is one name; the row's three leaders stack in one cell.
    expect(show(t!.body[1])!.slice(3, 6)).toEqual(['按时间节点完成', '孙硕\n姜立光\n吴向阳', '区委办公室']);
    // Task 2: three measures, so 序号 and 北京市重点任务 span three rows.
    expect(show(t!.body[2])!.slice(0, 2)).toEqual(['2↓3', '2.加强统筹调度和督察问责↓3']);
    // 完成时限 and 协办单位 are printed once for the three measures (merged cells): they span them.
    expect(show(t!.body[2])!.slice(3)).toEqual([
      '长期实施↓3',
      '姜立光',
      '区环保局',
      '区各有关部门',
      '各街道办事处\n区监察局\n区政府绩效办↓3',
    ]);
    // The second measure prints no leader or agencies; the measures before and after it each
    // have their own, so which of them a merged cell gave it (or whether it had none) is not
    // in the source: left empty, and the table's note says so.
    expect(show(t!.body[3])!.slice(1)).toEqual(['', '', '']);
    expect(show(t!.body[3])![0]).toMatch(/^贯彻实施《北京市环境保护工作职责分工》/);
    expect(show(t!.body[4])!.slice(1)).toEqual(['姜立光', '区环保局', '区政府督查室区委组织部']);
    expect(t!.notes).toEqual([
      '以下单元格在来源文本中为空，可能属于相邻行的合并单元格，来源未表明，故留空：「贯彻实施《北京市环境保护工作…」一行的牵头领导、牵头部门、责任单位。',
    ]);
    // After the header printed again on the next page: task 4 and its second measure.
    expect(show(t!.body[6])).toEqual(['二、无煤化巩固任务→8']);
    // Its second measure has a 牵头部门 of its own; the rest is printed once for both.
    expect(show(t!.body[7])!.slice(3, 6)).toEqual(['年底前↓2', '姜立光↓2', '区重大办']);
    expect(show(t!.body[8])).toEqual([
      '做好电采暖老旧设备更新淘汰、低谷电补贴、煤块回收补贴等民生保障工作。',
      '区环保局',
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });
});
