import { describe, expect, it } from 'vitest';
import { sitePath, siteUrl } from './url.ts';

describe('sitePath', () => {
  it('should put the base path in front of a route, fragment and query kept', () => {
    expect(sitePath('/notices/x/#wb', '/gazette/')).toBe('/gazette/notices/x/#wb');
    expect(sitePath('/', '/gazette/')).toBe('/gazette/');
    expect(sitePath('/search/?q=a', '/a/b/')).toBe('/a/b/search/?q=a');
    expect(sitePath('/notices/x/', '/')).toBe('/notices/x/');
  });

  it('should leave what is not a root-relative route alone', () => {
    for (const href of ['#fj1', 'https://example.org/x', '//example.org/x', 'by-number/', '']) {
      expect(sitePath(href, '/gazette/')).toBe(href);
    }
  });

  it("should read Astro's base when given none (vitest: /)", () => {
    expect(sitePath('/feed.xml')).toBe('/feed.xml');
  });
});

describe('siteUrl', () => {
  it('should make an absolute address on the origin under the base path', () => {
    expect(siteUrl('/notices/x/', 'https://www.example.gov.cn', '/gazette/')).toBe(
      'https://www.example.gov.cn/gazette/notices/x/',
    );
    expect(siteUrl('/', new URL('https://www.example.gov.cn'), '/')).toBe('https://www.example.gov.cn/');
  });
});
