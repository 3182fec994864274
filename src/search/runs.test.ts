import { describe, expect, it } from 'vitest';
import { leadingRun, lookupTokens, pagesWithRun, runsOf } from './runs.ts';

describe('runs', () => {
  const file = runsOf([
    { hash: 'a', text: '热线96119，PM2.5浓度下降98.5%' },
    { hash: 'b', text: '普通门诊50\u2060 40\u2060 10 30；DB11/139-2015' },
    { hash: 'c', text: '西政办发〔2017〕7号京政发〔2016〕48号' },
  ]);

  it('lists the runs of the normalized text with their pages', () => {
    expect(file.pages).toEqual(['a', 'b', 'c']);
    expect(file.runs['96119']).toEqual([0]);
    expect(file.runs['pm2.5']).toEqual([0]);
    expect(file.runs['98.5%']).toEqual([0]);
    // Spaces and cell breaks are not in the text search compares.
    expect(file.runs['50401030']).toEqual([1]);
    expect(file.runs['db11/139-2015']).toEqual([1]);
    expect(file.runs['2017']).toEqual([2]);
    expect(file.runs['西政办发〔2017〕7号']).toEqual([2]);
  });

  it('finds a run inside a longer one', () => {
    expect([...pagesWithRun(file, '6119')]).toEqual(['a']);
    expect([...pagesWithRun(file, '504')]).toEqual(['b']);
    expect([...pagesWithRun(file, '2.5')]).toEqual(['a']);
    expect([...pagesWithRun(file, '7')].sort()).toEqual(['c']);
    expect([...pagesWithRun(file, '999')]).toEqual([]);
  });

  it('looks up a 发文字号 whole, and part of one', () => {
    expect([...pagesWithRun(file, '西政办发〔2017〕7号')]).toEqual(['c']);
    expect([...pagesWithRun(file, '办发〔2017〕7号')]).toEqual(['c']);
    expect([...pagesWithRun(file, '西政办发〔2017〕17号')]).toEqual([]);
    expect([...pagesWithRun(file, '号京政发〔2016〕48号')]).toEqual(['c']);
  });

  it('takes the leading Latin/number run and the 发文字号 of a query', () => {
    expect(lookupTokens('pm2.5浓度')).toEqual(['pm2.5']);
    expect(lookupTokens('根据西政办发〔2017〕7号文件')).toEqual(['根据西政办发〔2017〕7号']);
    expect(lookupTokens('2017年西政办发〔2017〕7号')).toEqual(['2017', '年西政办发〔2017〕7号']);
    expect(lookupTokens('垃圾分类')).toEqual([]);
    expect(lookupTokens('7号京政发〔2016〕48号')).toEqual(['7', '号京政发〔2016〕48号']);
  });

  it('takes the leading Latin/number run of a query', () => {
    expect(leadingRun('pm2.5浓度')).toBe('pm2.5');
    expect(leadingRun('98.5%')).toBe('98.5%');
    expect(leadingRun('25.开展')).toBe('25');
    expect(leadingRun('垃圾2017')).toBeUndefined();
  });
});
