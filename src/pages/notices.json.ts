/**
 * /notices.json: open data, every notice's metadata (its frontmatter without `toc`) with its
 * address, newest first (the order of /notices/). Field meanings: src/schemas/notice.ts; every
 * address (`url`, `issue.url`, `cites[].href`, `home`) is absolute, base path included. The legal
 * status is in `legal`, and as the page's JSON-LD says it: legislationLegalForce, expires,
 * legislationChanges (src/utils/legal.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { GAZETTE } from '../gazette.ts';
import { issuePath, noticePath, sortEntries } from '../utils/browse.ts';
import { legalSchemaFields } from '../utils/legal.ts';
import { siteUrl } from '../utils/url.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('notices.json needs `site` in astro.config.mjs');
  const entries = sortEntries(await getCollection('notices'), 'date');
  const notices = entries.map(({ data }) => {
    const { toc: _toc, ...fields } = data;
    return {
      url: siteUrl(noticePath(data.slug), site),
      ...fields,
      // Defaults of the schema, spelled out: Astro's content cache can hold entries parsed before they existed.
      // A cited notice's href as an absolute address, like `url` (frontmatter keeps the route).
      cites: (data.cites ?? []).map((cite) => (cite.href ? { ...cite, href: siteUrl(cite.href, site) } : cite)),
      citedBy: data.citedBy ?? [],
      issue: { ...data.issue, url: siteUrl(issuePath(data.issue.id), site) },
      ...legalSchemaFields(data, site),
    };
  });
  const body = {
    title: `${GAZETTE.name}：公文元数据`,
    home: siteUrl('/', site),
    count: notices.length,
    notices,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
