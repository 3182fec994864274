import { describe, expect, it } from 'vitest';
import { basePath, DEFAULT_SITE_URL, deployTarget, siteIdCode, siteOrigin } from './deploy.ts';

describe('deployTarget', () => {
  it('should default to the example origin at the root, with no SiteIDCode', () => {
    expect(deployTarget({})).toEqual({ site: DEFAULT_SITE_URL, base: '/', domain: 'gazette.example.invalid' });
    // An empty variable is the default, not an empty address.
    expect(deployTarget({ SITE_URL: '', BASE_PATH: ' ', SITE_ID_CODE: '', SITE_NAME: '' })).toEqual(deployTarget({}));
  });

  it('should take origin, base path, site name and 网站标识码 from the environment', () => {
    expect(
      deployTarget({
        SITE_URL: 'https://www.example.gov.cn/',
        BASE_PATH: 'gazette',
        SITE_ID_CODE: '1101020001',
        SITE_NAME: '北京市西城区人民政府',
      }),
    ).toEqual({
      site: 'https://www.example.gov.cn',
      base: '/gazette/',
      domain: 'www.example.gov.cn',
      siteName: '北京市西城区人民政府',
      siteIdCode: '1101020001',
    });
  });
});

describe('siteOrigin', () => {
  it('should keep a port and drop the trailing slash', () => {
    expect(siteOrigin('http://localhost:8080/')).toBe('http://localhost:8080');
  });

  it('should refuse a path, a query, credentials and other schemes, saying where the path goes', () => {
    expect(() => siteOrigin('https://www.example.gov.cn/gazette/')).toThrow(/BASE_PATH \(\/gazette\/\)/);
    expect(() => siteOrigin('https://www.example.gov.cn/?x=1')).toThrow(/origin only/);
    expect(() => siteOrigin('https://user:pw@www.example.gov.cn')).toThrow(/origin only/);
    expect(() => siteOrigin('ftp://www.example.gov.cn')).toThrow(/http\(s\)/);
    expect(() => siteOrigin('www.example.gov.cn')).toThrow(/http\(s\)/);
  });
});

describe('basePath', () => {
  it('should put one slash at each end', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('gazette')).toBe('/gazette/');
    expect(basePath('/gazette')).toBe('/gazette/');
    expect(basePath('//zwgk//gazette/')).toBe('/zwgk/gazette/');
    expect(basePath('/a-b_c.d~e/')).toBe('/a-b_c.d~e/');
  });

  it('should refuse segments that would need escaping or climb out', () => {
    expect(() => basePath('/公报/')).toThrow(/not a plain path segment/);
    expect(() => basePath('/a b/')).toThrow(/not a plain path segment/);
    expect(() => basePath('/../x/')).toThrow(/not a plain path segment/);
    expect(() => basePath('/x?y/')).toThrow(/not a plain path segment/);
  });
});

describe('siteIdCode', () => {
  it('should take ten letters or digits and nothing else', () => {
    expect(siteIdCode(undefined)).toBeUndefined();
    expect(siteIdCode('1101020001')).toBe('1101020001');
    expect(siteIdCode('bm14000002')).toBe('bm14000002');
    expect(() => siteIdCode('110102000')).toThrow(/网站标识码/);
    expect(() => siteIdCode('1101-02000')).toThrow(/网站标识码/);
  });
});
