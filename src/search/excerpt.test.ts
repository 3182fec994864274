import { describe, expect, it } from 'vitest';
import { displayText, excerptOf, markTerms, sectionAt, sectionsOf, wordIndexes } from './excerpt.ts';

describe('markTerms', () => {
  it('should mark every occurrence of every term as search matches it, in the text as written', () => {
    expect(markTerms('文件西政办发〔2017〕7 号北京市西城区', ['西政办发〔2017〕7号'])).toEqual([
      { text: '文件' },
      { text: '西政办发〔2017〕7 号', mark: true },
      { text: '北京市西城区' },
    ]);
    expect(markTerms('ＰＭ２．５与PM2.5，冰雪运动', ['pm2.5', '冰雪'])).toEqual([
      { text: 'ＰＭ２．５', mark: true },
      { text: '与' },
      { text: 'PM2.5', mark: true },
      { text: '，' },
      { text: '冰雪', mark: true },
      { text: '运动' },
    ]);
    expect(markTerms('没有', ['垃圾'])).toBeUndefined();
  });

  it('should make one mark of occurrences that overlap or touch', () => {
    expect(markTerms('冰雪运动规划', ['冰雪', '雪运', '运动'])).toEqual([
      { text: '冰雪运动', mark: true },
      { text: '规划' },
    ]);
  });
});

describe('excerptOf', () => {
  const text = '一二三四五六七八九十垃圾分类一二三四五六七八九十';
  const at = text.indexOf('垃圾分类');

  it('should cut the context with … where the text goes on, and mark the terms', () => {
    expect(excerptOf(text, at, at + 4, ['垃圾分类'], { radius: 3 })).toEqual([
      { text: '…八九十' },
      { text: '垃圾分类', mark: true },
      { text: '一二三…' },
    ]);
  });

  it('should not put … where the passage starts or ends, and stay within it', () => {
    expect(excerptOf(text, at, at + 4, ['垃圾'], { radius: 30, closedStart: true, closedEnd: true })).toEqual([
      { text: '一二三四五六七八九十' },
      { text: '垃圾', mark: true },
      { text: '分类一二三四五六七八九十' },
    ]);
    expect(excerptOf(text, at, at + 4, ['垃圾'], { radius: 30, lo: 8, hi: 16, closedStart: true })).toEqual([
      { text: '九十' },
      { text: '垃圾', mark: true },
      { text: '分类一二…' },
    ]);
  });

  it('should show the text as the page does: marks of the index out, whitespace as one space', () => {
    expect(displayText('垃圾\u200b分类\u2060 \n 工作\ufeff')).toBe('垃圾分类 工作');
  });
});

describe('sub-results', () => {
  it('should number content characters by Pagefind word', () => {
    const content = '垃圾分类 a<b';
    const raw = '垃圾\u200b分类\u200b a&lt;b';
    expect([...wordIndexes(content, raw)]).toEqual([0, 0, 1, 1, 2, 2, 2, 2]);
  });

  it('should link to headings and to sections titled by their heading', () => {
    const sections = sectionsOf([
      { element: 'section', id: 'wb', text: '', location: 10 },
      { element: 'h2', id: 'wb-title', text: '实施方案', location: 10 },
      { element: 'h3', id: 'wb-1', text: '一、总体要求', location: 20 },
      { element: 'p', id: 'x', text: 'not a heading', location: 25 },
      { element: 'section', id: 'fj-1', text: '', location: 40 },
      { element: 'section', id: 'fj-2', text: '', location: 50 },
      { element: 'h2', id: 'fj-2-title', text: '重点任务清单', location: 52 },
      { element: 'span', id: 'pf-section-end-1', text: '', location: 60 },
    ]);
    expect(sections.map((s) => [s.kind, s.id, s.title])).toEqual([
      ['section', 'wb', '实施方案'],
      ['heading', 'wb-title', '实施方案'],
      ['heading', 'wb-1', '一、总体要求'],
      ['section', 'fj-1', '附件1'],
      ['section', 'fj-2', '重点任务清单'],
      ['heading', 'fj-2-title', '重点任务清单'],
      ['end', '', ''],
    ]);
    expect(sectionAt(sections, 5)).toBeUndefined();
    expect(sectionAt(sections, 10)?.id).toBe('wb-title');
    expect(sectionAt(sections, 30)?.id).toBe('wb-1');
    expect(sectionAt(sections, 45)?.id).toBe('fj-1');
    expect(sectionAt(sections, 51)?.id).toBe('fj-2');
    // The 版记 after the last attachment belongs to no part.
    expect(sectionAt(sections, 61)).toBeUndefined();
  });
});
