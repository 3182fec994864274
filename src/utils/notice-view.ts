/**
 * Presentation helpers for notice pages: dates, page ranges, TOC trees, JSON-LD.
 * Pure functions of the frontmatter (see src/schemas/notice.ts); no Astro imports.
 */
import type { NoticeFrontmatter } from '../schemas/notice.ts';

/** `2017-10-11` → `2017年10月11日`. */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The date a notice is known by: 成文日期, else 印发日期. */
export function noticeDate(data: NoticeFrontmatter): string | undefined {
  return data.signedDate ?? data.printedDate;
}

/**
 * The date to show in lists, with its label: the one lists are sorted by (noticeDate, i.e.
 * 成文日期, else 印发日期), so that the order a reader sees matches the dates shown.
 */
export function listDate(data: NoticeFrontmatter): { label: string; iso: string } | undefined {
  if (data.signedDate) return { label: '成文日期', iso: data.signedDate };
  if (data.printedDate) return { label: '印发日期', iso: data.printedDate };
  return undefined;
}

/** `第 19—41 页`, or `第 19 页` for a one-page notice. */
export function pageRange(pages: NoticeFrontmatter['pages']): string | undefined {
  if (!pages) return undefined;
  return pages.first === pages.last ? `第 ${pages.first} 页` : `第 ${pages.first}—${pages.last} 页`;
}

/** 文种, with the chronicle named as such when the pipeline gives none. */
export function shownGenre(data: NoticeFrontmatter): string | undefined {
  return data.genre ?? (data.kind === 'chronicle' ? '大事记' : undefined);
}

/** Join a text printed over several lines; a text without line breaks is returned unchanged. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, '');
}

export interface TocNode {
  id: string;
  text: string;
  children: TocNode[];
}

/** Nest the flat frontmatter `toc` by depth; a deeper entry with no parent is kept at its nearest level. */
export function tocTree(toc: NoticeFrontmatter['toc']): TocNode[] {
  const root: TocNode[] = [];
  const stack: { depth: number; node: TocNode }[] = [];
  for (const item of toc) {
    const node: TocNode = { id: item.id, text: oneLine(item.text), children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.node.children : root).push(node);
    stack.push({ depth: item.depth, node });
  }
  return root;
}

/**
 * schema.org `Legislation` as a string safe to place inside `<script type="application/ld+json">`:
 * `<`, `>` and `&` are escaped as JSON unicode escapes so no text can close the script element.
 * Keys whose value is unknown are omitted. `more` adds fields other helpers compute (the legal
 * status's, `legalSchemaFields` in legal.ts, which imports this module).
 */
/**
 * `url`: the page's absolute address (with the base path), when the site has one; `more`: further
 * fields (the legal status's, src/utils/legal.ts).
 */
export function legislationJsonLd(data: NoticeFrontmatter, url?: string, more: Record<string, unknown> = {}): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: oneLine(data.title),
  };
  if (url) ld.url = url;
  if (data.docNumber) ld.legislationIdentifier = data.docNumber;
  if (data.issuer) ld.legislationPassedBy = { '@type': 'GovernmentOrganization', name: data.issuer };
  if (data.signedDate) ld.legislationDate = data.signedDate;
  if (data.printedDate) ld.datePublished = data.printedDate;
  Object.assign(ld, more);
  ld.inLanguage = 'zh-CN';
  ld.isPartOf = data.issue.title;
  return JSON.stringify(ld)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface IssueGroup<T> {
  id: string;
  title: string;
  items: T[];
}

/** Group entries by gazette issue: newest issue first, entries in printed order. */
export function groupByIssue<T extends { data: NoticeFrontmatter }>(entries: T[]): IssueGroup<T>[] {
  const groups = new Map<string, IssueGroup<T>>();
  for (const entry of entries) {
    const { issue } = entry.data;
    let group = groups.get(issue.id);
    if (!group) {
      group = { id: issue.id, title: issue.title, items: [] };
      groups.set(issue.id, group);
    }
    group.items.push(entry);
  }
  const list = [...groups.values()];
  for (const group of list) {
    group.items.sort((a, b) => a.data.order - b.data.order || a.data.slug.localeCompare(b.data.slug));
  }
  return list.sort((a, b) => b.id.localeCompare(a.id));
}
