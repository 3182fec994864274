import { describe, expect, it } from 'vitest';
import type { Inline } from '../model.ts';
import { inlineText, parseInlines } from './inlines.ts';

describe('parseInlines', () => {
  it('should return no node for empty text', () => {
    expect(parseInlines('')).toEqual([]);
  });

  it('should keep text without markup as one text node', () => {
    expect(parseInlines('区政府各委、办、局，各街道办事处：')).toEqual([
      { type: 'text', value: '区政府各委、办、局，各街道办事处：' },
    ]);
  });

  it('should turn **bold** into a strong node between text nodes', () => {
    expect(parseInlines('一是**加强组织领导**，明确责任。')).toEqual([
      { type: 'text', value: '一是' },
      { type: 'strong', value: '加强组织领导' },
      { type: 'text', value: '，明确责任。' },
    ]);
  });

  it('should read two bold runs with text between them', () => {
    expect(parseInlines('**一、**总体要求**（一）**')).toEqual([
      { type: 'strong', value: '一、' },
      { type: 'text', value: '总体要求' },
      { type: 'strong', value: '（一）' },
    ]);
  });

  it('should turn PM_{2.5} into text and a subscript', () => {
    expect(parseInlines('全区PM_{2.5}年均浓度下降。')).toEqual([
      { type: 'text', value: '全区PM' },
      { type: 'sub', value: '2.5' },
      { type: 'text', value: '年均浓度下降。' },
    ]);
  });

  it('should turn 10^{4} into text and a superscript', () => {
    expect(parseInlines('面积约3×10^{4}平方米')).toEqual([
      { type: 'text', value: '面积约3×10' },
      { type: 'sup', value: '4' },
      { type: 'text', value: '平方米' },
    ]);
  });

  it('should read a subscript and a superscript side by side', () => {
    expect(parseInlines('x_{i}^{2}')).toEqual([
      { type: 'text', value: 'x' },
      { type: 'sub', value: 'i' },
      { type: 'sup', value: '2' },
    ]);
  });

  it('should leave Unicode sub- and superscripts (SO₂, m²) as plain text', () => {
    expect(parseInlines('二氧化硫（SO₂）排放，面积100m²')).toEqual([
      { type: 'text', value: '二氧化硫（SO₂）排放，面积100m²' },
    ]);
  });

  it('should leave 发文字号 and 《titles》 as text: the references stage marks them later', () => {
    const text =
      '根据《北京市人民政府关于在市场体系建设中建立公平竞争审查制度的实施意见》（京政发〔2016〕48号）和西政办发〔2017〕7号';
    expect(parseInlines(text)).toEqual([{ type: 'text', value: text }]);
  });

  it('should keep a reference inside bold in the strong node', () => {
    expect(parseInlines('按照**西政办发〔2017〕7号**执行')).toEqual([
      { type: 'text', value: '按照' },
      { type: 'strong', value: '西政办发〔2017〕7号' },
      { type: 'text', value: '执行' },
    ]);
  });

  it('should keep an unclosed ** as text', () => {
    expect(parseInlines('**未闭合的加粗')).toEqual([{ type: 'text', value: '**未闭合的加粗' }]);
  });

  it('should keep a lone ** or an empty **** as text', () => {
    expect(parseInlines('前**后')).toEqual([{ type: 'text', value: '前**后' }]);
    expect(parseInlines('前****后')).toEqual([{ type: 'text', value: '前****后' }]);
  });

  it('should close bold at the first ** and keep the extra marker as text', () => {
    expect(parseInlines('**甲**乙**')).toEqual([
      { type: 'strong', value: '甲' },
      { type: 'text', value: '乙**' },
    ]);
  });

  it('should keep an unclosed _{ or ^{ as text', () => {
    expect(parseInlines('PM_{2.5浓度')).toEqual([{ type: 'text', value: 'PM_{2.5浓度' }]);
    expect(parseInlines('10^{4平方米')).toEqual([{ type: 'text', value: '10^{4平方米' }]);
  });

  it('should keep nested braces as text', () => {
    expect(parseInlines('a_{b{c}}')).toEqual([{ type: 'text', value: 'a_{b{c}}' }]);
  });

  it('should keep an underscore or caret without braces as text', () => {
    expect(parseInlines('PM_2.5与10^4')).toEqual([{ type: 'text', value: 'PM_2.5与10^4' }]);
  });
});

describe('inlineText', () => {
  it('should give back text without markup unchanged', () => {
    for (const text of [
      '区政府各委、办、局：',
      '二氧化硫（SO₂）排放',
      '《北京市消防条例》（京政发〔2016〕48号）',
      '**未闭合',
      'PM_{2.5',
      '',
    ]) {
      expect(inlineText(parseInlines(text))).toBe(text);
    }
  });

  it('should give the text with the markers removed', () => {
    expect(inlineText(parseInlines('一是**加强组织领导**，PM_{2.5}下降，3×10^{4}平方米'))).toBe(
      '一是加强组织领导，PM2.5下降，3×104平方米',
    );
  });

  it('should join the values of every kind of node, references included', () => {
    const inlines: Inline[] = [
      { type: 'text', value: '根据' },
      { type: 'ref', value: '《北京市消防条例》', kind: 'title' },
      { type: 'text', value: '（' },
      { type: 'ref', value: '西政办发〔2017〕7号', kind: 'number', href: '/notices/xzbf-2017-7/' },
      { type: 'text', value: '），' },
      { type: 'strong', value: '重点' },
      { type: 'text', value: 'PM' },
      { type: 'sub', value: '2.5' },
      { type: 'text', value: '与m' },
      { type: 'sup', value: '2' },
    ];
    expect(inlineText(inlines)).toBe('根据《北京市消防条例》（西政办发〔2017〕7号），重点PM2.5与m2');
  });

  it('should give empty text for no nodes', () => {
    expect(inlineText([])).toBe('');
  });
});
