import { describe, expect, it } from 'vitest';
import { entry, legal } from './fixtures.ts';
import { sitePaths, xmlEscape } from './routes.ts';

describe('sitePaths', () => {
  it('should list every page once: home, both indexes, every facet value in both orders, issues, notices, search', () => {
    const h1 = { id: '2017-01--2017-06', title: '上半年', file: 'a.txt' };
    const h2 = { id: '2017-07--2017-12', title: '下半年', file: 'b.txt' };
    const entries = [
      entry({
        slug: 'xzf-2017-2',
        issue: h1,
        issuer: '北京市西城区人民政府',
        genre: '通知',
        signedDate: '2017-02-01',
        legal: legal({ status: '已失效' }),
      }),
      entry({
        slug: 'xzbf-2017-9',
        issue: h2,
        issuer: '北京市西城区人民政府办公室',
        genre: '通知',
        signedDate: '2017-09-01',
        legal: legal(),
      }),
      entry({ slug: 'dsj-2017', issue: h2, kind: 'chronicle', title: '2017年大事记' }),
    ];
    expect(sitePaths(entries)).toEqual([
      '/',
      '/notices/',
      '/notices/by-number/',
      // Issuers and genres: most notices first, then by code; years: newest first.
      '/notices/by/issuer/qzf/',
      '/notices/by/issuer/qzf/by-number/',
      '/notices/by/issuer/qzfbgs/',
      '/notices/by/issuer/qzfbgs/by-number/',
      '/notices/by/genre/tongzhi/',
      '/notices/by/genre/tongzhi/by-number/',
      '/notices/by/genre/dashiji/',
      '/notices/by/genre/dashiji/by-number/',
      '/notices/by/year/2017/',
      '/notices/by/year/2017/by-number/',
      // 有效性: in the order of the schema's LEGAL_STATUSES.
      '/notices/by/status/yishixiao/',
      '/notices/by/status/yishixiao/by-number/',
      '/notices/by/status/weibiaozhuyouxiaoqi/',
      '/notices/by/status/weibiaozhuyouxiaoqi/by-number/',
      '/issues/',
      '/issues/2017-07--2017-12/',
      '/issues/2017-01--2017-06/',
      '/notices/dsj-2017/',
      '/notices/xzbf-2017-9/',
      '/notices/xzf-2017-2/',
      '/search/',
    ]);
  });

  it('should give the fixed pages alone for no notices', () => {
    expect(sitePaths([])).toEqual(['/', '/notices/', '/notices/by-number/', '/issues/', '/search/']);
  });
});

describe('xmlEscape', () => {
  it('should escape the five XML special characters and nothing else', () => {
    expect(xmlEscape(`<a href="x?a=1&b='2'">公报</a>`)).toBe(
      '&lt;a href=&quot;x?a=1&amp;b=&apos;2&apos;&quot;&gt;公报&lt;/a&gt;',
    );
    expect(xmlEscape('&amp;')).toBe('&amp;amp;');
  });
});
