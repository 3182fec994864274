/**
 * Browsing the notices: sort orders, the facets a reader narrows the index by
 * (发文机关, 文种, 年份, 有效性), their ASCII URL codes, and previous / next.
 * Pure functions of the frontmatter (src/schemas/notice.ts); no Astro imports.
 */
import { pinyin } from 'pinyin-pro';
import { GAZETTE, type GazetteConfig } from '../gazette.ts';
import { LEGAL_STATUSES, type NoticeFrontmatter } from '../schemas/notice.ts';
import { noticeDate } from './notice-view.ts';

type HasData = { data: NoticeFrontmatter };

/* ------------------------------------------------------------------ numbers */

export interface DocNumberParts {
  /** 机关代字, e.g. 西政办发. */
  agency: string;
  year: number;
  serial: number;
}

/** `西政办发〔2017〕14号` → { agency: 西政办发, year: 2017, serial: 14 }; undefined when it has another shape. */
export function docNumberParts(docNumber: string | undefined): DocNumberParts | undefined {
  const match = /^(.+?)[〔［[（(](\d{4})[〕］\]）)]第?(\d+)号$/.exec(docNumber?.trim() ?? '');
  if (!match) return undefined;
  return { agency: match[1]!, year: Number(match[2]), serial: Number(match[3]) };
}

/** Position of a 机关代字 in the gazette's order (src/gazette.ts); any other comes after them. */
function agencyRank(agency: string): number {
  const rank = GAZETTE.agencies.findIndex((a) => a.code === agency);
  return rank === -1 ? GAZETTE.agencies.length : rank;
}

