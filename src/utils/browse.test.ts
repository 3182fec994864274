import { describe, expect, it } from 'vitest';
import { GAZETTE } from '../gazette.ts';
import {
  agencyOrderNote,
  compareByDateAsc,
  docNumberParts,
  facetValues,
  genreCode,
  indexPath,
  issuerCode,
  issuerShort,
  neighbours,
  sortEntries,
  statusCode,
  yearOf,
} from './browse.ts';
import { entry, legal } from './fixtures.ts';

const fm = entry;

describe('docNumberParts', () => {
  it('reads 机关代字, year and serial', () => {
    expect(docNumberParts('西政办发〔2017〕14号')).toEqual({ agency: '西政办发', year: 2017, serial: 14 });
    expect(docNumberParts('西政发[2018]3号')).toEqual({ agency: '西政发', year: 2018, serial: 3 });
    expect(docNumberParts(undefined)).toBeUndefined();
    expect(docNumberParts('无号')).toBeUndefined();
  });
});

describe('sorting', () => {
  const a = fm({ slug: 'a', signedDate: '2017-03-01', docNumber: '西政办发〔2017〕5号' });
  const b = fm({ slug: 'b', signedDate: '2017-05-01', docNumber: '西政发〔2017〕9号' });
  const c = fm({ slug: 'c', printedDate: '2017-04-01' });
  const d = fm({ slug: 'd', kind: 'chronicle', title: '2017年区政府大事记' });
  const e = fm({ slug: 'e', signedDate: '2017-05-01', docNumber: '西政发〔2017〕8号' });
  const all = [d, a, b, c, e];

  it('by date: newest first by 成文日期 (else 印发日期), same day the later number first, undated last', () => {
    expect(sortEntries(all, 'date').map((x) => x.data.slug)).toEqual(['b', 'e', 'c', 'a', 'd']);
  });

  it('by number: 西政发 before 西政办发, then serial; no number last', () => {
    expect(sortEntries(all, 'number').map((x) => x.data.slug)).toEqual(['e', 'b', 'a', 'c', 'd']);
  });

  it('by number: a 机关代字 the gazette does not list comes after its own, in code-point order', () => {
    const others = [
      fm({ slug: 'y', docNumber: '西文发〔2016〕1号' }),
      fm({ slug: 'x', docNumber: '京政发〔2018〕2号' }),
      fm({ slug: 'z', docNumber: '西政办发〔2016〕30号' }),
      fm({ slug: 'w', docNumber: '西政发〔2018〕1号' }),
    ];
    // 京 U+4EAC < 西 U+897F; 西文发 has no rank, so it follows 西政办发 although 文 < 政.
    expect(sortEntries(others, 'number').map((x) => x.data.slug)).toEqual(['w', 'z', 'x', 'y']);
  });

  it('oldest first for previous / next, undated after the dated', () => {
    expect([...all].sort((x, y) => compareByDateAsc(x.data, y.data)).map((x) => x.data.slug)).toEqual([
      'a',
      'c',
      'e',
      'b',
      'd',
    ]);
    expect(neighbours(all, 'c')).toEqual({ prev: a, next: e });
    expect(neighbours(all, 'a')).toEqual({ prev: undefined, next: c });
    expect(neighbours(all, 'd')).toEqual({ prev: b, next: undefined });
    expect(neighbours(all, 'zz')).toEqual({});
  });
});

