import { describe, expect, it } from 'vitest';
import { rowFamily, splitGlued, toRows, withoutRepeatedStart } from './numbering.ts';

describe('rows from the numbering', () => {
  it('should take the family counting up longest, the finer one on a tie', () => {
    expect(rowFamily(['1', '甲', '2', '乙', '3', '丙'])).toBe('serial');
    expect(rowFamily(['一、甲', '1.子', '2.子', '二、乙', '3.子'])).toBe('l3');
    expect(rowFamily(['1', '甲', '2'])).toBeUndefined();
  });

  it('should start each row at its number, with the category cells before it as its lead', () => {
    const { before, rows } = toRows(
      ['标题', '一、甲类', '1.子一', '区环保局', '2.子二', '', '二、乙类', '3.子三'],
      'l3',
    );
    expect(before).toEqual(['标题']);
    expect(rows.map((r) => [r.lead.map((l) => l.text), r.cells])).toEqual([
      [['一、甲类'], ['1.子一', '区环保局']],
      [[], ['2.子二', '']],
      [['二、乙类'], ['3.子三']],
    ]);
  });

  it('should split a cell holding the next expected number in a later piece, and only then', () => {
    const split = splitGlued(
      [
        { pieces: ['1'], line: 0 },
        { pieces: ['甲', '2'], line: 1 },
        { pieces: ['乙', '5'], line: 2 },
      ],
      'serial',
    );
    expect(split.map((c) => c.pieces)).toEqual([['1'], ['甲'], ['2'], ['乙', '5']]);
  });

  it("should take out a row's number and first cell printed again after a page break", () => {
    expect(
      withoutRepeatedStart(['35', '49.强 化责任落实', '甲。', '区环保局', '35', '49.强化责任落实', '乙。', '区财政局']),
    ).toEqual({
      cells: ['35', '49.强 化责任落实', '甲。', '区环保局', '乙。', '区财政局'],
      repeated: ['35', '49.强化责任落实'],
    });
    // The number alone, or the number before another text, is data.
    expect(withoutRepeatedStart(['3', '甲', '3', '乙']).repeated).toEqual([]);
  });
});
