import { describe, expect, it } from 'vitest';
import type { SearchResponse } from './engine.ts';
import { cnDate, documentTitle, moreText, noticeOf, searchingText, statusText } from './messages.ts';
import type { State } from './url-state.ts';

const state = (query: string, filters: State['filters'] = {}): State => ({ query, filters, sort: 'relevance' });
type Answer = Parameters<typeof statusText>[0];
const answer = (terms: string[], hits: number, extra: Partial<SearchResponse> = {}): Answer => ({
  normalized: terms.join(' '),
  mode: terms.length > 0 ? 'all' : 'empty',
  terms: terms.map((t) => ({ text: t, shown: t })),
  hits: Array.from({ length: hits }, () => ({}) as never),
  ...extra,
});

describe('statusText', () => {
  it('should count the hits with the query as typed, and say when only the first page is shown', () => {
    expect(statusText(answer(['垃圾分类'], 5), state(' 垃圾分类 '), 20)).toBe('找到 5 篇含“垃圾分类”的公文。');
    expect(statusText(answer(['北京市'], 34), state('北京市'), 20)).toBe('找到 34 篇含“北京市”的公文，先显示 20 篇。');
    expect(statusText(answer(['北京市'], 20), state('北京市'), 20)).toBe('找到 20 篇含“北京市”的公文。');
  });

  it('should name every term of a query of several', () => {
    expect(statusText(answer(['冰雪', '运动', '规划'], 5), state('冰雪 运动 规划'), 20)).toBe(
      '找到 5 篇同时含“冰雪”“运动”“规划”的公文。',
    );
    expect(statusText(answer(['冰雪', '量子'], 0), state('冰雪 量子'), 20)).toBe('未找到同时含“冰雪”“量子”的公文。');
  });

  it('should say that a query was read as words, and what a traditional query was looked up as', () => {
    const words = answer(['消防', '规划'], 8, {
      mode: 'words',
      split: [{ typed: '消防规划', words: ['消防', '规划'] }],
    });
    expect(statusText(words, state('消防规划'), 20)).toBe(
      '没有完全匹配“消防规划”的公文；找到 8 篇同时含“消防”“规划”的公文。',
    );
    const converted = answer(['垃圾分类'], 5, {
      terms: [{ text: '垃圾分类', shown: '垃圾分类', convertedFrom: '垃圾分類' }],
    });
    expect(statusText(converted, state('垃圾分類'), 20)).toBe(
      '找到 5 篇含“垃圾分类”（“垃圾分類”按简体字查找）的公文。',
    );
  });

  it('should name a term as typed, a quoted phrase without its quotes', () => {
    const typed = answer(['pm2.5'], 3, { terms: [{ text: 'pm2.5', shown: 'PM2.5' }] });
    expect(statusText(typed, state('ＰＭ２．５'), 20)).toBe('找到 3 篇含“PM2.5”的公文。');
    expect(statusText(answer(['消防规划'], 0), state('"消防规划"'), 20)).toBe('未找到含“消防规划”的公文。');
  });

  it('should say nothing was found, and that filters were applied', () => {
    expect(statusText(answer(['量子'], 0), state('量子'), 20)).toBe('未找到含“量子”的公文。');
    expect(statusText(answer(['量子'], 0), state('量子', { 机关: '区政府' }), 20)).toBe(
      '未找到含“量子”的公文（已筛选）。',
    );
    expect(statusText(answer(['垃圾'], 2), state('垃圾', { 年份: '2017' }), 20)).toBe(
      '找到 2 篇含“垃圾”的公文（已筛选）。',
    );
  });

  it('should invite a query when there is none, and count a filter-only listing', () => {
    expect(statusText(answer([], 0), state(''), 20)).toBe('输入关键词搜索全部公文。');
    expect(statusText(answer([], 7, { mode: 'browse' }), state('', { 年份: '2016' }), 20)).toBe(
      '按筛选条件共 7 篇公文。',
    );
  });
});

describe('noticeOf', () => {
  it('should say that the query was read as words, with a link back to the phrase as typed', () => {
    const words = answer(['消防', '规划'], 8, {
      mode: 'words',
      split: [{ typed: '消防规划', words: ['消防', '规划'] }],
    });
    expect(noticeOf(words)).toEqual({
      text: '没有完全匹配“消防规划”的公文；以下公文同时包含：消防、规划',
      link: { text: '只查完全匹配“消防规划”的公文', query: '"消防规划"' },
    });
  });

  it('should offer the words of a matching query as a wider search', () => {
    expect(noticeOf(answer(['垃圾分类'], 5, { wider: { words: ['垃圾', '分类'], count: 6 } }))).toEqual({
      text: '不要求连在一起时：',
      link: { text: '同时包含 垃圾、分类 的公文共 6 篇', query: '垃圾 分类' },
    });
  });

  it('should say nothing more for a plain search', () => {
    expect(noticeOf(answer(['垃圾分类'], 5))).toBeUndefined();
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
