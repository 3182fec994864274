/**
 * /feed.xml: Atom feed of the notices, newest first. An entry's `updated` is the day the notice
 * was issued: 印发日期, else 成文日期 (midnight, Beijing time). Notices with neither (the 大事记)
 * are left out: Atom requires a date and the feed would have to invent one.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { GAZETTE } from '../gazette.ts';
import { compareByDateDesc, noticePath } from '../utils/browse.ts';
import { cnDate, shownGenre, oneLine } from '../utils/notice-view.ts';
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
      `    <summary>${xmlEscape(summary(data))}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
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
