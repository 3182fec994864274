import { describe, expect, it } from 'vitest';
import { gluedLabel, mergeSplitLabels } from './labels.ts';

describe('header labels cut in two', () => {
  it('joins a short part with the label ending that follows, and a bracketed qualifier', () => {
    expect(
      mergeSplitLabels([
        '序',
        '号',
        '北京市',
        '重点任务',
        '完成',
        '时限',
        '牵头',
        '领导',
        '牵头部门',
        '配合部门',
        '（单位）',
      ]).texts,
    ).toEqual(['序号', '北京市重点任务', '完成时限', '牵头领导', '牵头部门', '配合部门（单位）']);
    // Whole labels stay as they are.
    expect(mergeSplitLabels(['重点工作', '主要任务', '牵头单位', '责任单位', '完成时限']).texts).toHaveLength(5);
  });
});

describe('a label standing for several columns', () => {
  const labels = ['序号', '责任部门', '责任领导', '拟上会时间', '议题名称', '备注', '预公开政策解读政民互动', '直播'];

  it('spans the one far longer label over the columns the rows have beyond the labels', () => {
    const g = gluedLabel(labels, 10)!;
    expect(g.columns).toHaveLength(10);
    expect(g.columns.slice(6, 9)).toEqual(Array(3).fill('预公开政策解读政民互动'));
    expect(g.head.slice(5)).toEqual([
      { text: '备注' },
      { text: '预公开政策解读政民互动' },
      'left',
      'left',
      { text: '直播' },
    ]);
  });

  it('does nothing when rows are no wider, or no label stands out', () => {
    expect(gluedLabel(labels, 8)).toBeUndefined();
    expect(gluedLabel(['序号', '主要任务', '牵头单位', '责任单位', '完成时限'], 7)).toBeUndefined();
  });
});
