import { describe, expect, it } from 'vitest';
import { linesFromText } from './fixture-lines.ts';
import { columnStarts, layoutGrid } from './layout-grid.ts';
import { placed } from './testing.ts';

const paged = (text: string, page = 0) => linesFromText(text).map((line) => ({ line, page }));

describe('grids from -layout positions', () => {
  it('should find a column where two placed pieces start, starts two characters apart merged', () => {
    expect(
      columnStarts([
        [
          { text: 'a', at: 0 },
          { text: 'b', at: 8 },
        ],
        [{ text: 'c', at: 0 }, { text: 'd', at: 9 }, { text: 'e' }],
        [{ text: 'f', at: 20 }],
      ]),
    ).toEqual([0, 8]);
  });

  it('should read a line of pieces one space apart as cells of the columns that follow', () => {
    const grid = layoutGrid(
      [],
      paged(
        [
          placed([0, '组长：'], [6, '王少峰'], [10, '区委副书记']),
          placed([0, '副组长：'], [6, '孙硕'], [9, '区委常委']),
          placed([6, '司马红'], [10, '区政府副区长']),
        ].join('\n'),
      ),
    );
    expect(grid.table?.body.map((r) => r.map((s) => (typeof s === 'object' ? s.text : s)))).toEqual([
      ['组长：', '王少峰', '区委副书记'],
      ['副组长：', '孙硕', '区委常委'],
      ['', '司马红', '区政府副区长'],
    ]);
  });

  it('should say the lines keep no positions when none is indented or spread', () => {
    expect(layoutGrid([], paged('序号 任务 单位\n1 甲 区环保局\n2 乙 区财政局'))).toEqual({
      why: 'the lines do not keep the positions of their cells',
    });
  });

  it('should join the lines of a wrapped cell and start a row where an empty column gets text', () => {
    const grid = layoutGrid(
      [],
      paged(
        [
          placed([0, '1'], [3, '区政府办'], [9, '关于2017年在直接关系']),
          placed([3, '公室'], [9, '群众生活方面的汇报']),
          placed([0, '2'], [3, '区编办'], [9, '关于体制改革的汇报']),
        ].join('\n'),
      ),
    );
    expect(grid.table?.body.map((r) => r.map((s) => (typeof s === 'object' ? s.text : s)))).toEqual([
      ['1', '区政府办公室', '关于2017年在直接关系群众生活方面的汇报'],
      ['2', '区编办', '关于体制改革的汇报'],
    ]);
  });
});
