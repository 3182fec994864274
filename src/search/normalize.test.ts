import { describe, expect, it } from 'vitest';
import { normalizeQuery, normalizeText, normalizeWithOrigins } from './normalize.ts';

describe('normalizeText', () => {
  it('should remove whitespace, zero-width and control characters, and fold width and case', () => {
    expect(normalizeText('西政办发〔2017〕7 号')).toBe('西政办发〔2017〕7号');
    expect(normalizeText('完\n成时限')).toBe('完成时限');
    expect(normalizeText('ＰＭ２．５')).toBe('pm2.5');
    expect(normalizeText('VOCs\u3000治理')).toBe('vocs治理');
    expect(normalizeText('垃圾\u200b分类\u2060')).toBe('垃圾分类');
    expect(normalizeText('９８．５％')).toBe('98.5%');
    expect(normalizeText('a\u0000b\u0007c')).toBe('abc');
  });

  it('should read compatibility forms as the characters a reader types (NFKC)', () => {
    expect(normalizeText('SO₂、Ⅱ级、Ⅷ')).toBe('so2、ii级、viii');
    // A compatibility ideograph and a Kangxi radical, as PDF text extraction leaves them.
    expect(normalizeText('\uf9f6\u2f00')).toBe('\u81e8一');
  });

  it('should keep CJK punctuation and brackets', () => {
    expect(normalizeText('（一）“十三五”')).toBe('(一)“十三五”');
    expect(normalizeText('〔〕、。《》')).toBe('〔〕、。《》');
  });

  it('should give the same text as normalizeWithOrigins, with origins into the input', () => {
    const text = ' Ａ 区\u200b 财政局\n\tΣΑΣ Ⅱ';
    const { text: normalized, origins } = normalizeWithOrigins(text);
    expect(normalized).toBe(normalizeText(text));
    expect(normalized).toBe('a区财政局σασii');
    expect([...normalized].map((_, i) => text[origins[i]!])).toEqual([
      'Ａ',
      '区',
      '财',
      '政',
      '局',
      'Σ',
      'Α',
      'Σ',
      'Ⅱ',
      'Ⅱ',
    ]);
  });
});

describe('normalizeQuery', () => {
  it('should write a 发文字号 with the printed brackets, whatever the reader typed', () => {
    for (const typed of [
      '西政办发〔2017〕7号',
      '西政办发〔2017〕7 号',
      '西政办发 〔2017〕 7号',
      '西政办发[2017]7号',
      '西政办发（2017）7号',
      '西政办发【2017】7号',
      '西政办发 2017 7号',
      '西政办发［２０１７］７号',
    ]) {
      expect(normalizeQuery(typed), typed).toBe('西政办发〔2017〕7号');
    }
    expect(normalizeQuery('根据京政发[2016]48号文件')).toBe('根据京政发〔2016〕48号文件');
  });

  it('should drop quotes around the whole term and leave other text alone', () => {
    expect(normalizeQuery('"垃圾分类"')).toBe('垃圾分类');
    expect(normalizeQuery('“蓝天保卫战”')).toBe('蓝天保卫战');
    expect(normalizeQuery(' PM 2.5 ')).toBe('pm2.5');
    expect(normalizeQuery('2017年12月')).toBe('2017年12月');
    expect(normalizeQuery('   ')).toBe('');
  });
});
