/**
 * Frontmatter for the unit tests of src/utils: the fields every notice has, with a fresh slug,
 * title and printed order per call, and `over` on top.
 */
import type { NoticeFrontmatter } from '../schemas/notice.ts';

let made = 0;

export function frontmatter(over: Partial<NoticeFrontmatter> = {}): NoticeFrontmatter {
  made++;
  return {
    slug: `n-${made}`,
    kind: 'notice',
    title: `标题${made}`,
    issue: { id: '2017-01--2017-06', title: '公报', file: 'a.txt' },
    order: made,
    attachments: [],
    toc: [],
    notes: [],
    cites: [],
    citedBy: [],
    source: { file: 'a.txt', line: 1, endLine: 2 },
    ...over,
  };
}

/** A collection entry as Astro's getCollection gives it. */
export function entry(over: Partial<NoticeFrontmatter> = {}): { data: NoticeFrontmatter } {
  return { data: frontmatter(over) };
}

/** A frontmatter `legal` (有效性) that says nothing but its status and day, and `over` on top. */
export function legal(
  over: Partial<NonNullable<NoticeFrontmatter['legal']>> = {},
): NonNullable<NoticeFrontmatter['legal']> {
  return {
    status: '未标注有效期',
    asOf: '2026-05-01',
    trial: false,
    repeals: [],
    repealedBy: [],
    extends: [],
    extendedBy: [],
    sentences: [],
    ...over,
  };
}
