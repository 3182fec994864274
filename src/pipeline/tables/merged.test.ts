import { describe, expect, it } from 'vitest';
import { fromSlots } from './grid.ts';
import { columnKind } from './kinds.ts';
import { gapNote, spanMergedCells } from './merged.ts';
import { show } from './testing.ts';
import type { Slot } from './types.ts';

/** A row of slots: `^` is a place covered by the cell above, any other string a cell. */
const row = (...cells: string[]): Slot[] => cells.map((c) => (c === '^' ? 'up' : { text: c }));
const LABELS = ['任务', '措施', '主责部门', '完成时限'];
const KINDS = LABELS.map(columnKind);
const all = (n: number) => new Array<boolean>(n).fill(true);

function spanned(body: Slot[][], trusted = all(body.length)) {
  const out = spanMergedCells(body, KINDS, trusted);
  return { rows: fromSlots(out.body).map(show), merged: out.merged, gaps: out.gaps, body: out.body };
}

describe('cells merged in print, in a table read cell by cell', () => {
  it('should span a value printed with the first row of a group over the rows that print none', () => {
    const { rows, merged, gaps } = spanned([
      row('甲', '一。', '区商务委', '年底前'),
      row('^', '二。', '', ''),
      row('^', '三。', '', '6月底前'),
    ]);
    // 完成时限 holds two values: whether the empty one between belongs to the first is not told.
    expect(rows).toEqual([
      ['甲↓3', '一。', '区商务委↓3', '年底前'],
      ['二。', ''],
      ['三。', '6月底前'],
    ]);
    expect(merged).toBe(1);
    expect(gaps).toEqual([{ row: 1, columns: [3] }]);
  });

  it('should span a value printed after the last row over the rows before it when they carry no facts at all', () => {
    const { rows, merged } = spanned([
      row('甲', '一。', '', ''),
      row('^', '二。', '', ''),
      row('^', '三。', '区商务委', '年底前'),
    ]);
    expect(rows).toEqual([['甲↓3', '一。', '区商务委↓3', '年底前↓3'], ['二。'], ['三。']]);
    expect(merged).toBe(2);
  });

  it('should not span a value printed after the last row up over rows that have facts of their own', () => {
    const { rows, merged, gaps } = spanned([row('甲', '一。', '', '年底前'), row('^', '二。', '区商务委', '年底前')]);
    expect(rows).toEqual([
      ['甲↓2', '一。', '', '年底前'],
      ['二。', '区商务委', '年底前'],
    ]);
    expect(merged).toBe(0);
    expect(gaps).toEqual([{ row: 0, columns: [2] }]);
  });

  it('should leave an empty cell between two values empty and name it in a note', () => {
    const { rows, gaps, body } = spanned([
      row('甲', '一。', '区商务委', '年底前'),
      row('^', '二。', '', ''),
      row('^', '三。', '区财政局', ''),
    ]);
    expect(rows).toEqual([
      ['甲↓3', '一。', '区商务委', '年底前↓3'],
      ['二。', ''],
      ['三。', '区财政局'],
    ]);
    expect(gaps).toEqual([{ row: 1, columns: [2] }]);
    expect(gapNote(gaps, body, LABELS, KINDS)).toBe(
      '以下单元格在来源文本中为空，可能属于相邻行的合并单元格，来源未表明，故留空：「二。」一行的主责部门。',
    );
  });

  it('should name a row in a note by the start of its own text, cut short', () => {
    const { gaps, body } = spanned([
      row('甲', '一、建立粮食市场监管协调机制。', '区商务委', '年底前'),
      row('^', '二、坚决打击扰乱粮食市场秩序的行为。', '', '年底前'),
      row('^', '三。', '区财政局', '年底前'),
    ]);
    expect(gapNote(gaps, body, LABELS, KINDS)).toBe(
      '以下单元格在来源文本中为空，可能属于相邻行的合并单元格，来源未表明，故留空：「二、坚决打击扰乱粮食市场秩序…」一行的主责部门。',
    );
  });

  it('should span inner groups first, then the group around them', () => {
    const labels = ['类别', '任务', '措施', '主责部门'];
    const kinds = labels.map(columnKind);
    const body = [
      row('一、', '甲', '一。', ''),
      row('^', '^', '二。', '区商务委'),
      row('^', '乙', '三。', ''),
      row('^', '^', '四。', ''),
    ];
    const out = spanMergedCells(body, kinds, all(4));
    // 甲's two measures share the value printed after them; 乙's print none, and the one value
    // of the whole category spans it too.
    expect(fromSlots(out.body).map(show)).toEqual([
      ['一、↓4', '甲↓2', '一。', '区商务委↓4'],
      ['二。'],
      ['乙↓2', '三。'],
      ['四。'],
    ]);
    expect(out.merged).toBe(2);
  });

  it('should leave alone a group holding a row kept in printed order', () => {
    const body = [row('甲', '一。', '区商务委', '年底前'), row('^', '二。', '', '')];
    const { rows, merged, gaps } = spanned(body, [true, false]);
    expect(rows).toEqual([
      ['甲↓2', '一。', '区商务委', '年底前'],
      ['二。', '', ''],
    ]);
    expect(merged).toBe(0);
    expect(gaps).toEqual([]);
  });

  it('should never span a text column, nor rows that share no cell', () => {
    const { rows, merged, gaps } = spanned([
      row('甲', '一。', '区商务委', '年底前'),
      row('乙', '', '', ''),
      row('丙', '三。', '区财政局', '年底前'),
    ]);
    expect(rows).toEqual([
      ['甲', '一。', '区商务委', '年底前'],
      ['乙', '', '', ''],
      ['丙', '三。', '区财政局', '年底前'],
    ]);
    expect(merged).toBe(0);
    expect(gaps).toEqual([]);
  });
});
