import { describe, expect, it } from 'vitest';
import { GAZETTE } from '../gazette.ts';
import { frontmatter } from './fixtures.ts';
import {
  column,
  govMeta,
  issuedDate,
  noticeArticle,
  openGraph,
  siteMeta,
  type MetaTag,
  type PageMetaInput,
} from './page-meta.ts';

const site = siteMeta({ domain: 'www.example.gov.cn', siteIdCode: '1101020001' });
const named = (tags: MetaTag[]) => Object.fromEntries(tags.map((t) => ['name' in t ? t.name : t.property, t.content]));

const notice = frontmatter({
  title: '北京市西城区人民政府办公室关于印发\n某某办法的通知',
  docNumber: '西政办发〔2017〕14号',
  genre: '通知',
  issuer: '北京市西城区人民政府办公室',
  signedDate: '2017-03-01',
  printedDate: '2017-03-06',
  issue: { id: '2017-01--2017-06', title: '北京市西城区人民政府公报（2017年1月—6月）', file: 'a.txt' },
});

function articlePage(data = notice): PageMetaInput {
  return {
    site,
    title: 'x',
    url: 'https://www.example.gov.cn/gazette/notices/xzbf-2017-14/',
    column: column('全部公文'),
    article: noticeArticle(data),
  };
}

describe('govMeta (网页元数据 of the 政府网站发展指引)', () => {
  it('should give a notice page the site, column and article tags in the 指引’s names and forms', () => {
    const tags = govMeta(articlePage());
    expect(tags.map((t) => ('name' in t ? t.name : ''))).toEqual([
      'SiteName',
      'SiteDomain',
      'SiteIDCode',
      'ColumnName',
      'ColumnType',
      'ArticleTitle',
      'PubDate',
      'ContentSource',
      'Keywords',
      'Author',
      'Description',
      'Url',
    ]);
    expect(named(tags)).toMatchObject({
      SiteName: GAZETTE.name,
      SiteDomain: 'www.example.gov.cn',
      SiteIDCode: '1101020001',
      ColumnType: GAZETTE.columnType,
      ArticleTitle: '北京市西城区人民政府办公室关于印发某某办法的通知',
      // 印发日期, the day it was issued; the gazette gives no hour.
      PubDate: '2017-03-06 00:00',
      ContentSource: '北京市西城区人民政府公报（2017年1月—6月）',
      Keywords: '西政办发〔2017〕14号,通知,北京市西城区人民政府办公室',
      Author: '北京市西城区人民政府办公室',
      Description: '西政办发〔2017〕14号 北京市西城区人民政府办公室关于印发某某办法的通知',
      Url: 'https://www.example.gov.cn/gazette/notices/xzbf-2017-14/',
    });
  });

  it('should leave out what is not known rather than guess it', () => {
    const chronicle = frontmatter({ kind: 'chronicle', title: '2017年区政府大事记' });
    const tags = named(govMeta({ ...articlePage(chronicle), site: siteMeta({ domain: 'a.example' }) }));
    expect(tags).not.toHaveProperty('SiteIDCode');
    expect(tags).not.toHaveProperty('Author');
    expect(tags).not.toHaveProperty('PubDate');
    expect(tags.Keywords).toBe('大事记');
  });

  it('should give a column page its column and description, the home page the site only', () => {
    const page = named(govMeta({ site, title: '各期公报', column: column('各期公报', '各期，新的在前。') }));
    expect(page).toEqual({
      SiteName: GAZETTE.name,
      SiteDomain: 'www.example.gov.cn',
      SiteIDCode: '1101020001',
      ColumnName: '各期公报',
      ColumnDescription: '各期，新的在前。',
      ColumnType: GAZETTE.columnType,
    });
    expect(Object.keys(named(govMeta({ site, title: GAZETTE.name })))).toEqual([
      'SiteName',
      'SiteDomain',
      'SiteIDCode',
    ]);
  });

  it('should take SiteName from the configuration when one is given', () => {
    expect(siteMeta({ domain: 'x', siteName: '北京市西城区人民政府' }).name).toBe('北京市西城区人民政府');
    expect(siteMeta({ domain: 'x' }).name).toBe(GAZETTE.name);
  });
});

describe('openGraph', () => {
  it('should make a notice an article card with its day and the title card image', () => {
    const tags = named(openGraph({ ...articlePage(), image: 'https://www.example.gov.cn/gazette/og-card.png' }));
    expect(tags).toMatchObject({
      'og:type': 'article',
      'og:site_name': GAZETTE.name,
      'og:locale': 'zh_CN',
      'og:title': 'x',
      'og:url': 'https://www.example.gov.cn/gazette/notices/xzbf-2017-14/',
      'og:image': 'https://www.example.gov.cn/gazette/og-card.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'article:published_time': '2017-03-06',
      'twitter:card': 'summary_large_image',
    });
  });

  it('should make other pages a website, without an address where the page has none', () => {
    const tags = named(openGraph({ site, title: '页面不存在' }));
    expect(tags['og:type']).toBe('website');
    expect(tags).not.toHaveProperty('og:url');
    expect(tags).not.toHaveProperty('og:image');
  });
});

describe('issuedDate', () => {
  it('should be 印发日期, else 成文日期', () => {
    expect(issuedDate(frontmatter({ signedDate: '2017-01-02', printedDate: '2017-01-05' }))).toBe('2017-01-05');
    expect(issuedDate(frontmatter({ signedDate: '2017-01-02' }))).toBe('2017-01-02');
    expect(issuedDate(frontmatter({}))).toBeUndefined();
  });
});