/** The order of /notices/by-number/ in words: 先区政府（西政发），后区政府办公室（西政办发）. */
export function agencyOrderNote(config: GazetteConfig = GAZETTE): string {
  const last = config.agencies.length - 1;
  return config.agencies
    .map((a, i) => `${i === 0 ? '先' : i === last ? '后' : '再'}${issuerShort(a.issuer, config)}（${a.code}）`)
    .join('，');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By 发文字号: 机关代字 (the gazette's order, then others), year, serial; notices without a number last. */
export function compareByNumber(a: NoticeFrontmatter, b: NoticeFrontmatter): number {
  const pa = docNumberParts(a.docNumber);
  const pb = docNumberParts(b.docNumber);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  if (pa && pb) {
    return (
      agencyRank(pa.agency) - agencyRank(pb.agency) ||
      compareText(pa.agency, pb.agency) ||
      pa.year - pb.year ||
      pa.serial - pb.serial ||
      compareText(a.slug, b.slug)
    );
  }
  return compareByDateAsc(a, b);
}

/* -------------------------------------------------------------------- dates */

/**
 * Oldest first by the date a notice is known by (成文日期, else 印发日期), then 印发日期,
 * then 发文字号, then issue and printed order. Notices without any date come after all dated ones.
 */
export function compareByDateAsc(a: NoticeFrontmatter, b: NoticeFrontmatter): number {
  const da = noticeDate(a);
  const db = noticeDate(b);
  if (da && !db) return -1;
  if (!da && db) return 1;
  return (
    compareText(da ?? '', db ?? '') ||
    compareText(a.printedDate ?? '', b.printedDate ?? '') ||
    tieByNumber(a, b) ||
    compareText(a.issue.id, b.issue.id) ||
    a.order - b.order ||
    compareText(a.slug, b.slug)
  );
}

function tieByNumber(a: NoticeFrontmatter, b: NoticeFrontmatter): number {
  const pa = docNumberParts(a.docNumber);
  const pb = docNumberParts(b.docNumber);
  if (!pa || !pb) return 0;
  return (
    agencyRank(pa.agency) - agencyRank(pb.agency) ||
    compareText(pa.agency, pb.agency) ||
    pa.year - pb.year ||
    pa.serial - pb.serial
  );
}

/**
 * Newest first (the index and the home page): the reverse of compareByDateAsc for dated
 * notices; notices without a date still come last.
 */
export function compareByDateDesc(a: NoticeFrontmatter, b: NoticeFrontmatter): number {
  const da = noticeDate(a);
  const db = noticeDate(b);
  if (da && !db) return -1;
  if (!da && db) return 1;
  return compareByDateAsc(b, a);
}

export type SortKey = 'date' | 'number';

export function sortEntries<T extends HasData>(entries: readonly T[], sort: SortKey): T[] {
  const compare = sort === 'date' ? compareByDateDesc : compareByNumber;
  return [...entries].sort((a, b) => compare(a.data, b.data));
}

/** The year a notice belongs to: of its date, else (the chronicle) the year its title names. */
export function yearOf(data: NoticeFrontmatter): string | undefined {
  const date = noticeDate(data);
  if (date) return date.slice(0, 4);
  if (data.kind === 'chronicle') return /^(\d{4})年/.exec(data.title.trim())?.[1];
  return undefined;
}

/* ------------------------------------------------------------ previous/next */

export interface Neighbours<T> {
  /** 上一篇: the one before in compareByDateAsc order (older, or the last dated one for an undated notice). */
  prev?: T;
  /** 下一篇: the one after (newer). */
  next?: T;
}

/** Previous / next notice in chronological order over all notices (compareByDateAsc). */
export function neighbours<T extends HasData>(entries: readonly T[], slug: string): Neighbours<T> {
  const sorted = [...entries].sort((a, b) => compareByDateAsc(a.data, b.data));
  const at = sorted.findIndex((entry) => entry.data.slug === slug);
  if (at === -1) return {};
  return { prev: sorted[at - 1], next: sorted[at + 1] };
}

/* ------------------------------------------------------------------- facets */

/** The 发文机关 as readers say it, by the gazette's short names: 北京市西城区人民政府办公室 → 区政府办公室. */
export function issuerShort(issuer: string, config: Pick<GazetteConfig, 'shortNames'> = GAZETTE): string {
  const name = issuer.replace(/\s+/g, '');
  const match = config.shortNames.find(([prefix]) => name.startsWith(prefix));
  return match ? match[1] + name.slice(match[0].length) : name;
}

function pinyinOf(text: string, pattern: 'first' | 'pinyin'): string {
  const syllables = pinyin(text, { pattern, toneType: 'none', type: 'array' }) as string[];
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** URL code of a 发文机关: pinyin initials of its short name (区政府 → qzf, 区政府办公室 → qzfbgs). */
export function issuerCode(issuer: string): string {
  return pinyinOf(issuerShort(issuer), 'first');
}

/** URL code of a 文种: its whole pinyin without tones (通知 → tongzhi); initials would clash (决议 / 纪要). */
export function genreCode(genre: string): string {
  return pinyinOf(genre, 'pinyin');
}

/** URL code of a 有效性: its whole pinyin (已失效 → yishixiao), as for a 文种. */
export function statusCode(status: string): string {
  return pinyinOf(status, 'pinyin');
}

export type FacetName = 'issuer' | 'genre' | 'year' | 'status';

export const FACET_LABELS: Record<FacetName, string> = {
  issuer: '发文机关',
  genre: '文种',
  year: '年份',
  status: '有效性',
};
export const FACETS: FacetName[] = ['issuer', 'genre', 'year', 'status'];

export interface FacetValue<T> {
  facet: FacetName;
  /** ASCII path segment: /notices/by/<facet>/<code>/. */
  code: string;
  /** What readers see: 区政府办公室, 通知, 2017年. */
  label: string;
  entries: T[];
}

/** The value of one facet for a notice (label and code), or undefined when the notice has none. */
export function facetOf(data: NoticeFrontmatter, facet: FacetName): { code: string; label: string } | undefined {
  if (facet === 'issuer')
    return data.issuer ? { code: issuerCode(data.issuer), label: issuerShort(data.issuer) } : undefined;
  if (facet === 'genre') {
    const genre = data.genre ?? (data.kind === 'chronicle' ? '大事记' : undefined);
    return genre ? { code: genreCode(genre), label: genre } : undefined;
  }
  if (facet === 'status')
    return data.legal ? { code: statusCode(data.legal.status), label: data.legal.status } : undefined;
  const year = yearOf(data);
  return year ? { code: year, label: `${year}年` } : undefined;
}

/**
 * Every value of a facet with its notices. Issuers and genres: most notices first, then by code;
 * years: newest first; 有效性: in the schema's order (有效 first), as a reader weighs them. Throws when two different labels would share one URL code, so a page is
 * never silently merged with another (add a fixed code here when that happens).
 */
export function facetValues<T extends HasData>(entries: readonly T[], facet: FacetName): FacetValue<T>[] {
  const byCode = new Map<string, FacetValue<T>>();
  for (const entry of entries) {
    const value = facetOf(entry.data, facet);
    if (!value) continue;
    if (!value.code) throw new Error(`${facet} "${value.label}" has no ASCII code`);
    const known = byCode.get(value.code);
    if (known && known.label !== value.label) {
      throw new Error(`${facet} values "${known.label}" and "${value.label}" would share the URL code "${value.code}"`);
    }
    if (known) known.entries.push(entry);
    else byCode.set(value.code, { facet, code: value.code, label: value.label, entries: [entry] });
  }
  const values = [...byCode.values()];
  if (facet === 'year') return values.sort((a, b) => compareText(b.code, a.code));
  if (facet === 'status') {
    const rank = (label: string) => LEGAL_STATUSES.indexOf(label as (typeof LEGAL_STATUSES)[number]);
    return values.sort((a, b) => rank(a.label) - rank(b.label));
  }
  return values.sort((a, b) => b.entries.length - a.entries.length || compareText(a.code, b.code));
}

/* --------------------------------------------------------------------- URLs */

export function noticePath(slug: string): string {
  return `/notices/${slug}/`;
}

export function issuePath(id: string): string {
  return `/issues/${id}/`;
}

/** /notices/, /notices/by-number/, /notices/by/<facet>/<code>/ and …/by-number/. */
export function indexPath(sort: SortKey, filter?: { facet: FacetName; code: string }): string {
  const base = filter ? `/notices/by/${filter.facet}/${filter.code}/` : '/notices/';
  return sort === 'number' ? `${base}by-number/` : base;
}