describe('facets', () => {
  it('names issuers as readers do and gives them ASCII codes', () => {
    expect(issuerShort('北京市西城区人民政府')).toBe('区政府');
    expect(issuerShort('北京市西城区人民政府办公室')).toBe('区政府办公室');
    expect(issuerShort('北京市西城区发展和改革委员会')).toBe('区发展和改革委员会');
    expect(issuerCode('北京市西城区人民政府')).toBe('qzf');
    expect(issuerCode('北京市西城区人民政府办公室')).toBe('qzfbgs');
  });

  it("shortens issuers by the gazette's configured prefixes, the first that matches", () => {
    const other = { shortNames: [['天津市和平区人民政府', '区政府'] as const, ['天津市和平区', '区'] as const] };
    expect(issuerShort('天津市和平区人民政府办公室', other)).toBe('区政府办公室');
    expect(issuerShort('天津市和平区教育局', other)).toBe('区教育局');
    // A name outside the configured district is kept whole (only its spaces go).
    expect(issuerShort('北京市西城区人民政府', other)).toBe('北京市西城区人民政府');
    expect(issuerShort('北京市 人民政府')).toBe('北京市人民政府');
  });

  it('words the order of the index by 发文字号 from the configured 机关代字', () => {
    expect(agencyOrderNote()).toBe('先区政府（西政发），后区政府办公室（西政办发）');
    const three = {
      ...GAZETTE,
      agencies: [
        { code: '甲发', issuer: '北京市西城区人民政府' },
        { code: '乙发', issuer: '北京市西城区人民政府办公室' },
        { code: '丙发', issuer: '北京市西城区教育委员会' },
      ],
    };
    expect(agencyOrderNote(three)).toBe('先区政府（甲发），再区政府办公室（乙发），后区教育委员会（丙发）');
  });

  it('gives 文种 their whole pinyin, so 决议 and 纪要 differ', () => {
    expect(genreCode('通知')).toBe('tongzhi');
    expect(genreCode('实施意见')).toBe('shishiyijian');
    expect(genreCode('决议')).not.toBe(genreCode('纪要'));
  });

  it('takes the year from the date, or from the title of a chronicle', () => {
    expect(yearOf(fm({ signedDate: '2017-12-29', printedDate: '2018-01-02' }).data)).toBe('2017');
    expect(yearOf(fm({ kind: 'chronicle', title: '2017年区政府大事记' }).data)).toBe('2017');
    expect(yearOf(fm({}).data)).toBeUndefined();
  });

  it('counts the notices of each value', () => {
    const entries = [
      fm({ issuer: '北京市西城区人民政府', genre: '通知', signedDate: '2017-01-02' }),
      fm({ issuer: '北京市西城区人民政府办公室', genre: '通知', signedDate: '2018-01-02' }),
      fm({ issuer: '北京市西城区人民政府办公室', genre: '通报', signedDate: '2017-03-02' }),
      fm({ kind: 'chronicle', title: '2017年区政府大事记', genre: '大事记' }),
    ];
    const summary = (facet: 'issuer' | 'genre' | 'year') =>
      facetValues(entries, facet).map((v) => [v.code, v.label, v.entries.length]);
    expect(summary('issuer')).toEqual([
      ['qzfbgs', '区政府办公室', 2],
      ['qzf', '区政府', 1],
    ]);
    expect(summary('genre')).toEqual([
      ['tongzhi', '通知', 2],
      ['dashiji', '大事记', 1],
      ['tongbao', '通报', 1],
    ]);
    expect(summary('year')).toEqual([
      ['2018', '2018年', 1],
      ['2017', '2017年', 3],
    ]);
  });

  it('gives 有效性 their whole pinyin', () => {
    expect(['有效', '尚未施行', '已失效', '已废止', '未标注有效期'].map(statusCode)).toEqual([
      'youxiao',
      'shangweishixing',
      'yishixiao',
      'yifeizhi',
      'weibiaozhuyouxiaoqi',
    ]);
  });

  it('lists 有效性 in the order a reader weighs them, and leaves out notices without one (the 大事记)', () => {
    const entries = [
      fm({ legal: legal() }),
      fm({ legal: legal({ status: '已失效' }) }),
      fm({ legal: legal() }),
      fm({ legal: legal({ status: '有效' }) }),
      fm({ kind: 'chronicle', title: '2017年区政府大事记' }),
    ];
    expect(facetValues(entries, 'status').map((v) => [v.code, v.label, v.entries.length])).toEqual([
      ['youxiao', '有效', 1],
      ['yishixiao', '已失效', 1],
      ['weibiaozhuyouxiaoqi', '未标注有效期', 2],
    ]);
  });

  it('refuses two values that would share one URL', () => {
    const entries = [fm({ genre: '公示' }), fm({ genre: '公式' })];
    expect(() => facetValues(entries, 'genre')).toThrow(/share the URL code "gongshi"/);
  });

  it('builds index paths', () => {
    expect(indexPath('date')).toBe('/notices/');
    expect(indexPath('number')).toBe('/notices/by-number/');
    expect(indexPath('date', { facet: 'genre', code: 'tongzhi' })).toBe('/notices/by/genre/tongzhi/');
    expect(indexPath('number', { facet: 'year', code: '2017' })).toBe('/notices/by/year/2017/by-number/');
  });
});
