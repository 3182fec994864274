import { describe, expect, it } from 'vitest';
import type { RCell } from './cell-stream.ts';
import { findHeader, headerPrintedOnce, stripHeaders } from './header.ts';

const cells = (texts: readonly string[]): RCell[] => texts.map((t, line) => ({ pieces: t === '' ? [] : [t], line }));

describe('the header printed on every page', () => {
  it('should find the run printed most, and the cells before its first copy as the title', () => {
    const texts = [
      '附件',
      '任务清单',
      '序号',
      '任务',
      '单位',
      '1',
      '甲',
      '区环保局',
      '序号',
      '任务',
      '单位',
      '2',
      '乙',
      '区财政局',
    ];
    const header = findHeader(texts)!;
    expect(header.texts).toEqual(['序号', '任务', '单位']);
    expect(header.at.map((c) => [c.index, c.kind])).toEqual([
      [2, 'exact'],
      [8, 'exact'],
    ]);
    const stream = stripHeaders(cells(texts), header);
    expect(stream.caption).toBe('附件任务清单');
    expect(stream.head).toEqual(['序号', '任务', '单位']);
    expect(stream.body.map((c) => c.pieces.join(''))).toEqual(['1', '甲', '区环保局', '2', '乙', '区财政局']);
    expect(stream.dropped).toEqual(['序号', '任务', '单位']);
  });

  it('should settle a first label glued to the cell before a copy, and cut it off that cell', () => {
    const texts = [
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '甲。',
      '2',
      '乙。工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '3',
      '丙。工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '4',
    ];
    const header = findHeader(texts)!;
    expect(header.texts).toEqual(['工作任务', '牵头单位', '配合单位', '完成时限']);
    expect(header.at.map((c) => c.kind)).toEqual(['exact', 'glued', 'glued']);
    const stream = stripHeaders(cells(texts), header);
    expect(stream.caption).toBe('');
    expect(stream.body.map((c) => c.pieces.join(''))).toEqual(['1', '甲。', '2', '乙。', '3', '丙。', '4']);
    expect(stream.dropped).toEqual([
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
    ]);
  });

  it('should take out a copy with labels lost or cut short at a page break, and no run of data', () => {
    const head = ['序号', '北京市措施内容', '重点任务', '牵头单位', '参与单位', '完成时限'];
    const texts = [
      ...head,
      '1',
      '甲。',
      '区环保局',
      '区财政局',
      '年底前',
      ...head,
      '2',
      '乙。',
      '区环保局',
      '区财政局',
      '年底前',
      // 序号 lost, 北京市措施内容 and 完成时限 cut short.
      '北京市措',
      '重点任务',
      '牵头单位',
      '参与单位',
      '完成',
      '3',
      '丙。',
      // Data that happens to read like two labels in order is not a copy.
      '牵头单位',
      '参与单位',
      '年底前',
    ];
    const header = findHeader(texts)!;
    expect(header.at.map((c) => [c.index, c.length, c.kind])).toEqual([
      [0, 6, 'exact'],
      [11, 6, 'exact'],
      [22, 5, 'sparse'],
    ]);
    const stream = stripHeaders(cells(texts), header);
    expect(stream.body.map((c) => c.pieces.join('')).slice(-6)).toEqual([
      '年底前',
      '3',
      '丙。',
      '牵头单位',
      '参与单位',
      '年底前',
    ]);
    expect(stream.dropped).toEqual([...head, '北京市措', '重点任务', '牵头单位', '参与单位', '完成']);
  });

  it('should find no header when no run of three cells is printed twice', () => {
    expect(findHeader(['序号', '任务', '单位', '1', '序号', '任务', '2'])).toBeUndefined();
  });
});

describe('the header printed once', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, r) => [String(r + 1), `名${r}`, `单位${r}`]).flat();

  it('should take the labels right before row 1, as many as the cells of most rows', () => {
    const header = headerPrintedOnce(['名单', '（按姓氏笔画排列）', '序号', '姓名', '工作单位', ...rows(4)])!;
    expect(header.texts).toEqual(['序号', '姓名', '工作单位']);
    expect(header.at).toEqual([{ index: 2, length: 3, kind: 'exact' }]);
  });

  it('should not take values, a note, or cells before a row other than 1 for labels', () => {
    expect(headerPrintedOnce(['序号', '姓名', '2017年', ...rows(4)])).toBeUndefined();
    expect(headerPrintedOnce(['（按姓氏笔画排列）', '姓名', '工作单位', ...rows(4)])).toBeUndefined();
    expect(headerPrintedOnce(['序号', '姓名', '工作单位', ...rows(5).slice(3)])).toBeUndefined();
    expect(headerPrintedOnce(['序号', '姓名', '工作单位', ...rows(2)])).toBeUndefined();
  });
});
