/**
 * /feed.xml: Atom feed of the notices, newest first. An entry's `updated` is the day the notice
 * was issued: 印发日期, else 成文日期 (midnight, Beijing time). Notices with neither (the 大事记)
 * are left out: Atom requires a date and the feed would have to invent one.
 * The legal status is in the summary (有效性：…) and, as the page's JSON-LD says it, in schema.org
 * extension elements (legislationLegalForce, expires, legislationChanges) and a category.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { GAZETTE } from '../gazette.ts';
import { compareByDateDesc, noticePath, statusCode } from '../utils/browse.ts';
import { cnDate, shownGenre, oneLine } from '../utils/notice-view.ts';
import { legalSchemaFields, statusSummary } from '../utils/legal.ts';
import { issuedDate as feedDate } from '../utils/page-meta.ts';
import { xmlEscape } from '../utils/routes.ts';
import { siteUrl } from '../utils/url.ts';
import type { NoticeFrontmatter } from '../schemas/notice.ts';

const atomTime = (iso: string) => `${iso}T00:00:00+08:00`;

function summary(data: NoticeFrontmatter): string {
  return [
    data.docNumber ?? '无文号',
    data.issuer,
    data.signedDate && `成文日期：${cnDate(data.signedDate)}`,
    data.printedDate && `印发日期：${cnDate(data.printedDate)}`,
    data.legal && statusSummary(data.legal),
  ]
    .filter(Boolean)
    .join('　');
}

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml needs `site` in astro.config.mjs');
  const entries = (await getCollection('notices'))
    .filter((entry) => feedDate(entry.data))
    .sort((a, b) => feedDate(b.data)!.localeCompare(feedDate(a.data)!) || compareByDateDesc(a.data, b.data));
  const abs = (path: string) => xmlEscape(siteUrl(path, site));
  const updated = entries[0] ? atomTime(feedDate(entries[0].data)!) : '1970-01-01T00:00:00Z';
  /** The legal status as schema.org extension elements (Atom allows foreign elements in an entry). */
  const legalElements = (data: NoticeFrontmatter) => {
    const fields = legalSchemaFields(data, site);
    return [
      fields.legislationLegalForce &&
        `    <schema:legislationLegalForce>${xmlEscape(fields.legislationLegalForce)}</schema:legislationLegalForce>`,
      fields.expires && `    <schema:expires>${fields.expires}</schema:expires>`,
      ...(fields.legislationChanges ?? []).map(
        (change) =>
          `    <schema:legislationChanges>${xmlEscape(change.url ?? change.legislationIdentifier ?? change.name!)}</schema:legislationChanges>`,
      ),
    ];
  };
  const items = entries.map(({ data }) => {
    const genre = shownGenre(data);
    return [
      '  <entry>',
      `    <title>${xmlEscape(oneLine(data.title))}</title>`,
      `    <link rel="alternate" type="text/html" href="${abs(noticePath(data.slug))}"/>`,
      `    <id>${abs(noticePath(data.slug))}</id>`,
      `    <updated>${atomTime(feedDate(data)!)}</updated>`,
      data.issuer && `    <author><name>${xmlEscape(data.issuer)}</name></author>`,
      genre && `    <category term="${xmlEscape(genre)}"/>`,
      // The 有效性 facet of the site is the scheme: its code is the term, as in /notices/by/status/<code>/.
      data.legal &&
        `    <category scheme="${abs('/notices/by/status/')}" term="${statusCode(data.legal.status)}" label="${xmlEscape(data.legal.status)}"/>`,
      `    <summary>${xmlEscape(summary(data))}</summary>`,
      ...legalElements(data),
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:schema="https://schema.org/" xml:lang="zh-CN">',
    `  <title>${xmlEscape(GAZETTE.name)}</title>`,
    '  <subtitle>最新公文</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${abs('/feed.xml')}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs('/')}"/>`,
    `  <id>${abs('/')}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(GAZETTE.publisher)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
