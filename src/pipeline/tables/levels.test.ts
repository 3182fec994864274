import { describe, expect, it } from 'vitest';
import { fromSlots } from './grid.ts';
import { linesFromText } from './fixture-lines.ts';
import { scanTables } from './index.ts';
import { groupPieces, type Piece, twoLevelHeader } from './levels.ts';
import { coversOnce, show, tables } from './testing.ts';

/** Pieces one per printed line, except those given together in one string (`'a b'`). */
function pieces(...lines: string[]): Piece[] {
  return lines.flatMap((l, line) => l.split(' ').map((text) => ({ text, line })));
}

describe('two-level headers', () => {
  it('lays group labels over sub-labels printed once per group, none wrapped', () => {
    const lines = linesFromText(
      ['地区 ', '', '2016 年 2017 年 ', '', '金额 占比 金额 占比 ', '', '东城 10 20 30 40 ', '', '西城 5 6 7 8 '].join(
        '\n',
      ),
    );
    const { segments, warnings } = scanTables(lines, 'f');
    coversOnce(segments, lines.length);
    const [t] = tables(segments);
    expect(t!.head.map(show)).toEqual([
      ['地区↓2', '2016年→2', '2017年→2'],
      ['金额', '占比', '金额', '占比'],
    ]);
    expect(t!.body.map(show)).toEqual([
      ['东城', '10', '20', '30', '40'],
      ['西城', '5', '6', '7', '8'],
    ]);
    expect(t!.degraded).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('keeps a header whose lower labels do not repeat in one cell, degraded', () => {
    const lines = linesFromText(
      ['地区 ', '', '上半年 下半年 ', '', '金额 占比 件数 比重 ', '', '东城 10 20 30 40 ', '', '西城 5 6 7 8 '].join(
        '\n',
      ),
    );
    const [t] = tables(scanTables(lines, 'f').segments);
    expect(t!.head.map(show)).toEqual([['地区 上半年 下半年 金额 占比 件数 比重→5']]);
    expect(t!.degraded).toMatch(/several levels/);
  });

  it('needs as many upper labels as repeated groups, and no more leading labels than fit', () => {
    // Three groups of sub-labels but only two labels above them.
    expect(twoLevelHeader(pieces('地区', '甲 乙', '金额', '金额', '金额'), 4)).toBeUndefined();
    // Two groups, one leading label: five columns.
    const rows = twoLevelHeader(pieces('地区', '甲 乙', '金额 占比', '金额 占比'), 5)!;
    expect(fromSlots(rows).map(show)).toEqual([
      ['地区↓2', '甲→2', '乙→2'],
      ['金额', '占比', '金额', '占比'],
    ]);
  });
});

describe('joining wrapped header pieces into labels', () => {
  it('ends a label at a piece shorter than a full line, then keeps labels even', () => {
    expect(groupPieces([pieces('医事', '服务', '费', '报销', '金额')], 2)).toEqual([['医事服务费', '报销金额']]);
    expect(groupPieces([pieces('报销', '金额', '自付', '金额')], 2)).toEqual([['报销金额', '自付金额']]);
  });

  it('never joins two values of one printed line, in any copy', () => {
    // Even labels would be `甲乙` / `丙丁戊`, but `丙丁 戊` were two values of one line.
    expect(groupPieces([pieces('甲乙', '丙丁 戊')], 2)).toEqual([['甲乙丙丁', '戊']]);
    // The same run printed twice, wrapped differently: the split must suit both copies.
    const a = pieces('甲乙', '丙丁', '戊');
    const b = pieces('甲乙 丙丁', '戊');
    expect(groupPieces([a], 2)).toEqual([['甲乙', '丙丁戊']]);
    expect(groupPieces([b, a], 2)).toEqual([
      ['甲乙', '丙丁戊'],
      ['甲乙', '丙丁戊'],
    ]);
    expect(groupPieces([pieces('甲乙', '丙丁 戊'), pieces('甲乙 丙丁', '戊')], 2)).toBeUndefined();
    expect(groupPieces([pieces('甲 乙 丙')], 2)).toBeUndefined();
  });
});
