import { describe, expect, it } from 'vitest';
import { cnDate, documentTitle, moreText, searchingText, statusText } from './messages.ts';
import type { State } from './url-state.ts';

const state = (query: string, filters: State['filters'] = {}): State => ({ query, filters, sort: 'relevance' });
const hits = (n: number) => ({ hits: Array.from({ length: n }, () => ({}) as never) });

describe('statusText', () => {
  it('should count the hits with the query as typed, and say when only the first page is shown', () => {
    expect(statusText({ normalized: '垃圾分类', ...hits(5) }, state(' 垃圾分类 '), 20)).toBe(
      '找到 5 篇含“垃圾分类”的公文。',
    );
    expect(statusText({ normalized: '北京市', ...hits(34) }, state('北京市'), 20)).toBe(
      '找到 34 篇含“北京市”的公文，先显示 20 篇。',
    );
    expect(statusText({ normalized: '北京市', ...hits(20) }, state('北京市'), 20)).toBe('找到 20 篇含“北京市”的公文。');
  });

  it('should say nothing was found, and that filters were applied', () => {
    expect(statusText({ normalized: '量子', ...hits(0) }, state('量子'), 20)).toBe('未找到含“量子”的公文。');
    expect(statusText({ normalized: '量子', ...hits(0) }, state('量子', { 机关: '区政府' }), 20)).toBe(
      '未找到含“量子”的公文（已筛选）。',
    );
    expect(statusText({ normalized: '垃圾', ...hits(2) }, state('垃圾', { 年份: '2017' }), 20)).toBe(
      '找到 2 篇含“垃圾”的公文（已筛选）。',
    );
  });

  it('should invite a query when there is none, and count a filter-only listing', () => {
    expect(statusText({ normalized: '', ...hits(0) }, state(''), 20)).toBe('输入关键词搜索全部公文。');
    expect(statusText({ normalized: '', ...hits(7) }, state('', { 年份: '2016' }), 20)).toBe('按筛选条件共 7 篇公文。');
  });
});

describe('the other sentences', () => {
  it('should title the document by the query', () => {
    expect(documentTitle(' 垃圾分类 ')).toBe('“垃圾分类”的搜索结果 - 北京市西城区人民政府公报');
    expect(documentTitle('')).toBe('搜索 - 北京市西城区人民政府公报');
    expect(searchingText(' 消防 ')).toBe('正在搜索“消防”……');
  });

  it('should offer at most a page more, with the total', () => {
    expect(moreText(20, 34, 20)).toBe('再显示 14 篇（共 34 篇）');
    expect(moreText(20, 60, 20)).toBe('再显示 20 篇（共 60 篇）');
  });

  it('should print an ISO date the Chinese way, without leading zeros', () => {
    expect(cnDate('2017-03-05')).toBe('2017年3月5日');
    expect(cnDate('2017-12-25T00:00:00Z')).toBe('2017年12月25日');
    expect(cnDate(undefined)).toBeUndefined();
    expect(cnDate('2017年')).toBeUndefined();
  });
});
