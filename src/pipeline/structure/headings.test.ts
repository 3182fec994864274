import { describe, expect, it } from 'vitest';
import { depthsFor, headingOf } from './headings.ts';

describe('headingOf', () => {
  it.each([
    ['第一章 规划背景', 'chapter', 1],
    ['一、目标和原则', 'cn', 1],
    ['十二、其他', 'cn', 12],
    ['（二）基本原则', 'paren-cn', 2],
    ['(三) 加强执法监督', 'paren-cn', 3],
    ['1.建立工作机制', 'arabic', 1],
    ['（3）完善体系', 'paren-arabic', 3],
  ])('%s is a %s heading numbered %d', (text, kind, number) => {
    expect(headingOf(text)).toEqual({ kind, number });
  });

  it.each([
    '（四）科技支撑。充分发挥西城区的优势，借助社会力量和人才。',
    '1. 尊重市场，竞争优先。尊重市场经济规律，处理好政府与市场的关系。',
    '一、综合优秀单位包括以下单位，名单如下：',
    '2017年10月15日前，建立完善污染源清单。',
    '一、',
    '(4)不得设置没有法律法规依据的审批或事前备案程序;',
    '(2)安排财政支出一般不得与企业缴纳的税收挂钩,',
    '（十二）消防设施、器材、消防安全标志未保持完好有效（《消防法》',
  ])('numbered sentence %s stays a paragraph', (text) => {
    expect(headingOf(text)).toBeUndefined();
  });

  it('takes a letter-spaced short title for a heading', () => {
    expect(headingOf('前  言')).toEqual({ kind: 'title', number: 0 });
    expect(headingOf('前言部分的说明')).toBeUndefined();
  });
});

describe('depthsFor', () => {
  it('gives the kinds present consecutive depths in customary order', () => {
    const d = depthsFor(['paren-cn', 'cn', 'arabic'], 2);
    expect([d.get('cn'), d.get('paren-cn'), d.get('arabic')]).toEqual([2, 3, 4]);
  });

  it('starts one deeper under a section title and caps at h5', () => {
    const d = depthsFor(['chapter', 'cn', 'paren-cn', 'arabic', 'paren-arabic'], 3);
    expect([d.get('chapter'), d.get('cn'), d.get('paren-cn'), d.get('arabic'), d.get('paren-arabic')]).toEqual([
      3, 4, 5, 5, 5,
    ]);
  });
});
