import { describe, expect, it } from 'vitest';
import { segmenterKnowing } from '../../tests/support/search-fake-pagefind.ts';
import { MAX_TERMS, pagefindQuery, spread } from './query.ts';

describe('pagefindQuery', () => {
  const seg = segmenterKnowing(['垃圾', '分类', '西政', '2017', '老旧', '住宅', '电梯', '工程']);

  it('sends the pairs of a Chinese run that Intl keeps whole, spread over the run', () => {
    expect(pagefindQuery('垃圾分类', seg)).toBe('垃圾 分类');
    // 办发 is not a word: of 西政办发 only the word pair goes.
    expect(pagefindQuery('西政办发', seg)).toBe('西政');
    expect(pagefindQuery('垃圾分类法', seg, 4)).toBe('垃圾 分类');
    expect(pagefindQuery('老旧居民住宅电梯更新工程', seg, 4)).toBe('老旧 住宅 电梯 工程');
  });

  it('sends every other pair of a run without words, the last one as its first character', () => {
    expect(pagefindQuery('甲乙丙丁', seg)).toBe('甲乙 丙');
    expect(pagefindQuery('甲乙', seg)).toBe('甲');
  });

  it('sends Latin and number words as they are, and no lone Chinese character between them', () => {
    expect(pagefindQuery('西政办发〔2017〕7号', seg, 4)).toBe('西政 2017 7');
    expect(pagefindQuery('pm2.5', seg)).toBe('pm2.5');
    expect(pagefindQuery('98.5%', seg)).toBe('98.5%');
  });

  it('asks for every page when there is nothing to narrow down', () => {
    expect(pagefindQuery('水', seg)).toBeNull();
    expect(pagefindQuery('', seg)).toBeNull();
    expect(pagefindQuery('。、', seg)).toBeNull();
  });

  it(`sends at most MAX_TERMS (${MAX_TERMS}) pieces, the first and the last among them`, () => {
    expect(pagefindQuery('老旧居民住宅电梯更新工程', seg)?.split(' ')).toEqual(
      spread(['老旧', '住宅', '电梯', '工程'], MAX_TERMS),
    );
    expect(pagefindQuery('老旧居民住宅电梯更新工程', seg)?.split(' ').length).toBeLessThanOrEqual(MAX_TERMS);
  });

  it('works with the real Intl.Segmenter', () => {
    expect(pagefindQuery('垃圾分类')).toBe('垃圾 分类');
    expect(pagefindQuery('水')).toBeNull();
  });
});

describe('spread', () => {
  it('keeps the first and the last', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([1, 4, 7]);
    expect(spread([1, 2], 4)).toEqual([1, 2]);
  });
});
