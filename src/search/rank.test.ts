import { describe, expect, it } from 'vitest';
import type { PageMeta } from './index-format.ts';
import { bodyScore, fieldRank, rankByRelevance, tightestWindow, type Candidate } from './rank.ts';

const page = (meta: Partial<PageMeta>): PageMeta => ({
  url: '/notices/x/',
  title: '',
  filters: {},
  length: 1000,
  bodyStart: 0,
  blocks: [0],
  sections: [],
  ...meta,
});

describe('fieldRank', () => {
  it('should put a notice first for its own 发文字号', () => {
    expect(fieldRank(page({ docNumber: '西政发〔2017〕4号' }), ['西政发〔2017〕4号'])).toEqual({
      group: 0,
      titleRest: 0,
    });
  });

  it('should rank a title with every term next, counting the other characters of the title', () => {
    expect(fieldRank(page({ title: '西城区冰雪运动发展规划' }), ['冰雪', '运动', '规划'])).toEqual({
      group: 1,
      titleRest: 5,
    });
    expect(fieldRank(page({ title: '冰雪运动' }), ['冰雪', '规划']).group).toBe(4);
  });

  it('should rank a 发文字号 or an attachment title with every term above a heading, and a heading above the body', () => {
    expect(fieldRank(page({ docNumber: '西政发〔2017〕4号' }), ['西政发', '2017']).group).toBe(2);
    expect(fieldRank(page({ sections: [['s', 'fj-1', '冰雪场地清单', 10]] }), ['冰雪', '场地']).group).toBe(2);
    expect(fieldRank(page({ sections: [['h', 'c2', '第二章 冰雪场地', 10]] }), ['冰雪', '场地']).group).toBe(3);
    expect(
      fieldRank(
        page({
          sections: [
            ['h', 'c2', '冰雪', 10],
            ['h', 'c3', '场地', 20],
          ],
        }),
        ['冰雪', '场地'],
      ).group,
    ).toBe(4);
  });
});

describe('tightestWindow', () => {
  it('should find the shortest stretch holding every term', () => {
    const terms = ['冰雪', '规划'];
    expect(
      tightestWindow(
        [
          [0, 50],
          [30, 52],
        ],
        terms,
      ),
    ).toEqual({ start: 50, end: 54 });
    expect(tightestWindow([[40], [0, 30, 60]], terms)).toEqual({ start: 30, end: 42 });
    expect(tightestWindow([[5], []], terms)).toBeUndefined();
  });
});

describe('bodyScore and rankByRelevance', () => {
  const context = { terms: ['冰雪', '规划'], pageCount: 10, documentFrequency: [2, 8], averageLength: 1000 };
  const candidate = (n: number, positions: number[][], meta: Partial<PageMeta> = {}): Candidate => ({
    page: n,
    meta: page(meta),
    positions,
  });

  it('should score more occurrences, a rarer term and closer terms higher', () => {
    const base = bodyScore(candidate(0, [[0], [500]]), context);
    expect(bodyScore(candidate(0, [[0, 100, 200], [500]]), context)).toBeGreaterThan(base);
    expect(bodyScore(candidate(0, [[0], [500, 600, 700]]), context) - base).toBeLessThan(
      bodyScore(candidate(0, [[0, 100, 200], [500]]), context) - base,
    );
    expect(bodyScore(candidate(0, [[0], [2]]), context)).toBeGreaterThan(base);
  });

  it('should not let a long notice win by length alone', () => {
    expect(bodyScore(candidate(0, [[0, 9], [5]], { length: 500 }), context)).toBeGreaterThan(
      bodyScore(candidate(0, [[0, 900], [500]], { length: 5000 }), context),
    );
  });

  it('should order by group, then the title, then the body, then page order', () => {
    const ranked = rankByRelevance(
      [
        candidate(0, [[100], [900]]),
        candidate(1, [[100], [102]]),
        candidate(2, [[0], [5]], { title: '关于冰雪运动发展规划实施方案的通知' }),
        candidate(3, [[0], [5]], { title: '冰雪运动发展规划' }),
        candidate(4, [[100], [102]]),
      ],
      context,
    );
    expect(ranked.map((c) => c.page)).toEqual([3, 2, 1, 4, 0]);
  });
});
