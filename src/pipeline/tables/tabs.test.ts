import { describe, expect, it } from 'vitest';
import { fixture, linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { coversOnce, show, tables } from './testing.ts';

describe('tab-separated tables', () => {
  it('merges the header repeated at page breaks into one table with rowspans for categories', () => {
    const lines = fixture('tabs-tasks.txt');
    const { segments, warnings } = scanTables(lines, '002.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(tables(segments)).toHaveLength(1);
    expect(t!.shape).toBe('tabs');
    expect(t!.span).toEqual({ file: '002.txt', line: 653, endLine: 675 });
    expect(t!.head).toHaveLength(1);
    expect(show(t!.head[0])).toEqual(['类别', '重点工作', '重点任务', '完成时限', '工程措施', '牵头部门', '责任单位']);
    // 4 header copies in the source, 1 kept; 18 data lines, all kept as rows.
    expect(t!.body).toHaveLength(16);
    expect(show(t!.body[0])).toEqual([
      '能源结构调整',
      '巩固无煤化建设成果',
      '进一步做好煤改电民生保障工作',
      '2017年12月底前',
      '综合采取棚户区改造、拆除违章建设等综合措施，进一步巩固无煤化建设成果。 做好电采暖老旧设备更新淘汰、低谷电补贴、煤块回收补贴等民生保障工作。',
      '区重大办 区环境建设办 区环保局',
      '区发展改革委、西城规划分局、各街道办事处、区财政局',
    ]);
    // First row after the page break (its header copy dropped): its category spans 4 rows.
    expect(show(t!.body[3])).toEqual([
      '移动源↓4',
      '严格重型货运车管控',
      '加大重型柴油车查处力度',
      '2017年12月底前',
      expect.stringMatching(/^落实《2017年移动污染源监管工作方案》.*4万辆次。$/) as unknown as string,
      '西城交通支队 区环保局',
      '各街道办事处、区质监局、区商务委',
    ]);
    // A row starting with a tab: the category above continues over it.
    expect(show(t!.body[4])).toEqual([
      '淘汰老旧车',
      '报废淘汰(含转出)老旧机动车',
      '2017年12月底前',
      '全区报废淘汰(含转出)老旧机动车2.453万辆。',
      '区环保局',
      '各街道办事处、西城交通支队、区商务委、区委宣传部、区政府办公室、区国资委、区双拥办',
    ]);
    // Two leading tabs: category and 重点工作 both continue.
    expect(show(t!.body[9])[0]).toBe('加强扬尘污染防治技术应用');
    expect(show(t!.body[8]).slice(0, 3)).toEqual(['扬尘污染控制↓2', '规范渣土车运输管理', '全年']);
    expect(show(t!.body[7])[0]).toBe('面源治理↓6');
    // The doubled cell is kept once; the continuation row under it is one cell, the rest spans.
    expect(show(t!.body[11])).toEqual([
      '餐饮油烟污染控制↓2',
      '加强经营性餐饮油烟污染控制↓2',
      '全年↓2',
      expect.stringMatching(/^组织专项行动/) as unknown as string,
      '区环保局 区环境建设办 西城工商分局↓2',
      expect.stringMatching(/^区国资委、区教委/) as unknown as string,
    ]);
    expect(show(t!.body[12])).toEqual([
      expect.stringMatching(/^完成100家餐饮单位整治，其中陶然亭街道5家/) as unknown as string,
    ]);
    expect(warnings.map((w) => w.line)).toEqual([669]);
    expect(t!.degraded).toBeUndefined();
  });

  it('rebuilds a member list with role rowspans and its tail printed column by column', () => {
    const lines = fixture('tabs-members.txt');
    const { segments } = scanTables(lines, '002.txt');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.head).toEqual([]);
    expect(t!.span).toEqual({ file: '002.txt', line: 223, endLine: 258 });
    expect(show(t!.body[0])).toEqual(['召集人：', '王志忠', '区发展改革委主任']);
    expect(show(t!.body[1])).toEqual(['副召集人：↓5', '王小麟', '区物价检查所所长']);
    expect(show(t!.body[2])).toEqual(['牟永力', '区财政局副局长']);
    expect(show(t!.body[6])).toEqual(['成员：↓18', '吴珍', '区教委副主任']);
    expect(show(t!.body[19])).toEqual(['经萍', '区地税局副局长']);
    expect(show(t!.body[20])).toEqual(['张继承', '区质监局副局长']);
    expect(show(t!.body[23])).toEqual(['李学良', '西城规划分局副调研员']);
    expect(t!.body).toHaveLength(24);
    // The 抄送 line after the tail stays text.
    const last = segments[segments.length - 1]!;
    expect(last.kind).toBe('text');
    expect(last.lines[0]!.text).toMatch(/^抄送/);
  });

  it('leaves a printed table of contents (title, tab, page) as text', () => {
    const lines = fixture('tabs-contents.txt');
    const { segments } = scanTables(lines, '002.txt');
    expect(tables(segments)).toEqual([]);
    coversOnce(segments, lines.length);
  });

  it('keeps empty cells inside rows that do not start with a tab, and a table at the end of input', () => {
    const lines = linesFromText(['说明', '', '名称\t数量\t备注', '甲\t\t无', '乙\t2\t'].join('\n'));
    const { segments } = scanTables(lines, 'f');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(segments[segments.length - 1]!.kind).toBe('table');
    expect(show(t!.head[0])).toEqual(['名称', '数量', '备注']);
    expect(t!.body.map(show)).toEqual([
      ['甲', '', '无'],
      ['乙', '2', ''],
    ]);
  });

  it('does not span an empty cell down from an empty cell, and splits unrelated tables at a blank line', () => {
    const lines = linesFromText(['甲\t\t一', '\t\t二', '', 'a\tb\tc\td', 'e\tf\tg\th'].join('\n'));
    const { segments } = scanTables(lines, 'f');
    const ts = tables(segments);
    expect(ts).toHaveLength(2);
    expect(ts[0]!.body.map(show)).toEqual([
      ['甲↓2', '', '一'],
      ['', '二'],
    ]);
    // Short labels without digits in every column: read as a header.
    expect(show(ts[1]!.head[0])).toEqual(['a', 'b', 'c', 'd']);
    expect(ts[1]!.body.map(show)).toEqual([['e', 'f', 'g', 'h']]);
  });
});

describe('captions', () => {
  it('takes a `表 N` line right above any table as its caption', () => {
    const lines = linesFromText(['表 3 成员名单', '', '名称\t职务', '甲\t主任', '乙\t副主任'].join('\n'));
    const { segments } = scanTables(lines, 'f');
    expect(segments.map((s) => s.kind)).toEqual(['table']);
    const [t] = tables(segments);
    expect(t!.caption).toBe('表3成员名单');
    expect(t!.span).toEqual({ file: 'f', line: 1, endLine: 5 });
  });
});
