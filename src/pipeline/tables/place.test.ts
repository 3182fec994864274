import { describe, expect, it } from 'vitest';
import { GENERAL, columnKind } from './kinds.ts';
import { foldExtra, placeCells, reordered, squeezeEmpty } from './place.ts';

const KINDS = ['序号', '主要任务', '牵头单位', '完成时限'].map(columnKind);

describe('placing the cells of a numbered row', () => {
  it('should squeeze runs of empty cells only as far as needed', () => {
    expect(squeezeEmpty(['a', '', '', '', 'b', '', 'c'], 5)).toEqual(['a', '', 'b', '', 'c']);
    expect(squeezeEmpty(['a', 'b'], 1)).toEqual(['a', 'b']);
  });

  it('should fold the cells beyond the last column into it, one per line, dropping empty ones', () => {
    expect(foldExtra(['1', '甲', '乙', '', '丙'], 3)).toEqual(['1', '甲', '乙\n丙']);
    expect(foldExtra(['1', '甲'], 3)).toEqual(['1', '甲']);
  });

  it('should keep a row with one cell per column as printed, and call it exact', () => {
    const placed = placeCells(['1', '编制预案。', '区商务委', '年底前'], KINDS, true, GENERAL);
    expect(placed).toMatchObject({ cells: ['1', '编制预案。', '区商务委', '年底前'], fits: true, exact: true });
  });

  it('should lay a row with a list cut by a stray separator over the columns by kind', () => {
    const placed = placeCells(['2', '开展详查。', '区环保局、', '区财政局', '2017年底前'], KINDS, true, GENERAL);
    expect(placed).toMatchObject({ cells: ['2', '开展详查。', '区环保局、区财政局', '2017年底前'], fits: true });
    expect(placed.exact).toBe(false);
  });

  it('should lay a second measure with its own facts as a sub-row under the task', () => {
    const placed = placeCells(['3', '甲。', '2017年底前', '乙。', '区商务委'], KINDS, true, GENERAL);
    expect(placed).toMatchObject({ cells: ['3', '甲。', '', '2017年底前'], sub: [['乙。', '区商务委', '']], from: 1 });
  });

  it('should keep cells in order, the extra ones folded, when the row cannot be laid by kind', () => {
    const kinds = ['序号', '牵头单位', '完成时限'].map(columnKind);
    const placed = placeCells(['4', '区商务委', '年底前', '区财政局', '6月底前'], kinds, true, GENERAL);
    expect(placed).toMatchObject({ cells: ['4', '区商务委', '年底前\n区财政局\n6月底前'], fits: false, size: 5 });
  });

  it('should put a deadline read among the agencies before it after them, where the deadline column comes last', () => {
    const kinds = ['序号', '主要任务', '牵头单位', '参与单位', '完成时限'].map(columnKind);
    const cells = [
      '甲。',
      '区环保局',
      '区住房城市建',
      '长期实施',
      '设委',
      '各街道办事处',
      '乙。',
      '区财政局',
      '年底前',
    ];
    expect(reordered(cells, kinds, GENERAL)).toEqual([
      '甲。',
      '区环保局',
      '区住房城市建',
      '设委',
      '各街道办事处',
      '长期实施',
      '乙。',
      '区财政局',
      '年底前',
    ]);
    // Where the deadline column comes before the agencies, the order is the printed one.
    const dateFirst = ['序号', '主要任务', '完成时限', '牵头单位'].map(columnKind);
    expect(reordered(['甲。', '年底前', '区环保局'], dateFirst, GENERAL)).toEqual(['甲。', '年底前', '区环保局']);
  });

  it('should split an agency glued after the sentence before it', () => {
    const kinds = ['序号', '主要任务', '牵头单位', '完成时限'].map(columnKind);
    expect(reordered(['造成土壤污染的，应承担治理修复等责任。 区科信委', '年底前'], kinds, GENERAL)).toEqual([
      '造成土壤污染的，应承担治理修复等责任。',
      '区科信委',
      '年底前',
    ]);
  });

  it('should repair the reading order only of a row that does not lay out as printed', () => {
    const kinds = ['序号', '主要任务', '牵头单位', '参与单位', '完成时限'].map(columnKind);
    const placed = placeCells(
      ['5', '甲。', '区环保局', '区城管执法监察局', '长期实施', '各街道办事处'],
      kinds,
      true,
      GENERAL,
    );
    expect(placed).toMatchObject({
      cells: ['5', '甲。', '区环保局', '区城管执法监察局\n各街道办事处', '长期实施'],
      fits: true,
    });
  });
});
