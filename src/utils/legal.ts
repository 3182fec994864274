/**
 * 有效性 for readers and machines: the status line of a notice page, the list badge, the feed's
 * words, and the schema.org fields JSON-LD, /notices.json and the feed share. Pure functions of
 * the frontmatter `legal` (written by src/pipeline/status/); no Astro imports.
 */
import { siteUrl } from './url.ts';
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import { noticePath } from './browse.ts';
import { cnDate, oneLine } from './notice-view.ts';

export type Legal = NonNullable<NoticeFrontmatter['legal']>;
type Repealed = Legal['repeals'][number];

/**
 * What the status rests on, in a few words after the label: the last day, the repealing notice,
 * the 施行日期 to come, or — without a 有效期 — that the text does not say how long it applies.
 */
export function statusDetail(legal: Legal): string {
  const until = legal.validUntil && cnDate(legal.validUntil);
  switch (legal.status) {
    case '有效':
      return `有效期至${until}`;
    case '已失效':
      return `有效期已于${until}届满`;
    case '已废止': {
      const by = legal.repealedBy.map((r) => r.docNumber ?? `《${r.title}》`).join('、');
      const day = legal.repealedBy.find((r) => r.date)?.date;
      return `已被${by}废止${day ? `（自${cnDate(day)}起）` : ''}`;
    }
    case '尚未施行':
      return legal.effective ? `自${cnDate(legal.effective)}起施行` : '尚未发布';
    case '未标注有效期':
      return legal.effective
        ? `自${cnDate(legal.effective)}起施行；文中未载明有效期，本站不判断其现在是否有效`
        : '文中未载明施行日期和有效期，本站不判断其是否有效';
  }
}

/** `按2026年5月1日计算`: the day the status holds for, which the page must say. */
export function computedOn(legal: Legal): string {
  return `按${cnDate(legal.asOf)}计算`;
}

/** A document a relation names: the notice's page when the gazette has it, else none (shown as <cite>). */
export function relationHref(slug: string | undefined): string | undefined {
  return slug ? noticePath(slug) : undefined;
}

/** 《title》 as a citation shows it, else its number; and the number beside it when the title is shown. */
export function citedName(doc: Pick<Repealed, 'title' | 'docNumber' | 'text'>): { name: string; number?: string } {
  if (doc.title) return { name: `《${doc.title}》`, ...(doc.docNumber ? { number: doc.docNumber } : {}) };
  return { name: doc.docNumber ?? doc.text };
}

/** One related document as a page lists it: a link when the gazette has it, else a <cite>. */
export interface RelationItem {
  href?: string;
  name: string;
  number?: string;
  /** 自2017年9月1日起, 有效期延长至2021年8月31日. */
  when?: string;
}

export interface RelationGroup {
  /** `repeals`, `repealedBy`, `extends`, `extendedBy` (the list's data-relation). */
  relation: 'repeals' | 'repealedBy' | 'extends' | 'extendedBy';
  /** The row's label: 本文废止 / 废止本文 as 本文引用 / 引用本文 are named. */
  label: string;
  items: RelationItem[];
}

function documentItem(doc: Repealed | Legal['extends'][number], when: string | undefined): RelationItem {
  const href = relationHref(doc.slug);
  return { ...(href ? { href } : {}), ...citedName(doc), ...(when ? { when } : {}) };
}

function noticeItem(notice: Legal['repealedBy'][number], when: string | undefined): RelationItem {
  return {
    href: noticePath(notice.slug),
    name: oneLine(notice.title),
    ...(notice.docNumber ? { number: notice.docNumber } : {}),
    ...(when ? { when } : {}),
  };
}

/** The relations of a notice both ways, each group only when it has items. */
export function relationGroups(legal: Legal): RelationGroup[] {
  const since = (date: string | undefined) => (date ? `自${cnDate(date)}起` : undefined);
  const extendedTo = (until: string) => `有效期延长至${cnDate(until)}`;
  const groups: RelationGroup[] = [
    { relation: 'repeals', label: '本文废止', items: legal.repeals.map((d) => documentItem(d, since(d.date))) },
    { relation: 'repealedBy', label: '废止本文', items: legal.repealedBy.map((n) => noticeItem(n, since(n.date))) },
    { relation: 'extends', label: '本文延长', items: legal.extends.map((d) => documentItem(d, extendedTo(d.until))) },
    {
      relation: 'extendedBy',
      label: '延长本文',
      items: legal.extendedBy.map((n) => noticeItem(n, extendedTo(n.until))),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** The feed's words: `有效性：已失效（有效期已于2022年6月5日届满，按…计算）`. */
export function statusSummary(legal: Legal): string {
  return `有效性：${legal.status}（${statusDetail(legal)}，${computedOn(legal)}）`;
}

/**
 * schema.org fields of the status, shared by the JSON-LD, /notices.json and the feed so they cannot
 * disagree: legislationLegalForce (none for 未标注有效期), expires (the last day in force) and
 * legislationChanges (each document it repeals; `url` for a notice of the gazette when `site` is given).
 */
export function legalSchemaFields(
  data: Pick<NoticeFrontmatter, 'legal'>,
  site?: URL | string,
): { legislationLegalForce?: string; expires?: string; legislationChanges?: Record<string, string>[] } {
  const legal = data.legal;
  if (!legal) return {};
  const changes = legal.repeals.map((doc) => {
    const href = relationHref(doc.slug);
    return {
      '@type': 'Legislation',
      name: doc.title ?? doc.docNumber ?? doc.text,
      ...(doc.docNumber ? { legislationIdentifier: doc.docNumber } : {}),
      ...(href && site ? { url: siteUrl(href, site) } : {}),
    };
  });
  return {
    ...(legal.force ? { legislationLegalForce: `https://schema.org/${legal.force}` } : {}),
    ...(legal.validUntil ? { expires: legal.validUntil } : {}),
    ...(changes.length > 0 ? { legislationChanges: changes } : {}),
  };
}
