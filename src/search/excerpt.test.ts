import { describe, expect, it } from 'vitest';
import {
  excerptAt,
  markMatches,
  parsePagefindExcerpt,
  partsText,
  sectionAt,
  sectionsOf,
  wordIndexes,
} from './excerpt.ts';

describe('parsePagefindExcerpt', () => {
  it('reads <mark> and the two escapes, nothing else', () => {
    expect(parsePagefindExcerpt('做好<mark>垃圾</mark><mark>分类</mark>工作 &lt;b&gt;x&amp;y')).toEqual([
      { text: '做好' },
      { text: '垃圾', mark: true },
      { text: '分类', mark: true },
      { text: '工作 <b>x&amp;y' },
    ]);
    // Markup that is not Pagefind's stays text.
    expect(partsText(parsePagefindExcerpt('<img src=x onerror=alert(1)>'))).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('markMatches', () => {
  it('marks every occurrence as search matches it, in the text as written', () => {
    expect(markMatches('文件西政办发〔2017〕7 号北京市西城区', '西政办发〔2017〕7号')).toEqual([
      { text: '文件' },
      { text: '西政办发〔2017〕7 号', mark: true },
      { text: '北京市西城区' },
    ]);
    expect(markMatches('ＰＭ２．５与PM2.5', 'pm2.5')).toEqual([
      { text: 'ＰＭ２．５', mark: true },
      { text: '与' },
      { text: 'PM2.5', mark: true },
    ]);
    expect(markMatches('没有', '垃圾')).toBeUndefined();
  });
});

describe('excerptAt', () => {
  it('marks the match and cuts the context with …', () => {
    const content = '一二三四五六七八九十垃圾分类一二三四五六七八九十';
    const at = content.indexOf('垃圾分类');
    expect(excerptAt(content, at, at + 4, 3)).toEqual([
      { text: '…八九十' },
      { text: '垃圾分类', mark: true },
      { text: '一二三…' },
    ]);
    expect(excerptAt('垃圾分类', 0, 4)).toEqual([{ text: '垃圾分类', mark: true }]);
  });
});

describe('sub-results', () => {
  it('numbers content characters by Pagefind word', () => {
    const content = '垃圾分类 a<b';
    const raw = '垃圾\u200b分类\u200b a&lt;b';
    expect([...wordIndexes(content, raw)]).toEqual([0, 0, 1, 1, 2, 2, 2, 2]);
  });

  it('links to headings and to sections titled by their heading', () => {
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
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['wb', '实施方案'],
      ['wb-title', '实施方案'],
      ['wb-1', '一、总体要求'],
      ['fj-1', '附件1'],
      ['fj-2', '重点任务清单'],
      ['fj-2-title', '重点任务清单'],
      ['', ''],
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
