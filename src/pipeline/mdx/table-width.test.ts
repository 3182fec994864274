import { describe, expect, it } from 'vitest';
import type { TableCell } from '../model.ts';
import {
  CELL_CHARS,
  LANDSCAPE_CHARS,
  PHRASE_CHARS,
  PORTRAIT_CHARS,
  READABLE_CHARS,
  tableWidth,
  textChars,
} from './table-width.ts';

const row = (...texts: (string | TableCell)[]): TableCell[] =>
  texts.map((t) => (typeof t === 'string' ? { text: t } : t));

describe('textChars', () => {
  it('should count CJK and full-width characters as one and Latin letters and digits as half', () => {
    expect(textChars('区财政局')).toBe(4);
    expect(textChars('（2017年）')).toBe(3 + 2);
    expect(textChars('PM2.5')).toBe(2.5);
    expect(textChars('“十三五”')).toBe(5);
  });
});

describe('tableWidth', () => {
  it('should keep a table of short columns on a portrait page', () => {
    const t = tableWidth({ head: [row('序号', '项目', '金额')], body: [row('1', '医事服务费', '100元')] });
    expect(t.columns).toBe(3);
    expect(t.longest).toEqual([2, 5, 2.5]);
    expect(t.readable).toBeCloseTo(3 + 5 + 3 + 3 * CELL_CHARS);
    expect(t.wide).toBe(false);
  });

  it('should turn a table of five columns of running text (five readable columns fill the type area)', () => {
    const long = '加强组织领导，明确责任分工，按时完成任务';
    const four = tableWidth({ head: [], body: [row(long, long, long, long)] });
    const five = tableWidth({ head: [], body: [row(long, long, long, long, long)] });
    expect(four.wide).toBe(false);
    expect(five.wide).toBe(true);
    expect(five.readable).toBeCloseTo(5 * (READABLE_CHARS + CELL_CHARS));
  });

  it('should turn a table of many columns of short headings (a 10-column grid of fees), not one of figures alone', () => {
    const cells = Array.from({ length: 10 }, () => '医事服务费');
    expect(tableWidth({ head: [], body: [row(...Array.from({ length: 10 }, () => '12.5'))] }).wide).toBe(false);
    expect(tableWidth({ head: [], body: [row(...cells)] }).wide).toBe(true);
    expect(tableWidth({ head: [], body: [row(...cells.slice(0, 6))] }).wide).toBe(false);
  });

  it('should place cells under a cell spanning rows in the columns after it', () => {
    const t = tableWidth({
      head: [],
      body: [row({ text: '类别', rowspan: 2 }, '甲', '乙'), row('一二三四五六七八九十', '丙')],
    });
    expect(t.columns).toBe(3);
    expect(t.longest).toEqual([2, 10, 1]);
  });

  it('should not widen a column for a cell spanning several columns, and measure stacked names by their longest line', () => {
    const t = tableWidth({
      head: [row({ text: '一级医院及基层医疗机构的医事服务费标准', colspan: 2 })],
      body: [row('区发展改革委\n区财政局', '是')],
    });
    expect(t.columns).toBe(2);
    expect(t.longest).toEqual([6, 1]);
  });

  it('should measure the portrait type area in characters of 10.5 pt', () => {
    expect(PORTRAIT_CHARS).toBeCloseTo(42.1, 1);
  });
});

describe('columns of phrases', () => {
  const task = '全区再开发利用的污染地块安全利用率达到95%以上，按照北京市部署开展全区土壤污染状况详查。';

  it('should give a column of agency names the width of its longest name, and none to a column of prose', () => {
    const t = tableWidth({
      head: [row('序号', '北京市任务', '重点任务', '工作措施', '参与单位', '完成时限')],
      body: [
        row('1', task, task, task, '西城规划分局\n区城管监督指挥中心\n区科信委', '年底前'),
        row('2', task, task, task, '区环保局', '2017年12月底前'),
      ],
    });
    expect(t.wide).toBe(true);
    // 序号 is narrower than any column may be; the tasks wrap anywhere.
    expect(t.phrases).toEqual([undefined, undefined, undefined, undefined, 9, 7]);
  });

  it('should leave a table the portrait page holds to the browser', () => {
    const t = tableWidth({ head: [], body: [row('1', task, '区城管监督指挥中心')] });
    expect(t.wide).toBe(false);
    expect(t.phrases).toEqual([undefined, undefined, undefined]);
  });

  it('should not take a column for phrases when more than a tenth of its lines are longer', () => {
    const names = Array.from({ length: 8 }, () => '区财政局');
    const column = (cells: string[]) =>
      tableWidth({ head: [], body: cells.map((n) => row(task, task, task, task, n)) });
    expect(column([...names, task, task]).phrases[4]).toBeUndefined();
    // A long line among ten does not make it prose: the phrases keep their width, the long one wraps.
    expect(column([...names, task, '区财政局']).phrases[4]).toBe(4);
    expect(PHRASE_CHARS).toBeGreaterThanOrEqual(9);
  });

  it('should give no column a phrase width when the phrases alone overfill the page', () => {
    const name = '区城管监督指挥中心';
    const fits = Math.floor(LANDSCAPE_CHARS / (9 + CELL_CHARS));
    expect(tableWidth({ head: [], body: [row(...Array.from({ length: fits }, () => name))] }).phrases).toEqual(
      Array.from({ length: fits }, () => 9),
    );
    expect(
      tableWidth({ head: [], body: [row(...Array.from({ length: fits + 1 }, () => name))] }).phrases.every(
        (w) => w === undefined,
      ),
    ).toBe(true);
  });
});
