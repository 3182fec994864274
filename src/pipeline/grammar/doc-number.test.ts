import { describe, expect, it } from 'vitest';
import { isoDate } from './dates.ts';
import { issuerFromMasthead, parseDocNumber } from './doc-number.ts';
import { genreOf } from './titles.ts';

describe('parseDocNumber', () => {
  it.each([
    ['西政发〔2017〕2 号', '西政发〔2017〕2号', '西政发', 2],
    ['西政办发〔2017〕14号', '西政办发〔2017〕14号', '西政办发', 14],
    ['（京政发〔2016〕48 号）精神', '京政发〔2016〕48号', '京政发', 48],
    ['国发[2016]31号', '国发〔2016〕31号', '国发', 31],
  ])('%s → %s', (input, text, agency, serial) => {
    expect(parseDocNumber(input)).toMatchObject({ text, agency, serial });
  });

  it('finds nothing in plain text', () => {
    expect(parseDocNumber('2017年区政府大事记')).toBeUndefined();
  });
});

describe('isoDate', () => {
  it('reads a printed date, spaces and all', () => {
    expect(isoDate('2017 年 2 月 15 日')).toBe('2017-02-15');
    expect(isoDate('北京市西城区人民政府办公室2017年1月11日印发')).toBe('2017-01-11');
  });
  it('refuses impossible dates', () => {
    expect(isoDate('2017年13月1日')).toBeUndefined();
  });
});

describe('genreOf and issuerFromMasthead', () => {
  it('finds the 文种 a title ends with', () => {
    expect(genreOf('北京市西城区人民政府关于2016年政府绩效管理年终考评情况的通报')).toBe('通报');
    expect(genreOf('北京市西城区人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见')).toBe('实施意见');
    expect(genreOf('西城区全民健身实施计划(2016-2020年)')).toBe('计划');
    expect(genreOf('前言')).toBeUndefined();
  });
  it('derives the 发文机关 from the 版头', () => {
    expect(issuerFromMasthead('北京市西城区人民政府办公室文件')).toBe('北京市西城区人民政府办公室');
  });
});

describe('parseDocNumber after a title', () => {
  it('does not take the end of the title for the 机关代字', () => {
    expect(parseDocNumber('建立公平竞争审查制度的实施意见西政发〔2017〕22号')?.text).toBe('西政发〔2017〕22号');
    expect(parseDocNumber('…工作分工的通知西政办发〔2017〕21号')?.text).toBe('西政办发〔2017〕21号');
  });
});

describe('parseDocNumber in running text', () => {
  it.each([
    ['按照西政办发〔2017〕7号要求', '西政办发〔2017〕7号'],
    ['根据京政发〔2016〕48号精神', '京政发〔2016〕48号'],
    ['和国发〔2016〕31号', '国发〔2016〕31号'],
    ['落实中发〔2016〕32号', '中发〔2016〕32号'],
  ])('%s names %s', (text, number) => {
    expect(parseDocNumber(text)?.text).toBe(number);
  });
});
