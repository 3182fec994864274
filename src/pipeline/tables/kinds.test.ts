import { describe, expect, it } from 'vitest';
import { GENERAL, cellKind, columnKind, learnPlaces, startsAgency } from './kinds.ts';

describe('column and cell kinds', () => {
  it('reads a column kind from its label', () => {
    expect(
      ['序号', '牵头领导', '完成时限', '拟上会时间', '责任单位', '配合部门（单位）', '主要任务'].map(columnKind),
    ).toEqual(['number', 'person', 'date', 'date', 'agency', 'agency', 'text']);
  });

  it('reads a cell kind from its text', () => {
    expect(cellKind('区编办、')).toBe('agency');
    expect(cellKind('区各职能部门、各街道办事处、提供政务服务的企事业单位')).toBe('agency');
    expect(cellKind('区科信委、区社会办、区国税局等相关单位')).toBe('agency');
    expect(cellKind('2017年底前')).toBe('date');
    expect(cellKind('持续推进')).toBe('date');
    expect(cellKind('12')).toBe('number');
    expect(cellKind('1.设立或明确区、街道办事处政务服务管理机构。')).toBe('text');
  });
});

describe('words of one issuer, learned from its table', () => {
  it('should learn the place names full agency names start with, and no administrative prefix', () => {
    const vocab = learnPlaces(['北京市西城区环境保护局', '区财政局、区商务委', '市政市容委']);
    expect([...vocab.places]).toEqual(['北京', '西城']);
    expect(startsAgency('西城规', vocab)).toBe(true);
    expect(startsAgency('西城规', GENERAL)).toBe(false);
    expect(startsAgency('有关单位', GENERAL)).toBe(true);
  });

  it('should read an agency name cut short as an agency only when the table taught its place', () => {
    const vocab = learnPlaces(['北京市西城区环境保护局']);
    expect(cellKind('西城交通', vocab)).toBe('agency');
    expect(cellKind('西城交通')).toBe('person');
  });

  it('should read deadlines built from a point, a period or a schedule, and what is done by then', () => {
    expect(
      ['2017年12月底前', '10月15日起', '年底前完成', '每季度', '按计划推进', '上半年'].map((t) => cellKind(t)),
    ).toEqual(Array(6).fill('date'));
    expect(['完成', '前', '按要求', '12'].map((t) => cellKind(t))).toEqual(['person', 'text', 'person', 'number']);
  });
});
