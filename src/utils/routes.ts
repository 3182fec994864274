/**
 * Every HTML page the site builds, as root-relative paths: the sitemap lists exactly these,
 * and tests/e2e/links.test.ts checks that they and the built pages are the same set.
 * When a page route is added under src/pages/, add its paths here.
 */
import type { NoticeFrontmatter } from '../schemas/notice.ts';
import { FACETS, facetValues, indexPath, issuePath, noticePath } from './browse.ts';
import { groupByIssue } from './notice-view.ts';

export function sitePaths<T extends { data: NoticeFrontmatter }>(entries: readonly T[]): string[] {
  const paths = ['/', '/notices/', '/notices/by-number/'];
  for (const facet of FACETS) {
    for (const value of facetValues(entries, facet)) {
      paths.push(indexPath('date', { facet, code: value.code }), indexPath('number', { facet, code: value.code }));
    }
  }
  paths.push('/issues/', ...groupByIssue([...entries]).map((issue) => issuePath(issue.id)));
  paths.push(...[...entries].map((entry) => noticePath(entry.data.slug)).sort());
  paths.push('/search/');
  return paths;
}

/** Escape text for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
