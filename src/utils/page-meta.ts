/**
 * The <meta> tags a page carries besides `description` (BaseLayout.astro writes them):
 *
 * - 网页元数据 of the 政府网站发展指引 (国办发〔2017〕47号), read by the national monitoring and
 *   search services of government websites. Three groups, by the kind of page:
 *     every page      SiteName, SiteDomain, SiteIDCode
 *     a 栏目 page     + ColumnName, ColumnDescription, ColumnType
 *     an article page + ColumnName, ColumnType, ArticleTitle, PubDate, ContentSource, Keywords,
 *                       Author, Description, Url
 *   Names are spelt as the 指引 spells them (`<meta name="SiteName" content="…">`); PubDate is
 *   `YYYY-MM-DD HH:MM`. Left out, not guessed: SiteIDCode without a configured 网站标识码,
 *   Author and PubDate when the notice has no issuer or date, Image (a notice has no picture),
 *   ColumnKeywords (the gazette has no editorial keywords for its 栏目).
 *   (GB/T 42147-2022 is the metadata of archived web pages as records, not page tags: it adds none.)
 * - Open Graph, for the card a link shows when shared: title, description, address, site name
 *   and the site's title card image; `article` with its publication day on notice pages.
 *
 * Values come from the notice's frontmatter, src/gazette.ts and the deploy settings
 * (src/utils/deploy.ts); pure functions, unit-tested in page-meta.test.ts.
 */
import { GAZETTE, type GazetteConfig } from '../gazette.ts';
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import type { DeployTarget } from './deploy.ts';
import { oneLine, shownGenre } from './notice-view.ts';

export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** Site-level 网页元数据. */
export interface SiteMeta {
  name: string;
  domain: string;
  idCode?: string;
}

/** The 栏目 a page is, or is in. */
export interface ColumnMeta {
  name: string;
  type: string;
  description?: string;
}

export interface ArticleMeta {
  title: string;
  /** ISO day the notice was issued (issuedDate). */
  pubDate?: string;
  source: string;
  keywords: string[];
  author?: string;
  description: string;
}

export interface PageMetaInput {
  site: SiteMeta;
  /** The page's own title, without the site name. */
  title: string;
  description?: string;
  /** Absolute canonical address; none for a page that has none (404). */
  url?: string;
  /** Absolute address of the title card image. */
  image?: string;
  column?: ColumnMeta;
  article?: ArticleMeta;
}

/** The title card (public/og-card.png): the gazette's name on its red, for every shared link. */
export const TITLE_CARD = { path: '/og-card.png', width: 1200, height: 630, alt: GAZETTE.name } as const;

/** The 栏目 of the site, as its navigation names them. */
export const COLUMNS = { notices: '全部公文', issues: '各期公报' } as const;

export function siteMeta(target: Pick<DeployTarget, 'domain' | 'siteName' | 'siteIdCode'>, config = GAZETTE): SiteMeta {
  return {
    name: target.siteName ?? config.name,
    domain: target.domain,
    ...(target.siteIdCode ? { idCode: target.siteIdCode } : {}),
  };
}

export function column(
  name: string,
  description?: string,
  config: Pick<GazetteConfig, 'columnType'> = GAZETTE,
): ColumnMeta {
  return { name, type: config.columnType, ...(description ? { description } : {}) };
}

/** The day a notice was issued: 印发日期, else 成文日期 (the feed's `updated` too). */
export function issuedDate(data: NoticeFrontmatter): string | undefined {
  return data.printedDate ?? data.signedDate;
}

/** A notice's description: its 发文字号 and title (the page's `description` too). */
export function noticeDescription(data: NoticeFrontmatter): string {
  const title = oneLine(data.title);
  return data.docNumber ? `${data.docNumber} ${title}` : title;
}

/**
 * The article 网页元数据 of a notice: 文章来源 is the gazette issue it is printed in, 作者 its
 * 发文机关, 关键词 its 发文字号, 文种 and 发文机关 (what readers search the gazette by).
 */
export function noticeArticle(data: NoticeFrontmatter): ArticleMeta {
  const pubDate = issuedDate(data);
  const genre = shownGenre(data);
  const issuer = data.issuer?.replace(/\s+/g, '');
  return {
    title: oneLine(data.title),
    ...(pubDate ? { pubDate } : {}),
    source: data.issue.title,
    keywords: [data.docNumber, genre, issuer].filter((k): k is string => Boolean(k)),
    ...(issuer ? { author: issuer } : {}),
    description: noticeDescription(data),
  };
}

/** `content` values are single lines: the 指引's readers, like most, take the attribute as one line. */
const line = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The 网页元数据 of the 政府网站发展指引 for a page. */
export function govMeta(input: PageMetaInput): MetaTag[] {
  const tags: [string, string | undefined][] = [
    ['SiteName', input.site.name],
    ['SiteDomain', input.site.domain],
    ['SiteIDCode', input.site.idCode],
  ];
  if (input.column) {
    tags.push(['ColumnName', input.column.name]);
    if (!input.article) tags.push(['ColumnDescription', input.column.description]);
    tags.push(['ColumnType', input.column.type]);
  }
  const a = input.article;
  if (a) {
    tags.push(
      ['ArticleTitle', a.title],
      // The gazette gives the day, not the hour: 00:00 keeps the 指引's `YYYY-MM-DD HH:MM`.
      ['PubDate', a.pubDate && `${a.pubDate} 00:00`],
      ['ContentSource', a.source],
      ['Keywords', a.keywords.join(',')],
      ['Author', a.author],
      ['Description', a.description],
      ['Url', input.url],
    );
  }
  return tags.filter(([, content]) => content).map(([name, content]) => ({ name, content: line(content!) }));
}

/** Open Graph tags for a page: a website, or an article (notices). */
export function openGraph(input: PageMetaInput): MetaTag[] {
  const tags: [string, string | number | undefined][] = [
    ['og:type', input.article ? 'article' : 'website'],
    ['og:site_name', input.site.name],
    ['og:locale', 'zh_CN'],
    ['og:title', input.title],
    ['og:description', input.description],
    ['og:url', input.url],
  ];
  if (input.image) {
    tags.push(
      ['og:image', input.image],
      ['og:image:type', 'image/png'],
      ['og:image:width', TITLE_CARD.width],
      ['og:image:height', TITLE_CARD.height],
      ['og:image:alt', TITLE_CARD.alt],
    );
  }
  if (input.article?.pubDate) tags.push(['article:published_time', input.article.pubDate]);
  const out: MetaTag[] = tags
    .filter(([, content]) => content !== undefined && content !== '')
    .map(([property, content]) => ({ property, content: line(String(content)) }));
  // A large card where the sharing service reads Twitter's tag rather than Open Graph's.
  if (input.image) out.push({ name: 'twitter:card', content: 'summary_large_image' });
  return out;
}

export function pageMeta(input: PageMetaInput): MetaTag[] {
  return [...govMeta(input), ...openGraph(input)];
}
